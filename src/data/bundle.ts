import type { TypedUser } from 'payload'

import { listIncidents, type IncidentView } from './incidents'
import { payloadClient } from './payload'
import type { Site } from './site'

/*
 * The evidence bundle's page: which of the signed-in person's incidents can go in, and how many
 * files each has. The bundle itself is an API endpoint (GET /api/incidents/bundle), which the
 * page's form sends the choice to: a ZIP streamed as it is made is no server component's answer.
 */

export type BundleChoice = Pick<IncidentView, 'id' | 'happenedAt' | 'platform' | 'kinds'> & { files: number }

/** The user's incidents in this site's tenant, oldest first (the chronology's order), with their file counts. */
export async function listBundleChoices(site: Site, user: TypedUser | null): Promise<BundleChoice[]> {
  const incidents = await listIncidents(site, user)
  if (!user || incidents.length === 0) return []
  const payload = await payloadClient()
  const evidence = await payload.find({
    collection: 'evidence',
    where: { incident: { in: incidents.map((incident) => incident.id) } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user,
    select: { incident: true },
  })
  const counts = new Map<number, number>()
  for (const file of evidence.docs) {
    const incident = typeof file.incident === 'number' ? file.incident : file.incident.id
    counts.set(incident, (counts.get(incident) ?? 0) + 1)
  }
  return incidents
    .map((incident) => ({ id: incident.id, happenedAt: incident.happenedAt, platform: incident.platform, kinds: incident.kinds, files: counts.get(incident.id) ?? 0 }))
    .sort((a, b) => (a.happenedAt ?? '').localeCompare(b.happenedAt ?? '') || a.id - b.id)
}

/** Where the bundle is downloaded from (the form's action): an API route, like the evidence files. */
export const BUNDLE_ENDPOINT = '/api/incidents/bundle'
