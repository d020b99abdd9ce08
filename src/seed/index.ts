import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { indexMissingPages } from '@/collections/Pages/search/indexPage'
import { locales, type Locale } from '@/i18n/locales'

import { baselineEngagementTemplates, type EngagementText, type SeedEngagementTemplate } from './engagement'
import { demoContacts, nationalContacts, type SeedContact } from './contacts'
import { demoMembersPages } from './demoMembersPages'
import { baselineTenant, demoTenants, type SeedTenant } from './tenants'
import { releaseBaselinePages, type ReleaseReport } from './release'
import { ensureSearchSynonyms } from './searchSynonyms'
import { writeSeedPage } from './toolkit/writePage'
import type { SeedPage } from './toolkit/types'
import { enableTwoFactorWithSecret } from '@/collections/TwoFactorCredentials/service'

export type SeedOptions = {
  includeDemo: boolean
  adminEmail: string
  /** When unset and no platform admin exists, a random password is generated and returned once. */
  adminPassword?: string
  /** A base32 TOTP secret: the new admin's two-step sign-in is on with it (test runs; otherwise they set it up at first sign-in). */
  adminTotpSecret?: string
}

export type SeedReport = {
  createdTenants: string[]
  createdPages: string[]
  /** The national pages: created, brought up to date, or held for a platform admin's review. */
  release: ReleaseReport
  /** Audiences whose baseline engagement template was created by this run. */
  createdEngagementTemplates: string[]
  /** "tenant-slug: label" of each contact created by this run. */
  createdContacts: string[]
  admin: { email: string; created: boolean; generatedPassword?: string }
}

async function ensureTenant(payload: Payload, seed: SeedTenant): Promise<boolean> {
  const existing = await payload.count({
    collection: 'tenants',
    where: { slug: { equals: seed.slug } },
    overrideAccess: true,
  })
  // Never overwrite: an editor may have changed the tenant since it was first seeded.
  if (existing.totalDocs > 0) return false

  const { demo: _demo, name, branding, ...fields } = seed
  const created = await payload.create({
    collection: 'tenants',
    locale: 'en',
    overrideAccess: true,
    data: {
      ...fields,
      name: name.en,
      branding: {
        primaryColour: branding.primaryColour,
        accentColour: branding.accentColour,
        shortName: branding.shortName?.en,
      },
    },
  })
  for (const locale of otherLocales) {
    const localisedName = name[locale]
    if (!localisedName) continue
    await payload.update({
      collection: 'tenants',
      id: created.id,
      locale,
      overrideAccess: true,
      data: { name: localisedName, branding: { shortName: branding.shortName?.[locale] } },
    })
  }
  return true
}

function engagementData(text: EngagementText, reviewed: boolean) {
  return {
    title: text.title,
    intro: text.intro,
    rules: text.rules.map((rule) => ({ text: rule })),
    expectations: text.expectations,
    bioTemplates: text.bioTemplates.map((template) => ({ template })),
    translationReview: reviewed ? ('reviewed' as const) : ('awaiting-review' as const),
  }
}

/** The baseline's template for one audience, in every locale, unless one exists already. */
async function ensureEngagementTemplate(payload: Payload, seed: SeedEngagementTemplate): Promise<boolean> {
  const baseline = await payload.find({
    collection: 'tenants',
    where: { slug: { equals: baselineTenant.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const tenant = baseline.docs[0]
  if (!tenant) return false
  const existing = await payload.count({
    collection: 'engagement-templates',
    where: { and: [{ tenant: { equals: tenant.id } }, { audience: { equals: seed.audience } }] },
    overrideAccess: true,
  })
  // Never overwrite: a platform admin may have edited the national wording since.
  if (existing.totalDocs > 0) return false

  const created = await payload.create({
    collection: 'engagement-templates',
    locale: 'en',
    overrideAccess: true,
    draft: false,
    data: { tenant: tenant.id, audience: seed.audience, _status: 'published', ...engagementData(seed.text.en, true) },
  })
  for (const locale of otherLocales) {
    await payload.update({
      collection: 'engagement-templates',
      id: created.id,
      locale,
      overrideAccess: true,
      draft: false,
      data: { _status: 'published', ...engagementData(seed.text[locale], !seed.awaitingReview.includes(locale)) },
    })
  }
  return true
}

const otherLocales = locales.filter((code): code is Exclude<Locale, 'en'> => code !== 'en')

/** Creates the contacts of one tenant that are missing, keyed by tenant + kind + English label. */
async function tenantIdBySlug(payload: Payload, slug: string): Promise<number | undefined> {
  const tenants = await payload.find({ collection: 'tenants', where: { slug: { equals: slug } }, overrideAccess: true, depth: 0, limit: 1 })
  return tenants.docs[0]?.id
}

async function ensureContacts(payload: Payload, tenantSlug: string, contacts: SeedContact[]): Promise<string[]> {
  const tenantId = await tenantIdBySlug(payload, tenantSlug)
  if (tenantId === undefined) return []
  const created: string[] = []
  for (const contact of contacts) {
    const existing = await payload.count({
      collection: 'contacts',
      locale: 'en',
      overrideAccess: true,
      where: {
        and: [{ tenant: { equals: tenantId } }, { kind: { equals: contact.kind } }, { label: { equals: contact.label.en } }],
      },
    })
    // Never overwrite: an editor may have changed or verified the contact since.
    if (existing.totalDocs > 0) continue
    const doc = await payload.create({
      collection: 'contacts',
      locale: 'en',
      overrideAccess: true,
      data: {
        tenant: tenantId,
        kind: contact.kind,
        label: contact.label.en,
        organisation: contact.organisation?.en,
        hours: contact.hours?.en,
        notes: contact.notes?.en,
        phone: contact.phone,
        email: contact.email,
        url: contact.url,
        audience: contact.audience ?? 'public',
        nations: contact.nations ?? [],
        order: contact.order ?? 0,
      },
    })
    for (const locale of otherLocales) {
      const translated = {
        label: contact.label[locale],
        organisation: contact.organisation?.[locale],
        hours: contact.hours?.[locale],
        notes: contact.notes?.[locale],
      }
      if (Object.values(translated).every((value) => value === undefined)) continue
      await payload.update({ collection: 'contacts', id: doc.id, locale, overrideAccess: true, data: translated })
    }
    created.push(`${tenantSlug}: ${contact.label.en}`)
  }
  return created
}

async function ensurePlatformAdmin(payload: Payload, options: SeedOptions): Promise<SeedReport['admin']> {
  const admins = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'platform-admin' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const existing = admins.docs[0]
  if (existing) return { email: existing.email, created: false }

  const generatedPassword = options.adminPassword ? undefined : randomBytes(18).toString('base64url')
  const admin = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email: options.adminEmail,
      password: options.adminPassword ?? generatedPassword,
      name: 'Platform admin',
      roles: ['platform-admin'],
    },
  })
  if (options.adminTotpSecret) await enableTwoFactorWithSecret(payload, admin.id, options.adminTotpSecret)
  return { email: options.adminEmail, created: true, generatedPassword }
}

/** A demo tenant's own page, unless one with its slug exists already. */
async function ensureSeedPage(payload: Payload, tenantId: number, page: SeedPage, audience: 'public' | 'members' = 'public'): Promise<boolean> {
  const existing = await payload.count({
    collection: 'pages',
    where: { and: [{ tenant: { equals: tenantId } }, { slug: { equals: page.slug } }] },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return false
  await writeSeedPage(payload, { tenant: tenantId }, page, audience)
  return true
}

/**
 * Creates what a fresh portal needs: the baseline tenant with its national toolkit pages,
 * contacts and rules-of-engagement templates, the demo tenants and their contacts (unless turned
 * off) and a platform admin. Idempotent: anything that already exists is left exactly as it is.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const createdTenants: string[] = []
  const wanted = [baselineTenant, ...(options.includeDemo ? demoTenants : [])]
  for (const tenant of wanted) {
    if (await ensureTenant(payload, tenant)) createdTenants.push(tenant.slug)
  }
  const release = await releaseBaselinePages(payload)
  const createdPages = [...release.created]
  const createdEngagementTemplates: string[] = []
  for (const template of baselineEngagementTemplates) {
    if (await ensureEngagementTemplate(payload, template)) createdEngagementTemplates.push(template.audience)
  }
  const createdContacts = await ensureContacts(payload, baselineTenant.slug, nationalContacts)
  if (options.includeDemo) {
    for (const [slug, contacts] of Object.entries(demoContacts)) createdContacts.push(...(await ensureContacts(payload, slug, contacts)))
    for (const [slug, pages] of Object.entries(demoMembersPages)) {
      const tenant = await tenantIdBySlug(payload, slug)
      if (tenant === undefined) continue
      for (const page of pages) if (await ensureSeedPage(payload, tenant, page, 'members')) createdPages.push(`${slug}/${page.slug}`)
    }
  }
  const admin = await ensurePlatformAdmin(payload, options)
  await ensureSearchSynonyms(payload)
  // Pages published before search existed (hooks index every publish since).
  await indexMissingPages(payload)
  return { createdTenants, createdPages, release, createdEngagementTemplates, createdContacts, admin }
}
