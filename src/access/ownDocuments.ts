import type { Access, Where } from 'payload'

import { isPlatformAdmin, memberTenantIds } from './roles'

/**
 * For collections whose documents belong to one person (e.g. a councillor's own log): the
 * caller's own documents, within tenants they still belong to; nobody else's, platform admins
 * included, because such a record can describe the reader's own experience of abuse. Anonymous:
 * false. `ownerField` is the relationship to `users` that `tenantScoped({ ownedBy })` adds.
 */
export const ownDocuments =
  (ownerField: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    const own: Where = { [ownerField]: { equals: user.id } }
    const tenants = memberTenantIds(user)
    return tenants.length > 0 ? { and: [own, { tenant: { in: tenants } }] } : false
  }

/** Create a person's own document: any member of a tenant (councillors too), or a platform admin. */
export const createAsMember: Access = ({ req: { user } }) => isPlatformAdmin(user) || memberTenantIds(user).length > 0
