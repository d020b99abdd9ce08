import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

import type { QuickExitStrings } from './QuickExit.client'

/** Exit this page's words in one language: the button, its hint, and what the Shift shortcut says. */
export async function quickExitStrings(locale: Locale): Promise<QuickExitStrings> {
  const t = await getTranslations({ locale, namespace: 'Site' })
  return {
    label: t('quickExit'),
    hint: t('quickExitHint'),
    pressTwoMore: t('quickExitPressTwoMore'),
    pressOneMore: t('quickExitPressOneMore'),
    leaving: t('quickExitLeaving'),
    expired: t('quickExitExpired'),
    hideVisit: t('hideVisit'),
  }
}
