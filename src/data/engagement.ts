import path from 'node:path'

import type { Where } from 'payload'

import { cacheTags, scopedReadTags } from '@/cache/tags'
import { engagementAudiences, type EngagementAudience } from '@/collections/EngagementTemplates/audiences'
import { serverEnv } from '@/env'
import { defaultLocale } from '@/i18n/locales'
import type { EngagementTemplate } from '@/payload-types'
import { readMediaObject } from '@/storage/media'
import { s3LocationFromEnv } from '@/storage/s3'

import { cachedRead } from './cache'
import { payloadClient } from './payload'
import type { Site, TenantSite } from './site'

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

export function isEngagementAudience(value: unknown): value is EngagementAudience {
  return typeof value === 'string' && (engagementAudiences as readonly string[]).includes(value)
}

/**
 * The tenant's logo, for embedding in the infographic (never fetched by URL): a file on this
 * server's disk, or its bytes from the bucket when media are on S3; null when it has none or the
 * bucket does not answer (the infographic is then drawn without it).
 */
export async function getLogoFile(tenant: TenantSite): Promise<{ file: string | Buffer; mimeType: string } | null> {
  const { logo } = tenant
  if (!logo?.filename || !logo.mimeType) return null
  const location = process.env.S3_BUCKET ? s3LocationFromEnv(serverEnv()) : null
  if (location) {
    const bytes = await readMediaObject(location, logo.filename).catch(() => null)
    return bytes ? { file: bytes, mimeType: logo.mimeType } : null
  }
  const staticDir = (await payloadClient()).collections.media?.config.upload.staticDir
  if (!staticDir) return null
  // basename: a stored filename is Payload's own, but a path must never climb out of staticDir.
  return { file: path.join(staticDir, path.basename(logo.filename)), mimeType: logo.mimeType }
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

async function readEngagement({ tenant, locale }: Pick<Site, 'tenant' | 'locale'>, audience: EngagementAudience): Promise<EngagementContent | null> {
  const payload = await payloadClient()
  // Read as the anonymous public: access rules decide what is visible (active tenants,
  // published templates); the query only narrows to what this page shows.
  const findTemplate = async (owner: Where) => {
    const found = await payload.find({
      collection: 'engagement-templates',
      overrideAccess: false,
      draft: false,
      where: { and: [owner, { audience: { equals: audience } }] },
      locale,
      fallbackLocale: defaultLocale,
      depth: 0,
      limit: 1,
    })
    return found.docs[0]
  }
  const own = await findTemplate({ tenant: { equals: tenant.id } })
  const template = own ?? (tenant.kind === 'baseline' ? undefined : await findTemplate({ 'tenant.kind': { equals: 'baseline' } }))
  return template ? contentOf(template, !own) : null
}

/**
 * The rules of engagement the site shows for one audience: the tenant's own published template,
 * else the baseline's; null when neither has one. Tags: the tenant, its templates, and the
 * baseline's templates (a baseline change reaches every tenant that inherits it).
 */
export async function getEngagement(site: Site, audience: EngagementAudience): Promise<EngagementContent | null> {
  const { slug } = site.tenant
  return cachedRead(
    () => readEngagement(site, audience),
    ['engagement', slug, site.locale, audience],
    [cacheTags.tenant(slug), ...scopedReadTags('engagement-templates', slug)],
  )
}
