import type { Locale } from '@/i18n/locales'

import { escapeHtml } from '../escapeHtml'
import { emailTranslator } from '../translate'

export type RenderedEmail = { subject: string; html: string; text: string }

type Kind = 'invitation' | 'reset'

/** One language's part of an invitation or reset email: who it is from, the link, what to do if unexpected. */
function part(kind: Kind, locale: Locale, values: { tenant: string; url: string; days: number; role: string }) {
  const t = emailTranslator(locale)
  const paragraphs =
    kind === 'invitation'
      ? [t('invitationIntro', { tenant: values.tenant, role: t(`roles.${values.role}` as 'roles.councillor') }), t('invitationHow')]
      : [t('resetIntro', { tenant: values.tenant })]
  const action = kind === 'invitation' ? t('invitationAction') : t('resetAction')
  const after =
    kind === 'invitation' ? [t('invitationExpiry', { days: values.days }), t('invitationIgnore')] : [t('resetExpiry'), t('resetIgnore')]
  const html = [
    `<div lang="${locale}">`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(values.url)}" style="display:inline-block;padding:8px 16px;background:#1d4f91;color:#ffffff;text-decoration:underline">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(t('copyLink'))} ${escapeHtml(values.url)}</p>`,
    ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</div>',
  ].join('\n')
  const text = [...paragraphs, `${action}: ${values.url}`, ...after].join('\n\n')
  const subject = kind === 'invitation' ? t('invitationSubject', { tenant: values.tenant }) : t('resetSubject', { tenant: values.tenant })
  return { html, text, subject }
}

/** Subjects are one line: a tenant's name with a line break must not start a new header. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim()
}

/**
 * The invitation or password-reset email, in each of `locales` (Welsh first for a tenant with
 * Welsh parity), HTML with a plain-text part. Every value is escaped: the tenant's name is typed
 * by people, and the URL carries a token.
 */
export function accountLinkEmail(
  kind: Kind,
  locales: Locale[],
  values: { tenant: string | Partial<Record<Locale, string>>; url: string; days?: number; role?: string },
): RenderedEmail {
  // The tenant's name in each part's own language (a Welsh council's English part names it in English).
  const nameIn = (locale: Locale): string =>
    typeof values.tenant === 'string' ? values.tenant : (values.tenant[locale] ?? values.tenant.en ?? Object.values(values.tenant)[0] ?? '')
  const parts = locales.map((locale) => part(kind, locale, { days: 7, role: 'councillor', ...values, tenant: nameIn(locale) }))
  const lang = locales[0] ?? 'en'
  return {
    subject: oneLine(parts.map((p) => p.subject).join(' / ')),
    html: [
      `<!doctype html><html lang="${lang}"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5">`,
      parts.map((p) => p.html).join('\n<hr>\n'),
      '</body></html>',
    ].join('\n'),
    text: parts.map((p) => p.text).join('\n\n-----\n\n'),
  }
}
