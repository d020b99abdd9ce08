import type { ServerProps } from 'payload'

import { isPlatformAdmin } from '@/access/roles'

/** Above the Tenants list, for platform admins: the one-step way to open a council and invite its admin. */
export function NewCouncilLink({ payload, user }: ServerProps) {
  if (!isPlatformAdmin(user)) return null
  return (
    <p className="invitations-import-link">
      <a className="btn btn--style-secondary btn--size-medium" href={`${payload.config.routes.admin}/new-council`}>
        Open a new council and invite its admin
      </a>{' '}
      <span>The council and the invitation to the person who will run it, in one step.</span>
    </p>
  )
}
