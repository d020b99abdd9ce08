import type { Block } from 'payload'

import { linkProblem } from '@/lib/safeUrl'

export const platforms = ['x', 'facebook', 'instagram', 'threads', 'tiktok', 'youtube', 'linkedin', 'bluesky'] as const
export type Platform = (typeof platforms)[number]
export const platformNames: Record<Platform, string> = {
  x: 'X (Twitter)',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
}

const httpsOnly = (value: unknown) => {
  if (typeof value !== 'string' || !value.startsWith('https://')) return 'Use the platform\'s official help page, starting with https://.'
  return linkProblem(value) ?? true
}

export const PlatformGuideBlock: Block = {
  slug: 'platformGuide',
  interfaceName: 'PlatformGuideBlock',
  labels: { singular: 'Platform guide: how to report, block or mute on each platform', plural: 'Platform guides' },
  fields: [
    { name: 'heading', type: 'text', localized: true, required: true, maxLength: 140 },
    {
      name: 'platforms',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'platform', type: 'select', required: true, options: platforms.map((value) => ({ label: platformNames[value], value })) },
        { name: 'report', type: 'textarea', localized: true, required: true },
        { name: 'block', type: 'textarea', localized: true, required: true },
        { name: 'mute', type: 'textarea', localized: true, required: true },
        { name: 'lockOrHide', type: 'textarea', localized: true, required: true },
        { name: 'helpUrl', type: 'text', required: true, validate: httpsOnly },
      ],
    },
  ],
}
