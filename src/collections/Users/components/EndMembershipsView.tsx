import type { AdminViewServerProps, Where } from 'payload'

import { AdminViewFrame } from '@/admin/AdminViewFrame'
import { isMembershipCurrent, isPlatformAdmin, isTenantRole, tenantIdsWithRole, tenantRoleLabels } from '@/access/roles'
import { selectedTenant } from '@/admin/selectedTenant'
import { relationId } from '@/lib/relationId'

import { EndMembershipsForm, type MemberOption } from './EndMembershipsForm.client'

/**
 * /admin/end-memberships: after an election, a tenant admin ends several memberships of one
 * council at once. The council is chosen with `?tenant=` (only those the user administers); the
 * people listed are its current members other than the user. The endpoint checks everything
 * again (collections/Users/endpoints/endMemberships.ts).
 */
export async function EndMembershipsView(props: AdminViewServerProps) {
  const { initPageResult, payload, searchParams } = props
  const { req, cookies } = initPageResult
  const user = req.user
  const admin = isPlatformAdmin(user)
  const administered = tenantIdsWithRole(user, ['tenant-admin'])
  const where: Where = admin ? { kind: { not_equals: 'baseline' } } : { id: { in: administered } }
  const tenants =
    user && (admin || administered.length > 0)
      ? (await payload.find({ collection: 'tenants', where, depth: 0, limit: 0, pagination: false, sort: 'name', locale: 'en', select: { name: true }, overrideAccess: true })).docs
      : []
  const asked = Number(typeof searchParams?.tenant === 'string' ? searchParams.tenant : NaN)
  const chosen = tenants.find((t) => t.id === asked)?.id ?? tenants.find((t) => t.id === selectedTenant(cookies.get('payload-tenant'), user))?.id ?? (tenants.length === 1 ? tenants[0]?.id : undefined)
  const tenant = tenants.find((t) => t.id === chosen)
  const now = new Date()
  const members: MemberOption[] = []
  if (tenant && user) {
    const found = await payload.find({
      collection: 'users',
      where: { 'tenants.tenant': { equals: tenant.id } },
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'email',
      overrideAccess: true,
      select: { email: true, name: true, tenants: true },
    })
    for (const doc of found.docs) {
      const row = doc.tenants?.find((m) => relationId(m.tenant) === tenant.id && isMembershipCurrent(m, now))
      if (!row || doc.id === user.id) continue
      const roles = (row.roles ?? []).filter(isTenantRole).map((role) => tenantRoleLabels[role].label)
      members.push({ id: doc.id, email: doc.email, name: doc.name ?? '', roles: roles.join(', '), endsAt: row.endsAt ?? null })
    }
  }
  const viewPath = `${payload.config.routes.admin}/end-memberships`

  return (
    <AdminViewFrame props={props} viewType="end-memberships" title="End memberships">
        {tenants.length === 0 ? (
          <p>Only a council&apos;s tenant admins can end its memberships, and you administer none.</p>
        ) : (
          <>
            <p style={{ maxWidth: '48rem' }}>
              After an election, choose the people leaving office and the date their access ends. From that moment they can no longer open the members&apos; area or
              the admin; they are signed out, and the council&apos;s tenant admins get an email listing them. Each can still read their own incident log for 12 months.
            </p>
            {tenants.length > 1 ? (
              <form method="get" action={viewPath} className="invitation-import__field">
                <label htmlFor="end-tenant">Council or party</label>
                <select id="end-tenant" name="tenant" defaultValue={tenant ? String(tenant.id) : ''}>
                  <option value="">Choose…</option>
                  {tenants.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
                <button type="submit" className="btn btn--style-secondary btn--size-small">
                  Show its members
                </button>
              </form>
            ) : null}
            {tenant ? <EndMembershipsForm tenant={{ id: tenant.id, name: tenant.name }} members={members} /> : null}
          </>
        )}
    </AdminViewFrame>
  )
}
