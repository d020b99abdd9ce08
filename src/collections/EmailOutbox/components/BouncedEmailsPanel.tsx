import { cookies } from 'next/headers'
import type { ServerProps } from 'payload'

import { isPlatformAdmin } from '@/access/roles'

import { BOUNCE_PANEL_DAYS, findBouncedEmails } from '../bounced'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })

/**
 * Dashboard panel for tenant admins (and platform admins): emails about their council that the
 * recipient's server returned or the recipient marked as spam, from Resend's webhook. Shown only
 * when there are some; the address is here, not in the notice email (bounced.ts says why).
 */
export async function BouncedEmailsPanel({ payload, user }: ServerProps) {
  if (!user) return null
  // A platform admin who chose a council in the tenant selector sees that council's; otherwise all.
  const chosen = isPlatformAdmin(user) ? Number((await cookies()).get('payload-tenant')?.value) : NaN
  const bounced = await findBouncedEmails(payload, user, { tenantId: Number.isInteger(chosen) && chosen > 0 ? chosen : null })
  if (bounced.length === 0) return null
  return (
    <section className="council-panel bounced-emails" aria-labelledby="bounced-emails-heading" data-testid="bounced-emails">
      <h2 id="bounced-emails-heading">Emails that were not delivered</h2>
      <p>{`In the last ${BOUNCE_PANEL_DAYS} days these emails were returned by the recipient's mail server, or marked as spam. Correct the address (Users, or the contact), or ask the person to check their spam folder.`}</p>
      <ul className="council-panel__list">
        {bounced.map((email) => (
          <li key={email.id} data-outbox-id={email.id}>
            <strong>{email.to}</strong>: {email.what.toLowerCase()}, {email.status === 'bounced' ? 'returned' : 'marked as spam'} {dateFormat.format(new Date(email.at))}
            {email.reason ? <span className="bounced-emails__reason"> ({email.reason})</span> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
