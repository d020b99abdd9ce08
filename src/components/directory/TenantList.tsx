import { getTranslations } from 'next-intl/server'

import type { DirectoryTenant } from '@/data/directory'

import { groupNameKey } from './groupName'
import { isDirectoryGroup } from '@/lib/directory'

/**
 * Councils and parties as a list of links to their sites, each with its names in its other
 * languages (marked with their language, so a screen reader says "Cyngor Sir Ynys Môn" in Welsh)
 * and what it is.
 */
export async function TenantList({ tenants }: { tenants: DirectoryTenant[] }) {
  const t = await getTranslations({ locale: 'en', namespace: 'Directory' })
  return (
    <ul className="directory-list">
      {tenants.map((tenant) => (
        <li key={tenant.slug}>
          <a href={tenant.href}>{tenant.name}</a>
          {tenant.otherNames.map(({ locale, name }) => (
            <span key={locale} lang={locale} className="directory-other-name">
              {name}
            </span>
          ))}
          <span className="muted directory-kind">
            {tenant.kind === 'party' ? t('kindParty') : t('kindCouncil')}
            {tenant.nation && isDirectoryGroup(tenant.nation) ? ` · ${t(groupNameKey[tenant.nation])}` : ''}
          </span>
        </li>
      ))}
    </ul>
  )
}
