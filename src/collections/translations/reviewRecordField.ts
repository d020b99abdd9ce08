import type { Condition, GroupField } from 'payload'

import { ukDayAndTime } from '@/fields/ukDates'

/**
 * Per language, the English a translation was reviewed against (issue #15): kept by the review
 * hook and the XLIFF import, read-only in the admin, so a later English edit makes that language
 * out of date by itself (`translationState` in src/lib/xliff/state.ts). Pages keep it as
 * `translationReview`; engagement templates, whose `translationReview` is their status select,
 * as `translationRecord`.
 */
export function reviewRecordField(name: string, condition: Condition): GroupField {
  return {
    name,
    type: 'group',
    localized: true,
    label: 'Translation review',
    admin: { position: 'sidebar', readOnly: true, condition },
    fields: [
      { name: 'reviewedBy', type: 'text', label: 'Reviewed by', maxLength: 200 },
      { name: 'reviewedAt', type: 'date', label: 'Reviewed on', admin: { date: ukDayAndTime } },
      {
        name: 'sourceText',
        type: 'textarea',
        label: 'English text when reviewed',
        admin: { hidden: true },
      },
    ],
  }
}
