import { APIError, type CollectionAfterChangeHook } from 'payload'

import { siteOnlyRoles, type TenantRole } from '@/access/roles'
import { portalSiteUrl, tenantSiteUrl } from '@/email/siteLinks'
import { accountLinkEmail } from '@/email/templates/accountLinks'
import { emailLocales } from '@/email/translate'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { Invitation } from '@/payload-types'

import { DEFAULT_INVITATION_DAYS } from '../token'
import { tokenContextKey } from './prepareInvitation'

/**
 * Emails a new invitation's link, in the tenant's language(s). A councillor's or candidate's link
 * goes to the tenant's own site (its domain when it has one), where they will read; an editor's,
 * officer's or tenant admin's to the same path on the portal's host, so that the session the link
 * starts is the admin's. If the email cannot be sent, the invitation is not kept either (the save
 * fails and the admin can try again), so no invitation exists that nobody received.
 */
export const sendInvitation: CollectionAfterChangeHook<Invitation> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const tenantId = typeof doc.tenant === 'number' ? doc.tenant : doc.tenant?.id
  if (tenantId === undefined) return doc
  const token = req.context[tokenContextKey(tenantId, doc.email)]
  if (typeof token !== 'string') return doc
  delete req.context[tokenContextKey(tenantId, doc.email)]

  const first = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, overrideAccess: true, req })
  const locale = isLocale(first.defaultLocale) ? first.defaultLocale : defaultLocale
  const locales = emailLocales({ defaultLocale: locale, welshParity: Boolean(first.welshParity) })
  // Every language's name at once (a localized field read with locale 'all' is an object by locale).
  const named = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, locale: 'all', select: { name: true }, overrideAccess: true, req })
  const names = named.name as unknown as Partial<Record<Locale, string>>
  const linkTenant = { slug: first.slug, domains: (first.domains ?? []).map((row) => row.domain) }
  const path = `/invitation/${token}`
  const role = doc.role as TenantRole
  const url = siteOnlyRoles.includes(role) ? tenantSiteUrl(linkTenant, locale, path) : portalSiteUrl(linkTenant, locale, path)
  const email = accountLinkEmail('invitation', locales, {
    tenant: names,
    url,
    role,
    days: first.invitationValidDays ?? DEFAULT_INVITATION_DAYS,
  })
  try {
    await req.payload.sendEmail({ to: doc.email, subject: email.subject, html: email.html, text: email.text })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: '[invitations] the invitation email could not be sent' })
    throw new APIError('The invitation email could not be sent. Nothing was saved; try again in a few minutes.', 503)
  }
  return doc
}
