import type { CollectionConfig } from 'payload'

import { officerTenantIds, readIncidentReports, triageIncidentReports } from '@/access/incidentReports'
import { nobody } from '@/access/nobody'

import { incidentKinds, incidentPlatforms } from '../Incidents/options'

import { downloadReportEvidence } from './endpoints/evidence'
import { openAfterWrite, openReport, sealReport } from './hooks/content'
import { notifyReport } from './hooks/notify'
import { noteReadOperation, recordReportView } from './hooks/views'
import { reportSeverities, reportStatusLabels, reportStatuses } from './options'

/**
 * Reports to the council (slug `incident-reports`, a contract): a snapshot of one incident that a
 * councillor chose to share with their council's officers, and the officers' triage of it.
 *
 * - Created only by the site's send action (src/data/incidentReports.ts), which checks the incident
 *   is the councillor's own and works out who receives it; the API cannot create one.
 * - Read by the councillor who sent it and by the officers it went to (src/access/incidentReports.ts);
 *   nobody else, platform admins included. Updated (triaged) only by those officers.
 * - Its content is encrypted under a key of its own (hooks/content.ts); tenant, platform, kinds,
 *   status, severity, reference and dates are plain, so the statistics can count without reading.
 * - Kept as the council's record: deleting the incident (or the councillor's whole log) leaves it.
 *   Nobody deletes a report through the API; the council's retention is applied by the server.
 */
export const IncidentReports: CollectionConfig = {
  slug: 'incident-reports',
  labels: { singular: 'Incident report', plural: 'Incident reports' },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'status', 'severity', 'createdAt', 'nextActionDue', 'escalatedAt'],
    group: 'Reports',
    description: 'Incidents councillors have reported to you. Open one to read it and record what you did.',
    // Listed only for officers: nobody else can read a report.
    hidden: ({ user }) => officerTenantIds(user).length === 0,
  },
  graphQL: false,
  lockDocuments: false,
  access: {
    read: readIncidentReports,
    create: nobody,
    update: triageIncidentReports,
    delete: nobody,
    readVersions: nobody,
    unlock: nobody,
  },
  endpoints: [downloadReportEvidence],
  hooks: {
    beforeOperation: [noteReadOperation],
    beforeChange: [sealReport],
    afterChange: [notifyReport],
    beforeRead: [openReport],
    afterRead: [openAfterWrite, recordReportView],
  },
  defaultSort: '-createdAt',
  timestamps: true,
  fields: [
    { name: 'reference', type: 'text', unique: true, index: true, admin: { readOnly: true, description: 'Quote this to the councillor: they see the same reference.' } },
    { name: 'tenant', type: 'relationship', relationTo: 'tenants', required: true, index: true, admin: { readOnly: true } },
    { name: 'reporter', label: 'Reported by', type: 'relationship', relationTo: 'users', required: true, index: true, admin: { readOnly: true } },
    // The incident's id as a plain number: the report outlives the incident, and never pulls it in.
    { name: 'incident', type: 'number', required: true, index: true, admin: { hidden: true } },
    { name: 'recipients', label: 'Sent to', type: 'relationship', relationTo: 'users', hasMany: true, required: true, admin: { readOnly: true } },
    { name: 'platform', type: 'select', required: true, index: true, options: incidentPlatforms.map((value) => ({ label: value, value })), admin: { readOnly: true } },
    { name: 'kinds', type: 'select', hasMany: true, required: true, options: incidentKinds.map((value) => ({ label: value, value })), admin: { readOnly: true } },
    // What the councillor shared, opened for those who may read it (hooks/content.ts); never stored as such.
    {
      name: 'snapshot',
      label: 'What the councillor shared',
      type: 'json',
      virtual: true,
      admin: { readOnly: true, components: { Field: '/collections/IncidentReports/components/SnapshotField.client#SnapshotField' } },
    },
    {
      type: 'collapsible',
      label: 'Triage',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'received',
          index: true,
          options: reportStatuses.map((value) => ({ label: reportStatusLabels[value], value })),
          admin: { description: 'The councillor sees the status and is emailed (without any content) when it changes.' },
        },
        { name: 'severity', type: 'select', index: true, options: reportSeverities.map((value) => ({ label: value[0]?.toUpperCase() + value.slice(1), value })) },
        // Encrypted: checked by the hook (hooks/content.ts), which says which field and why.
        { name: 'crimeReference', label: 'Crime reference', type: 'text', admin: { description: 'Needed once the report is referred to police.' } },
        { name: 'policeOfficer', label: 'Police officer', type: 'text', admin: { description: 'Who at the police has it (name, collar number or team).' } },
        {
          name: 'nextActionDue',
          label: 'Next action due',
          type: 'date',
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'The officers it was sent to are emailed a reminder when it falls due.' },
        },
        {
          name: 'notes',
          type: 'array',
          admin: { description: 'Notes are kept as written. Tick "Share with the councillor" for a note they should read; the others are internal.' },
          fields: [
            { name: 'text', type: 'textarea', required: true },
            { name: 'shared', label: 'Share with the councillor', type: 'checkbox', defaultValue: false },
            { name: 'author', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
            { name: 'at', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
      ],
    },
    { name: 'statusChangedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'assessedAt', type: 'date', admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'escalatedAt',
      label: 'Escalated',
      type: 'date',
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Set when it was not assessed in time and the council\'s admins were told.', date: { pickerAppearance: 'dayAndTime' } },
    },
    // The due date a reminder was last sent for, so the job sends each reminder once.
    { name: 'reminderSentFor', type: 'date', hidden: true },
    // The send form's one-time key: a double submit finds the report the first one made.
    { name: 'submissionKey', type: 'text', unique: true, hidden: true },
    // Encrypted snapshot, the report's data key (wrapped by the master key) and its copies of the evidence.
    { name: 'content', type: 'text', hidden: true },
    { name: 'encryptionKey', type: 'text', hidden: true },
    { name: 'files', type: 'json', hidden: true },
  ],
}
