import { getTranslations } from 'next-intl/server'

import './bioBuilder.css'
import { BioBuilderView } from './BioBuilderView'
import { renderBioResults, type BioTemplate } from './renderBioResults'
import { bioBuilderStrings } from './strings'
import type { FormInput } from '@/lib/bio/validation'

type Props = {
  template: BioTemplate
  locale: string
  /** The page's `searchParams` (awaited): a form submitted without JavaScript arrives here. */
  searchParams: FormInput
  action?: string
  hiddenFields?: Record<string, string>
}

/**
 * The bio builder for a page: reads the `BioBuilder` messages for `locale`, works out the
 * results of any submitted form, and renders the view. Nothing typed is stored.
 */
export async function BioBuilder({ template, locale, searchParams, action, hiddenFields }: Props) {
  const t = await getTranslations({ locale, namespace: 'BioBuilder' })
  const strings = bioBuilderStrings((key) => t.raw(key))
  const state = renderBioResults(searchParams, template, locale)
  return <BioBuilderView template={template} locale={locale} strings={strings} state={state} action={action} hiddenFields={hiddenFields} />
}
