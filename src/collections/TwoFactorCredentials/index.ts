import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'

/**
 * One row per person who has two-step sign-in (or is setting it up): the TOTP secret, encrypted
 * at rest (./crypto.ts), the last time step accepted (so no code is used twice), and the hashes of
 * the unused recovery codes.
 *
 * A collection of its own rather than fields on `users`: Payload writes the whole user row back
 * when it adds a session, so a sign-in running beside another would put back a spent recovery
 * code or an earlier step. Here every change is one conditional UPDATE (./service.ts).
 *
 * Nobody reaches it through REST, GraphQL or the admin, not even a platform admin: two-step
 * sign-in is turned on, off and reset only by its owner, or through a password reset sent to the
 * address on file, like a password (README, "Two-step sign-in").
 */
export const TwoFactorCredentials: CollectionConfig = {
  slug: 'two-factor-credentials',
  labels: { singular: 'Two-step sign-in', plural: 'Two-step sign-ins' },
  admin: { hidden: true },
  access: {
    read: nobody,
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: nobody,
    unlock: nobody,
  },
  timestamps: true,
  fields: [
    // Not required: a deleted user's row goes with them (Users afterDelete), never blocking the deletion.
    { name: 'user', type: 'relationship', relationTo: 'users', unique: true, index: true },
    // AES-256-GCM under a key derived from INCIDENT_ENCRYPTION_KEY, bound to the user (./crypto.ts).
    { name: 'secret', type: 'text' },
    // A secret shown at set-up and not yet confirmed with a code from the app.
    { name: 'pendingSecret', type: 'text' },
    { name: 'enabledAt', type: 'date' },
    { name: 'lastStep', type: 'number' },
    // SHA-256 of each unused recovery code (src/lib/twoFactor.ts hashRecoveryCode).
    { name: 'recoveryCodes', type: 'json' },
  ],
}
