import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { QuickExit } from '@/components/site/QuickExit.client'
import { quickExitStrings } from '@/components/site/quickExitStrings'

import '../site.css'

export const metadata: Metadata = {
  title: 'Online safety for councillors and candidates',
  description: 'Find your council or party\'s online-safety toolkit.',
}

/**
 * The directory's pages (`/`, `/directory/search`, `/directory/{nation}/…`) share this chrome. The
 * directory is where someone lands who searched the portal's name: as on every tenant page, one
 * tap (or Shift three times) leaves it, and 999 is the first thing it says.
 */
export default async function DirectoryLayout({ children }: { children: ReactNode }) {
  const [t, site, exit] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'Directory' }),
    getTranslations({ locale: 'en', namespace: 'Site' }),
    quickExitStrings('en'),
  ])
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          {site('skipLink')}
        </a>
        <QuickExit strings={exit} />
        <p className="emergency-banner">
          {site('emergencyBanner')} <a href="tel:999">999</a>
        </p>
        <header className="site-header">
          <Link href="/" className="directory-home">
            {t('title')}
          </Link>
        </header>
        {children}
      </body>
    </html>
  )
}
