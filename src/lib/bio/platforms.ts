/**
 * Bio limits per platform, in graphemes (what the platforms count). Checked November 2026;
 * see docs/architecture.md ("Rules of engagement") for where the numbers come from.
 */
export const platformIds = ['x', 'instagram', 'threads', 'facebook', 'tiktok', 'linkedin', 'bluesky'] as const
export type PlatformId = (typeof platformIds)[number]

export type Platform = {
  id: PlatformId
  /** The platform's own name; brand names are not translated. */
  name: string
  maxGraphemes: number
  /** Bluesky also caps the bio's size: 2,560 bytes of UTF-8. */
  maxBytes?: number
}

export const platforms: readonly Platform[] = [
  { id: 'x', name: 'X', maxGraphemes: 160 },
  { id: 'instagram', name: 'Instagram', maxGraphemes: 150 },
  { id: 'threads', name: 'Threads', maxGraphemes: 150 },
  { id: 'facebook', name: 'Facebook', maxGraphemes: 101 },
  { id: 'tiktok', name: 'TikTok', maxGraphemes: 80 },
  { id: 'linkedin', name: 'LinkedIn', maxGraphemes: 220 },
  { id: 'bluesky', name: 'Bluesky', maxGraphemes: 256, maxBytes: 2560 },
]
