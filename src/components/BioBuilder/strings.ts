import { platformIds, type PlatformId } from '@/lib/bio/platforms'
import type { BioField, BioFieldError } from '@/lib/bio/validation'
import { bioVariables, type BioVariable } from '@/lib/bio/variables'

/**
 * The builder's UI strings, resolved on the server from the `BioBuilder` messages and handed to
 * the client component as plain data (it then needs no i18n provider). Strings with
 * placeholders such as `{count}` stay raw and are filled by `fill` below.
 */
export type BioBuilderStrings = {
  heading: string
  intro: string
  privacy: string
  optional: string
  submit: string
  errorSummaryTitle: string
  errorPrefix: string
  fields: Record<BioVariable, { label: string; hint: string }>
  platforms: { legend: string; hint: string }
  errors: Record<'nameRequired' | 'roleRequired' | 'tooLong' | 'invalidEmail' | 'httpNotAllowed' | 'invalidUrl' | 'platformsRequired', string>
  results: Record<
    'heading' | 'empty' | 'count' | 'bytes' | 'shorter' | 'shorterMissing' | 'tooLong' | 'incomplete' | 'copy' | 'copied' | 'copyFailed',
    string
  >
  pinned: { heading: string; hint: string }
}

/** Reads the strings through next-intl's `t.raw` (server) or `createTranslator(...).raw` (tests). */
export function bioBuilderStrings(raw: (key: string) => unknown): BioBuilderStrings {
  const text = (key: string): string => {
    const value = raw(key)
    if (typeof value !== 'string') throw new Error(`BioBuilder message ${key} is missing`)
    return value
  }
  const group = <K extends string>(prefix: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, text(`${prefix}.${key}`)])) as Record<K, string>
  return {
    heading: text('heading'),
    intro: text('intro'),
    privacy: text('privacy'),
    optional: text('optional'),
    submit: text('submit'),
    errorSummaryTitle: text('errorSummaryTitle'),
    errorPrefix: text('errorPrefix'),
    fields: Object.fromEntries(
      bioVariables.map((name) => [name, { label: text(`fields.${name}.label`), hint: text(`fields.${name}.hint`) }]),
    ) as BioBuilderStrings['fields'],
    platforms: { legend: text('platforms.legend'), hint: text('platforms.hint') },
    errors: group('errors', ['nameRequired', 'roleRequired', 'tooLong', 'invalidEmail', 'httpNotAllowed', 'invalidUrl', 'platformsRequired'] as const),
    results: group('results', ['heading', 'empty', 'count', 'bytes', 'shorter', 'shorterMissing', 'tooLong', 'incomplete', 'copy', 'copied', 'copyFailed'] as const),
    pinned: { heading: text('pinned.heading'), hint: text('pinned.hint') },
  }
}

/** Puts values into `{placeholder}`s. The output is rendered by React, which escapes it. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match))
}

/** The message for one field error, in the strings' language. */
export function errorMessage(error: BioFieldError, strings: BioBuilderStrings): string {
  switch (error.code) {
    case 'required':
      return error.field === 'role' ? strings.errors.roleRequired : strings.errors.nameRequired
    case 'too-long':
      return fill(strings.errors.tooLong, { label: strings.fields[error.field].label, limit: error.limit })
    case 'invalid-email':
      return strings.errors.invalidEmail
    case 'http-not-allowed':
      return strings.errors.httpNotAllowed
    case 'invalid-url':
      return strings.errors.invalidUrl
    case 'none-picked':
      return strings.errors.platformsRequired
  }
}

/** Element ids, shared by the form, the error summary's links and the client component. */
export const bioIds = {
  section: 'bio-builder',
  form: 'bio-builder-form',
  results: 'bio-builder-results',
  field: (name: BioVariable) => `bio-${name}`,
  hint: (name: BioField) => `bio-${name}-hint`,
  error: (name: BioField) => `bio-${name}-error`,
  platforms: 'bio-platforms',
  platform: (id: PlatformId) => `bio-platform-${id}`,
  /** Where an error summary link goes: the field, or the first checkbox of the platforms (GOV.UK). */
  anchor: (name: BioField) => (name === 'platforms' ? `bio-platform-${platformIds[0]}` : `bio-${name}`),
} as const
