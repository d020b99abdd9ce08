import type { TypedUser } from 'payload'

import { relationId } from '@/lib/relationId'

import { listIncidents, type IncidentView } from './incidents'
import { payloadClient } from './payload'
import type { Site } from './site'

/*
 * The evidence bundle's page: which of the signed-in person's incidents can go in, and how many
 * files each has. The bundle itself is an API endpoint (GET /api/incidents/bundle), which the
 * page's form sends the choice to: a ZIP streamed as it is made is no server component's answer.
 */

/** An image whose original carries GPS location: which file, so the councillor can find it before handing a bundle over. */
export type LocatedFile = { id: number; fileName: string }

export type BundleChoice = Pick<IncidentView, 'id' | 'happenedAt' | 'platform' | 'kinds'> & {
  files: number
  /** Its images whose originals carry location data (a yes/no read at upload; never the place). */
  located: LocatedFile[]
  /** Its files nobody checked for location data: PDFs, and files attached before the check existed. */
  unchecked: number
}

/** The user's incidents in this site's tenant, oldest first (the chronology's order), with their file counts and located images. */
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
    select: { incident: true, hasLocation: true },
  })
  // Read apart from the counts, without `select`: the file name is opened by the collection's
  // read hook from the row's own wrapped key, which a narrowed read would not hand it.
  const located = await payload.find({
    collection: 'evidence',
    where: { and: [{ incident: { in: incidents.map((incident) => incident.id) } }, { hasLocation: { equals: true } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'uploadedAt',
    overrideAccess: false,
    user,
  })
  const counts = new Map<number, { files: number; unchecked: number; located: LocatedFile[] }>()
  const countsOf = (incident: number) => {
    const known = counts.get(incident)
    if (known) return known
    const fresh = { files: 0, unchecked: 0, located: [] as LocatedFile[] }
    counts.set(incident, fresh)
    return fresh
  }
  for (const file of evidence.docs) {
    const count = countsOf(relationId(file.incident) ?? 0)
    count.files += 1
    if (typeof file.hasLocation !== 'boolean') count.unchecked += 1
  }
  for (const file of located.docs) countsOf(relationId(file.incident) ?? 0).located.push({ id: file.id, fileName: file.fileName ?? '' })
  return incidents
    .map((incident) => ({ id: incident.id, happenedAt: incident.happenedAt, platform: incident.platform, kinds: incident.kinds, ...countsOf(incident.id) }))
    .sort((a, b) => (a.happenedAt ?? '').localeCompare(b.happenedAt ?? '') || a.id - b.id)
}

/** Where the bundle is downloaded from (the form's action): an API route, like the evidence files. */
export const BUNDLE_ENDPOINT = '/api/incidents/bundle'
