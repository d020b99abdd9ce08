import { getLocale, getTranslations } from 'next-intl/server'

/** Inside a tenant's site (its layout and branding stay), in the reader's language. */
export default async function TenantNotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'Site' })
  return (
    <main id="main">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
    </main>
  )
}
