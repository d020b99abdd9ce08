import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

const hidden = { index: false, follow: false } as const

/** A preview is never indexed; it is titled "Preview: …" in the editor's language when there is one to show. */
export async function previewMetadata(shown: { locale: Locale; title: string } | null): Promise<Metadata> {
  if (!shown) return { robots: hidden }
  const t = await getTranslations({ locale: shown.locale, namespace: 'Preview' })
  return { title: t('title', { title: shown.title }), robots: hidden }
}
