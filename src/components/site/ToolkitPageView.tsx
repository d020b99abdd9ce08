import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import type { BlockContext } from '@/blocks/types'
import type { ToolkitPage } from '@/data/pages'
import { localeNames } from '@/i18n/locales'
import type { Site } from '@/data/site'
import { formatLongDate } from '@/i18n/formatDate'

import { EmergencyRoute } from './EmergencyRoute'
import { PoliceRouting } from './PoliceRouting'

/** The toolkit's section 1 page, where the emergency route from the tenant's contacts goes first. */
const EMERGENCY_PAGE = 'abuse-happening-now'

type Crumb = { href: string; label: string }

/**
 * One toolkit page as readers see it: breadcrumbs, the language notices, the blocks and the review
 * date. Shared by public pages, members-only pages and the editors' preview of a draft, so the
 * preview shows exactly what publishing will show. `notice` goes above the title (the preview says
 * there that it is one); `crumbs` follow "Home" (the members' area adds itself).
 */
export async function ToolkitPageView({
  site,
  page,
  context,
  notice,
  crumbs = [],
}: {
  site: Site
  page: ToolkitPage
  context: BlockContext
  notice?: ReactNode
  crumbs?: Crumb[]
}) {
  const { locale, home } = site
  const t = await getTranslations({ locale, namespace: 'Site' })
  const language = localeNames[locale]
  return (
    <main id="main" lang={page.fallback ? 'en' : undefined}>
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol>
          {[{ href: home, label: t('home') }, ...crumbs].map((crumb) => (
            <li key={crumb.href}>
              <a href={crumb.href} lang={locale}>
                {crumb.label}
              </a>
            </li>
          ))}
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
      {page.slug === EMERGENCY_PAGE ? <EmergencyRoute site={site} /> : null}
      {page.slug === EMERGENCY_PAGE && site.tenant.kind !== 'baseline' ? <PoliceRouting site={site} /> : null}
      <RenderBlocks layout={page.layout} context={context} />
      {page.lastReviewed ? (
        <p className="muted" lang={locale}>
          {t('lastReviewed')}: {formatLongDate(page.lastReviewed, locale)}
        </p>
      ) : null}
    </main>
  )
}
