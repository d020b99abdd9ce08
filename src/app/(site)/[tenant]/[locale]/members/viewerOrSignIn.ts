import { notFound, redirect } from 'next/navigation'
import type { TypedUser } from 'payload'

import { isMemberOf } from '@/access/roles'
import { getViewer } from '@/data/viewer'
import type { Site } from '@/data/site'

/**
 * The members' area's gate: an anonymous visitor is sent to sign in (and brought back to `path`);
 * someone signed in who is not a member of this tenant gets the same 404 as a page that does not
 * exist, so another council's members-only pages do not even show that they exist.
 */
export async function memberOrSignIn(site: Site, path: string): Promise<TypedUser> {
  const viewer = await viewerOrSignIn(site, path)
  if (!isMemberOf(viewer, site.tenant.id)) notFound()
  return viewer
}

/** Signed in, whoever they are, or sent to sign in (and brought back to `path`). The caller decides what they may see. */
export async function viewerOrSignIn(site: Site, path: string): Promise<TypedUser> {
  const viewer = await getViewer()
  if (!viewer) redirect(`${site.home}/login?next=${encodeURIComponent(path)}`)
  return viewer
}
