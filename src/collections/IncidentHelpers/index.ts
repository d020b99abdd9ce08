import type { CollectionConfig } from 'payload'

import { ownHelperRegisterOnly } from '@/access/incidentHelpers'
import { nobody } from '@/access/nobody'

/** Every kind of entry in a log's helpers' register. */
export const helperActions = ['helper-added', 'helper-revoked'] as const
export type HelperAction = (typeof helperActions)[number]

/**
 * The helpers' register (slug `incident-helpers`): the people a councillor has named to read and
 * add to their incident log in one tenant (a caseworker, a colleague), as a hash-chained list of
 * events per log (src/lib/incidents/chain.ts, `nextHelperEntry`): a helper named, a helper
 * revoked. What a helper then reads (each incident, on the timeline or opened) and downloads goes
 * into that incident's own history.
 *
 * The access rules ask one cheap question of it on every read: "which logs does this person help
 * with now?" = the `helper-added` rows naming them with no `revokedAt` (indexed on `helper`).
 * `revokedAt` is set on the added row in the same transaction as the `helper-revoked` entry is
 * chained, so a revocation takes effect with the next request; it is outside the entry's hash
 * (the revoke entry is the record), and a row whose `revokedAt` were cleared by hand would still
 * show the revocation in the chain.
 *
 * `owner`, `helper`, `tenant` and `actor` are plain numbers, not relationships, so that populating
 * an entry can never pull in a user or tenant by another route. Written only by src/data/incidentHelpers.ts
 * as the server, after its own checks; the owner reads their own register; nobody else reads it.
 */
export const IncidentHelpers: CollectionConfig = {
  slug: 'incident-helpers',
  labels: { singular: 'Incident log helper', plural: 'Incident log helpers' },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: {
    read: ownHelperRegisterOnly,
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: nobody,
    unlock: nobody,
  },
  indexes: [{ fields: ['owner', 'tenant', 'seq'], unique: true }],
  fields: [
    { name: 'owner', type: 'number', required: true, index: true },
    { name: 'tenant', type: 'number', required: true, index: true },
    { name: 'helper', type: 'number', required: true, index: true },
    { name: 'seq', type: 'number', required: true },
    { name: 'action', type: 'select', required: true, options: [...helperActions] },
    { name: 'actor', type: 'number' },
    { name: 'at', type: 'date', required: true },
    { name: 'prevHash', type: 'text', required: true },
    { name: 'hash', type: 'text', required: true },
    // On a 'helper-added' entry: when that helper's access ended (outside the hash; see above).
    { name: 'revokedAt', type: 'date', index: true },
  ],
}
