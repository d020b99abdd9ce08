import { createHash, randomBytes } from 'node:crypto'

import { ValidationError, type CollectionAfterChangeHook, type CollectionAfterLoginHook, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook } from 'payload'

import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { relationId } from '@/lib/relationId'
import type { User } from '@/payload-types'

/*
 * "No way round through the account" (issue 19): whoever is signed in as a councillor must not be
 * able to move the account to an address they hold, and the councillor hears of every change.
 *
 * - An owner's change of email address is not applied: it is held (pendingEmail, the SHA-256 of a
 *   random token, 24 hours) and a link is mailed to the OLD address; only following it applies
 *   the change (endpoints/emailChange.ts), which then tells both addresses.
 * - Every password change (the account page, REST, a reset link) is told to the address on file.
 *
 * Admins cannot change either at all (ownCredentials.ts). Server writes without a user (the
 * confirmation itself, seed, invitations) are not held.
 */

export const EMAIL_CHANGE_HOURS = 24
const PASSWORD_CHANGED = 'credentialNotices.passwordChanged'

export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

/**
 * The tenant whose languages and name a credential notice is written in: the person's first
 * current membership, else their first membership of any date (a former member keeping their log
 * still hears of a password change, in their council's languages). None for an account without
 * memberships: the notice then comes from the portal, in English.
 */
export function accountNoticeTenant(user: Pick<User, 'tenants'>, now: Date = new Date()): number | undefined {
  const memberships = user.tenants ?? []
  const current = memberships.find((membership) => !membership.endsAt || new Date(membership.endsAt) > now)
  return relationId((current ?? memberships[0])?.tenant)
}

export const holdEmailChange: CollectionBeforeChangeHook<User> = async ({ data, originalDoc, operation, req }) => {
  const caller = req.user
  if (operation !== 'update' || !caller || !originalDoc || caller.id !== originalDoc.id) return data
  if (typeof data.email !== 'string') return data
  const wanted = data.email.trim().toLowerCase()
  if (wanted === originalDoc.email.trim().toLowerCase()) return data
  const taken = await req.payload.count({ collection: 'users', where: { email: { equals: wanted } }, overrideAccess: true, req })
  if (taken.totalDocs > 0) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'email', message: 'Another account already uses this address.' }], req })
  }
  const token = randomBytes(32).toString('hex')
  await enqueueEmail(
    req.payload,
    { template: 'email-change-confirm', to: originalDoc.email, tenant: accountNoticeTenant(originalDoc), params: {}, secrets: { token }, priority: 'account', idempotencyKey: `email-change-confirm-${tokenHash(token).slice(0, 32)}` },
    req,
  )
  return {
    ...data,
    email: originalDoc.email,
    pendingEmail: wanted,
    emailChangeTokenHash: tokenHash(token),
    emailChangeExpiresAt: new Date(Date.now() + EMAIL_CHANGE_HOURS * 60 * 60 * 1000).toISOString(),
  }
}

export const notePasswordChange: CollectionBeforeChangeHook<User> = ({ data, operation, req }) => {
  if (operation === 'update' && typeof data.password === 'string' && data.password !== '') req.context[PASSWORD_CHANGED] = true
  return data
}

export const tellPasswordChanged: CollectionAfterChangeHook<User> = async ({ doc, req }) => {
  if (req.context[PASSWORD_CHANGED] !== true) return doc
  delete req.context[PASSWORD_CHANGED]
  await enqueueEmail(req.payload, { template: 'password-changed', to: doc.email, tenant: accountNoticeTenant(doc), params: {}, priority: 'account' }, req)
  return doc
}

/**
 * Payload's resetPassword writes the new password below the update hooks; it runs beforeValidate
 * (with no earlier version, unlike an update) and, once the password is saved, afterLogin.
 */
export const notePasswordReset: CollectionBeforeValidateHook<User> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && !originalDoc && data && typeof data.id === 'number') req.context[PASSWORD_CHANGED] = true
  return data
}

/** True inside Payload's resetPassword operation (the emailed link), once notePasswordReset has seen it. */
export function isPasswordReset(req: { context: Record<string, unknown> }): boolean {
  return req.context[PASSWORD_CHANGED] === true
}

export const tellPasswordReset: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  if (req.context[PASSWORD_CHANGED] !== true) return user
  delete req.context[PASSWORD_CHANGED]
  await enqueueEmail(req.payload, { template: 'password-changed', to: user.email, tenant: accountNoticeTenant(user as User), params: {}, priority: 'account' }, req)
  return user
}
