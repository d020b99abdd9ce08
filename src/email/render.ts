import type { Payload } from 'payload'

import { siteOnlyRoles, type TenantRole } from '@/access/roles'
import { serverEnv } from '@/env'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

import { portalSiteUrl, tenantSiteUrl } from './siteLinks'
import { accountLinkEmail, type RenderedEmail } from './templates/accountLinks'
import { emailBouncedEmail, type EmailBouncedInput } from './templates/emailBounced'
import type { EmailTemplateId } from './templates/ids'
import { reportEmail } from './templates/incidentReports'
import { accountNoticeEmail, twoFactorNotice, type AccountNoticeKind, type TwoFactorChange } from './templates/accountNotices'
import { logNoticeEmail } from './templates/logNotices'
import { membershipsEndedEmail, type MembershipsEndedEmailInput } from './templates/membershipsEnded'
import { nationalReviewEmail, type NationalReviewEmailInput } from './templates/nationalReview'
import { passwordResetEmail } from './templates/passwordReset'
import { repeatedSignInFailuresEmail } from './templates/signInFailures'
import { staleContactsEmail, type StaleContactsEmailInput } from './templates/staleContacts'

/**
 * What each template is given when it is queued: `params` are stored as they are; `secrets`
 * (tokens) are stored encrypted and deleted once Resend has the email. Everything else (the
 * tenant's names, languages, colours, the link's host) is read when the email is rendered, at
 * send time, so an email queued before a rename says the new name.
 */
export type EmailTemplates = {
  invitation: { params: { role: TenantRole; locale: Locale; days: number }; secrets: { token: string } }
  'site-password-reset': { params: { locale: Locale }; secrets: { token: string } }
  'password-reset': { params: Record<string, never>; secrets: { token: string } }
  'sign-in-failures': { params: { failures: number }; secrets: Record<string, never> }
  'stale-contacts': { params: Omit<StaleContactsEmailInput, 'serverUrl'>; secrets: Record<string, never> }
  'national-review': { params: Omit<NationalReviewEmailInput, 'serverUrl'>; secrets: Record<string, never> }
  'memberships-ended': { params: MembershipsEndedEmailInput; secrets: Record<string, never> }
  'email-bounced': { params: EmailBouncedInput; secrets: Record<string, never> }
  'report-received': { params: { reference: string; url: string }; secrets: Record<string, never> }
  'report-updated': { params: { reference: string; reportId: number }; secrets: Record<string, never> }
  'report-escalated': { params: { reference: string; hours: number }; secrets: Record<string, never> }
  'report-due': { params: { reference: string; url: string }; secrets: Record<string, never> }
  /** To a person who left office: their log stays theirs until `deleteOn` (dates only, nothing of the log). */
  'incident-log-kept': { params: { locale: Locale; deleteOn: string }; secrets: Record<string, never> }
  /** Once, 30 days before a former member's log is deleted on `deleteOn`. */
  'incident-log-expiring': { params: { locale: Locale; deleteOn: string }; secrets: Record<string, never> }
  /** To the OLD address: the link that applies a requested change of address (the token is a secret). */
  'email-change-confirm': { params: Record<string, never>; secrets: { token: string } }
  /** To the old and new addresses once a change was confirmed; and after any password change. No secrets. */
  'email-changed': { params: Record<string, never>; secrets: Record<string, never> }
  'password-changed': { params: Record<string, never>; secrets: Record<string, never> }
  /** Two-step sign-in turned on, off, reset with the password, or a recovery code used (`left` of them remain). */
  'two-factor-changed': { params: TwoFactorChange; secrets: Record<string, never> }
  message: { params: { subject: string; html?: string; text?: string }; secrets: Record<string, never> }
}

export class EmailRenderError extends Error {
  override name = 'EmailRenderError'
}

function secret(secrets: Record<string, unknown>, name: string): string {
  const value = secrets[name]
  if (typeof value !== 'string' || value === '') throw new EmailRenderError(`The ${name} is missing (already sent, or never stored)`)
  return value
}

/** The tenant as an email about it needs it: names in every language, languages, link host. */
async function emailTenant(payload: Payload, tenantId: number | undefined) {
  if (tenantId === undefined) throw new EmailRenderError('This email needs its tenant')
  const tenant = await payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, locale: 'all', overrideAccess: true, disableErrors: true })
  if (!tenant) throw new EmailRenderError(`Tenant ${tenantId} no longer exists`)
  // A localized field read with locale 'all' is an object by locale.
  const names = tenant.name as unknown as Partial<Record<Locale, string>>
  const locale = isLocale(tenant.defaultLocale) ? tenant.defaultLocale : defaultLocale
  return {
    names,
    defaultLocale: locale,
    welshParity: Boolean(tenant.welshParity),
    link: { slug: tenant.slug, domains: (tenant.domains ?? []).map((row) => row.domain) },
    colour: tenant.branding?.primaryColour ?? null,
  }
}

function emailLocalesOf(tenant: { welshParity: boolean }, first: Locale): Locale[] {
  return tenant.welshParity ? ['cy', 'en'] : [first]
}

/**
 * A credential notice in the languages of the person's tenant (queued with it: see
 * accountNoticeTenant in src/collections/Users/hooks/credentialNotices.ts), or in English from the
 * portal when there is none or it is gone: a notice about an account must go out whatever
 * happened to the council since.
 */
async function accountNotice(payload: Payload, kind: AccountNoticeKind, tenantId: number | undefined, extra: { token?: string; left?: number } = {}): Promise<RenderedEmail> {
  const tenant = tenantId === undefined ? undefined : await emailTenant(payload, tenantId).catch(() => undefined)
  if (!tenant) return accountNoticeEmail(kind, ['en'], null, extra)
  return accountNoticeEmail(kind, emailLocalesOf(tenant, tenant.defaultLocale), { tenant: tenant.names, colour: tenant.colour }, extra)
}

type RenderInput<T extends EmailTemplateId> = { template: T; params: EmailTemplates[T]['params']; secrets: Record<string, unknown>; tenant?: number }

/** Renders a queued email at send time. Throws EmailRenderError when it can never be rendered. */
export async function renderEmail(payload: Payload, input: RenderInput<EmailTemplateId>): Promise<RenderedEmail> {
  const serverUrl = serverEnv().NEXT_PUBLIC_SERVER_URL
  switch (input.template) {
    case 'invitation': {
      const params = input.params as EmailTemplates['invitation']['params']
      const tenant = await emailTenant(payload, input.tenant)
      const path = `/invitation/${secret(input.secrets, 'token')}`
      // Councillors and candidates read on the council's own site; staff get the portal's host, where the admin's session lives.
      const url = siteOnlyRoles.includes(params.role) ? tenantSiteUrl(tenant.link, params.locale, path) : portalSiteUrl(tenant.link, params.locale, path)
      return accountLinkEmail('invitation', emailLocalesOf(tenant, tenant.defaultLocale), { tenant: tenant.names, url, role: params.role, days: params.days, colour: tenant.colour })
    }
    case 'site-password-reset': {
      const params = input.params as EmailTemplates['site-password-reset']['params']
      const tenant = await emailTenant(payload, input.tenant)
      const url = tenantSiteUrl(tenant.link, params.locale, `/login/reset/${secret(input.secrets, 'token')}`)
      return accountLinkEmail('reset', emailLocalesOf(tenant, params.locale), { tenant: tenant.names, url, colour: tenant.colour })
    }
    case 'password-reset':
      return passwordResetEmail(secret(input.secrets, 'token'))
    case 'sign-in-failures':
      return repeatedSignInFailuresEmail((input.params as EmailTemplates['sign-in-failures']['params']).failures)
    case 'stale-contacts': {
      const tenant = input.tenant === undefined ? undefined : await emailTenant(payload, input.tenant).catch(() => undefined)
      return staleContactsEmail({ ...(input.params as EmailTemplates['stale-contacts']['params']), serverUrl }, tenant?.colour)
    }
    case 'national-review':
      return nationalReviewEmail({ ...(input.params as EmailTemplates['national-review']['params']), serverUrl })
    case 'memberships-ended': {
      const tenant = input.tenant === undefined ? undefined : await emailTenant(payload, input.tenant).catch(() => undefined)
      return membershipsEndedEmail(input.params as EmailTemplates['memberships-ended']['params'], tenant?.colour)
    }
    case 'email-bounced': {
      const tenant = input.tenant === undefined ? undefined : await emailTenant(payload, input.tenant).catch(() => undefined)
      return emailBouncedEmail(input.params as EmailTemplates['email-bounced']['params'], tenant?.colour)
    }
    case 'report-received': {
      const params = input.params as EmailTemplates['report-received']['params']
      return reportEmail({ event: 'received', reference: params.reference, url: params.url })
    }
    case 'report-due': {
      const params = input.params as EmailTemplates['report-due']['params']
      return reportEmail({ event: 'due', reference: params.reference, url: params.url })
    }
    case 'report-escalated': {
      const params = input.params as EmailTemplates['report-escalated']['params']
      return reportEmail({ event: 'escalated', reference: params.reference, url: null, hours: params.hours })
    }
    case 'report-updated': {
      // The councillor's link: their report on their council's site, in its first language.
      const params = input.params as EmailTemplates['report-updated']['params']
      const tenant = await emailTenant(payload, input.tenant)
      return reportEmail({ event: 'updated', reference: params.reference, url: tenantSiteUrl(tenant.link, tenant.defaultLocale, `/members/reports/${params.reportId}`) })
    }
    case 'incident-log-kept':
    case 'incident-log-expiring': {
      const params = input.params as EmailTemplates['incident-log-kept']['params']
      const tenant = await emailTenant(payload, input.tenant)
      const url = tenantSiteUrl(tenant.link, params.locale, '/members/incidents')
      const kind = input.template === 'incident-log-kept' ? 'kept' : 'expiring'
      return logNoticeEmail(kind, emailLocalesOf(tenant, params.locale), { tenant: tenant.names, url, date: params.deleteOn, colour: tenant.colour })
    }
    case 'email-change-confirm':
      return accountNotice(payload, 'email-change-confirm', input.tenant, { token: secret(input.secrets, 'token') })
    case 'email-changed':
    case 'password-changed':
      return accountNotice(payload, input.template, input.tenant)
    case 'two-factor-changed': {
      const { kind, left } = twoFactorNotice(input.params as EmailTemplates['two-factor-changed']['params'])
      return accountNotice(payload, kind, input.tenant, { left })
    }
    case 'message': {
      const { subject, html, text } = input.params as EmailTemplates['message']['params']
      return { subject, html: html ?? '', text: text ?? '' }
    }
  }
}
