import type { TypedUser } from 'payload'

import { isMemberOf } from '@/access/roles'
import { slugProblem } from '@/lib/slug'

import { readMembersOnlyContacts, type ContactGroup } from './contacts'
import { readPageDocs, sortPages, toSummary, toToolkitPage, type PageSummary, type ToolkitPage } from './pages'
import { payloadClient } from './payload'
import type { Site } from './site'

/*
 * Members-only content: uncached and per user. Every read goes as the user (overrideAccess:
 * false), so the access rules check membership a second time behind `isMemberOf`. Never put a
 * result of these in a shared cache or a public route.
 */

async function readMembersPages({ tenant, locale }: Site, user: TypedUser): Promise<ToolkitPage[]> {
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

/** The members-only pages of the site's tenant for `user` (summaries); null for a non-member. */
export async function getMembersPages(site: Site, user: TypedUser | null): Promise<PageSummary[] | null> {
  if (!user || !isMemberOf(user, site.tenant.id)) return null
  return (await readMembersPages(site, user)).map(toSummary)
}

export type MembersArea = { pages: PageSummary[]; contacts: ContactGroup[] }

/** The members' area of the site's tenant for `user`: its members-only pages and contacts; null for a non-member. */
export async function getMembersArea(site: Site, user: TypedUser | null): Promise<MembersArea | null> {
  if (!user || !isMemberOf(user, site.tenant.id)) return null
  const [pages, contacts] = await Promise.all([
    readMembersPages(site, user),
    readMembersOnlyContacts(await payloadClient(), site, user),
  ])
  return { pages: pages.map(toSummary), contacts: contacts ?? [] }
}

/** One members-only page of the site's tenant by slug for `user`; null for a non-member or an unknown page. */
export async function getMembersPage(site: Site, slug: string, user: TypedUser | null): Promise<ToolkitPage | null> {
  if (!user || !isMemberOf(user, site.tenant.id) || slugProblem(slug) !== null) return null
  const pages = await readMembersPages(site, user)
  return pages.find((page) => page.slug === slug) ?? null
}
