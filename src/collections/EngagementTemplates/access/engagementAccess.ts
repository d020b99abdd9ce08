import type { Access, Where } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

/** What anonymous visitors may read: published templates of active tenants and of the baseline. */
export const publishedForPublic: Where = {
  and: [
    { _status: { equals: 'published' } },
    { or: [{ 'tenant.active': { equals: true } }, { 'tenant.kind': { equals: 'baseline' } }] },
  ],
}

/**
 * Read: all for platform admins; editors and tenant admins also see their own tenants' drafts;
 * everyone else (anonymous and councillors included) the published templates of active tenants
 * and the baseline. Editors need to read the baseline they tailor, so this collection does not
 * use the multi-tenant plugin's read narrowing (see payload.config.ts).
 */
export const readEngagementTemplates: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const own = tenantIdsWithRole(user, contentRoles)
  return own.length > 0 ? { or: [publishedForPublic, { tenant: { in: own } }] } : publishedForPublic
}

/** Versions (drafts and history): platform admins all; editors and tenant admins their tenants'. */
export const readEngagementTemplateVersions: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const own = tenantIdsWithRole(user, contentRoles)
  return own.length > 0 ? { 'version.tenant': { in: own } } : false
}
