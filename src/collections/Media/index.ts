import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { tenantScoped } from '@/collections/tenantScoped'
import { serverEnv } from '@/env'
import { s3MediaStorage } from '@/storage/media'
import { s3LocationFromEnv } from '@/storage/s3'

import { readMedia } from './access/mediaAccess'
import { normaliseUpload } from './hooks/normaliseUpload'
import { revalidateMediaAfterChange, revalidateMediaAfterDelete } from './hooks/revalidateMedia'

// With S3_BUCKET set, files go to the bucket (src/storage/media.ts); otherwise to `staticDir`.
// Read only when set, so that importing this file needs no configuration otherwise.
const bucket = process.env.S3_BUCKET ? s3LocationFromEnv(serverEnv()) : null
const s3 = bucket ? s3MediaStorage(bucket) : null

export const Media: CollectionConfig = tenantScoped({
  slug: 'media',
  admin: { group: 'Content' },
  access: { read: readMedia },
  hooks: {
    beforeOperation: [normaliseUpload],
    // A logo replaced in place changes pages and infographics cached under its tenant's tag.
    beforeChange: [...(s3?.hooks.beforeChange ?? [])],
    afterChange: [...(s3?.hooks.afterChange ?? []), revalidateMediaAfterChange],
    afterDelete: [...(s3?.hooks.afterDelete ?? []), revalidateMediaAfterDelete],
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
