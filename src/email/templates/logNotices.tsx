import { Hr, Section } from '@react-email/components'

import type { Locale } from '@/i18n/locales'

import { brandColour, type EmailBrand, EmailLayout, EmailLink, Paragraph } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import { oneLineSubject } from '../sender'
import { emailTranslator } from '../translate'
import type { RenderedEmail } from './accountLinks'

/**
 * The incident log's notices to its owner after they leave office: when the membership ends (the
 * log stays theirs for 12 months: sign in to export or delete it), and once, 30 days before it is
 * deleted. Nothing of the log is in them: no count, no incident, no file name; only the dates and
 * a link to the sign-in page of their log.
 */
export type LogNoticeKind = 'kept' | 'expiring'
export type LogNoticeInput = { tenant: Partial<Record<Locale, string>>; url: string; date: string; colour?: string | null }

const longDate = (iso: string, locale: Locale) => new Date(iso).toLocaleDateString(`${locale}-GB`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

function words(kind: LogNoticeKind, locale: Locale, tenant: string, date: string) {
  const t = emailTranslator(locale)
  const values = { tenant, date: longDate(date, locale) }
  return kind === 'kept'
    ? { subject: t('logKeptSubject', values), paragraphs: [t('logKeptIntro', values), t('logKeptHow', values)], action: t('logAction') }
    : { subject: t('logExpiringSubject', values), paragraphs: [t('logExpiringIntro', values), t('logExpiringHow', values)], action: t('logAction') }
}

function LogNoticeEmail({ kind, locales, input }: { kind: LogNoticeKind; locales: Locale[]; input: LogNoticeInput }) {
  const nameIn = (locale: Locale) => input.tenant[locale] ?? input.tenant.en ?? Object.values(input.tenant)[0] ?? ''
  const brand: EmailBrand = { name: [...new Set(locales.map(nameIn))].join(' / '), colour: input.colour }
  const colour = brandColour(brand)
  return (
    <EmailLayout lang={locales[0] ?? 'en'} brand={brand}>
      {locales.map((locale, index) => {
        const w = words(kind, locale, nameIn(locale), input.date)
        return (
          <Section key={locale} lang={locale}>
            {index > 0 ? <Hr /> : null}
            {w.paragraphs.map((paragraph) => (
              <Paragraph key={paragraph}>{paragraph}</Paragraph>
            ))}
            <Paragraph>
              <EmailLink href={input.url} colour={colour}>
                {w.action}
              </EmailLink>
            </Paragraph>
          </Section>
        )
      })}
    </EmailLayout>
  )
}

export async function logNoticeEmail(kind: LogNoticeKind, locales: Locale[], input: LogNoticeInput): Promise<RenderedEmail> {
  const nameIn = (locale: Locale) => input.tenant[locale] ?? input.tenant.en ?? Object.values(input.tenant)[0] ?? ''
  const subject = oneLineSubject(locales.map((locale) => words(kind, locale, nameIn(locale), input.date).subject).join(' / '))
  return { subject, ...(await renderEmailParts(<LogNoticeEmail kind={kind} locales={locales} input={input} />)) }
}
