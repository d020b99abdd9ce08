import { notFound } from 'next/navigation'
import type { TypedUser } from 'payload'

import { incidentLogOpenTo } from '@/data/incidents'
import type { Site } from '@/data/site'

import { memberOrSignIn } from '../viewerOrSignIn'

/**
 * The incident log's gate: sign in first (and come back to `path`); then a member who may not
 * keep a log here (no incident-log role, or the tenant has not switched it on) gets a 404, like
 * any page that is not theirs.
 */
export async function incidentLogOwnerOrNotFound(site: Site, path: string): Promise<TypedUser> {
  const viewer = await memberOrSignIn(site, path)
  if (!(await incidentLogOpenTo(site, viewer))) notFound()
  return viewer
}
