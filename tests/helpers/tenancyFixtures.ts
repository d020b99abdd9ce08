/**
 * Tenants, users and documents for the tenancy access tests, created once per test file with
 * `overrideAccess: true`. Every slug, email and marker carries one unique suffix, so files that
 * share the database never collide, and `cleanup()` removes exactly what this file made (other
 * int tests, e.g. the seed test, count tenants and platform admins).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, Where } from 'payload'
import sharp from 'sharp'

import type { EmailOutbox, Media, Tenant, User } from '@/payload-types'

import type { Role } from './accessExpectations'
import { testPayload, uniqueSuffix } from './payload'

export const FIXTURE_PASSWORD = 'fixture-password-4821'

export type TenantKey = 'A' | 'B' | 'C' | 'baseline'
export type TenantRoleName = 'tenant-admin' | 'editor' | 'councillor'

/** A user as the Local API wants it in `user` (the `collection` is what Payload's auth sets). */
export type AuthUser = User & { collection: 'users' }

export type Actor = { email: string; password: string; user: AuthUser; token: string }

export const userKeys = [
  'councillorA',
  'editorA',
  'tenantAdminA',
  'platformAdmin',
  'councillorB',
  'editorB',
  'tenantAdminB',
  'memberA',
  'memberB',
] as const
export type UserKey = (typeof userKeys)[number]

export type TenancyFixtures = {
  payload: Payload
  suffix: string
  tenants: Record<TenantKey, Tenant>
  /** Whether this file created the baseline (then cleanup removes it). */
  createdBaseline: boolean
  users: Record<UserKey, Actor>
  media: Record<'A' | 'B' | 'baseline' | 'C', Media>
  outbox: EmailOutbox
  png: Buffer
  /** The actor of a matrix role; undefined for anonymous. */
  actor(role: Role): Actor | undefined
  /** A fresh unique string carrying this file's suffix. */
  marker(label: string): string
  cleanup(): Promise<void>
}

const roleActor: Record<Exclude<Role, 'anonymous'>, UserKey> = {
  councillor: 'councillorA',
  editor: 'editorA',
  'tenant-admin': 'tenantAdminA',
  'platform-admin': 'platformAdmin',
}

/** A 1×1 PNG, made in code. */
export function makePng(): Promise<Buffer> {
  return sharp({ create: { width: 1, height: 1, channels: 3, background: '#1d4f91' } }).png().toBuffer()
}

export function pngFile(png: Buffer, name = 'x.png'): { data: Buffer; mimetype: string; name: string; size: number } {
  return { data: png, mimetype: 'image/png', name, size: png.length }
}

export async function createMediaDoc(payload: Payload, png: Buffer, tenant: number, alt: string): Promise<Media> {
  return payload.create({
    collection: 'media',
    data: { alt, tenant },
    file: pngFile(png, `${alt.replace(/[^a-z0-9-]/gi, '-')}.png`),
    overrideAccess: true,
  })
}

export type Membership = { tenant: number; roles: TenantRoleName[] }

export async function createUserDoc(
  payload: Payload,
  email: string,
  memberships: Membership[],
  options: { platformAdmin?: boolean; password?: string; name?: string } = {},
): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email,
      password: options.password ?? FIXTURE_PASSWORD,
      name: options.name ?? email,
      roles: options.platformAdmin ? ['platform-admin'] : [],
      tenants: memberships,
    },
    overrideAccess: true,
  })
}

export async function authUser(payload: Payload, id: number): Promise<AuthUser> {
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return { ...user, collection: 'users' }
}

/** Logs in through the Local API and returns the JWT for `Authorization: JWT …`. */
export async function loginToken(payload: Payload, email: string, password = FIXTURE_PASSWORD): Promise<string> {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  if (!result.token) throw new Error(`login of ${email} returned no token`)
  return result.token
}

export async function createActor(payload: Payload, email: string, memberships: Membership[], platformAdmin = false): Promise<Actor> {
  const created = await createUserDoc(payload, email, memberships, { platformAdmin })
  const token = await loginToken(payload, email)
  // Read back after login: login adds the session that the token refers to.
  return { email, password: FIXTURE_PASSWORD, user: await authUser(payload, created.id), token }
}

async function createTenant(payload: Payload, data: { name: string; slug: string; kind: Tenant['kind']; active: boolean }): Promise<Tenant> {
  return payload.create({
    collection: 'tenants',
    data: {
      ...data,
      nation: data.kind === 'baseline' ? null : 'england',
      locales: ['en'],
      defaultLocale: 'en',
    },
    overrideAccess: true,
  })
}

/** Deletes a tenant made by the tests: a tenant must be inactive (and not the baseline) to be deleted. */
export async function removeTenant(payload: Payload, id: number): Promise<void> {
  await payload.update({
    collection: 'tenants',
    id,
    data: { kind: 'council', nation: 'england', active: false },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'tenants', id, overrideAccess: true })
}

async function sweep(payload: Payload, suffix: string, baselineToRemove: number | undefined): Promise<void> {
  const problems: string[] = []
  const attempt = async (what: string, work: () => Promise<unknown>): Promise<void> => {
    try {
      await work()
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const like: (field: string) => Where = (field) => ({ [field]: { like: suffix } })
  await attempt('users', () => payload.delete({ collection: 'users', where: like('email'), overrideAccess: true }))
  await attempt('email-outbox', () => payload.delete({ collection: 'email-outbox', where: like('subject'), overrideAccess: true }))
  await attempt('media', () => payload.delete({ collection: 'media', where: like('alt'), overrideAccess: true }))
  const tenants = await payload.find({
    collection: 'tenants',
    where: like('slug'),
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const tenant of tenants.docs) {
    await attempt(`tenant ${tenant.slug}`, () => removeTenant(payload, tenant.id))
  }
  if (baselineToRemove !== undefined && !tenants.docs.some((tenant) => tenant.id === baselineToRemove)) {
    await attempt('baseline', () => removeTenant(payload, baselineToRemove))
  }
  if (problems.length > 0) throw new Error(`Fixture cleanup left data behind:\n${problems.join('\n')}`)
}

export async function createTenancyFixtures(): Promise<TenancyFixtures> {
  // Uploads go to a throwaway directory, not the repository's ./media (read when the config
  // loads, so set before the first testPayload() of this file).
  const ownMediaDir = process.env.MEDIA_DIR ? undefined : mkdtempSync(path.join(os.tmpdir(), 'portal-int-media-'))
  if (ownMediaDir) process.env.MEDIA_DIR = ownMediaDir
  const payload = await testPayload()
  const suffix = uniqueSuffix()
  let counter = 0
  const marker = (label: string): string => `${label}-${suffix}-${(counter += 1)}`
  const png = await makePng()

  const existingBaseline = await payload.find({
    collection: 'tenants',
    where: { kind: { equals: 'baseline' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const baselineFound = existingBaseline.docs[0]
  const A = await createTenant(payload, { name: `Council A ${suffix}`, slug: `acc-a-${suffix}`, kind: 'council', active: true })
  const B = await createTenant(payload, { name: `Council B ${suffix}`, slug: `acc-b-${suffix}`, kind: 'council', active: true })
  const C = await createTenant(payload, { name: `Council C ${suffix}`, slug: `acc-c-${suffix}`, kind: 'council', active: false })
  const baseline =
    baselineFound ?? (await createTenant(payload, { name: `Baseline ${suffix}`, slug: `acc-baseline-${suffix}`, kind: 'baseline', active: true }))

  const email = (label: string): string => `${label}-${suffix}@example.org`
  const users: Record<UserKey, Actor> = {
    councillorA: await createActor(payload, email('councillor-a'), [{ tenant: A.id, roles: ['councillor'] }]),
    editorA: await createActor(payload, email('editor-a'), [{ tenant: A.id, roles: ['editor'] }]),
    tenantAdminA: await createActor(payload, email('tenant-admin-a'), [{ tenant: A.id, roles: ['tenant-admin'] }]),
    platformAdmin: await createActor(payload, email('platform-admin'), [], true),
    councillorB: await createActor(payload, email('councillor-b'), [{ tenant: B.id, roles: ['councillor'] }]),
    editorB: await createActor(payload, email('editor-b'), [{ tenant: B.id, roles: ['editor'] }]),
    tenantAdminB: await createActor(payload, email('tenant-admin-b'), [{ tenant: B.id, roles: ['tenant-admin'] }]),
    memberA: await createActor(payload, email('member-a'), [{ tenant: A.id, roles: ['councillor'] }]),
    memberB: await createActor(payload, email('member-b'), [{ tenant: B.id, roles: ['councillor'] }]),
  }

  const media = {
    A: await createMediaDoc(payload, png, A.id, `media-a-${suffix}`),
    B: await createMediaDoc(payload, png, B.id, `media-b-${suffix}`),
    baseline: await createMediaDoc(payload, png, baseline.id, `media-baseline-${suffix}`),
    C: await createMediaDoc(payload, png, C.id, `media-c-${suffix}`),
  }
  const outbox = await payload.create({
    collection: 'email-outbox',
    data: { to: email('outbox-to'), from: 'portal@example.org', subject: `outbox-${suffix}`, text: 'fixture' },
    overrideAccess: true,
  })

  const createdBaseline = baselineFound === undefined
  return {
    payload,
    suffix,
    tenants: { A, B, C, baseline },
    createdBaseline,
    users,
    media,
    outbox,
    png,
    actor: (role) => (role === 'anonymous' ? undefined : users[roleActor[role]]),
    marker,
    cleanup: async () => {
      await sweep(payload, suffix, createdBaseline ? baseline.id : undefined)
      if (ownMediaDir) {
        rmSync(ownMediaDir, { recursive: true, force: true })
        delete process.env.MEDIA_DIR
      }
    },
  }
}
