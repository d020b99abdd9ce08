import { createTranslator } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import type { BundleTranslator } from '@/lib/incidents/bundle/strings'
import cy from '@/messages/cy.json'
import en from '@/messages/en.json'
import ga from '@/messages/ga.json'
import gd from '@/messages/gd.json'

const messages = { en, cy, gd, ga } as const

/** The evidence bundle's words in `locale`, outside any Next request (the bundle is an API endpoint's). */
export function bundleTranslator(locale: Locale): BundleTranslator {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Bundle' })
  // The keys are the bundle code's to choose; a missing one shows as its name (next-intl's fallback).
  return (key, values) => t(key as Parameters<typeof t>[0], values)
}

/** The platform and kind names in the bundle's language (the incident form's own labels). */
export function bundleLabels(locale: Locale) {
  const strings = messages[locale].Incidents as { platforms: Record<string, string>; kindLabels: Record<string, string> }
  return { platform: (value: string) => strings.platforms[value] ?? value, kind: (value: string) => strings.kindLabels[value] ?? value }
}
