import { createTranslator } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import cy from '@/messages/cy.json'
import en from '@/messages/en.json'
import ga from '@/messages/ga.json'
import gd from '@/messages/gd.json'

const messages = { en, cy, gd, ga } as const

/** The `Email` strings in `locale`, outside any Next request (emails are sent from Payload hooks). */
export function emailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: 'Email' })
}

/**
 * The languages an email to a tenant's people is written in: Welsh first and then English for a
 * tenant with Welsh parity, else the tenant's default language alone.
 */
export function emailLocales(tenant: { defaultLocale: Locale; welshParity: boolean }): Locale[] {
  return tenant.welshParity ? ['cy', 'en'] : [tenant.defaultLocale]
}
