import { getTranslations } from 'next-intl/server'

import type { ContactGroup } from '@/data/contacts'
import type { Locale } from '@/i18n/locales'
import { formatLongDate } from '@/i18n/formatDate'

/**
 * Contacts grouped by kind, one tap to call, each with the date it was last checked. Public
 * contacts link to their vCard (`vcardBase`); members-only ones have no public vCard, so none.
 */
export async function ContactGroups({
  groups,
  locale,
  vcardBase,
  headingLevel = 2,
}: {
  groups: ContactGroup[]
  locale: Locale
  vcardBase: string | null
  /** The level of each kind's heading; a contact's name is one below. */
  headingLevel?: 2 | 3
}) {
  const t = await getTranslations({ locale, namespace: 'Contacts' })
  const Kind = headingLevel === 2 ? 'h2' : 'h3'
  const Name = headingLevel === 2 ? 'h3' : 'h4'
  return groups.map((group) => (
    <section key={group.kind} aria-labelledby={`kind-${group.kind}`} className="contact-group">
      <Kind id={`kind-${group.kind}`}>{t(`kinds.${group.kind}`)}</Kind>
      <ul className="contact-list">
        {group.contacts.map((contact) => (
          <li key={contact.id}>
            <Name>{contact.label}</Name>
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
              {contact.lastVerifiedAt ? `${t('lastChecked')}: ${formatLongDate(contact.lastVerifiedAt, locale)}` : t('notChecked')}
            </p>
            {vcardBase ? (
              <p className="no-print">
                <a href={`${vcardBase}/${contact.id}/vcard`} download>
                  {t('downloadOne', { label: contact.label })}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  ))
}
