import { cookies } from 'next/headers'
import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/** The admin's language as Payload keeps it (the `payload-lng` cookie), when the site has it. */
async function adminLocale(): Promise<Locale> {
  const chosen = (await cookies()).get('payload-lng')?.value
  return isLocale(chosen) ? chosen : defaultLocale
}

/** The page's title while the database is down (Next puts it in the document's head). */
export async function adminUnavailableTitle(): Promise<string> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: 'Unavailable' })
  return t('title')
}

/**
 * What the admin shows while PostgreSQL is down, instead of Payload's error screen or a blank
 * page: a plain sentence, in the admin's language, that says what is wrong and that nothing is
 * lost. `document`: a whole HTML document (from the admin's root layout, where Payload's own
 * would otherwise fail); otherwise the body only (from the page, inside a layout already drawn).
 */
export async function AdminUnavailable({ document }: { document: boolean }) {
  const locale = await adminLocale()
  const t = await getTranslations({ locale, namespace: 'Unavailable' })
  const body = (
    <main id="main" style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif', lineHeight: 1.5 }}>
      <h1>{t('title')}</h1>
      <p>{t('admin')}</p>
    </main>
  )
  if (!document) return body
  return (
    <html lang={locale}>
      <body>{body}</body>
    </html>
  )
}
