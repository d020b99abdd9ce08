import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Tenant } from '@/payload-types'

import { EngagementFixtures, templateData } from '../helpers/engagementFixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let fixtures: EngagementFixtures
let council: Tenant

beforeAll(async () => {
  payload = await testPayload()
  fixtures = new EngagementFixtures(payload)
  council = await fixtures.tenant('Fitting Council', { nation: 'england', locales: ['en'] })
})

afterAll(async () => {
  await fixtures.cleanUp()
})

async function refusal(promise: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
  throw new Error('expected a ValidationError, but the write succeeded')
}

describe('a template whose bio cannot fit a platform is refused on save', () => {
  it('refuses a template that cannot fit TikTok, naming TikTok and the shortest length', async () => {
    const data = templateData('candidate', 'FIT')
    // 81 characters with a 30-character name: over TikTok's 80, within every other platform.
    data.bioTemplates = [{ template: '{name}, {role}. Messages read weekdays!' }, { template: '{name}, {role}. Messages read weekdays' }]
    const errors = await refusal(payload.create({ collection: 'engagement-templates', overrideAccess: true, data: { ...data, tenant: council.id } }))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.path).toBe('bioTemplates')
    expect(errors[0]?.message).toMatch(/TikTok \(limit 80\): the shortest variant comes to 8\d characters/)
    expect(errors[0]?.message).not.toMatch(/Instagram|Facebook/)
  })

  it('refuses variants that all need more than a name and role', async () => {
    const data = templateData('candidate', 'FIT')
    data.bioTemplates = [{ template: '{name}, {role}. Email {email}' }]
    const errors = await refusal(payload.create({ collection: 'engagement-templates', overrideAccess: true, data: { ...data, tenant: council.id } }))
    expect(errors[0]?.message).toMatch(/every variant needs more than a name and role/)
  })

  it('accepts a template with a short enough fallback, and saves drafts unchecked', async () => {
    const data = templateData('candidate', 'FIT')
    data.bioTemplates = [{ template: '{name}, {role}. Messages read weekdays, 9am to 5pm. Email {email}' }, { template: '{name}, {role}' }]
    const created = await payload.create({ collection: 'engagement-templates', overrideAccess: true, data: { ...data, tenant: council.id } })
    expect(created.id).toBeGreaterThan(0)
  })
})
