import type { CollectionConfig } from 'payload'

import { CalloutBlock } from '@/blocks/Callout/config'
import { ContactCardBlock } from '@/blocks/ContactCard/config'
import { EscalationLadderBlock } from '@/blocks/EscalationLadder/config'
import { PlatformGuideBlock } from '@/blocks/PlatformGuide/config'
import { RichTextBlock } from '@/blocks/RichText/config'
import { SourcesBlock } from '@/blocks/Sources/config'
import { StepsBlock } from '@/blocks/Steps/config'
import { tenantScoped } from '@/collections/tenantScoped'
import { reviewRecordField } from '@/collections/translations/reviewRecordField'
import { ukDayAndTime, ukDayOnly } from '@/fields/ukDates'

import { readPages, readPageVersions } from './access/pageAccess'
import { pageVisibilityEndpoint } from './endpoints/pageVisibility'
import { tailorPageEndpoint } from './endpoints/tailorPage'
import { validatePageSlug } from './fields/validateSlug'
import { pagePreviewPath } from './previewPath'
import { recordPageTranslationReview } from './hooks/recordTranslationReview'
import { requireWelshForParity } from './hooks/requireWelshForParity'
import { indexPageAfterChange } from './hooks/indexForSearch'
import { syncTailoring } from './hooks/syncTailoring'
import { sections } from './sections'

export const Pages: CollectionConfig = tenantScoped({
  slug: 'pages',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', 'audience', 'translationStatus', '_status', 'updatedAt'],
    group: 'Content',
    // Drafts shown on the tenant's branded page, refreshed on every save and autosave.
    livePreview: { url: ({ data, locale, req }) => pagePreviewPath(data, locale.code, req) },
    preview: (doc, { locale, req }) => pagePreviewPath(doc, locale, req),
    components: {
      edit: { beforeDocumentControls: ['/admin/TailorButton.client#TailorButton', '/admin/LiveLink.client#LiveLink'] },
    },
  },
  endpoints: [tailorPageEndpoint, pageVisibilityEndpoint],
  versions: {
    drafts: { autosave: { interval: 2000 } },
    maxPerDoc: 50,
  },
  access: { read: readPages, readVersions: readPageVersions },
  // A national page is inherited by every tenant: its change expires `pages:all`.
  cache: true,
  hooks: {
    beforeValidate: [syncTailoring],
    beforeChange: [requireWelshForParity, recordPageTranslationReview],
    afterChange: [indexPageAfterChange],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 140 },
    {
      name: 'slug',
      type: 'text',
      required: true,
      index: true,
      validate: validatePageSlug,
      admin: { position: 'sidebar', description: 'The page address: /{tenant}/{language}/{slug}. A tailored page keeps the national address.' },
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300 },
    {
      type: 'row',
      fields: [
        { name: 'section', type: 'select', required: true, defaultValue: 'local', options: [...sections] },
        { name: 'order', type: 'number', defaultValue: 100, min: 0, max: 10_000 },
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'public',
          options: [
            { label: 'Everyone (public)', value: 'public' },
            { label: 'Members only (councillors who log in)', value: 'members' },
          ],
        },
      ],
    },
    {
      name: 'layout',
      type: 'blocks',
      blocks: [RichTextBlock, CalloutBlock, StepsBlock, ContactCardBlock, EscalationLadderBlock, PlatformGuideBlock, SourcesBlock],
    },
    {
      name: 'translationStatus',
      type: 'select',
      localized: true,
      defaultValue: ({ locale }) => (locale === 'en' ? 'reviewed' : 'missing'),
      options: [
        { label: 'Missing (readers see English, with a notice)', value: 'missing' },
        { label: 'Drafted (not yet reviewed by a speaker)', value: 'drafted' },
        { label: 'Reviewed', value: 'reviewed' },
      ],
      admin: {
        position: 'sidebar',
        description: 'For the language you are editing now. A reviewed language is out of date once the English changes after its review.',
      },
    },
    // Kept per language by the review hook and the XLIFF import; read-only here.
    reviewRecordField('translationReview', (data) => data?.translationStatus === 'reviewed'),
    {
      name: 'lastReviewed',
      type: 'date',
      label: 'Last reviewed',
      admin: {
        position: 'sidebar',
        date: ukDayOnly('Last reviewed'),
        description: 'The day this text was last checked against its sources. National pages are due again a year later.',
      },
    },
    {
      name: 'tailors',
      type: 'relationship',
      relationTo: 'pages',
      admin: { position: 'sidebar', description: 'The national page this page replaces on your site.' },
      // Only national pages can be tailored: syncTailoring refuses others with a field error.
      // (A filterOptions query here was re-run at publish and refused valid national pages.)
    },
    {
      name: 'hideBaseline',
      type: 'checkbox',
      label: 'Hide the national page on our site',
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.tailors),
        description: 'Delete this page to show the national page again.',
      },
    },
    {
      name: 'driftNotice',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.tailors),
        components: { Field: '/collections/Pages/components/DriftNotice.client#DriftNotice' },
      },
    },
    {
      name: 'tailoredFrom',
      type: 'group',
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.tailors) },
      fields: [{ name: 'baselineUpdatedAt', type: 'date', admin: { readOnly: true, date: ukDayAndTime } }],
    },
  ],
})
