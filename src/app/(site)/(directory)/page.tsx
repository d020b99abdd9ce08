import { getTranslations } from 'next-intl/server'

import { QuickExit } from '@/components/site/QuickExit.client'
import { quickExitStrings } from '@/components/site/quickExitStrings'
import { getDirectory } from '@/data/tenants'

const nationNames: Record<string, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
}

export default async function DirectoryPage() {
  const [tenants, t, site, exit] = await Promise.all([
    getDirectory(),
    getTranslations({ locale: 'en', namespace: 'Directory' }),
    getTranslations({ locale: 'en', namespace: 'Site' }),
    quickExitStrings('en'),
  ])
  return (
    <>
      <a className="skip-link" href="#main">
        {site('skipLink')}
      </a>
      {/* The directory is where someone lands who searched the portal's name: as on every tenant
          page, one tap (or Shift three times) leaves it, and 999 is the first thing it says. */}
      <QuickExit strings={exit} />
      <p className="emergency-banner">
        {site('emergencyBanner')} <a href="tel:999">999</a>
      </p>
      <header className="site-header">
        <p>{t('title')}</p>
      </header>
      <main id="main">
        <h1>{t('heading')}</h1>
        <p>{t('intro')}</p>
        {tenants.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ul className="directory-list">
            {tenants.map((tenant) => (
              <li key={tenant.slug}>
                <a href={`/${tenant.slug}/${tenant.defaultLocale}`}>{tenant.name}</a>
                <span className="muted">
                  {' '}
                  · {tenant.kind === 'party' ? 'Party' : 'Council'}
                  {tenant.nation ? ` · ${nationNames[tenant.nation] ?? tenant.nation}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  )
}
