import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { getEffectiveContacts } from '@/data/contacts'
import type { Locale } from '@/i18n/locales'
import { alternatesFor } from '@/i18n/alternates'
import { resolveSite } from '@/i18n/siteParams'

type Params = Promise<{ tenant: string; locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'Contacts' })
  return { title: t('title'), alternates: alternatesFor(site.tenant, site.locale, '/contacts') }
}

function formatDate(value: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(
    new Date(value),
  )
}

/** The tenant's public contacts grouped by kind, one tap to call; prints as a one-page card. */
export default async function ContactsPage({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const [contacts, t] = await Promise.all([getEffectiveContacts(tenant.slug, locale), getTranslations({ locale, namespace: 'Contacts' })])
  const groups = contacts?.groups.filter((group) => group.contacts.length > 0) ?? []
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
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="contact-group">
          <h2 id={`kind-${group.kind}`}>{t(`kinds.${group.kind}`)}</h2>
          <ul className="contact-list">
            {group.contacts.map((contact) => (
              <li key={contact.id}>
                <h3>{contact.label}</h3>
                {contact.organisation ? <p>{contact.organisation}</p> : null}
                <ul className="contact-actions">
                  {contact.phone ? (
                    <li>
                      <a className="contact-call" href={contact.phone.uri}>
                        {t('call')} {contact.phone.display}
                      </a>
                    </li>
                  ) : null}
                  {contact.email ? (
                    <li>
                      {t('email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
                    </li>
                  ) : null}
                  {contact.url ? (
                    <li>
                      {t('website')}:{' '}
                      <a href={contact.url} rel="noopener noreferrer">
                        {contact.url.replace(/^https:\/\//, '')}
                      </a>
                    </li>
                  ) : null}
                </ul>
                {contact.hours ? (
                  <p>
                    {t('hours')}: {contact.hours}
                  </p>
                ) : null}
                {contact.notes ? <p>{contact.notes}</p> : null}
                <p className="muted">
                  {contact.source === 'national' ? `${t('national')} · ` : ''}
                  {contact.lastVerifiedAt ? `${t('lastChecked')}: ${formatDate(contact.lastVerifiedAt, locale)}` : t('notChecked')}
                </p>
                <p className="no-print">
                  <a href={`${base}/${contact.id}/vcard`} download>
                    {t('downloadOne', { label: contact.label })}
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="no-print muted">{t('print')}</p>
    </main>
  )
}
