'use client'

import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

/** In the admin's navigation, last: where each person turns their own two-step sign-in on (or sees that it is on). */
export function TwoFactorNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = `${config.routes.admin}/two-factor`
  const current = pathname === href
  return (
    <Link className="nav__link" href={href} id="nav-two-factor" prefetch={false} aria-current={current ? 'page' : undefined}>
      {current ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">Two-step sign-in</span>
    </Link>
  )
}
