import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import { locales } from '@/i18n/locales'
import type { Page } from '@/payload-types'

import { baselineTenantId } from '../fields/validateSlug'

type Layout = NonNullable<Page['layout']>
type Row = { id?: string | null }

const body = z.object({ tenant: z.coerce.number().int().positive() })

const arrayKeys = ['items', 'rungs', 'platforms'] as const

// Blocks are a union of generated shapes; ids and row arrays are handled generically here.
const fieldsOf = (block: Layout[number] | undefined) => block as unknown as Record<string, unknown> | undefined
const asBlock = (fields: Record<string, unknown>) => fields as unknown as Layout[number]

/** The national page's text for one language, laid onto the copy's own block and row ids. */
function onto(copy: Layout, source: Layout): Layout {
  return source.map((block, index) => {
    const target = copy[index]
    const next: Record<string, unknown> = { ...block, id: target?.id }
    for (const key of arrayKeys) {
      const rows = fieldsOf(block)?.[key]
      const targetRows = fieldsOf(target)?.[key]
      if (Array.isArray(rows) && Array.isArray(targetRows)) {
        next[key] = rows.map((row: Row, rowIndex: number) => ({ ...row, id: (targetRows[rowIndex] as Row | undefined)?.id }))
      }
    }
    return asBlock(next)
  })
}

/** Block and row ids are primary keys: a copy must get its own. */
function withoutIds(layout: Layout): Layout {
  return layout.map((block) => {
    const next: Record<string, unknown> = { ...block, id: undefined }
    for (const key of arrayKeys) {
      const rows = fieldsOf(block)?.[key]
      if (Array.isArray(rows)) next[key] = rows.map((row: Row) => ({ ...row, id: undefined }))
    }
    return asBlock(next)
  })
}

const json = (status: number, data: unknown) => Response.json(data, { status })

/**
 * POST /api/pages/:id/tailor { tenant } — makes the tenant's own copy of a national page, as a
 * draft, pre-filled in every language the national page has, so an editor starts from the
 * national text instead of a blank page. Refused unless the caller edits that tenant.
 */
export const tailorPageEndpoint: Endpoint = {
  path: '/:id/tailor',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const { user } = req
    if (!user) return json(401, { errors: [{ message: 'Log in to tailor a page.' }] })
    await addDataAndFileToRequest(req)
    const parsed = body.safeParse(req.data)
    if (!parsed.success) return json(400, { errors: [{ field: 'tenant', message: 'Say which tenant the copy is for.' }] })
    const tenant = parsed.data.tenant
    if (!isPlatformAdmin(user) && !tenantIdsWithRole(user, contentRoles).includes(tenant)) {
      return json(403, { errors: [{ message: 'You can only tailor pages for a tenant you edit.' }] })
    }
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return json(404, { errors: [{ message: 'No such page.' }] })

    const baseline = await baselineTenantId(req)
    const national = await req.payload.findByID({ collection: 'pages', id, locale: 'en', depth: 0, overrideAccess: true, disableErrors: true })
    const nationalTenant = typeof national?.tenant === 'object' ? national.tenant?.id : national?.tenant
    if (!national || nationalTenant !== baseline || national._status !== 'published') {
      return json(404, { errors: [{ message: 'Only a published national page can be tailored.' }] })
    }
    const existing = await req.payload.find({
      collection: 'pages',
      where: { and: [{ tenant: { equals: tenant } }, { tailors: { equals: id } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) {
      return json(409, { errors: [{ message: 'This tenant already has its own version of this page.' }], id: existing.docs[0].id })
    }

    const copy = await req.payload.create({
      collection: 'pages',
      locale: 'en',
      draft: true,
      user,
      overrideAccess: false,
      data: {
        tenant,
        tailors: id,
        title: national.title,
        summary: national.summary,
        slug: national.slug,
        section: national.section,
        order: national.order,
        audience: national.audience,
        lastReviewed: national.lastReviewed,
        translationStatus: national.translationStatus,
        layout: withoutIds(national.layout ?? []),
        _status: 'draft',
      },
    })
    const structure = copy.layout ?? []
    for (const locale of locales.filter((code) => code !== 'en')) {
      const text = await req.payload.findByID({ collection: 'pages', id, locale, fallbackLocale: false, depth: 0, overrideAccess: true })
      if (!text.title) continue
      await req.payload.update({
        collection: 'pages',
        id: copy.id,
        locale,
        draft: true,
        user,
        overrideAccess: false,
        data: { title: text.title, summary: text.summary, translationStatus: text.translationStatus, layout: onto(structure, text.layout ?? []) },
      })
    }
    return json(201, { id: copy.id })
  },
}
