import type { Payload, PayloadRequest, TypedUser } from 'payload'

export type BaselineTenant = { id: number; slug: string }

/**
 * The national baseline tenant (exactly one tenant has `kind: baseline`; the tenants collection
 * refuses a second), or undefined before the seed has made it.
 *
 * - `req`: inside a hook, so the read joins the request's transaction;
 * - `user`: read as that user (dashboards, overrideAccess: false); without one it reads as the
 *   server, which is what seed, jobs and hooks need.
 */
export async function findBaselineTenant(
  payload: Payload,
  { req, user }: { req?: PayloadRequest; user?: TypedUser } = {},
): Promise<BaselineTenant | undefined> {
  const found = await payload.find({
    collection: 'tenants',
    where: { kind: { equals: 'baseline' } },
    limit: 1,
    depth: 0,
    select: { slug: true },
    ...(user ? { overrideAccess: false, user } : { overrideAccess: true }),
    ...(req ? { req } : {}),
  })
  const tenant = found.docs[0]
  return tenant ? { id: tenant.id, slug: tenant.slug } : undefined
}
