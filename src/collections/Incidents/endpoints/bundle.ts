import { Readable } from 'node:stream'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { buildBundle, type BundleIncident } from '@/lib/incidents/bundle/build'
import { consumeRateLimit, defineRateLimit } from '@/lib/rateLimit'
import { rateLimitStore } from '@/lib/rateLimitStore'
import type { Evidence, Incident } from '@/payload-types'
import { configuredBlobStore, getDecrypted } from '@/storage'

import { bundleLabels, bundleTranslator } from '../bundleStrings'
import { appendIncidentHistory, verifyIncidentHistory } from '../hooks/history'
import { incidentKeyring } from '../keys'

/*
 * GET /api/incidents/bundle?tenant=ID&locale=cy&all=1 (or &ids=3&ids=7, or ids=3,7): the evidence
 * bundle, a ZIP streamed as it is made (src/lib/incidents/bundle): chronology.pdf, the original
 * evidence files, manifest.json and manifest.txt. For the owner alone, as the evidence download
 * is: everything is read as the caller (overrideAccess: false), so another councillor, an editor,
 * a tenant admin or a platform admin gets the same 404, and no byte, as for incidents that do not
 * exist; a councillor whose membership ended less than 12 months ago still gets theirs (the
 * incident log's own access). When the last byte has gone, the ZIP's SHA-256 is appended to the
 * history of every incident in it.
 *
 * The site's bundle page is a GET form to here (it works without JavaScript); with `back` (that
 * page's path) a form sent with nothing chosen is sent back there (303) with the reason.
 */

export const bundlesPerUser = defineRateLimit({
  name: 'incident-bundle:user',
  limit: 30,
  windowSeconds: 60 * 60,
  description: 'evidence bundles made for one signed-in person',
})

/** More ids than any one log has; beyond it the request is refused rather than read. */
export const BUNDLE_MAX_IDS = 500

const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }
const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers })
const badRequest = (field: string, message: string) => Response.json({ errors: [{ message, field }] }, { status: 400, headers })

/** The bundle page's path on a tenant's site, to send a form back to; anything else is ignored. */
export function backPath(value: string | null): string | null {
  if (!value || value.startsWith('//') || !/^\/[A-Za-z0-9\-._~/]*members\/incidents\/bundle$/.test(value)) return null
  return value
}

type Selection = { ok: true; tenant: number; ids: number[] | 'all'; locale: Locale } | { ok: false; response: Response }

function selectionOf(query: URLSearchParams): Selection {
  const tenant = query.get('tenant') ?? ''
  if (!/^\d{1,9}$/.test(tenant)) return { ok: false, response: badRequest('tenant', 'Give the council (tenant) the incidents are kept in, as its id.') }
  const locale = query.get('locale')
  if (locale !== null && !isLocale(locale)) return { ok: false, response: badRequest('locale', 'The language must be one of en, cy, gd, ga.') }
  const chosen = query
    .getAll('ids')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '')
  if (chosen.some((value) => !/^\d{1,9}$/.test(value))) return { ok: false, response: badRequest('ids', 'Each incident id must be a whole number.') }
  if (chosen.length > BUNDLE_MAX_IDS) return { ok: false, response: badRequest('ids', `Choose at most ${BUNDLE_MAX_IDS} incidents, or all of them.`) }
  const all = query.get('all') === '1'
  if (!all && chosen.length === 0) {
    const back = backPath(query.get('back'))
    if (back) return { ok: false, response: new Response(null, { status: 303, headers: { ...headers, Location: `${back}?error=none-chosen` } }) }
    return { ok: false, response: badRequest('ids', 'Choose at least one incident (ids), or all of them (all=1).') }
  }
  return { ok: true, tenant: Number(tenant), ids: all ? 'all' : [...new Set(chosen.map(Number))], locale: locale ?? defaultLocale }
}

/** `filename` for old clients and `filename*` for the rest. */
function disposition(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

function viewOf(doc: Incident, intact: boolean, evidence: Evidence[]): BundleIncident {
  return {
    id: doc.id,
    happenedAt: doc.happenedAt,
    happenedUntil: doc.happenedUntil ?? null,
    recordedAt: doc.recordedAt ?? null,
    platform: doc.platform ?? null,
    kinds: doc.kinds ?? [],
    whatHappened: doc.whatHappened ?? '',
    impact: doc.impact ?? '',
    witnesses: doc.witnesses ?? '',
    handles: (doc.handles ?? []).map((row) => row.handle),
    links: (doc.links ?? []).map((row) => row.url),
    platformReport: { reportedOn: doc.platformReport?.reportedOn ?? null, reference: doc.platformReport?.reference ?? '', outcome: doc.platformReport?.outcome ?? '' },
    policeReport: {
      reportedOn: doc.policeReport?.reportedOn ?? null,
      crimeReference: doc.policeReport?.crimeReference ?? '',
      officer: doc.policeReport?.officer ?? '',
      operationFord: doc.policeReport?.operationFord === true,
    },
    history: { head: doc.historyHead ?? null, length: doc.historyLength ?? 0, intact },
    evidence: evidence
      .filter((file) => (typeof file.incident === 'number' ? file.incident : file.incident.id) === doc.id)
      .sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt) || a.id - b.id)
      .map((file) => ({ id: file.id, fileName: file.fileName ?? '', sha256: file.sha256, size: file.size, mimeType: file.mimeType, uploadedAt: file.uploadedAt })),
  }
}

/** Refused outright by the collection's access (no incident log of their own): treated as nothing found. */
function nothingIfRefused<T>(error: unknown): { docs: T[] } {
  if ((error as { status?: unknown }).status === 403) return { docs: [] }
  throw error
}

async function handler(req: PayloadRequest): Promise<Response> {
  const user = req.user
  if (!user || user.collection !== 'users' || typeof user.id !== 'number') return notFound()
  const selection = selectionOf(req.searchParams)
  if (!selection.ok) return selection.response
  const { tenant, ids, locale } = selection
  const owner = user.id

  const limited = await consumeRateLimit(rateLimitStore(req.payload), bundlesPerUser, String(owner))
  if (!limited.allowed) {
    return Response.json({ errors: [{ message: 'Too many bundles: try again later.' }] }, { status: 429, headers: { ...headers, 'Retry-After': String(limited.retryAfterSeconds) } })
  }

  const found = await req.payload
    .find({
      collection: 'incidents',
      // The caller's own log only: a helper reads the log they help with, but the bundle (an export)
      // is the owner's to make.
      where: { and: [{ owner: { equals: owner } }, { tenant: { equals: tenant } }, ...(ids === 'all' ? [] : [{ id: { in: ids } }])] },
      sort: 'happenedAt',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: false,
      user,
      // The history head and length (hidden from API answers) go into the manifest.
      showHiddenFields: true,
    })
    .catch((error: unknown) => nothingIfRefused<Incident>(error))
  const incidents = found.docs
  // Nothing, or not every incident asked for is the caller's: no bundle at all, and no hint which.
  if (incidents.length === 0 || (ids !== 'all' && incidents.length !== ids.length)) return notFound()

  const evidence = (
    await req.payload
      .find({
        collection: 'evidence',
        where: { incident: { in: incidents.map((doc) => doc.id) } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: false,
        user,
        // Where each file is stored and its wrapped key, to open it.
        showHiddenFields: true,
      })
      .catch((error: unknown) => nothingIfRefused<Evidence>(error))
  ).docs
  const stored = new Map(evidence.map((file) => [file.id, { storageKey: file.storageKey, wrappedKey: file.encryptionKey }]))

  const bundled: BundleIncident[] = []
  for (const doc of incidents) {
    const verdict = await verifyIncidentHistory(req.payload, doc.id)
    bundled.push(viewOf(doc, verdict.ok, evidence))
  }
  const council = await req.payload
    .findByID({ collection: 'tenants', id: tenant, depth: 0, locale, overrideAccess: false, user, select: { name: true, slug: true } })
    .catch(() => null)
  const generatedAt = new Date()
  const councillor = typeof user.name === 'string' && user.name.trim() !== '' ? user.name.trim() : (user.email ?? '')

  const keyring = incidentKeyring()
  const blobs = configuredBlobStore()
  const { stream, finished } = buildBundle({
    meta: { councillor, council: council?.name ?? '', locale, generatedAt },
    incidents: bundled,
    label: bundleLabels(locale),
    t: bundleTranslator(locale),
    open: (file) => {
      const where = stored.get(file.id)
      if (!where) return Promise.reject(new Error('An evidence file has no stored copy'))
      return getDecrypted(blobs, keyring, where)
    },
  })
  finished
    .then(
      async ({ sha256 }) => {
        // The response has gone, and the request's own transaction with it: the entries and the
        // incidents' new heads are written in a transaction of their own, all or nothing, so nobody
        // reading meanwhile sees an entry whose head has not moved yet.
        const recordReq = await createLocalReq({ user }, req.payload)
        const own = await initTransaction(recordReq)
        try {
          for (const incident of bundled) {
            await appendIncidentHistory(recordReq, incident.id, owner, { action: 'bundle-downloaded', changedFields: [], previous: null, bundle: { sha256 } })
          }
          if (own) await commitTransaction(recordReq)
        } catch (error) {
          if (own) await killTransaction(recordReq)
          throw error
        }
      },
      () => {
        // Cut off, or a file failed its integrity check: the download fails in the browser.
        // Nothing about the incidents or the files goes in the log.
        req.payload.logger.warn('An evidence bundle was not completed')
      },
    )
    .catch(() => req.payload.logger.error('An evidence bundle was sent but could not be recorded in the history'))

  const day = generatedAt.toISOString().slice(0, 10)
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': 'application/zip',
      'Content-Disposition': disposition(`incident-log-${council?.slug ?? tenant}-${day}.zip`),
      // Even opened directly, it runs nothing and loads nothing.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Referrer-Policy': 'no-referrer',
    },
  })
}

export const downloadBundle: Endpoint = { path: '/bundle', method: 'get', handler }
