import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/admin/AdminViewFrame'
import { isPlatformAdmin } from '@/access/roles'
import { nationLabels, nations } from '@/collections/Contacts/kinds'
import { localeNames, locales } from '@/i18n/locales'

import { NewCouncilForm } from './NewCouncilForm.client'

/**
 * /admin/new-council: a platform admin opens a council or party and invites the person who will
 * run it, in one step (./NewCouncilForm.client.tsx, /api/tenants/new-council). Everyone else is
 * told who can do this; the endpoint checks again.
 */
export function NewCouncilView(props: AdminViewServerProps) {
  const { initPageResult, payload } = props
  const admin = payload.config.routes.admin
  return (
    <AdminViewFrame props={props} viewType="new-council" title="Open a new council or party">
      {isPlatformAdmin(initPageResult.req.user) ? (
        <NewCouncilForm
          nations={nations.map((value) => ({ value, label: nationLabels[value] }))}
          languages={locales.map((value) => ({ value, label: `${localeNames[value]} (${value})` }))}
          tenantsHref={`${admin}/collections/tenants`}
          invitationsHref={`${admin}/collections/invitations`}
        />
      ) : (
        <p>Only platform admins open new councils and parties. Ask the portal&apos;s team if your council is not here yet.</p>
      )}
    </AdminViewFrame>
  )
}
