import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { blockHeadings, RenderBlocks } from '@/blocks/RenderBlocks'
import type { BlockContext } from '@/blocks/types'
import type { ToolkitPage } from '@/data/pages'
import { localeNames } from '@/i18n/locales'
import type { Site } from '@/data/site'
import { formatLongDate } from '@/i18n/formatDate'
import { homePath } from '@/i18n/sitePaths'

import { EmergencyRoute } from './EmergencyRoute'
import { PoliceRouting } from './PoliceRouting'

/** The toolkit's section 1 page, where the emergency route from the tenant's contacts goes first. */
const EMERGENCY_PAGE = 'abuse-happening-now'

/** From this many sections a page gets a contents list at its top: on a phone it is several screens long. */
const CONTENTS_FROM = 4

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
  pathInSite = `/${page.slug}`,
}: {
  site: Site
  page: ToolkitPage
  context: BlockContext
  notice?: ReactNode
  crumbs?: Crumb[]
  /** The page's address after the tenant's home (`/{slug}`, `/members/{slug}`), for the link to its English. */
  pathInSite?: string
}) {
  const { locale, home } = site
  const [t, meta] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), getTranslations({ locale, namespace: 'Meta' })])
  const language = localeNames[locale]
  const sections = blockHeadings(page.layout, context.values.tenantName)
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
      ) : page.outdated && locale !== 'en' ? (
        <p className="notice" lang={locale}>
          {t.rich('outdatedTranslation', {
            language,
            english: (words) =>
              site.tenant.locales.includes('en') ? (
                <a href={`${homePath(site.tenant, 'en', site.via)}${pathInSite}`} hrefLang="en">
                  {words}
                </a>
              ) : (
                words
              ),
          })}
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
      {sections.length >= CONTENTS_FROM ? (
        <nav className="contents-list" aria-labelledby="contents-heading">
          <h2 id="contents-heading" lang={locale}>
            {meta('contents')}
          </h2>
          <ol>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <RenderBlocks layout={page.layout} context={context} />
      {page.lastReviewed ? (
        <p className="muted" lang={locale}>
          {t('lastReviewed')}: {formatLongDate(page.lastReviewed, locale)}
        </p>
      ) : null}
    </main>
  )
}
