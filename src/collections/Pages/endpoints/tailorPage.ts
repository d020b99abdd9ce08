import type { Where } from 'payload'

import type { Page } from '@/payload-types'
import { ontoIds, withoutIds } from '@/tailoring/copy'
import { tailorEndpoint, type TailorSpec } from '@/tailoring/tailorEndpoint'

// Blocks whose rows are arrays of their own (steps, escalation rungs, platform guides).
const blockArrays = ['items', 'rungs', 'platforms'] as const

/**
 * A page copy starts honest: its text is the national text, which the council has not yet
 * reviewed, so every language it has is "drafted" and it carries no review date of its own.
 * The blocks are shared by all languages (the text inside is localized), so each translation is
 * laid onto the block ids the English save created.
 */
export const tailorPageSpec: TailorSpec<'pages'> = {
  collection: 'pages',
  noun: 'page',
  existingCopy: (national, tenant): Where => ({ and: [{ tenant: { equals: tenant } }, { tailors: { equals: national.id } }] as Where[] }),
  english: (national) => ({
    tailors: national.id,
    title: national.title,
    summary: national.summary,
    slug: national.slug,
    section: national.section,
    order: national.order,
    audience: national.audience,
    translationStatus: 'drafted',
    layout: withoutIds<NonNullable<Page['layout']>[number]>(national.layout, blockArrays),
  }),
  translation: (text, copy) =>
    text.title ? { title: text.title, summary: text.summary, translationStatus: 'drafted', layout: ontoIds(copy.layout, text.layout, blockArrays) } : null,
}

/** POST /api/pages/:id/tailor { tenant }: the tenant's draft copy of a national page, in every language. */
export const tailorPageEndpoint = tailorEndpoint(tailorPageSpec)
