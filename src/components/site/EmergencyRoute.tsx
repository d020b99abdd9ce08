import { getTranslations } from 'next-intl/server'

import { getEmergencyRoute } from '@/data/contacts'
import type { Site } from '@/data/site'

/**
 * The emergency route from the tenant's contacts, in the order to use it: 999, then the police
 * on 101 by the force's name, then the council's named officer. On the "abuse happening now" page.
 */
export async function EmergencyRoute({ site }: { site: Site }) {
  const [route, t] = await Promise.all([getEmergencyRoute(site), getTranslations({ locale: site.locale, namespace: 'Site' })])
  if (!route) return null
  return (
    <section className="emergency-route" aria-labelledby="emergency-route">
      <h2 id="emergency-route">{t('routeHeading')}</h2>
      <ol>
        {route.map((step) => {
          if (step.step === 'emergency') {
            return (
              <li key="999">
                <a className="contact-call" href={step.phone.uri}>
                  {t('route999')}
                </a>
              </li>
            )
          }
          if (step.step === 'police') {
            return (
              <li key="101">
                <a className="contact-call" href={step.phone.uri}>
                  {step.force ? t('route101Force', { force: step.force }) : t('route101')}
                </a>
              </li>
            )
          }
          const { contact } = step
          return (
            <li key={`officer-${contact.id}`}>
              {t('routeOfficer', { label: contact.label })}
              {contact.phone ? (
                <>
                  {': '}
                  <a href={contact.phone.uri}>{contact.phone.display}</a>
                </>
              ) : null}
              {contact.email ? (
                <>
                  {contact.phone ? ', ' : ': '}
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
