import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { isPlatformAdmin, tenantIdsWithRole, tenantRoleOptions } from '@/access/roles'
import type { User } from '@/payload-types'

import { createInvitations, manageInvitations } from './access/invitationAccess'
import { importInvitationsEndpoint } from './endpoints/importInvitations'
import { resendInvitationEndpoint } from './endpoints/resendInvitation'
import { prepareInvitation } from './hooks/prepareInvitation'
import { sendInvitation } from './hooks/sendInvitation'

const serverSet = { create: () => false, update: () => false }

/**
 * Invitations to join a tenant with a role (slug and fields `email`, `tenant`, `role`, `status`,
 * `expiresAt`, `invitedBy` are a contract). The person invited gets an email with a single-use
 * link to `/{tenant}/{locale}/invitation/{token}`; only the token's hash is stored. The tenant
 * field is the multi-tenant plugin's (see src/collections/tenantScoped.ts).
 */
export const Invitations: CollectionConfig = {
  slug: 'invitations',
  labels: { singular: 'Invitation', plural: 'Invitations' },
  admin: {
    group: 'Platform',
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'status', 'expiresAt', 'tenant'],
    description:
      'Invite a councillor, candidate, officer, editor or tenant admin by email. They choose their own password from the link, which works once and expires. To stop a link working, set its status to Revoked.',
    // Only those who may invite see it in the navigation.
    hidden: ({ user }) => !isPlatformAdmin(user as User) && tenantIdsWithRole(user as User, ['tenant-admin']).length === 0,
    components: {
      // Fifty councillors one by one is about 550 clicks; the import is a handful.
      beforeListTable: ['/collections/Invitations/components/ImportLink#ImportLink'],
    },
  },
  endpoints: [importInvitationsEndpoint, resendInvitationEndpoint],
  access: {
    read: manageInvitations,
    create: createInvitations,
    update: manageInvitations,
    delete: manageInvitations,
    readVersions: nobody,
    unlock: manageInvitations,
  },
  hooks: {
    beforeChange: [prepareInvitation],
    afterChange: [sendInvitation],
  },
  defaultSort: '-createdAt',
  timestamps: true,
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      access: { update: () => false },
      admin: { description: 'The address the invitation goes to. If it already has an account, the invitation adds this role to it.' },
    },
    {
      // From the CSV import (or typed here): the new account's name, so the Users list says who
      // each address is before they sign in. The person can change it afterwards.
      name: 'name',
      type: 'text',
      maxLength: 120,
      access: { update: () => false },
    },
    {
      // From the CSV import: which ward the councillor represents, kept with the invitation for
      // the tenant admin's list.
      name: 'ward',
      type: 'text',
      maxLength: 120,
      access: { update: () => false },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'councillor',
      options: tenantRoleOptions,
      access: { update: () => false },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Pending: the link can be used', value: 'pending' },
        { label: 'Accepted', value: 'accepted' },
        { label: 'Revoked: the link no longer works', value: 'revoked' },
        { label: 'Expired', value: 'expired' },
      ],
      admin: { position: 'sidebar', description: 'A pending link past its expiry date no longer works either.' },
    },
    {
      name: 'resend',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/collections/Invitations/components/ResendButton.client#ResendButton' } },
    },
    {
      name: 'expiresAt',
      type: 'date',
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' }, description: "Set from the council's setting when the invitation is sent." },
    },
    {
      name: 'invitedBy',
      type: 'relationship',
      relationTo: 'users',
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'acceptedAt',
      type: 'date',
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // The SHA-256 of the link's token; the token itself exists only in the email.
      name: 'tokenHash',
      type: 'text',
      unique: true,
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
