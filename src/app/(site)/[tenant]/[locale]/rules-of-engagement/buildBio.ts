'use server'

import { z } from 'zod'

import { renderBioResults, type BioBuilderState } from '@/components/BioBuilder/renderBioResults'
import { getEngagement, isEngagementAudience } from '@/data/engagement'
import { resolveSite } from '@/data/site'

/** Bound by the page; re-checked here because a server action's arguments come from the request. */
const boundPage = z.object({ tenant: z.string().max(63), locale: z.string().max(8), audience: z.string().max(20) })

/**
 * The bio builder's answer to a form posted without JavaScript. It runs on the POST to the page
 * itself (a server action), so what was typed travels in the request body, never in the URL, a
 * log line or the browser's history; the result goes back in that one response and nothing is
 * stored. A POST is never written to the page's cache: Next renders action requests on their own.
 * Anything that is not our form (another page's tenant, a bad body) gets a first-visit builder.
 */
export async function buildBio(page: unknown, _previous: BioBuilderState | null, formData: unknown): Promise<BioBuilderState | null> {
  const bound = boundPage.safeParse(page)
  if (!bound.success || !(formData instanceof FormData)) return null
  const { tenant, locale, audience } = bound.data
  // The page binds the tenant's slug (whichever host it was served on), so this resolves the same site.
  const site = await resolveSite({ tenant, locale })
  if (!site || !isEngagementAudience(audience)) return null
  const template = await getEngagement(site, audience)
  if (!template) return null
  return renderBioResults(formData, template, site.locale)
}
