import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { isLocale } from '@/i18n/locales'
import { readBody } from '@/lib/readBody'

import { translationReviewEndpoint } from './review'
import { exportTranslations, findTenant, importTranslations, translatableCollections, translationRefusal, type Refusal } from './translations'

/** The largest translation file read (the issue's bound); the request may carry a little more (the form's framing). */
export const MAX_XLIFF_BYTES = 10 * 1024 * 1024
const MAX_REQUEST_BYTES = MAX_XLIFF_BYTES + 64 * 1024
const MAX_IDS = 200

const refusal = (r: Refusal) => Response.json({ errors: [{ message: r.message, ...(r.field ? { field: r.field } : {}) }] }, { status: r.status })

const exportQuery = z.object({
  collection: z.enum(translatableCollections, { error: 'collection must be "pages" or "engagement-templates".' }),
  tenant: z.string({ error: 'tenant is required: the tenant\'s slug.' }).regex(/^[a-z0-9](?:[a-z0-9-]{0,62})$/, 'tenant must be a tenant\'s slug.'),
  ids: z
    .string({ error: 'ids is required: a comma-separated list of ids, or "missing".' })
    .regex(/^(?:missing|[1-9]\d{0,9}(?:,[1-9]\d{0,9})*)$/, 'ids must be a comma-separated list of ids, or "missing".'),
  target: z.string({ error: 'target is required: a language code such as cy.' }).refine((value) => isLocale(value) && value !== 'en', 'target must be a language the portal translates into (cy, gd or ga).'),
  format: z.enum(['xliff', 'zip'], { error: 'format must be "xliff" (one file) or "zip" (one file per document).' }).default('xliff'),
})

function queryOf(req: PayloadRequest): Record<string, string | undefined> {
  const url = new URL(req.url ?? 'http://localhost/')
  const query: Record<string, string | undefined> = {}
  for (const key of ['collection', 'tenant', 'ids', 'target', 'format']) {
    const values = url.searchParams.getAll(key)
    // A parameter given twice is ambiguous: refused as malformed rather than guessed.
    query[key] = values.length > 1 ? '\u0000' : values[0]
  }
  return query
}

/** GET /api/translations/export?collection=<pages|engagement-templates>&tenant=<slug>&ids=<1,2,3|missing>&target=<locale>[&format=zip] */
export const translationExportEndpoint: Endpoint = {
  path: '/translations/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refusal({ status: 401, message: 'Log in as an editor of this tenant to export translations.' })
    const parsed = exportQuery.safeParse(queryOf(req))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = String(issue?.path[0] ?? 'query')
      return refusal({ status: 400, field, message: issue?.message ?? `${field} is malformed.` })
    }
    const { collection, tenant: slug, ids, target, format } = parsed.data
    const idList = ids === 'missing' ? ('missing' as const) : [...new Set(ids.split(',').map(Number))]
    if (idList !== 'missing' && idList.length > MAX_IDS) return refusal({ status: 400, field: 'ids', message: `ids may name at most ${MAX_IDS} documents per file.` })
    const tenant = await findTenant(req.payload, slug)
    if (!tenant) return refusal({ status: 404, field: 'tenant', message: `There is no tenant "${slug}".` })
    const refused = translationRefusal(req.user, tenant)
    if (refused) return refusal(refused)
    if (!isLocale(target) || !tenant.locales.includes(target)) return refusal({ status: 400, field: 'target', message: `${tenant.name} does not offer ${target}.` })
    const result = await exportTranslations(req.payload, req.user, { collection, tenant, ids: idList, target, format })
    if (result.status === 204) return new Response(null, { status: 204 })
    if (result.status !== 200) return refusal(result)
    return new Response(result.format === 'zip' ? new Blob([result.zip as Uint8Array<ArrayBuffer>]) : result.xml, {
      status: 200,
      headers: {
        'Content-Type': result.format === 'zip' ? 'application/zip' : 'application/xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${result.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}

const tooLarge: Refusal = { status: 413, field: 'file', message: 'The file is over 10 MB: export and import fewer pages at a time.' }

/** POST /api/translations/import, multipart: `file` (the XLIFF), optionally `translator` (who reviewed it). */
export const translationImportEndpoint: Endpoint = {
  path: '/translations/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refusal({ status: 401, message: 'Log in as an editor of this tenant to import translations.' })
    const type = req.headers.get('content-type') ?? ''
    if (!type.toLowerCase().startsWith('multipart/form-data')) return refusal({ status: 400, field: 'file', message: 'Send the XLIFF file as the multipart form field "file".' })
    if (Number(req.headers.get('content-length') ?? 0) > MAX_REQUEST_BYTES) return refusal(tooLarge)
    const bytes = await readBody(req, MAX_REQUEST_BYTES)
    if (!bytes) return refusal(tooLarge)
    let form: FormData
    try {
      form = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': type } }).formData()
    } catch {
      return refusal({ status: 400, field: 'file', message: 'The request is not a readable multipart form.' })
    }
    const file = form.get('file')
    if (!file || typeof file === 'string') return refusal({ status: 400, field: 'file', message: 'Send the XLIFF file as the multipart form field "file".' })
    if (file.size > MAX_XLIFF_BYTES) return refusal(tooLarge)
    const translator = form.get('translator')
    if (translator !== null && (typeof translator !== 'string' || translator.length > 200)) {
      return refusal({ status: 400, field: 'translator', message: 'translator must be a name of at most 200 characters.' })
    }
    const result = await importTranslations(req.payload, req.user, new Uint8Array(await file.arrayBuffer()), { translator: translator ?? undefined })
    if (result.status !== 200) return refusal(result)
    const { status: _status, ...summary } = result
    return Response.json(summary, { status: 200 })
  },
}

export const translationEndpoints = [translationExportEndpoint, translationImportEndpoint, translationReviewEndpoint]
