import type { CollectionAfterChangeHook } from 'payload'

import type { TenantRole } from '@/access/roles'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { defaultLocale, isLocale } from '@/i18n/locales'
import type { Invitation } from '@/payload-types'

import { DEFAULT_INVITATION_DAYS } from '../token'
import { tokenContextKey } from './prepareInvitation'

/**
 * Queues a new invitation's email in the outbox, in the same transaction as the invitation, so no
 * invitation exists whose email was not queued (and none is queued for an invitation that was not
 * saved). The token travels encrypted and is deleted once Resend has the email. The link is built
 * when the email is sent (src/email/render.ts): a councillor's or candidate's to the tenant's own
 * site, an editor's, officer's or tenant admin's to the portal's host, where the admin's session is.
 */
export const sendInvitation: CollectionAfterChangeHook<Invitation> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const tenantId = typeof doc.tenant === 'number' ? doc.tenant : doc.tenant?.id
  if (tenantId === undefined) return doc
  const token = req.context[tokenContextKey(tenantId, doc.email)]
  if (typeof token !== 'string') return doc
  delete req.context[tokenContextKey(tenantId, doc.email)]

  const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, select: { defaultLocale: true, invitationValidDays: true }, overrideAccess: true, req })
  await enqueueEmail(
    req.payload,
    {
      template: 'invitation',
      to: doc.email,
      tenant: tenantId,
      params: {
        role: doc.role as TenantRole,
        locale: isLocale(tenant.defaultLocale) ? tenant.defaultLocale : defaultLocale,
        days: tenant.invitationValidDays ?? DEFAULT_INVITATION_DAYS,
      },
      secrets: { token },
      priority: 'invitation',
      idempotencyKey: `invitation-${doc.id}`,
    },
    req,
  )
  return doc
}
