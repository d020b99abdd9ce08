import { getTranslations } from 'next-intl/server'

import type { EvidenceStrings } from '@/components/site/EvidenceSection'

import { formatSize, formatWhen } from './format'

/** The evidence list's words in the reader's language: one set for the owner's incident page and a helper's view of it. */
export async function evidenceStrings(locale: string): Promise<EvidenceStrings> {
  const te = await getTranslations({ locale, namespace: 'Evidence' })
  const nameOf = (file: { id: number; fileName: string }) => file.fileName || te('unnamed', { id: file.id })
  return {
    heading: te('heading'),
    intro: te('intro'),
    location: te('location'),
    previewNote: te('previewNote'),
    previewAlt: (file) => te('previewAlt', { name: nameOf(file) }),
    hasLocation: te('hasLocation'),
    noPreview: te('noPreview'),
    pdf: te('pdf'),
    none: te('none'),
    listLabel: te('listLabel'),
    details: (file) => te('details', { size: formatSize(file.size, locale), date: formatWhen(file.uploadedAt, locale) }),
    sha: (short) => te('sha', { short }),
    fileLabel: te('fileLabel'),
    fileHint: te('fileHint'),
    attach: te('attach'),
    added: te('added'),
    full: te('full'),
    errorTitle: te('errorTitle'),
    error: (code) => te(`errors.${code}`),
    nameOf,
  }
}
