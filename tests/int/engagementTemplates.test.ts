import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getEngagement } from '@/data/engagement'
import { resolveSite } from '@/data/site'
import type { EngagementTemplate, Tenant, User } from '@/payload-types'

import { EngagementFixtures, templateData } from '../helpers/engagementFixtures'
import { siteFor, testPayload } from '../helpers/payload'

let payload: Payload
let fixtures: EngagementFixtures
let baselineCouncillor: EngagementTemplate
let inheriting: Tenant
let tailoring: Tenant
let tailored: EngagementTemplate

async function validationErrors(promise: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
  throw new Error('expected a ValidationError, but the write succeeded')
}

beforeAll(async () => {
  payload = await testPayload()
  fixtures = new EngagementFixtures(payload)
  baselineCouncillor = await fixtures.baselineTemplate('councillor')
  await fixtures.baselineTemplate('candidate')
  inheriting = await fixtures.tenant('Inheriting Council')
  tailoring = await fixtures.tenant('Tailoring Council')
  tailored = await payload.create({
    collection: 'engagement-templates',
    overrideAccess: true,
    locale: 'en',
    data: { ...templateData('councillor', 'TAILORED'), tenant: tailoring.id },
  })
})

afterAll(async () => {
  await fixtures.cleanUp()
})

describe('engagement-templates validation', () => {
  it('refuses an unknown variable with a field error that names it', async () => {
    const data = templateData('candidate', 'X')
    data.bioTemplates = [{ template: 'Hello {name}, see {foo}' }]
    const errors = await validationErrors(payload.create({ collection: 'engagement-templates', overrideAccess: true, data: { ...data, tenant: inheriting.id } }))
    expect(errors).toEqual([{ path: 'bioTemplates.0.template', message: expect.stringContaining('{foo}') }])
  })

  it('refuses unbalanced braces, in expectations too', async () => {
    const data = templateData('candidate', 'X')
    data.expectations = { ...data.expectations, casework: 'Email me at {email' }
    const errors = await validationErrors(payload.create({ collection: 'engagement-templates', overrideAccess: true, data: { ...data, tenant: inheriting.id } }))
    expect(errors).toEqual([{ path: 'expectations.casework', message: expect.stringMatching(/brace is not matched/) }])
  })

  it('refuses bio variants that are not longest first', async () => {
    const data = templateData('candidate', 'X')
    data.bioTemplates = [{ template: '{name}' }, { template: '{name}, {role}. Email: {email}' }]
    const errors = await validationErrors(payload.create({ collection: 'engagement-templates', overrideAccess: true, data: { ...data, tenant: inheriting.id } }))
    expect(errors).toEqual([{ path: 'bioTemplates.1.template', message: expect.stringMatching(/longest first/) }])
  })

  it('refuses a second template for the same tenant and audience, as a draft too', async () => {
    const data = { ...templateData('councillor', 'DUPLICATE'), tenant: tailoring.id }
    const published = await validationErrors(payload.create({ collection: 'engagement-templates', overrideAccess: true, data }))
    expect(published).toEqual([{ path: 'audience', message: expect.stringMatching(/already has a councillor template/) }])
    const draft = await validationErrors(
      payload.create({ collection: 'engagement-templates', overrideAccess: true, draft: true, data: { ...data, _status: 'draft' } }),
    )
    expect(draft).toEqual([{ path: 'audience', message: expect.stringMatching(/already has a councillor template/) }])
  })

  it('sets tailors to the baseline template of the same audience, whatever the caller sends', async () => {
    const tailorsId = (value: EngagementTemplate['tailors']) => (typeof value === 'object' && value !== null ? value.id : value)
    expect(tailorsId(tailored.tailors)).toBe(baselineCouncillor.id)
    const updated = await payload.update({
      collection: 'engagement-templates',
      id: tailored.id,
      overrideAccess: true,
      data: { tailors: tailored.id },
      depth: 0,
    })
    expect(tailorsId(updated.tailors)).toBe(baselineCouncillor.id)
    expect(baselineCouncillor.tailors ?? null).toBeNull()
  })
})

describe('engagement-templates access', () => {
  let editor: User
  let otherTenant: Tenant

  beforeAll(async () => {
    otherTenant = await fixtures.tenant('Other Council', { nation: 'england', locales: ['en'] })
    editor = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `editor-${fixtures.suffix}@example.org`, password: 'a-long-test-password-1', tenants: [{ tenant: tailoring.id, roles: ['editor'] }] },
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'users', id: editor.id, overrideAccess: true })
  })

  it('lets an editor update their own tenant\u2019s template but not another\u2019s', async () => {
    const own = await payload.update({
      collection: 'engagement-templates',
      id: tailored.id,
      user: editor,
      overrideAccess: false,
      locale: 'en',
      data: { intro: 'TAILORED edited by the editor' },
    })
    expect(own.intro).toBe('TAILORED edited by the editor')
    await expect(
      payload.update({ collection: 'engagement-templates', id: baselineCouncillor.id, user: editor, overrideAccess: false, data: { intro: 'hijack' } }),
    ).rejects.toThrow()
  })

  it('refuses an editor creating a template in a tenant they do not belong to', async () => {
    await expect(
      payload.create({
        collection: 'engagement-templates',
        user: editor,
        overrideAccess: false,
        data: { ...templateData('candidate', 'INTRUDER'), tenant: otherTenant.id },
      }),
    ).rejects.toThrow()
    const count = await payload.count({ collection: 'engagement-templates', where: { tenant: { equals: otherTenant.id } }, overrideAccess: true })
    expect(count.totalDocs).toBe(0)
  })
})

describe('public reads and inheritance', () => {
  it('gives a tenant without its own template the baseline\u2019s', async () => {
    const view = await getEngagement(await siteFor(inheriting.slug, 'en'), 'councillor')
    expect(view).toMatchObject({ id: baselineCouncillor.id, inherited: true, intro: baselineCouncillor.intro })
  })

  it('gives a tailoring tenant its own template, and only its own', async () => {
    const view = await getEngagement(await siteFor(tailoring.slug, 'en'), 'councillor')
    expect(view).toMatchObject({ id: tailored.id, inherited: false })
    expect(view?.intro).toMatch(/^TAILORED/)
    // The other audience is still inherited.
    expect((await getEngagement(await siteFor(tailoring.slug, 'en'), 'candidate'))?.inherited).toBe(true)
    // Nobody else sees the tailoring tenant's text.
    expect((await getEngagement(await siteFor(inheriting.slug, 'en'), 'councillor'))?.intro).not.toMatch(/TAILORED/)
  })

  it('shows the public only published templates: a draft-only template is invisible and the baseline shows instead', async () => {
    const draftOnly = await payload.create({
      collection: 'engagement-templates',
      overrideAccess: true,
      draft: true,
      locale: 'en',
      data: { ...templateData('candidate', 'DRAFT-ONLY'), _status: 'draft', tenant: inheriting.id },
    })
    const anonymous = await payload.find({ collection: 'engagement-templates', overrideAccess: false, where: { tenant: { equals: inheriting.id } } })
    expect(anonymous.docs).toEqual([])
    const asDraft = await payload.find({ collection: 'engagement-templates', overrideAccess: false, draft: true, where: { id: { equals: draftOnly.id } } })
    expect(asDraft.docs).toEqual([])
    const view = await getEngagement(await siteFor(inheriting.slug, 'en'), 'candidate')
    expect(view?.inherited).toBe(true)
    expect(view?.intro).not.toMatch(/DRAFT-ONLY/)
  })

  it('keeps the published text public while a newer draft waits', async () => {
    await payload.update({
      collection: 'engagement-templates',
      id: tailored.id,
      overrideAccess: true,
      draft: true,
      locale: 'en',
      data: { intro: 'UNPUBLISHED DRAFT' },
    })
    const view = await getEngagement(await siteFor(tailoring.slug, 'en'), 'councillor')
    expect(view?.intro).toMatch(/^TAILORED/)
  })

  it('returns nothing for an inactive tenant, an unknown tenant or a locale the tenant has not enabled', async () => {
    const dormant = await fixtures.tenant('Dormant Council', { active: false })
    await payload.create({
      collection: 'engagement-templates',
      overrideAccess: true,
      locale: 'en',
      data: { ...templateData('councillor', 'DORMANT'), tenant: dormant.id },
    })
    expect(await resolveSite({ tenant: dormant.slug, locale: 'en' })).toBeNull()
    const anonymous = await payload.find({ collection: 'engagement-templates', overrideAccess: false, where: { tenant: { equals: dormant.id } } })
    expect(anonymous.docs).toEqual([])
    expect(await resolveSite({ tenant: `no-such-tenant-${fixtures.suffix}`, locale: 'en' })).toBeNull()
    expect(await resolveSite({ tenant: inheriting.slug, locale: 'gd' })).toBeNull()
  })
})
