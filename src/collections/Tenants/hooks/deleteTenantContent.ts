import type { CollectionBeforeDeleteHook } from 'payload'

import { tenantScopedCollections } from '@/collections/tenantScoped'

/**
 * Deletes a tenant's documents and memberships before the tenant row goes. It runs before, not
 * after, the delete: the `tenant` foreign keys are ON DELETE SET NULL, so once the row is gone
 * the documents can no longer be found by tenant and would linger as orphans. (This is also why
 * the multi-tenant plugin's own after-delete cleanup is turned off.) Runs in the request's
 * transaction, so a failure leaves everything in place.
 */
export const deleteTenantContent: CollectionBeforeDeleteHook = async ({ req, id }) => {
  for (const collection of tenantScopedCollections) {
    await req.payload.delete({ collection, where: { tenant: { equals: id } }, overrideAccess: true, req })
  }
  const members = await req.payload.find({
    collection: 'users',
    where: { 'tenants.tenant': { equals: id } },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  for (const member of members.docs) {
    const remaining = (member.tenants ?? []).filter(
      (membership) => (typeof membership.tenant === 'number' ? membership.tenant : membership.tenant.id) !== id,
    )
    await req.payload.update({ collection: 'users', id: member.id, data: { tenants: remaining }, overrideAccess: true, req })
  }
}
