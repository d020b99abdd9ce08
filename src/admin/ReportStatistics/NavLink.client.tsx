'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import type { User } from '@/payload-types'

/**
 * "Report statistics" in the admin's navigation, for those who may open it (a council's tenant
 * admins and platform admins): the quarter's counts for a standards committee. The view checks
 * again; this only spares others a link that would refuse them.
 */
export function ReportStatisticsNavLink() {
  const { config } = useConfig()
  const { user } = useAuth<User>()
  const pathname = usePathname()
  if (!user || (!isPlatformAdmin(user) && tenantIdsWithRole(user, ['tenant-admin']).length === 0)) return null
  const href = `${config.routes.admin}/report-statistics`
  const current = pathname === href
  return (
    <Link className="nav__link" href={href} id="nav-report-statistics" prefetch={false} aria-current={current ? 'page' : undefined}>
      {current ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">Report statistics</span>
    </Link>
  )
}
