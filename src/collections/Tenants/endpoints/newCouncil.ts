import { commitTransaction, initTransaction, killTransaction, ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { isPlatformAdmin } from '@/access/roles'
import { isLocale, type Locale } from '@/i18n/locales'

/** The form's fields, as the browser sends them (JSON). Each refusal names one of these. */
export type NewCouncilField = 'name' | 'slug' | 'kind' | 'nation' | 'locales' | 'defaultLocale' | 'adminName' | 'adminEmail'

export type NewCouncilInput = {
  name: string
  slug: string
  kind: 'council' | 'party'
  nation: string
  locales: Locale[]
  defaultLocale: Locale
  adminName: string
  adminEmail: string
}

export type NewCouncilAnswer =
  | { ok: true; tenant: { id: number; name: string; slug: string }; invitation: { id: number; email: string } }
  | { ok: false; errors: { field?: NewCouncilField; message: string }[] }

const MAX_BODY_BYTES = 8 * 1024

const refuse = (status: number, errors: { field?: NewCouncilField; message: string }[]) =>
  Response.json({ ok: false, errors } satisfies NewCouncilAnswer, { status })

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * The body's shape only: each value is checked again by the collections' own validators when the
 * tenant and the invitation are created, so the rules live in one place (the form shows theirs).
 */
export function readNewCouncilInput(body: unknown): { input: NewCouncilInput } | { errors: { field?: NewCouncilField; message: string }[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { errors: [{ message: 'Send the form as a JSON object.' }] }
  const raw = body as Record<string, unknown>
  const errors: { field: NewCouncilField; message: string }[] = []
  const name = text(raw['name'])
  const slug = text(raw['slug']).toLowerCase()
  const adminName = text(raw['adminName'])
  const adminEmail = text(raw['adminEmail'])
  if (!name) errors.push({ field: 'name', message: 'Enter the council or party’s name.' })
  if (!slug) errors.push({ field: 'slug', message: 'Enter the address on the site, for example “north-shire”.' })
  const kind = raw['kind']
  if (kind !== 'council' && kind !== 'party') errors.push({ field: 'kind', message: 'Choose council or party.' })
  const nation = text(raw['nation'])
  if (!nation) errors.push({ field: 'nation', message: 'Choose the nation: it decides the police arrangements and the language rules.' })
  const locales = Array.isArray(raw['locales']) ? raw['locales'].filter(isLocale) : []
  if (!Array.isArray(raw['locales']) || locales.length !== raw['locales'].length || locales.length === 0) {
    errors.push({ field: 'locales', message: 'Choose at least one language from the list.' })
  }
  const defaultLocale = raw['defaultLocale']
  if (!isLocale(defaultLocale)) errors.push({ field: 'defaultLocale', message: 'Choose the language readers see first.' })
  if (!adminEmail) errors.push({ field: 'adminEmail', message: 'Enter the email address of the person who will run the council’s portal.' })
  if (errors.length > 0 || !isLocale(defaultLocale) || (kind !== 'council' && kind !== 'party')) return { errors }
  return { input: { name, slug, kind, nation, locales, defaultLocale, adminName, adminEmail } }
}

/** Payload's validation paths, as the form's field names. */
function fieldOf(collection: 'tenants' | 'invitations', path: string): NewCouncilField | undefined {
  if (collection === 'invitations') return path === 'email' ? 'adminEmail' : path === 'name' ? 'adminName' : undefined
  const known: NewCouncilField[] = ['name', 'slug', 'kind', 'nation', 'locales', 'defaultLocale']
  return known.find((field) => field === path)
}

async function readBody(req: PayloadRequest): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (declared > MAX_BODY_BYTES) throw new RangeError('too large')
  const raw = req.text ? await req.text() : ''
  if (raw.length > MAX_BODY_BYTES) throw new RangeError('too large')
  return JSON.parse(raw)
}

/**
 * POST /api/tenants/new-council: a platform admin opens a council (or party) and invites the
 * person who will run it, in one step and one transaction, so a council never exists without
 * someone invited to run it, and a refused invitation (a mistyped address, say) leaves no
 * half-made council behind. Both are created as the caller (overrideAccess: false), so the
 * collections' access rules and validators decide, and their messages come back per field.
 * The invitation's email is queued in the outbox in the same transaction.
 */
export const newCouncilEndpoint: Endpoint = {
  path: '/new-council',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return refuse(401, [{ message: 'Sign in as a platform admin to open a new council.' }])
    if (!isPlatformAdmin(user)) return refuse(403, [{ message: 'Only platform admins open new councils and parties.' }])
    let body: unknown
    try {
      body = await readBody(req)
    } catch (error) {
      return error instanceof RangeError
        ? refuse(413, [{ message: 'The form is larger than any council’s details could be.' }])
        : refuse(400, [{ message: 'The form could not be read (not JSON). Reload the page and try again.' }])
    }
    const read = readNewCouncilInput(body)
    if ('errors' in read) return refuse(400, read.errors)
    const { input } = read

    const ownTransaction = await initTransaction(req)
    let stage: 'tenants' | 'invitations' = 'tenants'
    try {
      const tenant = await req.payload.create({
        collection: 'tenants',
        data: { name: input.name, slug: input.slug, kind: input.kind, nation: input.nation as never, locales: input.locales, defaultLocale: input.defaultLocale },
        locale: 'en',
        user,
        overrideAccess: false,
        depth: 0,
        req,
      })
      stage = 'invitations'
      const invitation = await req.payload.create({
        collection: 'invitations',
        data: { email: input.adminEmail, name: input.adminName || undefined, tenant: tenant.id, role: 'tenant-admin', status: 'pending' },
        user,
        overrideAccess: false,
        depth: 0,
        req,
      })
      if (ownTransaction) await commitTransaction(req)
      return Response.json(
        { ok: true, tenant: { id: tenant.id, name: tenant.name, slug: tenant.slug }, invitation: { id: invitation.id, email: invitation.email } } satisfies NewCouncilAnswer,
        { status: 201 },
      )
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      if (error instanceof ValidationError) {
        return refuse(
          400,
          error.data.errors.map((e) => ({ field: fieldOf(stage, e.path), message: e.message })),
        )
      }
      throw error
    }
  },
}
