/**
 * The councillor import (POST /api/invitations/import): the preview names each row's problem and
 * writes nothing; confirming invites the rest through the ordinary invitation create; the same
 * file twice invites nobody twice; only a tenant's own admins (or a platform admin) may import
 * into it; bad files get one message; formula-looking cells are kept as text. Also the tenant's
 * "Allowed email domains" setting, which the import and the one-by-one invitation both obey.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Tenant } from '@/payload-types'

import { rest, type ApiResponse, type Json } from '../helpers/apiClient'
import { PASSWORD, createMember, createTenant, ensureSeeded, fieldErrors } from '../helpers/contacts'
import { testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
const suffix = uniqueSuffix()
let A: Tenant
let B: Tenant
const address = (label: string) => `imp-${label}-${suffix}@example.org`
const tokens: Record<'adminA' | 'adminB' | 'editorA' | 'platform', string> = { adminA: '', adminB: '', editorA: '', platform: '' }

async function login(email: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}

function upload(who: keyof typeof tokens | null, tenant: Tenant | string, mode: 'preview' | 'confirm', file: string | Uint8Array): Promise<ApiResponse> {
  const data = typeof file === 'string' ? Buffer.from(file, 'utf8') : Buffer.from(file)
  return rest('POST', 'invitations/import', {
    ...(who ? { token: tokens[who] } : {}),
    query: { tenant: typeof tenant === 'string' ? tenant : String(tenant.id), mode },
    file: { data, mimetype: 'text/csv', name: 'councillors.csv' },
  })
}

type Row = { row: number; email: string; name: string; problem: string | null }
const rowsOf = (response: ApiResponse) => (response.json.rows as unknown as Row[]) ?? []
const problemOf = (response: ApiResponse, row: number) => rowsOf(response).find((r) => r.row === row)?.problem ?? null
const messageOf = (response: ApiResponse) => ((response.json.errors as Json[] | undefined)?.[0] as { message?: string } | undefined)?.message ?? ''

const invitationsTo = async (tenant: Tenant) =>
  (await payload.find({ collection: 'invitations', where: { tenant: { equals: tenant.id } }, limit: 0, pagination: false, overrideAccess: true, depth: 0 })).docs
const outboxCount = async () => (await payload.count({ collection: 'email-outbox', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  A = await createTenant(payload, { slug: `imp-a-${suffix}`, nation: 'england' })
  B = await createTenant(payload, { slug: `imp-b-${suffix}`, nation: 'england' })
  await createMember(payload, address('admin-a'), [{ tenant: A.id, roles: ['tenant-admin'] }])
  await createMember(payload, address('admin-b'), [{ tenant: B.id, roles: ['tenant-admin'] }])
  await createMember(payload, address('editor-a'), [{ tenant: A.id, roles: ['editor'] }])
  await createMember(payload, address('member'), [{ tenant: A.id, roles: ['councillor'] }])
  await payload.create({ collection: 'users', overrideAccess: true, data: { email: address('platform'), password: PASSWORD, roles: ['platform-admin'] } })
  tokens.adminA = await login(address('admin-a'))
  tokens.adminB = await login(address('admin-b'))
  tokens.editorA = await login(address('editor-a'))
  tokens.platform = await login(address('platform'))
  await payload.create({ collection: 'invitations', overrideAccess: true, data: { email: address('waiting'), tenant: A.id, role: 'councillor', status: 'pending' } })
}, 120_000)

const file = () =>
  [
    'name,email,role,ward',
    `Ada Lovelace,${address('ada')},councillor,North`,
    `"Smith, Jo",${address('jo')},Candidate,"East, Upper"`,
    `Bad Email,not-an-address,councillor,`,
    `Odd Role,${address('odd')},mayor,`,
    `Ada Again,${address('ADA')},councillor,`,
    `Existing,${address('member')},councillor,`,
    `Waiting,${address('waiting')},councillor,`,
    `=HYPERLINK("http://evil.example"),${address('formula')},,@SUM(1)`,
  ].join('\r\n')

describe('preview and confirm', () => {
  it('the preview names each row\'s problem and writes nothing', async () => {
    const before = { invitations: (await invitationsTo(A)).length, outbox: await outboxCount() }
    const response = await upload('adminA', A, 'preview', file())
    expect(response.status).toBe(200)
    expect(response.json.ready).toBe(3)
    expect(problemOf(response, 2)).toBeNull()
    expect(problemOf(response, 3)).toBeNull()
    expect(problemOf(response, 4)).toMatch(/needs an @/)
    expect(problemOf(response, 5)).toMatch(/“mayor” is not a role/)
    expect(problemOf(response, 6)).toMatch(/same address as row 2/)
    expect(problemOf(response, 7)).toMatch(/Already a member here, as councillor/)
    expect(problemOf(response, 8)).toMatch(/Already invited/)
    expect(problemOf(response, 9)).toBeNull()
    expect({ invitations: (await invitationsTo(A)).length, outbox: await outboxCount() }).toEqual(before)
  })

  it('confirming invites the rows without a problem, with their names and wards, formula cells as plain text', async () => {
    const outbox = await outboxCount()
    const response = await upload('adminA', A, 'confirm', file())
    expect(response.status).toBe(200)
    expect(response.json.invited).toBe(3)
    expect(await outboxCount()).toBe(outbox + 3)
    const byEmail = new Map((await invitationsTo(A)).map((doc) => [doc.email, doc]))
    expect(byEmail.get(address('ada'))).toMatchObject({ name: 'Ada Lovelace', ward: 'North', role: 'councillor', status: 'pending' })
    expect(byEmail.get(address('jo'))).toMatchObject({ name: 'Smith, Jo', ward: 'East, Upper', role: 'candidate' })
    expect(byEmail.get(address('formula'))).toMatchObject({ name: '=HYPERLINK("http://evil.example")', ward: '@SUM(1)', role: 'councillor' })
    expect(byEmail.has('not-an-address')).toBe(false)
    expect(byEmail.has(address('odd'))).toBe(false)
  })

  it('the same file again invites nobody twice and sends no email', async () => {
    const before = { invitations: (await invitationsTo(A)).length, outbox: await outboxCount() }
    const response = await upload('adminA', A, 'confirm', file())
    expect(response.status).toBe(200)
    expect(response.json.invited).toBe(0)
    expect(problemOf(response, 2)).toMatch(/Already invited/)
    expect({ invitations: (await invitationsTo(A)).length, outbox: await outboxCount() }).toEqual(before)
  })

  it('reads semicolons and a byte-order mark, and role labels in any case', async () => {
    const response = await upload('adminA', A, 'preview', `\uFEFFName;Email;Role\r\nSiân Ŵyn;${address('sian')};TENANT ADMIN\r\n`)
    expect(response.status).toBe(200)
    expect(rowsOf(response)[0]).toMatchObject({ name: 'Siân Ŵyn', email: address('sian'), problem: null, role: 'tenant-admin' })
  })
})

describe('who may import where', () => {
  it('a tenant admin of another tenant is refused, whatever tenant id they send', async () => {
    const before = (await invitationsTo(A)).length
    const response = await upload('adminB', A, 'confirm', `email\n${address('sneaky')}\n`)
    expect(response.status).toBe(403)
    expect((await invitationsTo(A)).length).toBe(before)
  })

  it('an editor and an anonymous caller are refused; a malformed tenant id is a 400', async () => {
    expect((await upload('editorA', A, 'preview', `email\n${address('x')}\n`)).status).toBe(403)
    expect((await upload(null, A, 'preview', `email\n${address('x')}\n`)).status).toBe(401)
    expect((await upload('adminA', '1 OR 1=1', 'preview', `email\n${address('x')}\n`)).status).toBe(400)
  })

  it('a platform admin imports into any tenant', async () => {
    const response = await upload('platform', B, 'confirm', `email,name\n${address('pa-invited')},Pat\n`)
    expect(response.json.invited).toBe(1)
    expect((await invitationsTo(B)).map((doc) => doc.email)).toContain(address('pa-invited'))
  })
})

describe('bad files get one message', () => {
  const refused = async (content: string | Uint8Array) => {
    const response = await upload('adminA', A, 'preview', content)
    expect(response.status).toBe(400)
    return messageOf(response)
  }

  it('not CSV, not UTF-8, no email column, nobody in it', async () => {
    expect(await refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toMatch(/not a CSV file/)
    expect(await refused(new Uint8Array([...Buffer.from('name,email\nSi'), 0xe2, ...Buffer.from(`n,${address('latin1')}\n`)]))).toMatch(/not in UTF-8/)
    expect(await refused('name,mail\nAda,ada@example.org\n')).toMatch(/column headed “email” \(found: name, mail\)/)
    expect(await refused('email\n')).toMatch(/nobody in it/)
  })

  it('more than 500 rows, or more than 512 KB', async () => {
    const rows = Array.from({ length: 501 }, (_, i) => `p${i}-${suffix}@example.org`)
    expect(await refused(['email', ...rows].join('\n'))).toMatch(/501 rows; at most 500/)
    expect(await refused(`email\n${'a'.repeat(600 * 1024)}\n`)).toMatch(/largest accepted is 512 KB/)
  })

  it('no file at all', async () => {
    const response = await rest('POST', 'invitations/import', { token: tokens.adminA, query: { tenant: String(A.id), mode: 'preview' }, body: {} })
    expect(response.status).toBe(400)
  })
})

describe('allowed email domains', () => {
  let C: Tenant
  beforeAll(async () => {
    C = await createTenant(payload, { slug: `imp-c-${suffix}`, nation: 'england' })
    await payload.update({ collection: 'tenants', id: C.id, overrideAccess: true, data: { invitationEmailDomains: [{ domain: 'Council.Example.GOV.uk' }] } })
  })

  it('the setting is stored in lower case and refuses anything but a bare domain', async () => {
    const stored = await payload.findByID({ collection: 'tenants', id: C.id, overrideAccess: true, depth: 0 })
    expect(stored.invitationEmailDomains?.map((row) => row.domain)).toEqual(['council.example.gov.uk'])
    const errors = await fieldErrors(() => payload.update({ collection: 'tenants', id: C.id, overrideAccess: true, data: { invitationEmailDomains: [{ domain: '@example.org' }] } }))
    expect(errors[0]?.message).toMatch(/Leave out the "@"/)
  })

  it('an invitation outside them is refused with the reason, naming the setting', async () => {
    const errors = await fieldErrors(() =>
      payload.create({ collection: 'invitations', overrideAccess: true, data: { email: address('outside'), tenant: C.id, role: 'councillor', status: 'pending' } }),
    )
    expect(errors).toEqual([{ path: 'email', message: expect.stringMatching(/outside the allowed email domains \(council\.example\.gov\.uk\).*“Allowed email domains”/) as unknown as string }])
    const inside = await payload.create({ collection: 'invitations', overrideAccess: true, data: { email: `jo-${suffix}@COUNCIL.example.gov.uk`, tenant: C.id, role: 'councillor', status: 'pending' } })
    expect(inside.email).toBe(`jo-${suffix}@council.example.gov.uk`)
  })

  it('the import names the row outside them', async () => {
    const response = await upload('platform', C, 'preview', `email\n${address('outside')}\nsam-${suffix}@council.example.gov.uk\nsub-${suffix}@x.council.example.gov.uk\n`)
    expect(problemOf(response, 2)).toMatch(/outside the allowed email domains/)
    expect(problemOf(response, 3)).toBeNull()
    expect(problemOf(response, 4)).toMatch(/outside the allowed email domains/)
  })
})
