import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { rulesOfEngagementMetadata, RulesOfEngagementView } from '../RulesOfEngagementView'

import '@/components/BioBuilder/bioBuilder.css'

type Params = Promise<{ tenant: string; locale: string; audience: string }>

/** Rendered on first request, then served from the cache (see the tenant layout). */
export function generateStaticParams() {
  return []
}

/** Only the candidate version lives here: the councillor one has the contract's address above. */
const CANDIDATE = 'candidate'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { audience } = await params
  return audience === CANDIDATE ? rulesOfEngagementMetadata(params, CANDIDATE) : {}
}

export default async function CandidateRulesOfEngagementPage({ params }: { params: Params }) {
  const { audience } = await params
  if (audience !== CANDIDATE) notFound()
  return <RulesOfEngagementView params={params} audience={CANDIDATE} />
}
