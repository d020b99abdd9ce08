import type { Where } from 'payload'

import { withoutIds } from '@/tailoring/copy'
import { tailorEndpoint, type TailorSpec } from '@/tailoring/tailorEndpoint'

/**
 * A template copy: one per tenant and audience, so an existing template of the same audience is
 * the copy. Rules and bio variants are lists per language (a Welsh list is its own list), so each
 * language's rows are copied as they are, with fresh ids. Translations the council has not
 * reviewed are marked as awaiting review; English is the source text, not a translation.
 */
export const tailorTemplateSpec: TailorSpec<'engagement-templates'> = {
  collection: 'engagement-templates',
  noun: 'template',
  existingCopy: (national, tenant): Where => ({ and: [{ tenant: { equals: tenant } }, { audience: { equals: national.audience } }] as Where[] }),
  english: (national) => ({
    audience: national.audience,
    title: national.title,
    intro: national.intro,
    rules: withoutIds(national.rules),
    expectations: national.expectations,
    bioTemplates: withoutIds(national.bioTemplates),
    translationReview: 'reviewed',
  }),
  translation: (text) =>
    text.title
      ? {
          title: text.title,
          intro: text.intro,
          rules: withoutIds(text.rules),
          expectations: text.expectations,
          bioTemplates: withoutIds(text.bioTemplates),
          translationReview: 'awaiting-review',
        }
      : null,
}

/** POST /api/engagement-templates/:id/tailor { tenant }: the tenant's draft copy of a national template. */
export const tailorTemplateEndpoint = tailorEndpoint(tailorTemplateSpec)
