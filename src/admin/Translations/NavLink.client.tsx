'use client'

import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

/** "Translations" in the admin's navigation, after National toolkit: every page × language at a glance. */
export function TranslationsNavLink() {
  const { config } = useConfig()
  const pathname = usePathname()
  const href = `${config.routes.admin}/translations`
  const current = pathname === href
  return (
    <Link className="nav__link" href={href} id="nav-translations" prefetch={false} aria-current={current ? 'page' : undefined}>
      {current ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">Translations</span>
    </Link>
  )
}
