import type { Platform } from '@/blocks/PlatformGuide/config'
import type { ContactKind } from '@/collections/Contacts/kinds'

/**
 * The shape in which the national baseline toolkit is written for the seed.
 *
 * Content is authored here as plain data (not Lexical JSON) so that writers and translators can
 * read and review it in a diff; the seed turns it into Payload documents. Every human-readable
 * string is given per locale. English (`en`) and Welsh (`cy`) are required everywhere; Gaelic
 * (`gd`) and Irish (`ga`) are optional and, where absent, the site falls back to English with a
 * notice.
 */

export type SeedLocale = 'en' | 'cy' | 'gd' | 'ga'

/** One string per locale; `en` and `cy` are required. */
export type Localised<T = string> = { en: T; cy: T; gd?: T; ga?: T }

/**
 * Inline text. A tiny markup, converted to Lexical by the seed:
 * - `**bold**`
 * - `[link text](https://example.org/path)` (https only)
 * - `{{tenant.name}}`, `{{tenant.police}}` (the tenant's police force name),
 *   `{{contact:KIND}}` (the tenant's contact of that kind, e.g. `{{contact:monitoring-officer}}`):
 *   tenant values, rendered with the tenant's own data when the page is shown.
 */
export type Inline = string

/** A rich-text body: paragraphs, subheadings and lists. */
export type RichTextNode =
  | { p: Inline }
  | { h: Inline } // a subheading (rendered as h3 below the block's own heading)
  | { ul: Inline[] }
  | { ol: Inline[] }

/** Contact kinds and platforms: the same lists the collections use. */
export type { ContactKind, Platform }

export type SeedBlock =
  | { blockType: 'richText'; heading?: Localised; body: Localised<RichTextNode[]> }
  | {
      blockType: 'callout'
      variant: 'information' | 'warning' | 'emergency'
      heading: Localised
      body: Localised<RichTextNode[]>
    }
  | {
      blockType: 'steps'
      heading: Localised
      /** checklist: ticked off by the reader; steps: numbered, done in order */
      style: 'steps' | 'checklist'
      items: { title: Localised; detail?: Localised<RichTextNode[]> }[]
    }
  | { blockType: 'contactCard'; heading?: Localised; kind: ContactKind }
  | {
      blockType: 'escalationLadder'
      heading: Localised
      rungs: { title: Localised; whenToUse: Localised; contactKind?: ContactKind }[]
    }
  | {
      blockType: 'platformGuide'
      heading: Localised
      platforms: {
        platform: Platform
        report: Localised
        block: Localised
        mute: Localised
        lockOrHide: Localised
        /** The platform's own official help page, https only. */
        helpUrl: string
      }[]
    }

export type SeedSource = { title: string; url: string }

export type SeedPage = {
  slug: string // lowercase, digits, hyphens; English slug used in every locale
  section: number // 1..11, the toolkit's section number
  order: number
  /**
   * The release of this page's text. Raise it by one with every change to the page's content,
   * and record the new hash in releases.ts: a start-up then brings every live site's copy up to
   * date (see src/seed/release.ts).
   */
  contentVersion: number
  title: Localised
  summary: Localised
  /** ISO date (YYYY-MM-DD) the facts were last checked against the sources */
  lastReviewed: string
  layout: SeedBlock[]
  /** Each fact a reader may need to check, with its source ("Sources" at the foot of the page). */
  sources: SeedSource[]
}
