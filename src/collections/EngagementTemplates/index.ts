import type { CollectionConfig } from 'payload'

import { templatePreviewPath } from '@/collections/Pages/previewPath'
import { tenantScoped } from '@/collections/tenantScoped'
import { reviewRecordField } from '@/collections/translations/reviewRecordField'
import { bioVariables } from '@/lib/bio/variables'

import { engagementAudiences } from './audiences'
import { readEngagementTemplates, readEngagementTemplateVersions } from './access/engagementAccess'
import { validateBioVariant, validateBioVariants, validateTailors, validateTemplateText } from './fields/validators'

import { tailorTemplateEndpoint } from './endpoints/tailorTemplate'

import { freeAudienceOnDuplicate } from './hooks/freeAudienceOnDuplicate'
import { oneTemplatePerAudience } from './hooks/oneTemplatePerAudience'
import { recordTemplateTranslationReview } from './hooks/recordTranslationReview'

export { engagementAudiences, type EngagementAudience } from './audiences'

const variableList = bioVariables.map((name) => `{${name}}`).join(', ')

/**
 * Rules of engagement: the text a councillor or candidate publishes about how they use social
 * media, the bio templates the bio builder fills in, and the rules the infographic draws.
 * The baseline's templates are inherited; a tenant's own template for an audience replaces the
 * baseline's for that tenant.
 */
export const EngagementTemplates: CollectionConfig = tenantScoped({
  slug: 'engagement-templates',
  labels: { singular: 'Engagement template', plural: 'Engagement templates' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'tenant', '_status', 'updatedAt'],
    group: 'Content',
    description:
      'Rules of engagement and bio templates. A tenant\'s template replaces the national one for the same audience.',
    // Drafts shown on the tenant's branded rules-of-engagement page, refreshed on save.
    livePreview: { url: ({ data, locale, req }) => templatePreviewPath(data, locale.code, req) },
    preview: (doc, { locale, req }) => templatePreviewPath(doc, locale, req),
    components: {
      edit: { beforeDocumentControls: ['/admin/TailorButton.client#TailorButton', '/admin/LiveLink.client#LiveLink'] },
    },
  },
  endpoints: [tailorTemplateEndpoint],
  access: { read: readEngagementTemplates, readVersions: readEngagementTemplateVersions },
  // Publishing, unpublishing or deleting a template changes what its tenant (a baseline one: every tenant) shows.
  cache: true,
  // Editors prepare changes as drafts; the site reads only what is published.
  versions: { drafts: true, maxPerDoc: 25 },
  indexes: [{ fields: ['tenant', 'audience'], unique: true }],
  hooks: {
    beforeChange: [oneTemplatePerAudience, recordTemplateTranslationReview],
  },
  fields: [
    {
      name: 'audience',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'councillor',
      hooks: { beforeDuplicate: [freeAudienceOnDuplicate] },
      options: engagementAudiences.map((value) => ({ label: value === 'councillor' ? 'Councillors' : 'Candidates', value })),
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 80,
      admin: { description: 'The heading, also the infographic\'s title, e.g. "Rules of engagement".' },
    },
    {
      name: 'intro',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: 400,
      admin: { description: 'One or two sentences above the rules; also on the infographic.' },
    },
    {
      name: 'rules',
      type: 'array',
      localized: true,
      required: true,
      minRows: 1,
      maxRows: 12,
      labels: { singular: 'Rule', plural: 'Rules' },
      admin: { description: 'Short rules, in order. Each is one line of the infographic and its description.' },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: 140 }],
    },
    {
      name: 'expectations',
      type: 'group',
      label: 'What to expect',
      admin: { description: `Lines for a pinned post or profile. May use ${variableList}.` },
      fields: [
        { name: 'readingTimes', label: 'When I read messages', type: 'textarea', localized: true, maxLength: 280, validate: validateTemplateText },
        { name: 'replies', label: 'What gets a reply', type: 'textarea', localized: true, maxLength: 280, validate: validateTemplateText },
        { name: 'casework', label: 'Casework by email', type: 'textarea', localized: true, maxLength: 280, validate: validateTemplateText },
      ],
    },
    {
      name: 'bioTemplates',
      type: 'array',
      localized: true,
      required: true,
      minRows: 1,
      maxRows: 6,
      labels: { singular: 'Bio variant', plural: 'Bio variants' },
      validate: validateBioVariants,
      admin: {
        description: `The full bio first, then shorter variants, longest first. The builder uses the longest that fits each platform. Variables: ${variableList}.`,
      },
      fields: [{ name: 'template', type: 'textarea', required: true, maxLength: 400, validate: validateBioVariant }],
    },
    {
      name: 'translationReview',
      type: 'select',
      localized: true,
      defaultValue: 'reviewed',
      options: [
        { label: 'Reviewed by a speaker', value: 'reviewed' },
        { label: 'Draft translation, awaiting a speaker\'s review', value: 'awaiting-review' },
      ],
      admin: {
        position: 'sidebar',
        description: 'Per language. The site says when a translation awaits review. A reviewed language is out of date once the English changes after its review.',
      },
    },
    // The English each language was reviewed against: kept by the review hook and the XLIFF import.
    reviewRecordField('translationRecord', (data) => data?.translationReview === 'reviewed'),
    {
      name: 'tailors',
      type: 'relationship',
      relationTo: 'engagement-templates',
      validate: validateTailors,
      // Set by the oneTemplatePerAudience hook to the baseline's template for the same audience.
      admin: { readOnly: true, position: 'sidebar', description: 'The national template this one replaces for your tenant (set automatically).' },
    },
  ],
})
