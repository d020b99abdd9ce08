import { getTranslations } from 'next-intl/server'

import { nations, type Nation } from '@/collections/Contacts/kinds'
import { policeRouting, type PoliceScheme } from '@/collections/Contacts/policeRouting'
import type { EffectiveContact } from '@/collections/Contacts/rules'
import { getEffectiveContacts } from '@/data/contacts'
import type { Site } from '@/data/site'

type T = Awaited<ReturnType<typeof getTranslations<'PoliceRouting'>>>

const nationOf = (value: string | null): Nation | null => (nations as readonly string[]).includes(value ?? '') ? (value as Nation) : null

/** A contact's phone and email as links, after its label. */
function ContactLinks({ contact }: { contact: EffectiveContact }) {
  const links = [
    contact.phone ? <a key="phone" href={contact.phone.uri}>{contact.phone.display}</a> : null,
    contact.email ? <a key="email" href={`mailto:${contact.email}`}>{contact.email}</a> : null,
  ].filter(Boolean)
  if (links.length === 0) return null
  return <> ({links.flatMap((link, index) => (index === 0 ? [link] : [', ', link]))})</>
}

function Scheme({ scheme, t, force, adviser, withHeading }: { scheme: PoliceScheme; t: T; force: string | null; adviser: EffectiveContact | null; withHeading: boolean }) {
  const heading = { 'operation-ford': t('fordHeading'), 'police-scotland': t('scotlandHeading'), psni: t('psniHeading') }[scheme]
  return (
    <div className="police-routing__scheme" data-scheme={scheme}>
      {withHeading ? <h3>{heading}</h3> : null}
      {scheme === 'operation-ford' ? (
        <>
          <p>{force ? t('ford101Force', { force }) : t('ford101')}</p>
          <p>
            {adviser ? t('fordAdviser', { label: adviser.label }) : t('fordAdviserUnknown')}
            {adviser ? <ContactLinks contact={adviser} /> : null}
          </p>
          <p className="police-routing__note">{t('fordParish')}</p>
        </>
      ) : (
        <>
          <p>{scheme === 'police-scotland' ? t('scotland101') : t('psni101')}</p>
          {adviser ? (
            <p>
              {scheme === 'police-scotland' ? t('scotlandLiaison', { label: adviser.label }) : t('psniLiaison', { label: adviser.label })}
              <ContactLinks contact={adviser} />
            </p>
          ) : null}
        </>
      )}
    </div>
  )
}

/**
 * The questions that decide between 999, 101 and the council's officer, routed by the tenant's
 * nation (Operation Ford in England and Wales, Police Scotland, the PSNI; all three for a tenant
 * without a nation). Native details/summary: no JavaScript. On the "abuse happening now" page, and
 * exported for the report page (#20). The contacts are the tenant's public ones (src/data).
 */
export async function PoliceRouting({ site, headingLevel = 2 }: { site: Site; headingLevel?: 2 | 3 }) {
  const [groups, t] = await Promise.all([getEffectiveContacts(site), getTranslations({ locale: site.locale, namespace: 'PoliceRouting' })])
  const routing = policeRouting(nationOf(site.tenant.nation), groups)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const police = groups.find((group) => group.kind === 'police-non-emergency')?.contacts.find((contact) => contact.phone) ?? null
  const dial101 = police?.phone?.uri ?? 'tel:101'
  return (
    <section className="police-routing" aria-labelledby="police-routing-heading" data-nation={site.tenant.nation ?? 'none'}>
      <Heading id="police-routing-heading">{t('heading')}</Heading>
      <p>{t('intro')}</p>
      <details className="police-routing__question" data-route="999">
        <summary>{t('q999')}</summary>
        <p>{t('a999')}</p>
        <p>
          <a className="contact-call" href="tel:999">
            {t('call999')}
          </a>
        </p>
      </details>
      <details className="police-routing__question" data-route="101">
        <summary>{t('q101')}</summary>
        {routing.schemes.map((scheme) => (
          <Scheme key={scheme} scheme={scheme} t={t} force={routing.force} adviser={routing.adviser} withHeading={routing.schemes.length > 1} />
        ))}
        <p>
          <a className="contact-call" href={dial101}>
            {t('call101')}
          </a>
        </p>
      </details>
      <details className="police-routing__question" data-route="officer">
        <summary>{t('qOfficer')}</summary>
        <p>
          {routing.officer ? t('officerNamed', { label: routing.officer.label }) : t('officerNone')}
          {routing.officer ? <ContactLinks contact={routing.officer} /> : null}
        </p>
      </details>
      <p className="police-routing__note">{t('keepLog')}</p>
    </section>
  )
}
