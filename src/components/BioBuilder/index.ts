/**
 * What the rules-of-engagement page mounts. Typically:
 *
 *   const view = await getEngagement(tenant, locale, audience)   // from '@/data/engagement'
 *   <BioBuilder template={view.template} locale={locale} searchParams={await searchParams}
 *               action={`/${tenant}/${locale}/rules-of-engagement`} hiddenFields={{ audience }} />
 *
 * `BioBuilderView` + `bioBuilderStrings` render the same without next-intl's request config
 * (tests, stories).
 */
export { BioBuilder } from './BioBuilder'
export { BioBuilderView, type BioBuilderViewProps } from './BioBuilderView'
export { renderBioResults, type BioBuilderState, type BioTemplate } from './renderBioResults'
export { bioBuilderStrings, bioIds, type BioBuilderStrings } from './strings'
