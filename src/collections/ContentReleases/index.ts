import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { platformAdminOnly } from '@/access/platformAdminOnly'
import { ukDayAndTime } from '@/fields/ukDates'

/**
 * Which release of the code's text each national page holds (src/seed/release.ts). Kept apart
 * from the page, so that marking a page for review never creates a page version, changes its
 * `updatedAt` (which tenants read as drift) or touches a platform admin's unpublished draft.
 */
export const ContentReleases: CollectionConfig = {
  slug: 'content-releases',
  labels: { singular: 'Content release', plural: 'Content releases' },
  admin: {
    group: 'Platform',
    useAsTitle: 'slug',
    defaultColumns: ['slug', 'version', 'pendingVersion', 'heldAt', 'updatedAt'],
    hidden: ({ user }) => !user?.roles?.includes('platform-admin'),
    description:
      'Which release of the national text each national page holds. A page with a pending version was changed by a platform admin, so the new text was not applied: compare it with the page, then clear "Pending version" once reviewed.',
  },
  access: {
    read: platformAdminOnly,
    create: nobody,
    // A platform admin clears the pending version once they have reviewed the new text.
    update: platformAdminOnly,
    delete: nobody,
    readVersions: nobody,
    unlock: platformAdminOnly,
  },
  hooks: {
    beforeChange: [
      // Clearing the pending version is the review: the page now counts as based on that
      // release, and the next release is compared with it (and held again, as the page differs).
      ({ data, originalDoc }) => {
        const reviewed = (originalDoc as { pendingVersion?: number | null } | undefined)?.pendingVersion
        if (typeof reviewed === 'number' && (data.pendingVersion === null || data.pendingVersion === undefined)) {
          return { ...data, version: reviewed, heldAt: null }
        }
        return data
      },
    ],
  },
  timestamps: true,
  fields: [
    { name: 'slug', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true, description: 'The national page’s slug.' } },
    { name: 'page', type: 'relationship', relationTo: 'pages', admin: { readOnly: true } },
    {
      name: 'version',
      type: 'number',
      required: true,
      min: 1,
      admin: { readOnly: true, description: 'The release of the national text this page was last given (or was based on, if edited since).' },
    },
    {
      name: 'pendingVersion',
      type: 'number',
      min: 1,
      admin: { description: 'A newer release not applied because a platform admin had changed the page. Clear it once reviewed.' },
    },
    { name: 'heldAt', type: 'date', admin: { readOnly: true, date: ukDayAndTime } },
  ],
}
