import type { ServerProps } from 'payload'

import { isPlatformAdmin, tenantRoleLabels, tenantRoles } from '@/access/roles'

const plurals: Record<(typeof tenantRoles)[number], string> = {
  'tenant-admin': 'Tenant admins',
  editor: 'Editors',
  officer: 'Officers',
  councillor: 'Councillors',
  candidate: 'Candidates',
}

/** The list view's own `where` query for one condition, as its filter builder writes it. */
function whereParam(field: string, value: string): string {
  return `where[or][0][and][0][${field}][in]=${encodeURIComponent(value)}`
}

function chosenRole(searchParams: ServerProps['searchParams']): string | null {
  const raw = searchParams?.['where[or][0][and][0][tenants.roles][in]'] ?? searchParams?.['where[or][0][and][0][roles][in]']
  return typeof raw === 'string' ? raw : null
}

/**
 * Above the Users list: show only the people with one role (in any council the reader can see),
 * as plain links that set the list's own filter, so the result can be bookmarked, refined in
 * Payload's filter builder, and works before any script has loaded. Each role's one-line
 * description is read out with its link.
 */
export function RoleFilter({ payload, searchParams, user }: ServerProps) {
  const base = `${payload.config.routes.admin}/collections/users`
  const chosen = chosenRole(searchParams)
  const options = [
    ...tenantRoles.map((role) => ({ key: role, label: plurals[role], description: tenantRoleLabels[role].description, href: `${base}?${whereParam('tenants.roles', role)}` })),
    ...(isPlatformAdmin(user) ? [{ key: 'platform-admin', label: 'Platform admins', description: 'manage every tenant and the national baseline', href: `${base}?${whereParam('roles', 'platform-admin')}` }] : []),
  ]
  return (
    <nav className="role-filter" aria-label="Show people by role">
      <span className="role-filter__label">Show:</span>
      <ul>
        <li>
          <a href={base} aria-current={chosen === null ? 'page' : undefined}>
            Everyone
          </a>
        </li>
        {options.map((option) => (
          <li key={option.key}>
            <a href={option.href} aria-current={chosen === option.key ? 'page' : undefined} aria-describedby={`role-filter-${option.key}`}>
              {option.label}
            </a>
            <span id={`role-filter-${option.key}`} className="role-filter__description">
              {option.description}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  )
}
