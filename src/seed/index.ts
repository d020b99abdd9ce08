import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'

import { demoContacts, nationalContacts, type SeedContact } from './contacts'
import { baselineTenant, demoTenants, type SeedTenant } from './tenants'

export type SeedOptions = {
  includeDemo: boolean
  adminEmail: string
  /** When unset and no platform admin exists, a random password is generated and returned once. */
  adminPassword?: string
}

export type SeedReport = {
  createdTenants: string[]
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

const otherLocales = locales.filter((code): code is Exclude<Locale, 'en'> => code !== 'en')

/** Creates the contacts of one tenant that are missing, keyed by tenant + kind + English label. */
async function ensureContacts(payload: Payload, tenantSlug: string, contacts: SeedContact[]): Promise<string[]> {
  const tenants = await payload.find({
    collection: 'tenants',
    where: { slug: { equals: tenantSlug } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
  })
  const tenant = tenants.docs[0]
  if (!tenant) return []
  const created: string[] = []
  for (const contact of contacts) {
    const existing = await payload.count({
      collection: 'contacts',
      locale: 'en',
      overrideAccess: true,
      where: {
        and: [{ tenant: { equals: tenant.id } }, { kind: { equals: contact.kind } }, { label: { equals: contact.label.en } }],
      },
    })
    // Never overwrite: an editor may have changed or verified the contact since.
    if (existing.totalDocs > 0) continue
    const doc = await payload.create({
      collection: 'contacts',
      locale: 'en',
      overrideAccess: true,
      data: {
        tenant: tenant.id,
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
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email: options.adminEmail,
      password: options.adminPassword ?? generatedPassword,
      name: 'Platform admin',
      roles: ['platform-admin'],
    },
  })
  return { email: options.adminEmail, created: true, generatedPassword }
}

/**
 * Creates what a fresh portal needs: the baseline tenant and its national contacts, the demo
 * tenants and their contacts (unless turned off) and a platform admin. Idempotent: anything that
 * already exists is left exactly as it is.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const createdTenants: string[] = []
  const wanted = [baselineTenant, ...(options.includeDemo ? demoTenants : [])]
  for (const tenant of wanted) {
    if (await ensureTenant(payload, tenant)) createdTenants.push(tenant.slug)
  }
  const createdContacts = await ensureContacts(payload, baselineTenant.slug, nationalContacts)
  if (options.includeDemo) {
    for (const [slug, contacts] of Object.entries(demoContacts)) createdContacts.push(...(await ensureContacts(payload, slug, contacts)))
  }
  const admin = await ensurePlatformAdmin(payload, options)
  return { createdTenants, createdContacts, admin }
}
