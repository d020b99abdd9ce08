import type { ServerProps } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

/** Above the Users list, for those who administer a council: the way to end many memberships at once. */
export function EndMembershipsLink({ payload, user }: ServerProps) {
  if (!isPlatformAdmin(user) && tenantIdsWithRole(user, ['tenant-admin']).length === 0) return null
  return (
    <p className="invitations-import-link">
      <a className="btn btn--style-secondary btn--size-medium" href={`${payload.config.routes.admin}/end-memberships`}>
        End memberships (after an election)
      </a>{' '}
      <span>Choose the people leaving office and the date their access ends.</span>
    </p>
  )
}
