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

export type AccountNoticeKind = 'email-change-confirm' | 'email-changed' | 'password-changed'

/** Whom the notice comes from: the person's tenant (names by language, its colour), or none (the portal). */
export type AccountNoticeSender = { tenant: Partial<Record<Locale, string>>; colour?: string | null } | null

const PORTAL: EmailBrand = { name: 'Councillor Safety Portal' }

/** Built from the configured server URL, never the request's Host (a forged Host would leak the token). */
export function emailChangeUrl(token: string): string {
  return `${serverEnv().NEXT_PUBLIC_SERVER_URL}/api/users/email-change?token=${encodeURIComponent(token)}`
}

function words(kind: AccountNoticeKind, locale: Locale) {
  const t = emailTranslator(locale)
  switch (kind) {
    case 'email-change-confirm':
      return { subject: t('emailChangeSubject'), before: [t('emailChangeIntro'), t('emailChangeHow')], action: t('emailChangeAction'), copyLink: t('copyLink'), after: [t('emailChangeIgnore')] }
    case 'email-changed':
      return { subject: t('emailChangedSubject'), before: [t('emailChangedIntro'), t('emailChangedIgnore')], action: null, copyLink: null, after: [] }
    case 'password-changed':
      return { subject: t('passwordChangedSubject'), before: [t('passwordChangedIntro'), t('passwordChangedIgnore')], action: null, copyLink: null, after: [] }
  }
}

function brandOf(locales: Locale[], sender: AccountNoticeSender): EmailBrand {
  if (!sender) return PORTAL
  const nameIn = (locale: Locale) => sender.tenant[locale] ?? sender.tenant.en ?? Object.values(sender.tenant)[0] ?? PORTAL.name
  return { name: [...new Set(locales.map(nameIn))].join(' / '), colour: sender.colour }
}

export function AccountNoticeEmail({ kind, locales, sender, url }: { kind: AccountNoticeKind; locales: Locale[]; sender: AccountNoticeSender; url: string | null }) {
  const brand = brandOf(locales, sender)
  const colour = brandColour(brand)
  return (
    <EmailLayout lang={locales[0] ?? 'en'} brand={brand}>
      {locales.map((locale, index) => {
        const w = words(kind, locale)
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
export async function accountNoticeEmail(kind: AccountNoticeKind, locales: Locale[], sender: AccountNoticeSender, token?: string): Promise<RenderedEmail> {
  const url = kind === 'email-change-confirm' && token ? emailChangeUrl(token) : null
  const subject = oneLineSubject(locales.map((locale) => words(kind, locale).subject).join(' / '))
  return { subject, ...(await renderEmailParts(<AccountNoticeEmail kind={kind} locales={locales} sender={sender} url={url} />)) }
}

export type TwoFactorChange = { change: 'on' | 'off' | 'reset' } | { change: 'recovery-used'; left: number }

/** Told to the address on file whenever two-step sign-in changes, so a change nobody asked for is noticed. */
export async function twoFactorChangedEmail(params: TwoFactorChange): Promise<RenderedEmail> {
  const notYou = "If you did not do this, use \u201cForgot password\u201d on the sign-in page to choose a new password, and tell your council's or party's portal administrator."
  const lines: Record<TwoFactorChange['change'], { subject: string; body: string }> = {
    on: { subject: 'Two-step sign-in is now on for your Councillor Safety Portal account', body: 'Two-step sign-in was turned on for your account: signing in now asks for a code from your authenticator app as well as your password.' },
    off: { subject: 'Two-step sign-in was turned off for your Councillor Safety Portal account', body: 'Two-step sign-in was turned off for your account: signing in now asks for your password only.' },
    reset: { subject: 'Two-step sign-in was reset with your Councillor Safety Portal password', body: 'Your password was reset through the link sent to this address, and that turned two-step sign-in off. If your role needs it, you will set it up again at your next sign-in.' },
    'recovery-used': { subject: 'A recovery code was used to sign in to your Councillor Safety Portal account', body: 'Someone signed in to your account with one of your recovery codes instead of a code from your authenticator app.' },
  }
  const { subject, body } = lines[params.change]
  const element = (
    <EmailLayout lang="en" brand={PORTAL}>
      <Paragraph>{body}</Paragraph>
      {params.change === 'recovery-used' ? (
        <Paragraph>{params.left === 1 ? '1 recovery code is left.' : `${params.left} recovery codes are left.`} Each works once.</Paragraph>
      ) : null}
      <Paragraph>{notYou}</Paragraph>
    </EmailLayout>
  )
  return { subject, ...(await renderEmailParts(element)) }
}
