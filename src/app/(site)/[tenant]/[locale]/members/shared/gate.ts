import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { logsSharedWith } from '@/data/incidentHelpers'
import { resolveSite } from '@/data/site'
import { sitePath } from '@/lib/siteRoutes'

import { viewerOrSignIn } from '../viewerOrSignIn'

type SharedParams = Promise<{ tenant: string; locale: string; owner?: string }>

/**
 * How every page of "Logs shared with me" opens: the resolved site (or 404), the signed-in person
 * (or sign-in, coming back to `below`), the logs they help with in this tenant now, and, under
 * /shared/{owner}, that one log, or the same 404 as any page that is not theirs (a revoked
 * helper, an ended membership, an owner who never named them).
 */
export async function openSharedLogs(params: SharedParams, below = '') {
  const site = await resolveSite(params)
  if (!site) notFound()
  setRequestLocale(site.locale)
  const viewer = await viewerOrSignIn(site, `${sitePath(site.home, 'sharedLogs')}${below}`)
  const { tenant: segment, owner: ownerParam } = await params
  const logs = await logsSharedWith(site, viewer)
  const log = ownerParam === undefined ? null : (logs.find((shared) => /^\d{1,9}$/.test(ownerParam) && shared.owner === Number(ownerParam)) ?? null)
  if (ownerParam !== undefined && !log) notFound()
  const t = await getTranslations({ locale: site.locale, namespace: 'Incidents' })
  const th = await getTranslations({ locale: site.locale, namespace: 'Helpers' })
  return { site, viewer, segment, logs, log, t, th }
}

/** Private pages: titled in the reader's language, never indexed. */
export async function generateSharedMetadata({ params }: { params: SharedParams }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const th = await getTranslations({ locale: site.locale, namespace: 'Helpers' })
  return { title: th('sharedTitle'), robots: { index: false, follow: false } }
}
