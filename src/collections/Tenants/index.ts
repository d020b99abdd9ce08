import type { CollectionConfig } from 'payload'

import { platformAdminOnly } from '@/access/platformAdminOnly'
import { refuseDeletingTenantWithIncidents } from '@/collections/Incidents/hooks/keepLogsOnDelete'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'

import { platformAdminField, readTenants, updateTenants } from './access/tenantAccess'
import {
  validateAccentColour,
  validateDefaultLocale,
  validateDomain,
  validateEmailDomain,
  validateKind,
  validateLocales,
  validateLogo,
  validateNation,
  validatePrimaryColour,
  validateTenantSlug,
} from './fields/validators'
import { newCouncilEndpoint } from './endpoints/newCouncil'
import { reportOfficerFields, stampReportOfficersChange } from './fields/reportOfficers'
import { summariseTenantContent } from './hooks/contentSummary'
import { defaultWelshParity } from './hooks/defaultWelshParity'
import { deleteTenantContent } from './hooks/deleteTenantContent'
import { normaliseDomains } from './hooks/normaliseDomains'
import { refuseDeletingActiveTenant } from './hooks/refuseDeletingActiveTenant'
import { revalidateTenantAfterChange, revalidateTenantAfterDelete } from './hooks/revalidateTenant'

const localeOptions = locales.map((code) => ({ label: `${localeNames[code]} (${code})`, value: code }))

export const Tenants: CollectionConfig = {
  slug: 'tenants',
  labels: { singular: 'Tenant', plural: 'Tenants' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'kind', 'nation', 'active'],
    group: 'Platform',
    components: {
      // A new council's first step: the council and its first tenant admin's invitation together.
      beforeListTable: ['/collections/Tenants/components/NewCouncilLink#NewCouncilLink'],
    },
  },
  endpoints: [newCouncilEndpoint],
  access: {
    read: readTenants,
    create: platformAdminOnly,
    update: updateTenants,
    delete: platformAdminOnly,
    readVersions: platformAdminOnly,
    unlock: platformAdminOnly,
  },
  hooks: {
    beforeValidate: [normaliseDomains, defaultWelshParity],
    beforeChange: [stampReportOfficersChange],
    beforeDelete: [refuseDeletingActiveTenant, refuseDeletingTenantWithIncidents, deleteTenantContent],
    afterChange: [revalidateTenantAfterChange],
    afterDelete: [revalidateTenantAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: validateTenantSlug,
      access: { update: platformAdminField },
      admin: { description: 'The tenant\'s address on the site: /{slug}/en. Lowercase letters, digits and hyphens.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'council',
          options: [
            { label: 'Council', value: 'council' },
            { label: 'Party', value: 'party' },
            { label: 'National baseline', value: 'baseline' },
          ],
          validate: validateKind,
          access: { update: platformAdminField },
        },
        {
          name: 'nation',
          type: 'select',
          validate: validateNation,
          options: [
            { label: 'England', value: 'england' },
            { label: 'Wales', value: 'wales' },
            { label: 'Scotland', value: 'scotland' },
            { label: 'Northern Ireland', value: 'northern-ireland' },
          ],
          access: { update: platformAdminField },
        },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      access: { update: platformAdminField },
      admin: {
        position: 'sidebar',
        description: 'An inactive tenant\'s site answers 404; its content is kept.',
      },
    },
    {
      name: 'contentSummary',
      type: 'text',
      virtual: true,
      access: { create: () => false, update: () => false },
      hooks: { afterRead: [summariseTenantContent] },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'A tenant must be made inactive before it can be deleted.',
        condition: (data) => Boolean(data?.id),
      },
    },
    {
      name: 'domains',
      type: 'array',
      access: { update: platformAdminField },
      admin: { description: 'Custom domains that serve this tenant\'s site, e.g. safety.example.gov.uk.' },
      fields: [{ name: 'domain', type: 'text', required: true, index: true, validate: validateDomain }],
    },
    {
      type: 'collapsible',
      label: 'Languages',
      fields: [
        {
          name: 'locales',
          type: 'select',
          hasMany: true,
          // A hasMany select gets a table named {collection}_{field}: "tenants_locales" is
          // already the table of the tenant's localized fields, so this one needs its own name.
          dbName: 'tenants_enabled_locales',
          enumName: 'enum_tenants_enabled_locales',
          required: true,
          defaultValue: [defaultLocale],
          options: localeOptions,
          validate: validateLocales,
        },
        {
          name: 'defaultLocale',
          type: 'select',
          required: true,
          defaultValue: defaultLocale,
          options: localeOptions,
          validate: validateDefaultLocale,
        },
        {
          name: 'welshParity',
          type: 'checkbox',
          admin: {
            description:
              'Welsh Language Standards: a page cannot be published in English without Welsh. On by default for tenants in Wales.',
          },
        },
      ],
    },
    {
      name: 'branding',
      type: 'group',
      fields: [
        { name: 'shortName', type: 'text', localized: true, maxLength: 40 },
        { name: 'logo', type: 'upload', relationTo: 'media', validate: validateLogo },
        {
          type: 'row',
          fields: [
            {
              name: 'primaryColour',
              type: 'text',
              defaultValue: '#1d4f91',
              validate: validatePrimaryColour,
              admin: {
                description: 'Header and buttons; white text must reach 4.5:1 on it.',
                components: { Field: { path: '/collections/Tenants/components/ColourField.client#ColourField', clientProps: { role: 'primary' } } },
              },
            },
            {
              name: 'accentColour',
              type: 'text',
              defaultValue: '#b35900',
              validate: validateAccentColour,
              admin: {
                description: 'Borders and highlights; needs 3:1 against white.',
                components: { Field: { path: '/collections/Tenants/components/ColourField.client#ColourField', clientProps: { role: 'accent' } } },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'incidentLogEnabled',
      label: 'Incident log switched on',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description:
          'Lets this tenant\'s councillors keep their private incident log on the site. Switch it on once your data protection officer has confirmed the assessment (README, Privacy of the incident log). Nobody at the council can read the logs.',
      },
    },
    {
      name: 'contactStaleAfterDays',
      label: 'Contact stale after (days)',
      type: 'number',
      defaultValue: 180,
      min: 7,
      max: 730,
      admin: {
        step: 1,
        description: 'Contacts not verified for this many days are listed on the dashboard and in the weekly reminder to editors.',
      },
    },
    {
      name: 'invitationValidDays',
      label: 'Invitation links work for (days)',
      type: 'number',
      defaultValue: 7,
      min: 1,
      max: 30,
      admin: {
        step: 1,
        description: 'How long a link in an invitation email can be used before the person must be invited again.',
      },
    },
    {
      // Optional: many councils give every councillor an address at the council's own domain, and
      // want no invitation (one at a time or by CSV) to reach a private address by mistake.
      name: 'invitationEmailDomains',
      label: 'Allowed email domains',
      type: 'array',
      admin: {
        description:
          'If you list domains here, invitations can only be sent to addresses at exactly one of them (e.g. example.gov.uk; not its subdomains). Leave empty to allow any address.',
      },
      fields: [{ name: 'domain', type: 'text', required: true, validate: validateEmailDomain }],
    },
    ...reportOfficerFields,
  ],
}
