import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { tenantScoped } from '@/collections/tenantScoped'

import { readMedia } from './access/mediaAccess'
import { normaliseUpload } from './hooks/normaliseUpload'
import { revalidateMediaAfterChange, revalidateMediaAfterDelete } from './hooks/revalidateMedia'

export const Media: CollectionConfig = tenantScoped({
  slug: 'media',
  admin: { group: 'Content' },
  access: { read: readMedia },
  hooks: {
    beforeOperation: [normaliseUpload],
    // A logo replaced in place changes pages and infographics cached under its tenant's tag.
    afterChange: [revalidateMediaAfterChange],
    afterDelete: [revalidateMediaAfterDelete],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR ?? path.resolve(process.cwd(), 'media'),
    // Raster images only: SVG can carry script, and `pasteURL` would make the server fetch
    // any URL an editor gives it.
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
    pasteURL: false,
    filesRequiredOnCreate: true,
    imageSizes: [{ name: 'thumbnail', width: 320 }],
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
