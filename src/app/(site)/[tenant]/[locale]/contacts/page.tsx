import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ContactGroups } from '@/components/site/ContactGroups'
import { getEffectiveContacts } from '@/data/contacts'
import { alternatesFor } from '@/i18n/alternates'
import { resolveSite } from '@/data/site'

type Params = Promise<{ tenant: string; locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'Contacts' })
  const meta = await getTranslations({ locale: site.locale, namespace: 'Meta' })
  return { title: t('title'), description: meta('contacts', { tenant: site.tenant.name }), alternates: alternatesFor(site.tenant, site.locale, '/contacts') }
}

/** The tenant's public contacts grouped by kind, one tap to call; prints as a one-page card. */
export default async function ContactsPage({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const [contacts, t] = await Promise.all([getEffectiveContacts(site), getTranslations({ locale, namespace: 'Contacts' })])
  const groups = contacts.filter((group) => group.contacts.length > 0)
  const base = `${home}/contacts`
  return (
    <main id="main" className="contacts-page">
      <h1>{t('title')}</h1>
      <p>{t('intro', { tenant: tenant.name })}</p>
      <p className="no-print">
        <a href={`${base}/vcard`} download>
          {t('downloadAll')}
        </a>
      </p>
      {groups.length === 0 ? <p>{t('empty')}</p> : null}
      <ContactGroups groups={groups} locale={locale} vcardBase={base} />
      <p className="no-print">
        {t('membersNote', { tenant: tenant.name })} <a href={`${home}/members`}>{t('membersLink')}</a>
      </p>
      <p className="no-print muted">{t('print')}</p>
    </main>
  )
}
