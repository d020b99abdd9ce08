import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { cacheTags, scopedTags, type TagTenant } from '@/cache/tags'
import { tenantScoped } from '@/collections/tenantScoped'
import { serverEnv } from '@/env'
import { s3MediaStorage } from '@/storage/media'
import { s3LocationFromEnv } from '@/storage/s3'

import { normaliseUpload } from './hooks/normaliseUpload'

// With S3_BUCKET set, files go to the bucket (src/storage/media.ts); otherwise to `staticDir`.
// Read only when set, so that importing this file needs no configuration otherwise.
const bucket = process.env.S3_BUCKET ? s3LocationFromEnv(serverEnv()) : null
const s3 = bucket ? s3MediaStorage(bucket) : null

/**
 * The tags a change to an image must expire. Cached pages and infographics carry the logo's file
 * name, size and alt text under `tenant:{slug}`, and the tenant itself does not change when its
 * logo's file is replaced in place, so the image's tenant is expired. (A logo is always the
 * tenant's own image, `validateLogo`, and images never move tenant, `enforceTenantScope`.) A
 * national image may appear in national pages, which every tenant shows: `pages:all` too.
 */
export function mediaTags(tenant: TagTenant): string[] {
  return tenant.kind === 'baseline' ? [cacheTags.tenant(tenant.slug), scopedTags.inherited('pages')] : [cacheTags.tenant(tenant.slug)]
}

export const Media: CollectionConfig = tenantScoped({
  slug: 'media',
  admin: { group: 'Content' },
  // Logos and images appear on public pages.
  readers: 'public',
  cache: mediaTags,
  hooks: {
    beforeOperation: [normaliseUpload],
    beforeChange: [...(s3?.hooks.beforeChange ?? [])],
    afterChange: [...(s3?.hooks.afterChange ?? [])],
    afterDelete: [...(s3?.hooks.afterDelete ?? [])],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.resolve(process.cwd(), 'media'),
    // Raster images only: SVG can carry script, and `pasteURL` would make the server fetch
    // any URL an editor gives it.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
    pasteURL: false,
    filesRequiredOnCreate: true,
    imageSizes: [{ name: 'thumbnail', width: 320 }],
    ...s3?.upload,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 250,
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
  ],
})
