import type { EngagementAudience } from '@/collections/EngagementTemplates/audiences'
import type { SeedLocale } from '@/seed/toolkit/types'

/** One locale's text of a rules-of-engagement template, as written for the seed. */
export type EngagementText = {
  title: string
  intro: string
  rules: string[]
  expectations: { readingTimes: string; replies: string; casework: string }
  /** Longest first: the full bio, then shorter variants. */
  bioTemplates: string[]
}

/**
 * The baseline's template for one audience. English and Welsh are complete and reviewed;
 * Gaelic and Irish are drafted and marked `awaiting-review` until a speaker has checked them.
 */
export type SeedEngagementTemplate = {
  audience: EngagementAudience
  text: { en: EngagementText; cy: EngagementText; gd: EngagementText; ga: EngagementText }
  awaitingReview: SeedLocale[]
}
