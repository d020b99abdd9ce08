/**
 * Colour checks for tenant branding. WCAG 2.2 defines contrast from relative luminance:
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

const HEX_COLOUR = /^#[0-9a-f]{6}$/i

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value)
}

function channelToLinear(channel: number): number {
  const srgb = channel / 255
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4
}

export function relativeLuminance(hex: string): number {
  if (!isHexColour(hex)) throw new RangeError(`Not a #rrggbb colour: ${hex}`)
  const red = channelToLinear(parseInt(hex.slice(1, 3), 16))
  const green = channelToLinear(parseInt(hex.slice(3, 5), 16))
  const blue = channelToLinear(parseInt(hex.slice(5, 7), 16))
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue
}

export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (lighter + 0.05) / (darker + 0.05)
}

/** Round down, so that a ratio shown as 4.5 really is at least 4.5. */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 100) / 100}:1`
}

/** The text colour the site draws on a tenant's primary colour (header, buttons). */
export const TEXT_ON_PRIMARY = '#ffffff'
/** The page background the accent colour sits on (focus rings, rules, borders). */
export const PAGE_BACKGROUND = '#ffffff'

/** WCAG 1.4.3: normal text needs 4.5:1. */
export const MIN_TEXT_CONTRAST = 4.5
/** WCAG 1.4.11: user-interface components and graphics need 3:1. */
export const MIN_NON_TEXT_CONTRAST = 3

/** The two brand colours and what each is drawn against on the site. */
export type BrandColourRole = 'primary' | 'accent'

export type BrandColourCheck =
  | { valid: false; problem: string }
  | { valid: true; ratio: number; against: string; needed: number; problem: string | null }

const brandColourRules: Record<BrandColourRole, { against: string; needed: number; example: string }> = {
  primary: { against: TEXT_ON_PRIMARY, needed: MIN_TEXT_CONTRAST, example: '#1d4f91' },
  accent: { against: PAGE_BACKGROUND, needed: MIN_NON_TEXT_CONTRAST, example: '#f2a900' },
}

/**
 * One check for a brand colour, shared by the server's validation (the refusal) and the admin's
 * colour field (the live ratio), so that what the editor sees while typing is what the save decides.
 */
export function checkBrandColour(role: BrandColourRole, value: string): BrandColourCheck {
  const rule = brandColourRules[role]
  if (!isHexColour(value)) return { valid: false, problem: `Use a hex colour such as ${rule.example}.` }
  const ratio = contrastRatio(value, rule.against)
  if (ratio >= rule.needed) return { valid: true, ratio, against: rule.against, needed: rule.needed, problem: null }
  const problem =
    role === 'primary'
      ? `White text on ${value} has a contrast of ${formatRatio(ratio)}; it needs at least ${rule.needed}:1. Choose a darker colour.`
      : `${value} on a white page has a contrast of ${formatRatio(ratio)}; focus outlines and borders need at least ${rule.needed}:1. Choose a darker colour.`
  return { valid: true, ratio, against: rule.against, needed: rule.needed, problem }
}
