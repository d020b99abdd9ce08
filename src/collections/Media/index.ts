import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isPlatformAdmin, memberTenantIds } from '@/access/roles'
import { createTenantContent, ofActiveTenant, writeOwnTenantContent } from '@/access/tenantContent'
import { enforceTenantScope } from '@/hooks/enforceTenantScope'

import { normaliseUpload } from './hooks/normaliseUpload'
import { revalidateMediaAfterChange, revalidateMediaAfterDelete } from './hooks/revalidateMedia'

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content' },
  access: {
    // Logos and images appear on public pages, so they are public for active tenants.
    read: ({ req: { user } }) => {
      if (isPlatformAdmin(user)) return true
      const own = memberTenantIds(user)
      return own.length > 0 ? { or: [ofActiveTenant, { tenant: { in: own } }] } : ofActiveTenant
    },
    create: createTenantContent,
    update: writeOwnTenantContent,
    delete: writeOwnTenantContent,
    readVersions: () => false,
    unlock: writeOwnTenantContent,
  },
  hooks: {
    beforeOperation: [normaliseUpload],
    beforeChange: [enforceTenantScope],
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
}
