import type { CollectionConfig } from 'payload'

import { mayRecordOrHelpRecord, ownIncidentsOnly, ownOrHelpedIncidents } from '@/access/incidents'
import { nobody } from '@/access/nobody'

import { removeIncidentEvidence } from '../Evidence/hooks/removeFiles'

import { downloadBundle } from './endpoints/bundle'
import { decryptIncident, encryptIncident, unwrapIncidentKey } from './hooks/encryption'
import { recordHelperView, recordIncidentDeletion, recordIncidentHistory } from './hooks/history'
import { setIncidentOwnership } from './hooks/ownership'
import { incidentKinds, incidentPlatforms } from './options'

/**
 * The incident log (slug `incidents`, a contract): a councillor's private record of abuse.
 * Only the owner reads or writes an incident (src/access/incidents.ts), except that helpers the
 * owner names read it and may add incidents to the log (src/access/incidentHelpers.ts); every free-text field is
 * encrypted at rest (hooks/encryption.ts) and every write leaves a hash-chained history entry
 * (hooks/history.ts, the `incident-history` collection). Hidden from the admin panel for
 * everyone: councillors keep their log on their council's site, and nobody else may see it.
 *
 * Validation of the text fields is the hooks' (src/collections/Incidents/input.ts): the columns
 * hold ciphertext, which Payload's own length and format checks could not judge.
 */
export const Incidents: CollectionConfig = {
  slug: 'incidents',
  labels: { singular: 'Incident', plural: 'Incidents' },
  admin: { hidden: true, useAsTitle: 'happenedAt' },
  // No GraphQL: the site and REST are the only ways in, and fewer ways in are fewer to keep shut.
  graphQL: false,
  // Edit locks would name incidents in a collection other people read.
  lockDocuments: false,
  access: {
    // The owner, and the helpers they have named (src/access/incidentHelpers.ts), who read and add
    // to the log but never change or delete what is in it.
    read: ownOrHelpedIncidents,
    create: mayRecordOrHelpRecord,
    update: ownIncidentsOnly,
    // The owner deletes their own, permanently: evidence and files first (beforeDelete), then the
    // history's entries, leaving a tombstone without content (afterDelete). Nobody else, ever.
    delete: ownIncidentsOnly,
    readVersions: nobody,
    unlock: nobody,
  },
  // GET /api/incidents/bundle: the owner's evidence bundle (a ZIP), streamed.
  endpoints: [downloadBundle],
  hooks: {
    beforeChange: [setIncidentOwnership, encryptIncident],
    afterChange: [recordIncidentHistory],
    beforeRead: [unwrapIncidentKey],
    // Every read by a helper (anyone but the owner) goes into the incident's history.
    afterRead: [decryptIncident, recordHelperView],
    // Its evidence, rows and files, goes with it (and must go first: evidence.incident is required).
    beforeDelete: [removeIncidentEvidence],
    afterDelete: [recordIncidentDeletion],
  },
  defaultSort: '-happenedAt',
  fields: [
    { name: 'owner', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
    { name: 'tenant', type: 'relationship', relationTo: 'tenants', required: true, index: true, admin: { readOnly: true } },
    { name: 'happenedAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'happenedUntil', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'For something that went on for a while.' } },
    // When a helper of the log recorded it for the owner: that helper's user id (a plain number, so
    // populating can never pull in the user). Set by the server, never changed.
    { name: 'addedBy', type: 'number', admin: { readOnly: true } },
    { name: 'recordedAt', type: 'date', admin: { readOnly: true, description: 'Set by the server when the incident was recorded.' } },
    { name: 'platform', type: 'select', required: true, options: incidentPlatforms.map((value) => ({ label: value, value })) },
    { name: 'kinds', type: 'select', hasMany: true, required: true, options: incidentKinds.map((value) => ({ label: value, value })) },
    // Encrypted (ciphertext in the column): no maxLength here, the hooks check the plaintext.
    { name: 'whatHappened', type: 'textarea', required: true },
    { name: 'impact', type: 'textarea' },
    { name: 'witnesses', type: 'textarea' },
    { name: 'handles', type: 'array', fields: [{ name: 'handle', type: 'text', required: true }] },
    { name: 'links', type: 'array', fields: [{ name: 'url', type: 'text', required: true }] },
    {
      name: 'platformReport',
      type: 'group',
      fields: [
        { name: 'reportedOn', type: 'date' },
        { name: 'reference', type: 'text' },
        { name: 'outcome', type: 'textarea' },
      ],
    },
    {
      name: 'policeReport',
      type: 'group',
      fields: [
        { name: 'reportedOn', type: 'date' },
        { name: 'crimeReference', type: 'text' },
        { name: 'officer', type: 'text' },
        // England and Wales: the police's support for elected officials (Operation Ford).
        { name: 'operationFord', type: 'checkbox', defaultValue: false },
      ],
    },
    // The incident's data key, wrapped by the master key. Hidden: never in an API answer.
    { name: 'encryptionKey', type: 'text', hidden: true },
    // The history chain's newest hash and length (hooks/history.ts), to detect entries cut off its end.
    { name: 'historyHead', type: 'text', hidden: true },
    { name: 'historyLength', type: 'number', hidden: true },
  ],
}
