import type { AdminViewServerProps, Where } from 'payload'

import { AdminViewFrame } from '@/admin/AdminViewFrame'
import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import { selectedTenant } from '@/admin/selectedTenant'

import { IMPORT_LIMITS } from '../import/rows'
import { ImportForm } from './ImportForm.client'

/**
 * /admin/import-invitations: a tenant admin invites many people from one CSV file. Only the
 * councils and parties the user administers are offered (a platform admin: every one but the
 * national baseline); the endpoint checks the choice again, since the browser's word is not
 * trusted. The form and its preview are ./ImportForm.client.tsx.
 */
export async function ImportInvitationsView(props: AdminViewServerProps) {
  const { initPageResult, payload } = props
  const { req, cookies } = initPageResult
  const user = req.user
  const admin = isPlatformAdmin(user)
  const administered = tenantIdsWithRole(user, ['tenant-admin'])
  const where: Where = admin ? { kind: { not_equals: 'baseline' } } : { id: { in: administered } }
  const tenants =
    user && (admin || administered.length > 0)
      ? (await payload.find({ collection: 'tenants', where, depth: 0, limit: 0, pagination: false, sort: 'name', locale: 'en', select: { name: true }, overrideAccess: true })).docs
      : []
  const chosen = selectedTenant(cookies.get('payload-tenant'), user)
  const initial = tenants.find((tenant) => tenant.id === chosen)?.id ?? (tenants.length === 1 ? tenants[0]?.id : undefined) ?? null

  return (
    <AdminViewFrame props={props} viewType="import-invitations" title="Import invitations from a spreadsheet">
        {tenants.length === 0 ? (
          <p>Only a council&apos;s tenant admins can invite people, and you administer none.</p>
        ) : (
          <ImportForm
            tenants={tenants.map((tenant) => ({ id: tenant.id, name: tenant.name }))}
            initialTenant={initial}
            maxRows={IMPORT_LIMITS.maxRows}
            invitationsHref={`${payload.config.routes.admin}/collections/invitations`}
          />
        )}
    </AdminViewFrame>
  )
}
