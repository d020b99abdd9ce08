/**
 * What the rules-of-engagement page mounts. Typically:
 *
 *   const view = await getEngagement(tenant, locale, audience)   // from '@/data/engagement'
 *   <BioBuilder template={view.template} locale={locale} action={buildBio.bind(null, { tenant, locale, audience })} />
 *
 * where `buildBio` is a server action returning `renderBioResults(formData, template, locale)`.
 * `BioBuilderView` + `bioBuilderStrings` render the markup without next-intl's request config
 * (tests, stories).
 */
export { BioBuilder } from './BioBuilder'
export type { BioBuilderAction } from './BioBuilder.client'
export { BioBuilderView, type BioBuilderViewProps } from './BioBuilderView'
export { renderBioResults, type BioBuilderState, type BioTemplate } from './renderBioResults'
export { bioBuilderStrings, bioIds, type BioBuilderStrings } from './strings'
