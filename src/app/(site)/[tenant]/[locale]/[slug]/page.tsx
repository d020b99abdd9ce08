import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import { blockContextFor } from '@/components/site/blockContext'
import { EmergencyRoute } from '@/components/site/EmergencyRoute'
import { getToolkitPage } from '@/data/pages'
import { localeNames, type Locale } from '@/i18n/locales'
import { alternatesFor } from '@/i18n/alternates'
import { resolveSite } from '@/i18n/siteParams'

type Params = Promise<{ tenant: string; locale: string; slug: string }>

/** The toolkit's section 1 page, where the emergency route from the tenant's contacts goes first. */
const EMERGENCY_PAGE = 'abuse-happening-now'

/**
 * Rendered on first request and then served from the cache until a tag expires it. Without
 * this, a page under a dynamic segment is rendered on every request (measured by npm run
 * bench: 145 req/s against 996 for a prerendered page).
 */
export function generateStaticParams() {
  return []
}

async function load(params: Params) {
  const site = await resolveSite(params)
  if (!site) return null
  const { slug } = await params
  const page = await getToolkitPage(site.tenant, site.locale, slug)
  return page ? { ...site, page } : null
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return {}
  return {
    title: loaded.page.title,
    description: loaded.page.summary ?? undefined,
    alternates: alternatesFor(loaded.tenant, loaded.locale, `/${loaded.page.slug}`),
  }
}

function formatDate(value: string, locale: Locale): string {
  const tag = locale === 'en' ? 'en-GB' : locale
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date(value))
}

export default async function ToolkitPage({ params }: { params: Params }) {
  const loaded = await load(params)
  if (!loaded) notFound()
  const { tenant, locale, home, page } = loaded
  setRequestLocale(locale)
  const [t, context] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), blockContextFor(tenant, locale)])
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
