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
  const strings = bioBuilderStrings((key) => t.raw(key))
  return <BioBuilderForm template={template} locale={locale} strings={strings} action={action} />
}
