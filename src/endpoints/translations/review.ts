import type { Endpoint, Payload, TypedUser } from 'payload'
import { z } from 'zod'

import { bookkeeping, reviewAgainst, translatableCollections, TRANSLATION_IMPORT_CONTEXT, type TranslatableCollection } from '@/collections/translations/bookkeeping'
import { isLocale, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relationId'
import { diffText, hasChanges, tokenize, type DiffPart } from '@/lib/textDiff'
import { currentTargets, englishChangesSinceReview, extractUnits, translatableText, translationState, unitText, type TranslationState } from '@/lib/xliff'

import { fieldsOf, readDocs, translationRefusal, type Refusal, type TenantRecord } from './translations'

/**
 * Side by side review (issue #15): one page's or template's English and one language's text, unit by unit (the
 * same units as the XLIFF files), with the units whose English changed since the language was
 * reviewed marked and their change shown; and "Mark reviewed", which records the review against
 * today's English. Reads and writes go as the user, after the export's own check.
 */

export type ReviewUnit = {
  id: string
  label: string
  source: string
  target: string | null
  /** The English of this unit changed since the review: what it was, as a diff (null: a new text). */
  changed: { parts: DiffPart[] | null } | null
}

export type ReviewData = {
  tenant: Pick<TenantRecord, 'id' | 'slug' | 'name'>
  document: { collection: TranslatableCollection; id: number; title: string }
  locale: Locale
  state: TranslationState
  review: { reviewedAt: string | null; reviewedBy: string | null } | null
  /** The whole English text's changes since the review (null: never reviewed, or nothing recorded). */
  changes: DiffPart[] | null
  units: ReviewUnit[]
}

async function tenantById(payload: Payload, id: number): Promise<TenantRecord | null> {
  const tenant = await payload.findByID({ collection: 'tenants', id, depth: 0, locale: 'en', overrideAccess: true, disableErrors: true })
  if (!tenant) return null
  return { id: tenant.id, slug: tenant.slug, name: tenant.name, kind: tenant.kind, locales: (tenant.locales ?? []).filter(isLocale) }
}

const shared = (a: string, b: string) => {
  const words = new Set(tokenize(a).filter((token) => token.trim()))
  return tokenize(b).filter((token) => token.trim() && words.has(token)).length
}

/**
 * Marks each unit whose English is not among the lines the review recorded (the recorded text is
 * one unit a line), and pairs it with the recorded line it most resembles, of those no unit kept.
 */
function markChanged(units: Array<{ text: string }>, recorded: string | null | undefined): Array<ReviewUnit['changed']> {
  if (typeof recorded !== 'string') return units.map(() => null)
  const unused = recorded.split('\n')
  const kept = units.map((unit) => {
    const at = unused.indexOf(unit.text)
    if (at === -1) return false
    unused.splice(at, 1)
    return true
  })
  return units.map((unit, index) => {
    if (kept[index]) return null
    let best = -1
    let bestScore = 0
    unused.forEach((line, at) => {
      const score = shared(line, unit.text)
      if (score > bestScore) {
        best = at
        bestScore = score
      }
    })
    if (best === -1) return { parts: null }
    const [was] = unused.splice(best, 1)
    return { parts: diffText(was ?? '', unit.text) }
  })
}

/** The document side by side in English and `locale`, or why not (404 for one the user cannot read). */
export async function reviewData(payload: Payload, user: TypedUser, collection: TranslatableCollection, id: number, locale: Locale): Promise<ReviewData | Refusal> {
  const keeping = bookkeeping[collection]
  const english = await payload.findByID({ collection, id, locale: 'en', draft: true, depth: 0, user, overrideAccess: false, disableErrors: true })
  const tenantId = english ? relationId(english.tenant) : undefined
  const tenant = tenantId !== undefined ? await tenantById(payload, tenantId) : null
  if (!english || !tenant) return { status: 404, field: 'id', message: `There is no ${keeping.noun.one} ${id} you can open.` }
  const refused = translationRefusal(user, tenant)
  if (refused) return refused
  if (locale === 'en' || !tenant.locales.includes(locale)) return { status: 400, field: 'locale', message: `${tenant.name} does not offer that language.` }

  const fields = fieldsOf(payload, collection)
  const options = keeping.units
  const [target] = await readDocs(payload, user, collection, tenant.id, locale, [id])
  const source = extractUnits(fields, english, options)
  const targets = currentTargets(fields, source, target, options)
  const englishNow = translatableText(fields, english, options)
  const review = keeping.review(target)
  const state = translationState(keeping.status(target), review, englishNow)
  const texts = source.map((unit) => ({ text: unitText(unit) }))
  const changed = state === 'outdated' ? markChanged(texts, review?.sourceText) : source.map(() => null)
  const changes = state === 'outdated' ? englishChangesSinceReview(review, englishNow) : null
  return {
    tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
    document: { collection, id, title: english.title },
    locale,
    state,
    review: state === 'reviewed' || state === 'outdated' ? { reviewedAt: review?.reviewedAt ?? null, reviewedBy: review?.reviewedBy ?? null } : null,
    changes: changes && hasChanges(changes) ? changes : null,
    units: source.map((unit, index) => {
      const translated = targets.get(unit.id)
      return {
        id: unit.id,
        label: unit.label,
        source: texts[index]?.text ?? '',
        target: translated ? unitText({ content: { parts: translated, codes: unit.content.codes } }) : null,
        changed: changed[index] ?? null,
      }
    }),
  }
}

/**
 * Records `locale` of document `id` as reviewed against today's English, by the user, as a draft
 * (publishing goes through the normal flow). Refused when the language has no text to review.
 */
export async function markReviewed(payload: Payload, user: TypedUser, collection: TranslatableCollection, id: number, locale: Locale): Promise<{ status: 200; state: 'reviewed' } | Refusal> {
  const keeping = bookkeeping[collection]
  const data = await reviewData(payload, user, collection, id, locale)
  if ('status' in data) return data
  const untranslated = data.units.filter((unit) => unit.target === null)
  if (untranslated.length > 0) {
    return { status: 400, field: 'locale', message: `${untranslated.length} of the page's ${data.units.length} texts have no translation yet: translate them before marking the ${keeping.noun.one} reviewed.` }
  }
  const fields = fieldsOf(payload, collection)
  const english = await payload.findByID({ collection, id, locale: 'en', draft: true, depth: 0, user, overrideAccess: false })
  await payload.update({
    collection,
    id,
    locale,
    draft: true,
    user,
    overrideAccess: false,
    // The review is recorded here, with today's English; the hook would keep an older record.
    context: { [TRANSLATION_IMPORT_CONTEXT]: true },
    data: keeping.stateData('reviewed', reviewAgainst(keeping, fields, english, 'email' in user ? String(user.email) : 'unknown')),
  })
  return { status: 200, state: 'reviewed' }
}

const reviewBody = z.object({
  collection: z.enum(translatableCollections, { error: 'collection must be "pages" or "engagement-templates".' }),
  id: z.number({ error: 'id must be a document id.' }).int('id must be a document id.').positive('id must be a document id.'),
  locale: z.string({ error: 'locale is required.' }).refine((value) => isLocale(value) && value !== 'en', 'locale must be a language the portal translates into (cy, gd or ga).'),
})

/** POST /api/translations/review, JSON `{ collection: "pages" | "engagement-templates", id, locale }`: mark that language reviewed. */
export const translationReviewEndpoint: Endpoint = {
  path: '/translations/review',
  method: 'post',
  handler: async (req) => {
    const refuse = (r: Refusal) => Response.json({ errors: [{ message: r.message, ...(r.field ? { field: r.field } : {}) }] }, { status: r.status })
    if (!req.user) return refuse({ status: 401, message: 'Log in as an editor of this tenant to review translations.' })
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return refuse({ status: 400, message: 'Send JSON: { "collection": "pages", "id": 12, "locale": "cy" }.' })
    }
    const parsed = reviewBody.safeParse(body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = String(issue?.path[0] ?? 'body')
      return refuse({ status: 400, field, message: issue?.message ?? `${field} is malformed.` })
    }
    const locale = parsed.data.locale as Locale
    const result = await markReviewed(req.payload, req.user, parsed.data.collection, parsed.data.id, locale)
    if (result.status !== 200) return refuse(result)
    return Response.json({ state: result.state }, { status: 200 })
  },
}
