import type { Payload } from 'payload'

import { resolveSite, type Site } from '@/data/site'

let instance: Promise<Payload> | undefined

/**
 * The Payload instance for integration tests, on the throwaway database that the int global
 * setup created and migrated (DATABASE_URL is set before any test file loads the config).
 */
export function testPayload(): Promise<Payload> {
  instance ??= (async () => {
    const { getPayload } = await import('payload')
    const { default: config } = await import('@payload-config')
    return getPayload({ config })
  })()
  return instance
}

/** A short unique suffix, so tests sharing one database never collide on slugs or emails. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

export type FieldError = { path: string; message: string }

/** The field errors of a rejected Payload write (a ValidationError), or [] if it did not fail so. */
export async function fieldErrors(write: Promise<unknown>): Promise<FieldError[]> {
  try {
    await write
  } catch (error) {
    const data = (error as { data?: { errors?: FieldError[] } }).data
    if (Array.isArray(data?.errors)) return data.errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
  throw new Error('Expected the write to be refused, but it succeeded')
}

/** The site a request for `/{tenant}/{locale}` resolves to, through the real door; throws when there is none. */
export async function siteFor(tenant: string, locale: string): Promise<Site> {
  const site = await resolveSite({ tenant, locale })
  if (!site) throw new Error(`/${tenant}/${locale} names no site`)
  return site
}
