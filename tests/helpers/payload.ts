import type { Payload } from 'payload'

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
