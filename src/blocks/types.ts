import type { TenantValueContext } from './TenantValue/Component'

/** UI words the block renderers need, already in the reader's language. */
export type BlockLabels = {
  calloutVariant: Record<'information' | 'warning' | 'emergency', string>
  step: string
  whenToUse: string
  call: string
  email: string
  website: string
  hours: string
  contactNotSet: string
  report: string
  block: string
  mute: string
  lockOrHide: string
  officialHelp: string
  sources: string
  opensInNewTab: string
  platformNames: Record<string, string>
}

export type BlockContext = { labels: BlockLabels; values: TenantValueContext; headingLevel: 2 }
