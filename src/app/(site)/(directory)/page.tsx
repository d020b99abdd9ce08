import { getTranslations } from 'next-intl/server'

import { getDirectory } from '@/data/tenants'

const nationNames: Record<string, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
}

export default async function DirectoryPage() {
  const [tenants, t] = await Promise.all([getDirectory(), getTranslations({ locale: 'en', namespace: 'Directory' })])
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <p className="emergency-banner">
        {t('emergency')} <a href="tel:999">999</a>
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
