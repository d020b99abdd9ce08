import { getTranslations } from 'next-intl/server'

import type { CodeRefusal } from '@/collections/TwoFactorCredentials/service'

/** Why a code was refused, in the reader's language, saying what to do next. */
export async function refusalMessage(locale: string, refusal: CodeRefusal | { ok: false; reason: 'required' }): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'TwoFactor' })
  switch (refusal.reason) {
    case 'malformed':
      return t('errorMalformed')
    case 'wrong':
      return t('errorWrong')
    case 'replayed':
      return t('errorReplayed')
    case 'throttled':
      return t('errorThrottled', { minutes: Math.ceil(refusal.retryAfterSeconds / 60) })
    case 'required':
      return t('errorRequired')
  }
}
