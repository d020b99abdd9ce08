import { createHash } from 'node:crypto'

import type { CollectionConfig } from 'payload'

import { canUseAdminPanel } from '@/access/canUseAdminPanel'
import { globalRoles } from '@/access/roles'
import { refuseDeletingIncidentOwner, refuseDeletingReportSender } from '@/collections/Incidents/hooks/keepLogsOnDelete'
import { ALREADY_QUEUED } from '@/email/adapter'
import { passwordResetEmailSubject } from '@/email/templates/passwordReset'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'

import { confirmEmailChangeEndpoint, emailChangeEndpoint } from './endpoints/emailChange'
import { endMembershipsEndpoint, runEndMembershipsEndpoint } from './endpoints/endMemberships'
import { membershipSummaryField } from './fields/membershipSummary'
import { createUsers, deleteUsers, manageUsers, platformAdminFieldOnly, readUsers } from './access/userAccess'
import { forgetFailuresOnLogin, limitAuthOperations } from './hooks/authLimits'
import { guardMemberships } from './hooks/guardMemberships'
import { holdEmailChange, notePasswordChange, notePasswordReset, tellPasswordChanged, tellPasswordReset } from './hooks/credentialNotices'
import { onlyOwnerSetsCredentials } from './hooks/ownCredentials'
import { endResetSessions, forgetTwoFactorOfDeleted, requireSecondStep } from './hooks/twoFactorGate'

// Read at run time (a bracketed name is not inlined at build), like the proxy does.
const runtimeEnv: Record<string, string | undefined> = process.env

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'membershipSummary', 'roles'],
    group: 'Platform',
    components: {
      // After an election: the way to end many memberships at once.
      // Who is a councillor, an officer…: one click each; then, after an election, ending many at once.
      beforeListTable: ['/collections/Users/components/RoleFilter#RoleFilter', '/collections/Users/components/EndMembershipsLink#EndMembershipsLink'],
    },
  },
  endpoints: [endMembershipsEndpoint, runEndMembershipsEndpoint, emailChangeEndpoint, confirmEmailChangeEndpoint],
  auth: {
    // No lock-out: councillors' addresses are public, so a lock would let a harasser keep them out.
    // Repeated failures slow further attempts instead (hooks/authLimits.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // The session cookie is Secure wherever the portal is served over HTTPS, and never sent on
    // cross-site POSTs (the site's sign-in and sign-out forms are same-site).
    cookies: { secure: (runtimeEnv['NEXT_PUBLIC_SERVER_URL'] ?? '').startsWith('https://'), sameSite: 'Lax' },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      generateEmailSubject: () => passwordResetEmailSubject(),
      // Payload renders and sends this email inside its own operation; instead, the reset is queued
      // in the outbox here (the token encrypted, in the operation's transaction) and the adapter
      // lets the marker returned go (src/email/adapter.ts).
      generateEmailHTML: async (args) => {
        const { req, token, user } = args ?? {}
        const to = typeof user?.email === 'string' ? user.email : undefined
        if (!req?.payload || !token || !to) throw new Error('A password reset needs its request, token and address')
        await enqueueEmail(req.payload, { template: 'password-reset', to, params: {}, secrets: { token }, priority: 'account', idempotencyKey: `password-reset-${createHash('sha256').update(token).digest('hex').slice(0, 32)}` }, req)
        return ALREADY_QUEUED
      },
    },
  },
  access: {
    admin: canUseAdminPanel,
    read: readUsers,
    create: createUsers,
    update: manageUsers,
    delete: deleteUsers,
    readVersions: () => false,
    unlock: manageUsers,
  },
  hooks: {
    beforeOperation: [limitAuthOperations],
    // After the password: the code from the app, or set-up first, for whoever has or needs two-step sign-in.
    beforeLogin: [requireSecondStep],
    afterLogin: [forgetFailuresOnLogin, tellPasswordReset],
    afterOperation: [endResetSessions],
    beforeValidate: [notePasswordReset],
    // The owner's email change is held until confirmed from the old address; password changes are told (hooks/credentialNotices.ts).
    beforeChange: [onlyOwnerSetsCredentials, holdEmailChange, notePasswordChange, guardMemberships],
    afterChange: [tellPasswordChanged],
    beforeDelete: [refuseDeletingIncidentOwner, refuseDeletingReportSender],
    afterDelete: [forgetTwoFactorOfDeleted],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: globalRoles.map((role) => ({ label: 'Platform admin', value: role })),
      access: { create: platformAdminFieldOnly, update: platformAdminFieldOnly },
      admin: {
        position: 'sidebar',
        description: 'Platform admins manage every tenant and the national baseline.',
      },
    },
    membershipSummaryField,
    // A change of email address waiting for confirmation from the old address (hooks/credentialNotices.ts). Hidden: never in an answer.
    // Hidden only hides them from answers; the field access stops anyone (an admin, or whoever holds
    // the session) writing a change and its token straight in. holdEmailChange sets them after field
    // access has run, and the confirmation endpoint as the server.
    { name: 'pendingEmail', type: 'email', hidden: true, access: { create: () => false, update: () => false } },
    { name: 'emailChangeTokenHash', type: 'text', hidden: true, index: true, access: { create: () => false, update: () => false } },
    { name: 'emailChangeExpiresAt', type: 'date', hidden: true, access: { create: () => false, update: () => false } },
    // The per-tenant `tenants: [{ tenant, roles }]` array is added by the multi-tenant plugin
    // (see payload.config.ts) so that its tenant selector and filters know about it.
  ],
}
