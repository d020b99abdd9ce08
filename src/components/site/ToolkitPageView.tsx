import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import type { BlockContext } from '@/blocks/types'
import { EmergencyRoute } from '@/components/site/EmergencyRoute'
import type { ToolkitPage } from '@/data/pages'
import { localeNames, type Locale } from '@/i18n/locales'
import type { Site } from '@/i18n/siteParams'

/** The toolkit's section 1 page, where the emergency route from the tenant's contacts goes first. */
const EMERGENCY_PAGE = 'abuse-happening-now'

function formatDate(value: string, locale: Locale): string {
  const tag = locale === 'en' ? 'en-GB' : locale
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date(value))
}

/**
 * One toolkit page as readers see it. Shared by the public page and the editors' preview of a
 * draft, so the preview shows exactly what publishing will show. `notice` goes above the title
 * (the preview says there that it is one).
 */
export async function ToolkitPageView({ site, page, context, notice }: { site: Site; page: ToolkitPage; context: BlockContext; notice?: ReactNode }) {
  const { tenant, locale, home } = site
  const t = await getTranslations({ locale, namespace: 'Site' })
  const language = localeNames[locale]
  return (
    <main id="main" lang={page.fallback ? 'en' : undefined}>
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <a href={home} lang={locale}>
              {t('home')}
            </a>
          </li>
        </ol>
      </nav>
      {notice}
      {page.fallback ? (
        <p className="notice" lang={locale}>
          {t('fallbackNotice', { language })}
        </p>
      ) : page.translationStatus === 'drafted' && locale !== 'en' ? (
        <p className="notice" lang={locale}>
          {t('draftTranslation', { language })}
        </p>
      ) : null}
      <h1>{page.title}</h1>
      {page.summary ? <p className="lead">{page.summary}</p> : null}
      {page.slug === EMERGENCY_PAGE ? <EmergencyRoute tenantSlug={tenant.slug} locale={locale} /> : null}
      <RenderBlocks layout={page.layout} context={context} />
      {page.lastReviewed ? (
        <p className="muted" lang={locale}>
          {t('lastReviewed')}: {formatDate(page.lastReviewed, locale)}
        </p>
      ) : null}
    </main>
  )
}
