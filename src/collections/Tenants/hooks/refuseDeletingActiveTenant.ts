import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Deleting a tenant takes its content with it, so it must be deactivated first: its site goes
 * 404 while the content stays, and deletion is a second, deliberate step.
 */
export const refuseDeletingActiveTenant: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const tenant = await req.payload.findByID({
    collection: 'tenants',
    id,
    req,
    overrideAccess: true,
    depth: 0,
  })
  if (tenant.kind === 'baseline') {
    throw new APIError('The baseline tenant cannot be deleted: every tenant inherits from it.', 400, undefined, true)
  }
  if (tenant.active) {
    throw new APIError(
      'Deactivate this tenant before deleting it: untick "Active", save, and then delete.',
      400,
      undefined,
      true,
    )
  }
}
