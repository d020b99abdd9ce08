import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ContactGroups } from '@/components/site/ContactGroups'
import { MembersBanner } from '@/components/site/MembersBanner'
import { SearchForm } from '@/components/site/SearchForm'
import { logsSharedWith } from '@/data/incidentHelpers'
import { incidentLogOpenTo } from '@/data/incidents'
import { getMembersArea } from '@/data/members'
import { resolveSite } from '@/data/site'
import { sitePath } from '@/lib/siteRoutes'

import { signOutAction } from '../login/actions'
import { memberOrSignIn } from './viewerOrSignIn'

type Params = Promise<{ tenant: string; locale: string }>

// Per user, never cached: members-only content lives only behind this dynamic route.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({
    locale: site.locale,
    namespace: 'Members',
  })
  const meta = await getTranslations({ locale: site.locale, namespace: 'Meta' })
  return { title: t('areaTitle'), description: meta('members', { tenant: site.tenant.name }), robots: { index: false, follow: false } }
}

/** The members' area: the tenant's members-only pages and contacts, for its councillors and officers. */
export default async function MembersAreaPage({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const viewer = await memberOrSignIn(site, `${home}/members`)
  const area = await getMembersArea(site, viewer)
  if (!area) notFound()
  const { tenant: segment } = await params
  const t = await getTranslations({ locale, namespace: 'Members' })
  const ti = await getTranslations({ locale, namespace: 'Incidents' })
  const ts = await getTranslations({ locale, namespace: 'Search' })
  const t2 = await getTranslations({ locale, namespace: 'TwoFactor' })
  const incidentLog = await incidentLogOpenTo(site, viewer)
  const sharedLogs = await logsSharedWith(site, viewer)
  const th = await getTranslations({ locale, namespace: 'Helpers' })
  const membersContacts = area.contacts
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <h1>{t('areaTitle')}</h1>
        <p>{t('areaIntro', { tenant: tenant.name })}</p>
        <SearchForm action={sitePath(home, 'membersSearch')} label={ts('membersTitle')} button={ts('button')} id="members-search-q" value="" />
        {incidentLog ? (
          <section className="incident-notice" aria-labelledby="incident-log-link">
            <h2 id="incident-log-link">
              <a href={`${home}/members/incidents`}>{ti('membersLink')}</a>
            </h2>
            <p>{ti('membersLinkIntro')}</p>
          </section>
        ) : null}
        {sharedLogs.length > 0 ? (
          <p>
            <a href={`${home}/members/shared`}>{th('sharedLink')}</a>
          </p>
        ) : null}
        <h2>{t('pagesHeading')}</h2>
        {area.pages.length === 0 ? (
          <p>{t('noPages')}</p>
        ) : (
          <ul className="toolkit-list">
            {area.pages.map((page) => (
              <li key={page.slug}>
                <a href={`${home}/members/${page.slug}`}>{page.title}</a>
                {page.summary ? <p>{page.summary}</p> : null}
              </li>
            ))}
          </ul>
        )}
        <h2>{t('contactsHeading')}</h2>
        {membersContacts.length === 0 ? (
          <p>{t('noContacts')}</p>
        ) : (
          <div className="contacts-page">
            <ContactGroups groups={membersContacts} locale={locale} vcardBase={null} headingLevel={3} />
          </div>
        )}
        <p>
          <a href={`${home}/contacts`}>{t('allContacts')}</a>
        </p>
        <h2>{t2('settingsTitle')}</h2>
        <p>
          <a href={sitePath(home, 'twoFactor')}>{t2('settingsLink')}</a>
        </p>
      </main>
    </>
  )
}
