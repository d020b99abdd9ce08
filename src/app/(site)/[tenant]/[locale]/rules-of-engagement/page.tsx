import type { Metadata } from 'next'

import { rulesOfEngagementMetadata, RulesOfEngagementView, type Params } from './RulesOfEngagementView'

import '@/components/BioBuilder/bioBuilder.css'

export function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return rulesOfEngagementMetadata(params, 'councillor')
}

/** The councillor version (the candidate one is at ./candidate); cached like every public page. */
export default function RulesOfEngagementPage({ params }: { params: Params }) {
  return <RulesOfEngagementView params={params} audience="councillor" />
}
