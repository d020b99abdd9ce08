import type { Payload, TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getMembersArea, getMembersPage } from '@/data/members'
import type { Site } from '@/data/site'
import type { User } from '@/payload-types'

import { createMember, createTenant, ensureSeeded } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'
import { createPageDoc } from '../helpers/tenancyFixtures'

let payload: Payload
let site: Site
const suffix = uniqueSuffix()
const users: Record<'councillor' | 'otherCouncillor' | 'editor' | 'admin', TypedUser> = {} as Record<'councillor' | 'otherCouncillor' | 'editor' | 'admin', TypedUser>

const asTyped = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  const tenant = await createTenant(payload, { slug: `members-${suffix}`, nation: 'england' })
  const other = await createTenant(payload, { slug: `others-${suffix}`, nation: 'england' })
  await createPageDoc(payload, { tenant: tenant.id, slug: 'members-briefing', title: 'Members briefing', audience: 'members' })
  await createPageDoc(payload, { tenant: tenant.id, slug: 'members-draft', title: 'Unpublished members page', audience: 'members', status: 'draft' })
  await createPageDoc(payload, { tenant: other.id, slug: 'other-briefing', title: 'Another council briefing', audience: 'members' })
  await payload.create({
    collection: 'contacts',
    overrideAccess: true,
    data: { tenant: tenant.id, kind: 'member-support', label: 'Members hotline', email: 'hotline@example.gov.uk', audience: 'members' },
  })
  users.councillor = asTyped(await createMember(payload, `m-cllr-${suffix}@example.org`, [{ tenant: tenant.id, roles: ['councillor'] }]))
  users.otherCouncillor = asTyped(await createMember(payload, `m-other-${suffix}@example.org`, [{ tenant: other.id, roles: ['councillor'] }]))
  users.editor = asTyped(await createMember(payload, `m-editor-${suffix}@example.org`, [{ tenant: tenant.id, roles: ['editor'] }]))
  // Its own platform admin, so the file runs alone and in any order (not the seed's).
  users.admin = asTyped(
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: `m-admin-${suffix}@example.org`, password: `pw-${suffix}-long-enough`, roles: ['platform-admin'] } }),
  )
  site = await siteFor(tenant.slug, 'en')
})

describe('the members\' area', () => {
  it('shows a councillor their tenant\'s published members-only pages and contacts, never drafts', async () => {
    const area = await getMembersArea(site, users.councillor)
    expect(area?.pages.map((page) => page.slug)).toEqual(['members-briefing'])
    const labels = area?.contacts.flatMap((group) => group.contacts.map((contact) => contact.label))
    expect(labels).toContain('Members hotline')
  })

  it('is the same for the tenant\'s editor and for a platform admin (published pages only)', async () => {
    for (const user of [users.editor, users.admin]) {
      const area = await getMembersArea(site, user)
      expect(area?.pages.map((page) => page.slug)).toEqual(['members-briefing'])
    }
  })

  it('is nothing for anonymous visitors and for another tenant\'s councillor', async () => {
    expect(await getMembersArea(site, null)).toBeNull()
    expect(await getMembersArea(site, users.otherCouncillor)).toBeNull()
    expect(await getMembersPage(site, 'members-briefing', null)).toBeNull()
    expect(await getMembersPage(site, 'members-briefing', users.otherCouncillor)).toBeNull()
  })

  it('gives one page by slug to a member, with its blocks; unknown, draft, malformed and other tenants\' slugs are null', async () => {
    const page = await getMembersPage(site, 'members-briefing', users.councillor)
    expect(page?.title).toBe('Members briefing')
    expect(Array.isArray(page?.layout)).toBe(true)
    for (const slug of ['members-draft', 'other-briefing', 'no-such-page', '../admin', 'A'.repeat(100)]) {
      expect(await getMembersPage(site, slug, users.councillor), slug).toBeNull()
    }
  })
})
