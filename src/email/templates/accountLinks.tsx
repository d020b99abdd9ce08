import { Button, Hr, Section } from '@react-email/components'

import type { Locale } from '@/i18n/locales'
import { TEXT_ON_PRIMARY } from '@/lib/colour'

import { brandColour, type EmailBrand, EmailLayout, EmailLink, Paragraph } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import { oneLineSubject } from '../sender'
import { emailTranslator } from '../translate'

export type RenderedEmail = { subject: string; html: string; text: string }

type Kind = 'invitation' | 'reset'
type PartValues = { tenant: string; url: string; days: number; role: string }

function words(kind: Kind, locale: Locale, values: PartValues) {
  const t = emailTranslator(locale)
  return {
    subject: kind === 'invitation' ? t('invitationSubject', { tenant: values.tenant }) : t('resetSubject', { tenant: values.tenant }),
    before:
      kind === 'invitation'
        ? [t('invitationIntro', { tenant: values.tenant, role: t(`roles.${values.role}` as 'roles.councillor') }), t('invitationHow')]
        : [t('resetIntro', { tenant: values.tenant })],
    action: kind === 'invitation' ? t('invitationAction') : t('resetAction'),
    copyLink: t('copyLink'),
    after: kind === 'invitation' ? [t('invitationExpiry', { days: values.days }), t('invitationIgnore')] : [t('resetExpiry'), t('resetIgnore')],
  }
}

/** One language's part: who it is from, the link as a button and as text, what to do if unexpected. */
function Part({ kind, locale, values, colour }: { kind: Kind; locale: Locale; values: PartValues; colour: string }) {
  const w = words(kind, locale, values)
  return (
    <Section lang={locale}>
      {w.before.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      <Button href={values.url} style={{ backgroundColor: colour, color: TEXT_ON_PRIMARY, padding: '10px 18px', textDecoration: 'underline' }}>
        {w.action}
      </Button>
      <Paragraph>
        {w.copyLink} <EmailLink href={values.url} colour={colour}>{values.url}</EmailLink>
      </Paragraph>
      {w.after.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
    </Section>
  )
}

type Values = { tenant: string | Partial<Record<Locale, string>>; url: string; days?: number; role?: string; colour?: string | null }

/**
 * The invitation or password-reset email as one React Email component: each of `locales` in turn
 * (Welsh first for a tenant with Welsh parity), each part naming the tenant in its own language.
 */
export function AccountLinkEmail({ kind, locales, values }: { kind: Kind; locales: Locale[]; values: Values }) {
  // The tenant's name in each part's own language (a Welsh council's English part names it in English).
  const nameIn = (locale: Locale): string =>
    typeof values.tenant === 'string' ? values.tenant : (values.tenant[locale] ?? values.tenant.en ?? Object.values(values.tenant)[0] ?? '')
  const names = [...new Set(locales.map(nameIn))]
  const brand: EmailBrand = { name: names.join(' / '), colour: values.colour }
  const colour = brandColour(brand)
  return (
    <EmailLayout lang={locales[0] ?? 'en'} brand={brand}>
      {locales.map((locale, index) => (
        <Section key={locale}>
          {index > 0 ? <Hr /> : null}
          <Part kind={kind} locale={locale} colour={colour} values={{ days: values.days ?? 7, role: values.role ?? 'councillor', url: values.url, tenant: nameIn(locale) }} />
        </Section>
      ))}
    </EmailLayout>
  )
}

/**
 * The invitation or password-reset email, in each of `locales`, HTML with a plain-text part.
 * React escapes every value (the tenant's name is typed by people; the URL carries a token).
 */
export async function accountLinkEmail(kind: Kind, locales: Locale[], values: Values): Promise<RenderedEmail> {
  const nameIn = (locale: Locale): string =>
    typeof values.tenant === 'string' ? values.tenant : (values.tenant[locale] ?? values.tenant.en ?? Object.values(values.tenant)[0] ?? '')
  const subject = oneLineSubject(
    locales.map((locale) => words(kind, locale, { days: values.days ?? 7, role: values.role ?? 'councillor', url: values.url, tenant: nameIn(locale) }).subject).join(' / '),
  )
  return { subject, ...(await renderEmailParts(<AccountLinkEmail kind={kind} locales={locales} values={values} />)) }
}
