/**
 * The Redis cache handler (cacheHandlerRedis.mjs) against a real redis-server started here: two
 * handler instances stand for two app processes, which share nothing but Redis (the module's one
 * client is Redis's only connection; the tag times live in Redis, not in the instances).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findFreePort } from '../../scripts/lib/ports'

type Handler = {
  get(key: string, ctx: Record<string, unknown>): Promise<{ lastModified: number; value: Record<string, unknown> } | null>
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}
type HandlerClass = new (ctx: Record<string, unknown>) => Handler

let redis: ChildProcess
let distDir: string
let RedisCache: HandlerClass
let helpers: {
  serialize(entry: unknown): string
  deserialize(text: string): unknown
  isNotFoundAnswer(data: unknown): boolean
}

let nodeFs: unknown

function handler(): Handler {
  return new RedisCache({ serverDistDir: distDir, fs: nodeFs, flushToDisk: false, revalidatedTags: [], maxMemoryCacheSize: 0 })
}

beforeAll(async () => {
  const port = await findFreePort(6391)
  distDir = mkdtempSync(path.join(os.tmpdir(), 'redis-cache-'))
  redis = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`
  process.env.REDIS_CACHE_PREFIX = `test-${Date.now()}:`
  const deadline = Date.now() + 10_000
  const { createClient } = await import('redis')
  for (;;) {
    const probe = createClient({ url: process.env.REDIS_URL, socket: { reconnectStrategy: false } })
    probe.on('error', () => undefined)
    try {
      await probe.connect()
      await probe.quit()
      break
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const loaded = (await import('../../cacheHandlerRedis.mjs')) as unknown as { default: HandlerClass } & typeof helpers
  RedisCache = loaded.default
  // Next's own file access, which the handler's read-only build seed goes through on a miss.
  nodeFs = ((await import('next/dist/server/lib/node-fs-methods.js')) as unknown as { nodeFs: unknown }).nodeFs
  helpers = loaded
}, 20_000)

afterAll(() => {
  redis?.kill('SIGTERM')
  rmSync(distDir, { recursive: true, force: true })
})

const page = (html: string, status = 200, tags = '_N_T_/layout,tenant:example') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc ${html}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags },
  status,
  postponed: undefined,
})

describe('the Redis cache handler', () => {
  it('keeps buffers and maps as they were', () => {
    const entry = { value: page('<p>x</p>') }
    const back = helpers.deserialize(helpers.serialize(entry)) as typeof entry
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true)
    expect(back.value.rscData.toString()).toBe('rsc <p>x</p>')
    expect(back.value.segmentData.get('/_tree')?.toString()).toBe('tree')
  })

  it('serves what one process stored to another', async () => {
    await handler().set('/a', page('<p>one</p>'), {})
    const seen = await handler().get('/a', { kind: 'APP_PAGE' })
    expect(seen?.value.html).toBe('<p>one</p>')
  })

  it('misses on every process once a tag of the entry expired on one', async () => {
    const [one, two] = [handler(), handler()]
    await one.set('/b', page('<p>b</p>', 200, 'tenant:b'), {})
    await one.set('/c', page('<p>c</p>', 200, 'tenant:c'), {})
    await new Promise((resolve) => setTimeout(resolve, 5))
    await two.revalidateTag(['tenant:b'], { expire: 0 })
    expect(await one.get('/b', { kind: 'APP_PAGE' })).toBeNull()
    expect((await one.get('/c', { kind: 'APP_PAGE' }))?.value.html).toBe('<p>c</p>')
    // Rendered again after the expiry: served again.
    await one.set('/b', page('<p>b2</p>', 200, 'tenant:b'), {})
    expect((await two.get('/b', { kind: 'APP_PAGE' }))?.value.html).toBe('<p>b2</p>')
  })

  it('expires data-cache entries by the tags they were stored with', async () => {
    const [one, two] = [handler(), handler()]
    await one.set('data-key', { kind: 'FETCH', data: { body: 'x', headers: {}, url: '' }, revalidate: false }, { fetchCache: true, tags: ['pages:example'] })
    expect(await two.get('data-key', { kind: 'FETCH', tags: [], softTags: [] })).not.toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await two.revalidateTag('pages:example')
    expect(await one.get('data-key', { kind: 'FETCH', tags: [], softTags: [] })).toBeNull()
  })

  it('never stores a "not found" answer, and storing one removes the page it replaces', async () => {
    const one = handler()
    await one.set('/gone', page('<p>here</p>'), {})
    await one.set('/gone', page('<p>not found</p>', 404), {})
    expect(await handler().get('/gone', { kind: 'APP_PAGE' })).toBeNull()
    await one.set('/never', page('<p>not found</p>', 404), {})
    expect(await handler().get('/never', { kind: 'APP_PAGE' })).toBeNull()
    expect(helpers.isNotFoundAnswer({ kind: 'APP_ROUTE', status: 404 })).toBe(true)
    expect(helpers.isNotFoundAnswer({ kind: 'FETCH', status: 404 })).toBe(false)
  })
})
