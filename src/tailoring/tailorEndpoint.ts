import { addDataAndFileToRequest, type CollectionSlug, type DataFromCollectionSlug, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { z } from 'zod'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import { locales, type Locale } from '@/i18n/locales'
import { findBaselineTenant } from '@/collections/baselineTenant'

/** The collections whose national documents a tenant tailors. */
export type TailorableSlug = Extract<CollectionSlug, 'pages' | 'engagement-templates'>
type Doc<S extends TailorableSlug> = DataFromCollectionSlug<S>
type Data<S extends TailorableSlug> = Partial<Doc<S>> & Record<string, unknown>

/** What differs between tailoring a page and a template; the rest is one procedure. */
export type TailorSpec<S extends TailorableSlug> = {
  collection: S
  /** "page", "template": said in answers. */
  noun: string
  /** The tenant's existing copy of `national`, if any: it is opened instead of a second one. */
  existingCopy: (national: Doc<S>, tenant: number) => Where
  /** The copy's English draft, from the national document read in English. */
  english: (national: Doc<S>, tenant: number) => Data<S>
  /** The copy's text in another language, or null when the national document has none there. */
  translation: (text: Doc<S>, copy: Doc<S>, locale: Locale) => Data<S> | null
}

const body = z.object({ tenant: z.coerce.number().int().positive() })

const json = (status: number, data: unknown) => Response.json(data, { status })

export const tenantOf = (doc: { tenant?: unknown } | null | undefined): number | undefined => {
  const value = doc?.tenant
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'number') return value.id
  return undefined
}

export type Refusal = { status: 400 | 401 | 403 | 404; message: string; field?: string }
export type TailorOutcome = { status: 201 | 409; id: number } | Refusal

/**
 * The checks every tailoring action makes first: a logged-in editor of `tenant` (never the
 * baseline), a published national document; then the tenant's copy of it, if there is one.
 */
export async function findNationalAndCopy<S extends TailorableSlug>(
  spec: TailorSpec<S>,
  req: PayloadRequest,
  id: number,
  tenant: number,
): Promise<Refusal | { user: NonNullable<PayloadRequest['user']>; national: Doc<S>; copy: Doc<S> | undefined }> {
  const { user } = req
  if (!user) return { status: 401, message: `Log in to tailor a ${spec.noun}.` }
  if (!isPlatformAdmin(user) && !tenantIdsWithRole(user, contentRoles).includes(tenant)) {
    return { status: 403, message: `You can only tailor a ${spec.noun} for a tenant you edit.` }
  }
  const baseline = (await findBaselineTenant(req.payload, { req }))?.id
  if (tenant === baseline) return { status: 400, field: 'tenant', message: `The national toolkit does not tailor its own ${spec.noun}s.` }
  const national = (await req.payload.findByID({ collection: spec.collection, id, locale: 'en', depth: 0, overrideAccess: true, disableErrors: true })) as Doc<S> | null
  const status = (national as { _status?: unknown } | null)?._status
  if (!national || tenantOf(national) !== baseline || status !== 'published') {
    return { status: 404, message: `Only a published national ${spec.noun} can be tailored.` }
  }
  const existing = await req.payload.find({ collection: spec.collection, where: spec.existingCopy(national, tenant), limit: 1, depth: 0, overrideAccess: true })
  return { user, national, copy: existing.docs[0] as Doc<S> | undefined }
}


/**
 * Makes `tenant`'s own copy of a published national document: a draft, pre-filled in every
 * language the national one has, written as the user (so their access rules and the tenant
 * checks apply). An existing copy is answered with 409 and its id, never duplicated.
 */
export async function tailorDocument<S extends TailorableSlug>(spec: TailorSpec<S>, req: PayloadRequest, id: number, tenant: number): Promise<TailorOutcome> {
  const found = await findNationalAndCopy(spec, req, id, tenant)
  if ('status' in found) return found
  const { user, national, copy } = found
  if (copy) return { status: 409, id: copy.id }

  // A generic slug cannot narrow Payload's per-collection data types; each spec builds its own.
  const created = (await req.payload.create({
    collection: spec.collection as TailorableSlug,
    locale: 'en',
    draft: true,
    user,
    overrideAccess: false,
    data: { ...spec.english(national, tenant), tenant, _status: 'draft' } as never,
  })) as Doc<S>
  for (const locale of locales.filter((code) => code !== 'en')) {
    const text = (await req.payload.findByID({ collection: spec.collection, id, locale, fallbackLocale: false, depth: 0, overrideAccess: true })) as Doc<S>
    const data = spec.translation(text, created, locale)
    if (!data) continue
    await req.payload.update({ collection: spec.collection as TailorableSlug, id: created.id, locale, draft: true, user, overrideAccess: false, data: data as never })
  }
  return { status: 201, id: created.id }
}

export const refusalResponse = (refusal: Refusal) =>
  json(refusal.status, { errors: [{ message: refusal.message, ...(refusal.field ? { field: refusal.field } : {}) }] })

/** The route's id and the body's `{ tenant }`, checked: what every tailoring endpoint takes. */
export async function readTailorRequest(req: PayloadRequest, noun: string): Promise<Refusal | { id: number; tenant: number; data: Record<string, unknown> }> {
  if (!req.user) return { status: 401, message: `Log in to tailor a ${noun}.` }
  await addDataAndFileToRequest(req)
  const parsed = body.safeParse(req.data)
  if (!parsed.success) return { status: 400, field: 'tenant', message: 'Say which tenant the copy is for.' }
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0) return { status: 404, message: `No such ${noun}.` }
  return { id, tenant: parsed.data.tenant, data: (req.data ?? {}) as Record<string, unknown> }
}

/** `POST /api/{collection}/:id/tailor { tenant }`: `tailorDocument` over HTTP. */
export function tailorEndpoint<S extends TailorableSlug>(spec: TailorSpec<S>): Endpoint {
  return {
    path: '/:id/tailor',
    method: 'post',
    handler: async (req) => {
      const request = await readTailorRequest(req, spec.noun)
      if ('status' in request) return refusalResponse(request)
      const outcome = await tailorDocument(spec, req, request.id, request.tenant)
      if ('id' in outcome) {
        return outcome.status === 201 ? json(201, { id: outcome.id }) : json(409, { errors: [{ message: `This tenant already has its own version of this ${spec.noun}.` }], id: outcome.id })
      }
      return refusalResponse(outcome)
    },
  }
}
