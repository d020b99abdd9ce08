import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

import { checkAgainstTenant } from '../import/check'
import { IMPORT_LIMITS, readImportFile, type ImportRow } from '../import/rows'

/** What the preview and the confirmation answer: every row with its problem (or none), and what happened. */
export type ImportResponse = {
  mode: 'preview' | 'confirm'
  tenant: { id: number; name: string }
  rows: ImportRow[]
  /** Rows without a problem: to be invited (preview) or invited (confirm). */
  ready: number
  invited: number
}

export type ImportRefusal = { errors: { message: string; field?: string }[] }

const refuse = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] } satisfies ImportRefusal, { status })

/** The multipart body's `file`, read only when its declared size is small enough. */
async function uploadedBytes(req: PayloadRequest): Promise<Uint8Array | Response> {
  // Browsers always declare the size of a form upload; the multipart envelope adds a few hundred
  // bytes around the file. A body without a declared size is still held to the limit once read.
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (declared > IMPORT_LIMITS.maxBytes + 16 * 1024) {
    return refuse(413, `The file is too large; the largest accepted is ${IMPORT_LIMITS.maxBytes / 1024} KB. Split it into smaller files.`, 'file')
  }
  let form: FormData
  try {
    if (!req.formData) throw new Error('no body')
    form = await req.formData()
  } catch {
    return refuse(400, 'Choose a CSV file to upload.', 'file')
  }
  const file = form.get('file')
  if (!(file instanceof Blob)) return refuse(400, 'Choose a CSV file to upload.', 'file')
  return new Uint8Array(await file.arrayBuffer())
}

function messageOf(error: unknown): string {
  if (error instanceof ValidationError) return error.data.errors.map((e) => e.message).join(' ')
  return 'This invitation could not be sent; try this row again later.'
}

/**
 * POST /api/invitations/import?tenant={id}&mode=preview|confirm, with the CSV as the multipart
 * `file`. Preview writes nothing; confirm reads and checks the same file again (nothing from the
 * preview is trusted) and creates an invitation for each row without a problem, as the signed-in
 * user through the ordinary create (overrideAccess: false), so the collection's access and the
 * invitation hook (tenant administered, allowed domains, no second pending invitation, role not
 * already held) decide again for every row. The tenant id must be one the caller administers.
 * Refusals are returned, not thrown, so they are 4xx answers and not server errors in the log.
 */
export const importInvitationsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return refuse(401, 'Sign in to import invitations.')
    const mode = req.searchParams.get('mode')
    if (mode !== 'preview' && mode !== 'confirm') return refuse(400, 'Say whether to preview or confirm the import.')
    const rawTenant = req.searchParams.get('tenant') ?? ''
    const tenantId = /^\d{1,9}$/.test(rawTenant) ? Number(rawTenant) : NaN
    if (!Number.isInteger(tenantId)) return refuse(400, 'Choose the council or party to invite people to.', 'tenant')
    if (!isPlatformAdmin(user) && !tenantIdsWithRole(user, ['tenant-admin']).includes(tenantId)) {
      return refuse(403, 'You can only invite people to a council or party you administer.', 'tenant')
    }
    const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, locale: 'en', overrideAccess: true, disableErrors: true, select: { name: true }, req })
    if (!tenant) return refuse(404, 'There is no such council or party.', 'tenant')

    const bytes = await uploadedBytes(req)
    if (bytes instanceof Response) return bytes
    const read = readImportFile(bytes)
    if (!read.ok) return refuse(400, read.problem, 'file')
    let rows = await checkAgainstTenant(req, tenantId, read.rows)

    let invited = 0
    if (mode === 'confirm') {
      const done: ImportRow[] = []
      // One at a time: each creation sends its email, and the hook's duplicate check must see the row before.
      for (const row of rows) {
        if (row.problem !== null || row.role === null) {
          done.push(row)
          continue
        }
        try {
          await req.payload.create({
            collection: 'invitations',
            data: { email: row.email, role: row.role, tenant: tenantId, name: row.name || undefined, ward: row.ward || undefined, status: 'pending' },
            overrideAccess: false,
            user,
            depth: 0,
          })
          invited += 1
          done.push(row)
        } catch (error) {
          if (!(error instanceof ValidationError)) req.payload.logger.error({ err: error, msg: `[invitations] import: row ${row.row} could not be invited` })
          done.push({ ...row, problem: messageOf(error) })
        }
      }
      rows = done
    }
    const body: ImportResponse = { mode, tenant: { id: tenant.id, name: tenant.name }, rows, ready: rows.filter((row) => row.problem === null).length, invited }
    return Response.json(body)
  },
}
