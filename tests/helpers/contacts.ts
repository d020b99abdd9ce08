import { ValidationError, type Payload } from 'payload'

import type { Tenant, User } from '@/payload-types'
import { seed } from '@/seed'

/**
 * The baseline tenant and its national contacts, seeded here by the first file that needs them
 * (seed.test.ts seeds a database of its own, so the shared one starts empty in any order).
 */
export async function ensureSeeded(payload: Payload): Promise<void> {
  const baseline = await payload.count({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true })
  if (baseline.totalDocs === 0) await seed(payload, { includeDemo: true, adminEmail: 'seed-admin@example.org' })
}

export async function createTenant(
  payload: Payload,
  fields: { slug: string; nation: NonNullable<Tenant['nation']>; locales?: Tenant['locales']; active?: boolean },
): Promise<Tenant> {
  return payload.create({
    collection: 'tenants',
    overrideAccess: true,
    locale: 'en',
    data: {
      name: `Test council ${fields.slug}`,
      slug: fields.slug,
      kind: 'council',
      nation: fields.nation,
      locales: fields.locales ?? ['en'],
      defaultLocale: 'en',
      active: fields.active ?? true,
    },
  })
}

export const PASSWORD = 'correct-horse-battery-staple'

export async function createMember(
  payload: Payload,
  email: string,
  memberships: { tenant: number; roles: ('tenant-admin' | 'editor' | 'officer' | 'councillor' | 'candidate')[] }[],
): Promise<User> {
  return payload.create({ collection: 'users', overrideAccess: true, data: { email, password: PASSWORD, tenants: memberships } })
}

/** The `Authorization` header of a logged-in user, for REST and GraphQL calls. */
export async function authHeader(payload: Payload, email: string): Promise<Record<string, string>> {
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  if (!token) throw new Error(`no token for ${email}`)
  return { Authorization: `JWT ${token}` }
}

/** The field errors of a Payload ValidationError (path and message), or [] when `action` succeeds. */
export async function fieldErrors(action: () => Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await action()
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
  return []
}
