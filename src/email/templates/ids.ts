/**
 * Every email the portal sends, by the template it is rendered from (the outbox's `template`).
 * `message` is a ready-made email handed to `payload.sendEmail` by code we do not own.
 */
export const emailTemplateIds = [
  'invitation',
  'site-password-reset',
  'password-reset',
  'sign-in-failures',
  'stale-contacts',
  'national-review',
  'memberships-ended',
  'email-bounced',
  'report-received',
  'report-updated',
  'report-escalated',
  'report-due',
  'incident-log-kept',
  'incident-log-expiring',
  'email-change-confirm',
  'email-changed',
  'password-changed',
  'two-factor-changed',
  'message',
] as const
export type EmailTemplateId = (typeof emailTemplateIds)[number]
