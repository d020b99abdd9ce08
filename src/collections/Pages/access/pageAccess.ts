import type { Access, Where } from 'payload'

import { contentRoles, isPlatformAdmin, memberTenantIds, tenantIdsWithRole } from '@/access/roles'
import { ofActiveTenant } from '@/access/tenantContent'

const published: Where = { _status: { equals: 'published' } }

/**
 * Read: true for platform admins; otherwise a filter — published public pages of active tenants
 * (the baseline is one), plus published members-only pages of the caller's own tenants, plus
 * everything (drafts included) in tenants the caller edits. Anonymous: the first part only.
 */
export const readPages: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const visible: Where[] = [{ and: [ofActiveTenant, published, { audience: { equals: 'public' } }] }]
  const members = memberTenantIds(user)
  if (members.length > 0) visible.push({ and: [ofActiveTenant, published, { tenant: { in: members } }] })
  const edited = tenantIdsWithRole(user, contentRoles)
  if (edited.length > 0) visible.push({ tenant: { in: edited } })
  return { or: visible }
}

/** Versions (drafts, history): platform admins, and editors of the page's tenant. */
export const readPageVersions: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const edited = tenantIdsWithRole(user, contentRoles)
  return edited.length > 0 ? { 'version.tenant': { in: edited } } : false
}
