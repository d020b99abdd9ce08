import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  publishedForPublic,
  readEngagementTemplates,
  readEngagementTemplateVersions,
} from '@/collections/EngagementTemplates/access/engagementAccess'
import type { User } from '@/payload-types'

const as = (user: Partial<User> | null) => ({ req: { user } as unknown as PayloadRequest })

const admin = { roles: ['platform-admin'], tenants: [] } as Partial<User>
const editor = { roles: null, tenants: [{ tenant: 7, roles: ['editor'] }] } as Partial<User>
const councillor = { roles: null, tenants: [{ tenant: 7, roles: ['councillor'] }] } as Partial<User>

describe('engagement template access', () => {
  it('read: everything for platform admins; published of active tenants and the baseline for the public', () => {
    expect(readEngagementTemplates(as(admin))).toBe(true)
    expect(readEngagementTemplates(as(null))).toEqual(publishedForPublic)
    expect(readEngagementTemplates(as(councillor))).toEqual(publishedForPublic)
    expect(publishedForPublic).toEqual({
      and: [
        { _status: { equals: 'published' } },
        { or: [{ 'tenant.active': { equals: true } }, { 'tenant.kind': { equals: 'baseline' } }] },
      ],
    })
  })

  it('read: editors also see their own tenants\u2019 drafts, and no other tenant\u2019s', () => {
    expect(readEngagementTemplates(as(editor))).toEqual({ or: [publishedForPublic, { tenant: { in: [7] } }] })
  })

  it('versions: only admins and their own tenants\u2019 editors', () => {
    expect(readEngagementTemplateVersions(as(admin))).toBe(true)
    expect(readEngagementTemplateVersions(as(editor))).toEqual({ 'version.tenant': { in: [7] } })
    expect(readEngagementTemplateVersions(as(councillor))).toBe(false)
    expect(readEngagementTemplateVersions(as(null))).toBe(false)
  })
})
