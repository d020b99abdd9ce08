import type { Payload } from 'payload'

import { baselineEngagementTemplates } from '@/seed/engagement'
import type { EngagementTemplate, Tenant } from '@/payload-types'

import { uniqueSuffix } from './payload'

type EngagementData = Omit<EngagementTemplate, 'id' | 'createdAt' | 'updatedAt' | 'tenant' | 'tailors'>

/** A complete template in English, built from the seeded text with a marker in the intro. */
export function templateData(audience: 'councillor' | 'candidate', marker: string): EngagementData {
  const seed = baselineEngagementTemplates.find((template) => template.audience === audience)
  if (!seed) throw new Error(`no seeded ${audience} template`)
  const text = seed.text.en
  return {
    audience,
    title: text.title,
    intro: `${marker} ${text.intro}`,
    rules: text.rules.map((rule) => ({ text: rule })),
    expectations: text.expectations,
    bioTemplates: text.bioTemplates.map((template) => ({ template })),
    _status: 'published',
  }
}

/**
 * Tenants for one test file, removed afterwards so that other files (the seed test counts
 * tenants) never see them. The int files share one database and run in any order, so the
 * baseline is used if the seed test already made it, or made here (and removed) if not.
 */
export class EngagementFixtures {
  private created: number[] = []
  private ownBaseline = false
  readonly suffix = uniqueSuffix()

  constructor(private readonly payload: Payload) {}

  async baseline(): Promise<Tenant> {
    const found = await this.payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, limit: 1, overrideAccess: true })
    const existing = found.docs[0]
    if (existing) return existing
    const created = await this.payload.create({
      collection: 'tenants',
      overrideAccess: true,
      data: { slug: `baseline-${this.suffix}`, kind: 'baseline', name: 'Test baseline', locales: ['en', 'cy', 'gd', 'ga'], defaultLocale: 'en', active: true },
    })
    this.created.push(created.id)
    this.ownBaseline = true
    return created
  }

  /** The baseline's published template for an audience, made here if there is none. */
  async baselineTemplate(audience: 'councillor' | 'candidate'): Promise<EngagementTemplate> {
    const baseline = await this.baseline()
    const found = await this.payload.find({
      collection: 'engagement-templates',
      where: { and: [{ tenant: { equals: baseline.id } }, { audience: { equals: audience } }] },
      limit: 1,
      locale: 'en',
      overrideAccess: true,
    })
    const existing = found.docs[0]
    if (existing) return existing
    return this.payload.create({
      collection: 'engagement-templates',
      overrideAccess: true,
      locale: 'en',
      data: { ...templateData(audience, 'BASELINE'), tenant: baseline.id },
    })
  }

  async tenant(name: string, overrides: Partial<Tenant> = {}): Promise<Tenant> {
    const created = await this.payload.create({
      collection: 'tenants',
      overrideAccess: true,
      locale: 'en',
      data: {
        slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${this.suffix}`,
        name,
        kind: 'council',
        nation: 'wales',
        locales: ['en', 'cy'],
        defaultLocale: 'en',
        active: true,
        ...overrides,
      },
    })
    this.created.push(created.id)
    return created
  }

  /** Deactivates and deletes every tenant made here (their templates go with them). */
  async cleanUp(): Promise<void> {
    for (const id of [...this.created].reverse()) {
      const data: Partial<Tenant> = { active: false }
      // The baseline cannot be deleted; a test-made one becomes a council first.
      if (this.ownBaseline && id === this.created[0]) Object.assign(data, { kind: 'council', nation: 'england' })
      await this.payload.update({ collection: 'tenants', id, data, overrideAccess: true })
      await this.payload.delete({ collection: 'tenants', id, overrideAccess: true })
    }
    this.created = []
  }
}
