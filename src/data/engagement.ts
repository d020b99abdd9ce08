import path from 'node:path'

import { engagementAudiences, type EngagementAudience } from '@/collections/EngagementTemplates/audiences'
import { isLocale, type Locale } from '@/i18n/locales'
import type { EngagementTemplate, Media, Tenant } from '@/payload-types'

import { cachedRead } from './cache'
import { cacheTags } from './cacheTags'
import { payloadClient } from './payload'

export type EngagementTenant = {
  id: number
  slug: string
  name: string
  locales: Locale[]
  branding: {
    primaryColour: string | null
    accentColour: string | null
    /** The logo file on this server's disk, for embedding (never fetched over the network). */
    logo: { file: string; mimeType: string; alt: string } | null
  }
}

export type EngagementContent = {
  id: number
  audience: EngagementAudience
  title: string
  intro: string
  rules: string[]
  expectations: { readingTimes: string | null; replies: string | null; casework: string | null }
  /** Longest first: the full bio, then shorter variants. */
  bioTemplates: string[]
  /** `awaiting-review`: a drafted translation that a speaker has not checked yet. */
  translationReview: 'reviewed' | 'awaiting-review'
  /** True when the tenant has no template of its own and shows the baseline's. */
  inherited: boolean
}

export type EngagementView = { tenant: EngagementTenant; template: EngagementContent | null }

export function isEngagementAudience(value: unknown): value is EngagementAudience {
  return typeof value === 'string' && (engagementAudiences as readonly string[]).includes(value)
}

function logoOf(tenant: Tenant, staticDir: string | undefined): EngagementTenant['branding']['logo'] {
  const logo = tenant.branding?.logo
  if (!logo || typeof logo === 'number' || !staticDir) return null
  const media = logo as Media
  if (!media.filename || !media.mimeType) return null
  // basename: a stored filename is Payload's own, but a path must never climb out of staticDir.
  return { file: path.join(staticDir, path.basename(media.filename)), mimeType: media.mimeType, alt: media.alt }
}

export function contentOf(doc: EngagementTemplate, inherited: boolean): EngagementContent {
  return {
    id: doc.id,
    audience: doc.audience,
    title: doc.title,
    intro: doc.intro,
    rules: (doc.rules ?? []).map((rule) => rule.text).filter(Boolean),
    expectations: {
      readingTimes: doc.expectations?.readingTimes ?? null,
      replies: doc.expectations?.replies ?? null,
      casework: doc.expectations?.casework ?? null,
    },
    bioTemplates: (doc.bioTemplates ?? []).map((row) => row.template).filter(Boolean),
    translationReview: doc.translationReview === 'awaiting-review' ? 'awaiting-review' : 'reviewed',
    inherited,
  }
}

async function readEngagement(tenantSlug: string, locale: Locale, audience: EngagementAudience): Promise<EngagementView | null> {
  const payload = await payloadClient()
  // Read as the anonymous public: access rules decide what is visible (active tenants,
  // published templates); the query only narrows to what this page shows.
  const tenants = await payload.find({
    collection: 'tenants',
    overrideAccess: false,
    where: { slug: { equals: tenantSlug } },
    locale,
    fallbackLocale: 'en',
    depth: 1,
    limit: 1,
  })
  const tenant = tenants.docs[0]
  if (!tenant || !tenant.active || !(tenant.locales ?? []).includes(locale)) return null

  const findTemplate = async (where: { tenant: number } | { baseline: true }) => {
    const found = await payload.find({
      collection: 'engagement-templates',
      overrideAccess: false,
      draft: false,
      where: {
        and: [
          'tenant' in where ? { tenant: { equals: where.tenant } } : { 'tenant.kind': { equals: 'baseline' } },
          { audience: { equals: audience } },
        ],
      },
      locale,
      fallbackLocale: 'en',
      depth: 0,
      limit: 1,
    })
    return found.docs[0]
  }

  const own = await findTemplate({ tenant: tenant.id })
  const template = own ?? (tenant.kind === 'baseline' ? undefined : await findTemplate({ baseline: true }))
  const staticDir = payload.collections.media?.config.upload.staticDir

  return {
    tenant: {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      locales: (tenant.locales ?? []).filter(isLocale),
      branding: {
        primaryColour: tenant.branding?.primaryColour ?? null,
        accentColour: tenant.branding?.accentColour ?? null,
        logo: logoOf(tenant, staticDir),
      },
    },
    template: template ? contentOf(template, !own) : null,
  }
}

/**
 * The rules of engagement a tenant shows in one locale for one audience: its own published
 * template, else the baseline's. `null` for an unknown or inactive tenant, or a locale the
 * tenant has not enabled (the caller answers 404). Tags: the tenant, its templates, and the
 * baseline's templates (a baseline change reaches every tenant that inherits it).
 */
export async function getEngagement(tenantSlug: string, locale: string, audience: string): Promise<EngagementView | null> {
  if (!isLocale(locale) || !isEngagementAudience(audience) || !/^[a-z0-9-]{1,63}$/.test(tenantSlug)) return null
  return cachedRead(
    () => readEngagement(tenantSlug, locale, audience),
    ['engagement', tenantSlug, locale, audience],
    [cacheTags.tenant(tenantSlug), cacheTags.engagementTemplates(tenantSlug), cacheTags.engagementBaseline],
  )
}
