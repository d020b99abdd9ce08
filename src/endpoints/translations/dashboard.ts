import type { Payload, TypedUser, Where } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import { bookkeeping, translatableCollections, type TranslatableCollection, type TranslatableDoc } from '@/collections/translations/bookkeeping'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relationId'
import type { TranslationState } from '@/lib/xliff'

import { documentStates, fieldsOf, readDocs, translationRefusal, type Refusal, type TenantRecord } from './translations'

/**
 * The translation dashboard's data (issue #15): for one tenant, every page and engagement
 * template × every language the tenant offers besides English, with its state (missing, drafted,
 * out of date, reviewed), counts per language and the English words a translation unit would be
 * asked to translate. Read as the user (overrideAccess: false) after the same check as the export
 * and import, so the dashboard never shows what the files could not carry: an editor of another
 * tenant gets a refusal, not rows. A council's dashboard also lists the national pages and
 * templates it shows as they are (inherited), with the national status, read-only: their
 * translation is the national team's, so they are not counted in what the council sends out.
 */

export const translationStates: readonly TranslationState[] = ['missing', 'drafted', 'outdated', 'reviewed']

export type DashboardRow = {
  collection: TranslatableCollection
  id: number
  title: string
  /** English words in the document's translatable text (titles, summaries, blocks, rules, bios). */
  words: number
  states: Partial<Record<Locale, TranslationState>>
  /** A national document the tenant shows untailored: the national status, not the tenant's to translate. */
  inherited: boolean
}

export type LanguageSummary = {
  locale: Locale
  counts: Record<TranslationState, number>
  /** The tenant's documents not reviewed against today's English, per collection: what "missing or out of date" exports. */
  toTranslate: Record<TranslatableCollection, number>
  /** Their English words: the quote a translation unit is asked for. */
  wordsToTranslate: number
}

export type TranslationDashboard = {
  tenant: Pick<TenantRecord, 'id' | 'slug' | 'name' | 'kind'>
  /** The languages the tenant offers besides English, in the portal's order. */
  locales: Locale[]
  /** The tenant's own documents first (pages, then templates, by title), then the inherited ones. */
  rows: DashboardRow[]
  languages: LanguageSummary[]
}

/** The tenants whose translations `user` may see here: their content tenants; every tenant for a platform admin. */
export async function dashboardTenants(payload: Payload, user: TypedUser | null | undefined): Promise<Array<Pick<TenantRecord, 'id' | 'slug' | 'name' | 'kind'>>> {
  if (!user) return []
  const admin = isPlatformAdmin(user)
  const ids = tenantIdsWithRole(user, contentRoles)
  if (!admin && ids.length === 0) return []
  const found = await payload.find({
    collection: 'tenants',
    where: admin ? {} : { id: { in: ids } },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'name',
    locale: 'en',
    select: { name: true, slug: true, kind: true },
    overrideAccess: true,
  })
  return found.docs.map((tenant) => ({ id: tenant.id, slug: tenant.slug, name: tenant.name, kind: tenant.kind }))
}

type StatesByLocale = Array<{ locale: Locale; states: ReturnType<typeof documentStates> }>

async function statesOf(collection: TranslatableCollection, fields: ReturnType<typeof fieldsOf>, english: TranslatableDoc[], locales: Locale[], read: (locale: Locale, ids: number[]) => Promise<TranslatableDoc[]>): Promise<StatesByLocale> {
  const ids = english.map((doc) => doc.id)
  return Promise.all(
    locales.map(async (locale) => {
      const translated = ids.length > 0 ? await read(locale, ids) : []
      return { locale, states: documentStates(collection, fields, english, new Map(translated.map((doc) => [doc.id, doc]))) }
    }),
  )
}

function rowsOf(collection: TranslatableCollection, english: TranslatableDoc[], perLocale: StatesByLocale, fields: ReturnType<typeof fieldsOf>, inherited: boolean): DashboardRow[] {
  const rows: DashboardRow[] = english.map((doc) => ({ collection, id: doc.id, title: doc.title ?? '', words: 0, states: {}, inherited }))
  const byId = new Map(rows.map((row) => [row.id, row]))
  // English words are the same whatever the language; a tenant offering English only still counts them.
  for (const state of perLocale[0]?.states ?? documentStates(collection, fields, english, new Map())) {
    const row = byId.get(state.id)
    if (row) row.words = state.words
  }
  for (const { locale, states } of perLocale) {
    for (const state of states) {
      const row = byId.get(state.id)
      if (row) row.states[locale] = state.state
    }
  }
  return rows.sort((a, b) => a.title.localeCompare(b.title, 'en'))
}

/**
 * The national documents `tenant` shows as they are: the baseline's, less those the tenant
 * tailored (or hid, which is a tailoring marker). Read as the user and published only, which is
 * what the tenant's readers see and what an editor may read of the national toolkit.
 */
async function inheritedDocs(payload: Payload, user: TypedUser, collection: TranslatableCollection, own: TranslatableDoc[], locale: Locale, ids: number[] | null): Promise<TranslatableDoc[]> {
  const replaced = new Set(own.map((doc) => relationId(doc.tailors)).filter((id): id is number => id !== undefined))
  const holdsText = bookkeeping[collection].holdsText
  const where: Where = { and: [{ 'tenant.kind': { equals: 'baseline' } }, ...(holdsText ? [holdsText] : []), ...(ids ? [{ id: { in: ids } }] : [])] }
  const found = await payload.find({ collection, where, locale, fallbackLocale: false, depth: 0, pagination: false, sort: 'id', user, overrideAccess: false })
  return (found.docs as unknown as TranslatableDoc[]).filter((doc) => !replaced.has(doc.id))
}

/** The dashboard for one tenant, or the refusal the export would give this user for it. */
export async function translationDashboard(payload: Payload, user: TypedUser, tenant: TenantRecord): Promise<TranslationDashboard | Refusal> {
  const refused = translationRefusal(user, tenant)
  if (refused) return refused
  const offered = tenant.locales.filter((code) => isLocale(code) && code !== defaultLocale)
  const languages: LanguageSummary[] = offered.map((locale) => ({
    locale,
    counts: { missing: 0, drafted: 0, outdated: 0, reviewed: 0 },
    toTranslate: { pages: 0, 'engagement-templates': 0 },
    wordsToTranslate: 0,
  }))
  const ownRows: DashboardRow[] = []
  const inheritedRows: DashboardRow[] = []
  for (const collection of translatableCollections) {
    const fields = fieldsOf(payload, collection)
    const english = await readDocs(payload, user, collection, tenant.id, 'en', null)
    const perLocale = await statesOf(collection, fields, english, offered, (locale, ids) => readDocs(payload, user, collection, tenant.id, locale, ids))
    ownRows.push(...rowsOf(collection, english, perLocale, fields, false))
    for (const [index, { states }] of perLocale.entries()) {
      const summary = languages[index]
      if (!summary) continue
      for (const state of states) {
        summary.counts[state.state] += 1
        if (state.state !== 'reviewed') {
          summary.toTranslate[collection] += 1
          summary.wordsToTranslate += state.words
        }
      }
    }
    if (tenant.kind === 'baseline') continue
    const national = await inheritedDocs(payload, user, collection, english, 'en', null)
    const nationalStates = await statesOf(collection, fields, national, offered, (locale, ids) => inheritedDocs(payload, user, collection, english, locale, ids))
    inheritedRows.push(...rowsOf(collection, national, nationalStates, fields, true))
  }
  return { tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, kind: tenant.kind }, locales: offered, rows: [...ownRows, ...inheritedRows], languages }
}
