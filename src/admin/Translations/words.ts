import type { Locale } from '@/i18n/locales'
import type { TranslationState } from '@/lib/xliff'

/** Language names in English for English-speaking editors, the language's own name after. */
export const languageInEnglish: Record<Locale, string> = { en: 'English', cy: 'Welsh', gd: 'Gaelic', ga: 'Irish' }

/** Each state in words, with a colour that keeps 4.5:1 on white; the words carry the meaning, the colour only helps. */
export const stateWords: Record<TranslationState, { label: string; colour: string }> = {
  missing: { label: 'Missing', colour: '#b10e1e' },
  drafted: { label: 'Drafted', colour: '#8a4b00' },
  outdated: { label: 'Out of date', colour: '#6b2c91' },
  reviewed: { label: 'Reviewed', colour: '#00703c' },
}

export const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`
