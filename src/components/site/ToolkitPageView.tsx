import { getTranslations } from 'next-intl/server'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import type { ToolkitPage } from '@/data/pages'
import type { TenantSite } from '@/data/tenantSite'
import { localeNames, type Locale } from '@/i18n/locales'
import { formatLongDate } from '@/lib/formatDate'

import { blockContextFor } from './blockContext'
import { EmergencyRoute } from './EmergencyRoute'

/** The toolkit's section 1 page, where the emergency route from the tenant's contacts goes first. */
const EMERGENCY_PAGE = 'abuse-happening-now'

type Crumb = { href: string; label: string }

/**
 * One toolkit page as the site shows it: breadcrumbs, the language notices, the blocks and the
 * review date. Shared by public pages and members-only pages, so both read the same way.
 */
export async function ToolkitPageView({ tenant, locale, page, crumbs }: { tenant: TenantSite; locale: Locale; page: ToolkitPage; crumbs: Crumb[] }) {
  const [t, context] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), blockContextFor(tenant, locale)])
  const language = localeNames[locale]
  return (
    <main id="main" lang={page.fallback ? 'en' : undefined}>
      <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
        <ol>
          {crumbs.map((crumb) => (
            <li key={crumb.href}>
              <a href={crumb.href} lang={locale}>
                {crumb.label}
              </a>
            </li>
          ))}
        </ol>
      </nav>
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
          {t('lastReviewed')}: {formatLongDate(page.lastReviewed, locale)}
        </p>
      ) : null}
    </main>
  )
}
