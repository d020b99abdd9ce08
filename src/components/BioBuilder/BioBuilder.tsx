import { getTranslations } from 'next-intl/server'

import './bioBuilder.css'
import { BioBuilderForm, type BioBuilderAction } from './BioBuilder.client'
import type { BioTemplate } from './renderBioResults'
import { bioBuilderStrings } from './strings'

type Props = {
  template: BioTemplate
  locale: string
  /** The server action that answers the form posted without JavaScript. */
  action: BioBuilderAction
}

/** The bio builder for a page: reads the `BioBuilder` messages for `locale` and hands them over as plain strings. */
export async function BioBuilder({ template, locale, action }: Props) {
  const t = await getTranslations({ locale, namespace: 'BioBuilder' })
  // The builder composes its keys ("fields.name.label"), so they are checked where they are
  // read (bioBuilderStrings throws on a missing one, and tests/unit/bioBuilder covers every key),
  // not by the typed keys of src/i18n/appConfig.d.ts.
  const strings = bioBuilderStrings((key) => t.raw(key as Parameters<typeof t.raw>[0]))
  return <BioBuilderForm template={template} locale={locale} strings={strings} action={action} />
}
