import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { locales } from '@/i18n/locales'
import { findNationalAndCopy, readTailorRequest, refusalResponse, type Refusal } from '@/tailoring/tailorEndpoint'

import { tailorPageSpec } from './tailorPage'

const hiddenField = z.object({ hidden: z.boolean() })

export type VisibilityOutcome = { status: 200; hidden: boolean; id: number | null } | Refusal

/**
 * Hides a national page on the tenant's site, or shows it again. Hiding takes a published record
 * that `tailors` the page with `hideBaseline` on: the tenant's copy when it has one, otherwise a
 * record with the national titles and no blocks of its own (published last, so a tenant with
 * Welsh parity gets its Welsh title first). Showing again deletes such a title-only record, so
 * the national page, and its later changes, come back; a real copy is kept and shown instead.
 */
export async function setPageHidden(req: PayloadRequest, nationalId: number, tenant: number, hidden: boolean): Promise<VisibilityOutcome> {
  const found = await findNationalAndCopy(tailorPageSpec, req, nationalId, tenant)
  if ('status' in found) return found
  const { user, national, copy } = found
  const asUser = { user, overrideAccess: false } as const

  if (!hidden) {
    if (!copy?.hideBaseline) return { status: 200, hidden: false, id: copy?.id ?? null }
    if ((copy.layout ?? []).length === 0) {
      await req.payload.delete({ collection: 'pages', id: copy.id, ...asUser })
      return { status: 200, hidden: false, id: null }
    }
    await req.payload.update({ collection: 'pages', id: copy.id, locale: 'en', ...asUser, data: { hideBaseline: false, _status: 'published' } })
    return { status: 200, hidden: false, id: copy.id }
  }

  if (copy) {
    await req.payload.update({ collection: 'pages', id: copy.id, locale: 'en', ...asUser, data: { hideBaseline: true, _status: 'published' } })
    return { status: 200, hidden: true, id: copy.id }
  }
  const record = await req.payload.create({
    collection: 'pages',
    locale: 'en',
    draft: true,
    ...asUser,
    data: { tenant, tailors: national.id, title: national.title, slug: national.slug, section: national.section, hideBaseline: true, translationStatus: 'drafted', _status: 'draft' },
  })
  for (const locale of locales.filter((code) => code !== 'en')) {
    const text = await req.payload.findByID({ collection: 'pages', id: national.id, locale, fallbackLocale: false, depth: 0, overrideAccess: true, select: { title: true } })
    if (text.title) await req.payload.update({ collection: 'pages', id: record.id, locale, draft: true, ...asUser, data: { title: text.title } })
  }
  await req.payload.update({ collection: 'pages', id: record.id, locale: 'en', ...asUser, data: { _status: 'published' } })
  return { status: 200, hidden: true, id: record.id }
}

/** POST /api/pages/:id/visibility { tenant, hidden }: hide the national page on the tenant's site, or show it again. */
export const pageVisibilityEndpoint: Endpoint = {
  path: '/:id/visibility',
  method: 'post',
  handler: async (req) => {
    const request = await readTailorRequest(req, 'page')
    if ('status' in request) return refusalResponse(request)
    const parsed = hiddenField.safeParse(request.data)
    if (!parsed.success) return refusalResponse({ status: 400, field: 'hidden', message: 'Say whether to hide the page (true) or show it again (false).' })
    const outcome = await setPageHidden(req, request.id, request.tenant, parsed.data.hidden)
    return outcome.status === 200 ? Response.json(outcome) : refusalResponse(outcome)
  },
}
