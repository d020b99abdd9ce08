import type { CollectionConfig } from 'payload'

import { historyActions } from './actions'

import { ownIncidentHistoryOnly } from '@/access/incidents'
import { nobody } from '@/access/nobody'

/**
 * The incidents' tamper-evident history (src/lib/incidents/chain.ts): one entry per write, with
 * who, when, which fields changed and the earlier version (encrypted under the incident's own
 * key), each entry holding the SHA-256 of the one before. Written only by the incidents' own
 * hooks; the owner reads theirs; nobody writes, changes or deletes through the API. When the owner
 * deletes an incident its entries go too (they hold its text) and one tombstone stays: who, when,
 * and the hash of the chain's last entry, without any content.
 *
 * `incident` and `owner` are plain numbers, not relationships, so that populating an entry can
 * never pull in an incident or a user by another route.
 */
export const IncidentHistory: CollectionConfig = {
  slug: 'incident-history',
  labels: { singular: 'Incident history entry', plural: 'Incident history' },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: {
    read: ownIncidentHistoryOnly,
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: nobody,
    unlock: nobody,
  },
  indexes: [{ fields: ['incident', 'seq'], unique: true }],
  fields: [
    { name: 'incident', type: 'number', required: true, index: true },
    { name: 'owner', type: 'number', required: true, index: true },
    { name: 'seq', type: 'number', required: true },
    // 'deleted' / 'log-deleted': the tombstone left when the owner deletes the incident or their whole
    // log (hooks/history.ts): the earlier entries, which held its versions, go with it.
    { name: 'action', type: 'select', required: true, options: [...historyActions] },
    // Who made the change (a user id; null for the server's own writes).
    { name: 'actor', type: 'number' },
    { name: 'at', type: 'date', required: true },
    { name: 'changedFields', type: 'json' },
    // The version before this change, encrypted under the incident's key (null on create).
    { name: 'previous', type: 'textarea' },
    { name: 'prevHash', type: 'text', required: true },
    { name: 'hash', type: 'text', required: true, index: true },
    // For an 'evidence-added' entry: which file, and its SHA-256 as uploaded (in the entry's hash).
    { name: 'evidenceId', type: 'number' },
    { name: 'evidenceSha256', type: 'text' },
    // For a 'bundle-downloaded' entry: the SHA-256 of the whole evidence bundle (ZIP) as it was
    // sent, so a bundle handed to the police can be matched to this log (in the entry's hash).
    { name: 'bundleSha256', type: 'text' },
  ],
}
