import { Button, Hr, Section } from '@react-email/components'

import { serverEnv } from '@/env'
import type { Locale } from '@/i18n/locales'
import { TEXT_ON_PRIMARY } from '@/lib/colour'

import { brandColour, type EmailBrand, EmailLayout, EmailLink, Paragraph } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import { oneLineSubject } from '../sender'
import { emailTranslator } from '../translate'
import type { RenderedEmail } from './accountLinks'

/*
 * The account's credential notices: an email change is confirmed from the OLD address, and every
 * password or email change is told to the person. Written in the languages of the person's council
 * or party, as its other emails are (Welsh first, then English, for a tenant with Welsh parity;
 * else its default language), under its name and colour; in English from the portal for an
 * account with no membership (a platform admin). No secret is in a notice: no password, no token,
 * and the confirmation's token only in its link (which is why that one is queued with the token
 * as a secret and dropped once sent).
 */

export type AccountNoticeKind = 'email-change-confirm' | 'email-changed' | 'password-changed' | TwoFactorNoticeKind

export type TwoFactorChange = { change: 'on' | 'off' | 'reset' } | { change: 'recovery-used'; left: number }
type TwoFactorNoticeKind = `two-factor-${TwoFactorChange['change']}`

/** The queued two-step sign-in notice's parameters as the notice they make, and how many recovery codes are left. */
export function twoFactorNotice(params: TwoFactorChange): { kind: AccountNoticeKind; left?: number } {
  return params.change === 'recovery-used' ? { kind: 'two-factor-recovery-used', left: params.left } : { kind: `two-factor-${params.change}` }
}

/** Whom the notice comes from: the person's tenant (names by language, its colour), or none (the portal). */
export type AccountNoticeSender = { tenant: Partial<Record<Locale, string>>; colour?: string | null } | null

const PORTAL: EmailBrand = { name: 'Councillor Safety Portal' }

/** Built from the configured server URL, never the request's Host (a forged Host would leak the token). */
export function emailChangeUrl(token: string): string {
  return `${serverEnv().NEXT_PUBLIC_SERVER_URL}/api/users/email-change?token=${encodeURIComponent(token)}`
}

function words(kind: AccountNoticeKind, locale: Locale, left = 0) {
  const t = emailTranslator(locale)
  const twoFactor = (subject: string, intro: string, more: string[] = []) => ({ subject, before: [intro, ...more, t('twoFactorIgnore')], action: null, copyLink: null, after: [] })
  switch (kind) {
    case 'email-change-confirm':
      return { subject: t('emailChangeSubject'), before: [t('emailChangeIntro'), t('emailChangeHow')], action: t('emailChangeAction'), copyLink: t('copyLink'), after: [t('emailChangeIgnore')] }
    case 'email-changed':
      return { subject: t('emailChangedSubject'), before: [t('emailChangedIntro'), t('emailChangedIgnore')], action: null, copyLink: null, after: [] }
    case 'password-changed':
      return { subject: t('passwordChangedSubject'), before: [t('passwordChangedIntro'), t('passwordChangedIgnore')], action: null, copyLink: null, after: [] }
    case 'two-factor-on':
      return twoFactor(t('twoFactorOnSubject'), t('twoFactorOnIntro'))
    case 'two-factor-off':
      return twoFactor(t('twoFactorOffSubject'), t('twoFactorOffIntro'))
    case 'two-factor-reset':
      return twoFactor(t('twoFactorResetSubject'), t('twoFactorResetIntro'))
    case 'two-factor-recovery-used':
      return twoFactor(t('twoFactorRecoverySubject'), t('twoFactorRecoveryIntro'), [t('twoFactorRecoveryLeft', { left })])
  }
}

function brandOf(locales: Locale[], sender: AccountNoticeSender): EmailBrand {
  if (!sender) return PORTAL
  const nameIn = (locale: Locale) => sender.tenant[locale] ?? sender.tenant.en ?? Object.values(sender.tenant)[0] ?? PORTAL.name
  return { name: [...new Set(locales.map(nameIn))].join(' / '), colour: sender.colour }
}

export function AccountNoticeEmail({ kind, locales, sender, url, left }: { kind: AccountNoticeKind; locales: Locale[]; sender: AccountNoticeSender; url: string | null; left?: number }) {
  const brand = brandOf(locales, sender)
  const colour = brandColour(brand)
  return (
    <EmailLayout lang={locales[0] ?? 'en'} brand={brand}>
      {locales.map((locale, index) => {
        const w = words(kind, locale, left)
        return (
          <Section key={locale} lang={locale}>
            {index > 0 ? <Hr /> : null}
            {w.before.map((paragraph) => (
              <Paragraph key={paragraph}>{paragraph}</Paragraph>
            ))}
            {url && w.action ? (
              <>
                <Button href={url} style={{ backgroundColor: colour, color: TEXT_ON_PRIMARY, padding: '10px 18px', textDecoration: 'underline' }}>
                  {w.action}
                </Button>
                <Paragraph>
                  {w.copyLink}{' '}
                  <EmailLink href={url} colour={colour}>
                    {url}
                  </EmailLink>
                </Paragraph>
              </>
            ) : null}
            {w.after.map((paragraph) => (
              <Paragraph key={paragraph}>{paragraph}</Paragraph>
            ))}
          </Section>
        )
      })}
    </EmailLayout>
  )
}

/** A credential notice in each of `locales` (one part per language, in that order), HTML with a plain-text part. */
export async function accountNoticeEmail(kind: AccountNoticeKind, locales: Locale[], sender: AccountNoticeSender, extra: { token?: string; left?: number } = {}): Promise<RenderedEmail> {
  const url = kind === 'email-change-confirm' && extra.token ? emailChangeUrl(extra.token) : null
  const subject = oneLineSubject(locales.map((locale) => words(kind, locale, extra.left).subject).join(' / '))
  return { subject, ...(await renderEmailParts(<AccountNoticeEmail kind={kind} locales={locales} sender={sender} url={url} left={extra.left} />)) }
}
