import type { Payload, TypedUser } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { TranslationState } from '@/lib/xliff'

import { documentStates, fieldsOf, readDocs, translationRefusal, unitOptions, type Refusal, type TenantRecord } from './translations'

/**
 * The translation dashboard's data (issue #15): for one tenant, every page × every language the
 * tenant offers besides English, with its state (missing, drafted, out of date, reviewed), counts
 * per language and the English words a translation unit would be asked to translate. Read as the
 * user (overrideAccess: false) after the same check as the export and import, so the dashboard
 * never shows what the files could not carry: an editor of another tenant gets a refusal, not rows.
 */

export const translationStates: readonly TranslationState[] = ['missing', 'drafted', 'outdated', 'reviewed']

export type DashboardRow = {
  id: number
  title: string
  /** English words in the page's translatable text (titles, summaries, blocks). */
  words: number
  states: Partial<Record<Locale, TranslationState>>
}

export type LanguageSummary = {
  locale: Locale
  counts: Record<TranslationState, number>
  /** Pages not reviewed against today's English: what "everything missing or out of date" exports. */
  pagesToTranslate: number
  /** Their English words: the quote a translation unit is asked for. */
  wordsToTranslate: number
}

export type TranslationDashboard = {
  tenant: Pick<TenantRecord, 'id' | 'slug' | 'name' | 'kind'>
  /** The languages the tenant offers besides English, in the portal's order. */
  locales: Locale[]
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

/** The dashboard for one tenant, or the refusal the export would give this user for it. */
export async function translationDashboard(payload: Payload, user: TypedUser, tenant: TenantRecord): Promise<TranslationDashboard | Refusal> {
  const refused = translationRefusal(user, tenant)
  if (refused) return refused
  const collection = 'pages' as const
  const fields = fieldsOf(payload, collection)
  const options = unitOptions[collection]
  const offered = tenant.locales.filter((code) => isLocale(code) && code !== defaultLocale)
  const english = await readDocs(payload, user, collection, tenant.id, 'en', null)
  const ids = english.map((doc) => doc.id)
  const perLocale = await Promise.all(
    offered.map(async (locale) => {
      const translated = ids.length > 0 ? await readDocs(payload, user, collection, tenant.id, locale, ids) : []
      return { locale, states: documentStates(fields, english, new Map(translated.map((doc) => [doc.id, doc])), options) }
    }),
  )

  const rows: DashboardRow[] = english.map((doc) => ({ id: doc.id, title: doc.title ?? '', words: 0, states: {} }))
  const byId = new Map(rows.map((row) => [row.id, row]))
  const languages: LanguageSummary[] = perLocale.map(({ locale, states }) => {
    const counts: Record<TranslationState, number> = { missing: 0, drafted: 0, outdated: 0, reviewed: 0 }
    let pagesToTranslate = 0
    let wordsToTranslate = 0
    for (const state of states) {
      counts[state.state] += 1
      const row = byId.get(state.id)
      if (row) {
        row.states[locale] = state.state
        row.words = state.words
      }
      if (state.state !== 'reviewed') {
        pagesToTranslate += 1
        wordsToTranslate += state.words
      }
    }
    return { locale, counts, pagesToTranslate, wordsToTranslate }
  })
  // English words are the same whatever the language; a tenant offering English only still counts them.
  if (offered.length === 0) {
    for (const state of documentStates(fields, english, new Map(), options)) {
      const row = byId.get(state.id)
      if (row) row.words = state.words
    }
  }
  rows.sort((a, b) => a.title.localeCompare(b.title, 'en'))
  return { tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, kind: tenant.kind }, locales: offered, rows, languages }
}
