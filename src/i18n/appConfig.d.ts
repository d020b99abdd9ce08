import type messages from '@/messages/en.json'

import type { formats } from './formats'

/**
 * next-intl's types for this app: message keys are those of the English file (every locale has
 * the same keys, tests/unit/messages.test.ts), so `t('noSuchKey')` fails typecheck, and format
 * names are those of src/i18n/formats.ts. (Not `Locale`: dates format in en-GB, which is not
 * one of our locales, see src/i18n/formats.ts.)
 */
declare module 'next-intl' {
  interface AppConfig {
    Messages: typeof messages
    Formats: typeof formats
  }
}
