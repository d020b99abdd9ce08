import { candidateTemplate } from './candidate'
import { councillorTemplate } from './councillor'
import type { SeedEngagementTemplate } from './types'

export type { EngagementText, SeedEngagementTemplate } from './types'

/** The baseline's rules of engagement, one per audience. */
export const baselineEngagementTemplates: SeedEngagementTemplate[] = [councillorTemplate, candidateTemplate]
