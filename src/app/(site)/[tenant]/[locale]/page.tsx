import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { getToolkit, type PageSummary } from '@/data/pages'
import { alternatesFor } from '@/i18n/alternates'
import { resolveSite } from '@/data/site'

type Params = Promise<{ tenant: string; locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const meta = await getTranslations({ locale: site.locale, namespace: 'Meta' })
  return { title: { absolute: site.tenant.name }, description: meta('home', { tenant: site.tenant.name }), alternates: alternatesFor(site.tenant, site.locale, '') }
}

function groupBySection(pages: PageSummary[]): [string, PageSummary[]][] {
  const groups = new Map<string, PageSummary[]>()
  for (const page of pages) groups.set(page.section, [...(groups.get(page.section) ?? []), page])
  return [...groups]
}

export default async function TenantHome({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const [pages, t, sections] = await Promise.all([
    getToolkit(site),
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Sections' }),
  ])
  return (
    <main id="main">
      <h1>{tenant.name}</h1>
      <p>{t('tenantHomeIntro', { tenant: tenant.name })}</p>
      <h2>{t('sections')}</h2>
      {groupBySection(pages).map(([section, entries]) => (
        <section key={section} className="toolkit-section" aria-labelledby={`section-${section}`}>
          <h3 id={`section-${section}`}>{sections(section as Parameters<typeof sections>[0])}</h3>
          <ul className="toolkit-list">
            {entries.map((page) => (
              <li key={page.slug}>
                <a href={`${home}/${page.slug}`}>{page.title}</a>
                {page.summary ? <p>{page.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  )
}
