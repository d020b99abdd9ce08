import { describe, expect, it } from 'vitest'

import { checkHealth, pendingMigrations } from '@/endpoints/health'

import { testPayload } from '../helpers/payload'

describe('/api/health', () => {
  it('reports ok and current on a migrated database', async () => {
    const payload = await testPayload()
    await expect(checkHealth(payload)).resolves.toEqual({ status: 200, body: { db: 'ok', migrations: 'current' } })
  })

  it('reports 503 with the names of pending migrations when one is not applied', async () => {
    const payload = await testPayload()
    const applied = await payload.find({ collection: 'payload-migrations', limit: 1, sort: '-createdAt', overrideAccess: true })
    const latest = applied.docs[0]
    expect(latest).toBeDefined()
    if (!latest) return
    // Forget the latest migration for a moment, as a database one release behind would look.
    await payload.delete({ collection: 'payload-migrations', id: latest.id, overrideAccess: true })
    try {
      expect(await pendingMigrations(payload)).toEqual([latest.name])
      const report = await checkHealth(payload)
      expect(report.status).toBe(503)
      expect(report.body).toMatchObject({ db: 'ok', migrations: 'pending' })
      expect('reason' in report.body && report.body.reason).toContain(latest.name)
    } finally {
      await payload.create({
        collection: 'payload-migrations',
        data: { name: latest.name, batch: latest.batch },
        overrideAccess: true,
      })
    }
    expect((await checkHealth(payload)).status).toBe(200)
  })
})
