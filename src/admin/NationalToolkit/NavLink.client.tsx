'use client'

import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

/**
 * "National toolkit" at the top of the admin's navigation: where an editor who has never seen
 * Payload finds the national pages and templates to tailor, without typing an address.
 */
export function NationalToolkitNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = `${config.routes.admin}/national-toolkit`
  const current = pathname === href
  return (
    <Link className="nav__link" href={href} id="nav-national-toolkit" prefetch={false} aria-current={current ? 'page' : undefined}>
      {current ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">National toolkit</span>
    </Link>
  )
}
