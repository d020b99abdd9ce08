import type { CollectionConfig } from 'payload'

import { tenantScoped } from '@/collections/tenantScoped'
import { ukDayAndTime } from '@/fields/ukDates'

import { readContacts, readVerifiedBy } from './access/contactAccess'
import { verifyContactEndpoint } from './endpoints/verify'
import {
  normaliseEmailField,
  normalisePhoneField,
  normaliseUrlField,
  validateEmail,
  validateLastVerifiedAt,
  validatePhone,
  validateUrl,
} from './fields/validators'
import { checkNationalRules } from './hooks/nationalRules'
import { recordVerification } from './hooks/recordVerification'
import { contactKindLabels, contactKinds, nationLabels, nations } from './kinds'

/**
 * Local and national contacts: who to call, in order, when abuse is happening now. National
 * contacts live in the baseline tenant and are inherited by nation; a tenant's own contact of a
 * kind stands in front of the national ones (see src/collections/Contacts/rules.ts).
 */
export const Contacts: CollectionConfig = tenantScoped({
  slug: 'contacts',
  labels: { singular: 'Contact', plural: 'Contacts' },
  admin: {
    useAsTitle: 'label',
    group: 'Content',
    defaultColumns: ['label', 'kind', 'audience', 'lastVerifiedAt', 'tenant'],
    description: 'Who to call when abuse is happening now. Check each contact regularly and press "Verified today".',
  },
  access: { read: readContacts },
  // A national contact is inherited by nation: its change expires `contacts:all`.
  cache: true,
  endpoints: [verifyContactEndpoint],
  hooks: {
    beforeChange: [checkNationalRules, recordVerification],
  },
  defaultSort: ['kind', 'order'],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: contactKinds.map((kind) => ({ label: contactKindLabels[kind], value: kind })),
          admin: { description: 'A contact of a kind replaces the national contacts of that kind on your site.' },
        },
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'public',
          index: true,
          options: [
            { label: 'Public: anyone can see it', value: 'public' },
            { label: 'Members only: councillors of this tenant', value: 'members' },
          ],
        },
      ],
    },
    {
      name: 'label',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 120,
      admin: { description: 'What the reader sees, e.g. "Police non-emergency" or "Monitoring Officer".' },
    },
    {
      name: 'organisation',
      type: 'text',
      localized: true,
      maxLength: 160,
      admin: { description: 'e.g. the police force\'s name; the emergency route shows it beside 101.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'phone',
          type: 'text',
          maxLength: 40,
          validate: validatePhone,
          hooks: { beforeValidate: [normalisePhoneField] },
          admin: {
            components: { Field: '/collections/Contacts/components/PhoneField.client#PhoneField' },
            description: 'UK number (0300 123 2040), international (+353 …) or 999, 112, 101, 111, 105, 116 123.',
          },
        },
        {
          name: 'email',
          type: 'email',
          validate: validateEmail,
          hooks: { beforeValidate: [normaliseEmailField] },
        },
      ],
    },
    {
      name: 'url',
      type: 'text',
      maxLength: 2000,
      validate: validateUrl,
      hooks: { beforeValidate: [normaliseUrlField] },
      admin: { description: 'https:// only, e.g. https://reportharmfulcontent.com.' },
    },
    {
      name: 'hours',
      type: 'text',
      localized: true,
      maxLength: 160,
      admin: { description: 'When they answer, e.g. "24 hours, every day" or "Monday to Friday, 9am to 5pm".' },
    },
    { name: 'notes', type: 'textarea', localized: true, maxLength: 1000 },
    {
      name: 'nations',
      type: 'select',
      hasMany: true,
      options: nations.map((nation) => ({ label: nationLabels[nation], value: nation })),
      admin: {
        description: 'National contacts only: the nations whose tenants inherit this contact. Empty means every nation.',
      },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lower numbers come first within a kind.' },
    },
    {
      name: 'lastVerifiedAt',
      type: 'date',
      index: true,
      validate: validateLastVerifiedAt,
      // Set by "Verified today" (date and time, with who): never typed, so it says what happened.
      admin: { position: 'sidebar', readOnly: true, date: ukDayAndTime },
    },
    {
      name: 'verifiedBy',
      type: 'relationship',
      relationTo: 'users',
      // Set by the server from the logged-in user (recordVerification); seen by the tenant's editors.
      access: { create: () => false, update: () => false, read: readVerifiedBy },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'verifyToday',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/Contacts/components/VerifiedTodayButton.client#VerifiedTodayButton' },
      },
    },
  ],
})
