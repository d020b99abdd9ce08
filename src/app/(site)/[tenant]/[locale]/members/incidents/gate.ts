import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { TypedUser } from 'payload'

import { incidentLogOpenTo } from '@/data/incidents'
import { resolveSite, type Site } from '@/data/site'
import { sitePath } from '@/lib/siteRoutes'

import { viewerOrSignIn } from '../viewerOrSignIn'

type LogParams = Promise<{ tenant: string; locale: string }>

/**
 * The incident log's gate: sign in first (and come back to `path`); then someone who may not keep
 * a log here (no incident-log role, or the tenant has not switched it on) gets a 404, like any
 * page that is not theirs. Not the members' area's gate: a councillor whose membership ended
 * (leaving office) still opens their own log for 12 months, to export or delete it, though not
 * to record more (`toRecord`).
 */
export async function incidentLogOwnerOrNotFound(site: Site, path: string, { toRecord = false }: { toRecord?: boolean } = {}): Promise<TypedUser> {
  const viewer = await viewerOrSignIn(site, path)
  if (!(await incidentLogOpenTo(site, viewer, { toRecord }))) notFound()
  return viewer
}

/**
 * How every page of the log opens: the resolved site (or 404), the request's language, the
 * signed-in owner (or sign-in, coming back to `below` under the log), the URL's tenant segment
 * (for the sign-out action) and the log's words.
 */
export async function openIncidentLog(params: LogParams, below = '', { toRecord = false }: { toRecord?: boolean } = {}) {
  const site = await resolveSite(params)
  if (!site) notFound()
  setRequestLocale(site.locale)
  const viewer = await incidentLogOwnerOrNotFound(site, `${sitePath(site.home, 'incidentLog')}${below}`, { toRecord })
  const { tenant: segment } = await params
  const t = await getTranslations({ locale: site.locale, namespace: 'Incidents' })
  return { site, viewer, segment, t }
}

/** The log's pages are private: titled in the reader's language, never indexed. */
export function incidentLogMetadata(title: 'logTitle' | 'newTitle' | 'patternsTitle' | 'editTitle' | 'deleteTitle' | 'deleteLogTitle') {
  return async function generateMetadata({ params }: { params: LogParams }): Promise<Metadata> {
    const site = await resolveSite(params)
    if (!site) return {}
    const t = await getTranslations({ locale: site.locale, namespace: 'Incidents' })
    return { title: t(title), robots: { index: false, follow: false } }
  }
}
