import type { TypedUser } from 'payload'

import { isMemberOf } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import { slugProblem } from '@/lib/slug'

import { readMembersOnlyContacts, type ContactGroup } from './contacts'
import { readPageDocs, sortPages, toSummary, toToolkitPage, type PageSummary, type ToolkitPage } from './pages'
import { payloadClient } from './payload'
import type { TenantSite } from './tenantSite'

/*
 * Members-only content: uncached and per user. Every read goes as the user (overrideAccess:
 * false), so the access rules check membership a second time behind `isMemberOf`. Never put a
 * result of these in a shared cache or a public route.
 */

async function readMembersPages(tenant: TenantSite, locale: Locale, user: TypedUser): Promise<ToolkitPage[]> {
  // Published only: an editor's read rule also admits drafts, which belong in the preview.
  const docs = await readPageDocs({ and: [{ tenant: { equals: tenant.id } }, { _status: { equals: 'published' } }] }, locale, {
    audience: 'members',
    user,
  })
  return sortPages(
    docs.map((entry) => toToolkitPage(entry, false)),
    locale,
  )
}

export type MembersArea = { pages: PageSummary[]; contacts: ContactGroup[] }

/** The members' area of `tenant` for `user`: its members-only pages and contacts; null for a non-member. */
export async function getMembersArea(tenant: TenantSite, locale: Locale, user: TypedUser | null): Promise<MembersArea | null> {
  if (!user || !isMemberOf(user, tenant.id)) return null
  const [pages, contacts] = await Promise.all([
    readMembersPages(tenant, locale, user),
    readMembersOnlyContacts(await payloadClient(), tenant, locale, user),
  ])
  return { pages: pages.map(toSummary), contacts: contacts ?? [] }
}

/** One members-only page of `tenant` by slug for `user`; null for a non-member or an unknown page. */
export async function getMembersPage(tenant: TenantSite, locale: Locale, slug: string, user: TypedUser | null): Promise<ToolkitPage | null> {
  if (!user || !isMemberOf(user, tenant.id) || slugProblem(slug) !== null) return null
  const pages = await readMembersPages(tenant, locale, user)
  return pages.find((page) => page.slug === slug) ?? null
}
