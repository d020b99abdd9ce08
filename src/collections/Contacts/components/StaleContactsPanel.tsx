import type { ServerProps } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

import { contactKindLabels, DEFAULT_STALE_AFTER_DAYS } from '../kinds'
import { findStaleContacts } from '../stale'
import { findBaselineTenant } from '@/collections/baselineTenant'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

/**
 * Dashboard panel: the contacts this editor keeps that are due a check. Reads as the logged-in
 * user (overrideAccess: false). Platform admins see the national contacts they keep.
 */
export async function StaleContactsPanel({ payload, user }: ServerProps) {
  if (!user) return null
  const tenantIds = new Set(tenantIdsWithRole(user, contentRoles))
  if (isPlatformAdmin(user)) {
    const baseline = await findBaselineTenant(payload, { user })
    if (baseline) tenantIds.add(baseline.id)
  }
  const stale = await findStaleContacts(payload, { tenantIds: [...tenantIds], now: new Date(), user })
  const adminRoute = payload.config.routes.admin

  return (
    <section className="stale-contacts" aria-labelledby="stale-contacts-heading">
      <h2 id="stale-contacts-heading">Contacts to check</h2>
      {stale.length === 0 ? (
        <p>All your contacts have been verified recently.</p>
      ) : (
        stale.map(({ tenant, contacts }) => (
          <div key={tenant.id}>
            <h3>
              {tenant.name}: {contacts.length} contact{contacts.length === 1 ? '' : 's'} not verified in the last{' '}
              {tenant.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS} days
            </h3>
            <ul>
              {contacts.map((contact) => (
                <li key={contact.id}>
                  <a href={`${adminRoute}/collections/contacts/${contact.id}`}>{contact.label}</a> ({contactKindLabels[contact.kind]}) —{' '}
                  {contact.lastVerifiedAt ? `last verified ${dateFormat.format(new Date(contact.lastVerifiedAt))}` : 'never verified'}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  )
}
