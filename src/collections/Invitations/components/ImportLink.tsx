import type { ServerProps } from 'payload'

/**
 * Above the Invitations list: the way to invite many people at once. A plain link (a server
 * component) to the import view, so it works before any script has loaded.
 */
export function ImportLink({ payload }: ServerProps) {
  const href = `${payload.config.routes.admin}/import-invitations`
  return (
    <p className="invitations-import-link">
      <a className="btn btn--style-secondary btn--size-medium" href={href}>
        Import from a spreadsheet (CSV)
      </a>{' '}
      <span>Invite a whole council&apos;s councillors at once: you check a preview before anything is sent.</span>
    </p>
  )
}
