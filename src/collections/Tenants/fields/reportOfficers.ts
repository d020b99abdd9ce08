import type { CollectionBeforeChangeHook, Field, FieldAccess, Where } from 'payload'

import { isMemberOf, isMembershipCurrent } from '@/access/roles'
import { incidentKinds } from '@/collections/Incidents/options'
import { DEFAULT_ESCALATE_AFTER_HOURS, reportLimits } from '@/collections/IncidentReports/options'
import { relationId } from '@/lib/relationId'

/*
 * Who at the council receives councillors' incident reports, and of which kinds. Councillors can
 * report only once at least one officer is named here, and the report page names each one who
 * will receive theirs (name and title). Read by the tenant's own members (councillors see who
 * receives their reports), not by the public that reads the tenant's name and branding.
 */

const membersOfThisTenant: FieldAccess = ({ req, doc }) => {
  const id = relationId((doc as { id?: unknown } | undefined)?.id)
  return id !== undefined && isMemberOf(req.user, id)
}

/** Only users who are officers of this tenant now may be named. */
async function validateOfficer(value: unknown, { req, data }: { req: Parameters<FieldAccess>[0]['req']; data?: unknown }): Promise<string | true> {
  const userId = relationId(value)
  const tenantId = relationId((data as { id?: unknown } | undefined)?.id)
  if (userId === undefined) return 'Choose the officer'
  // A new tenant has no members yet, so nobody can be named until it is saved.
  if (tenantId === undefined) return 'Save the tenant first, then name its officers'
  const user = await req.payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, disableErrors: true, select: { tenants: true }, req })
  const isOfficer = (user?.tenants ?? []).some((m) => relationId(m.tenant) === tenantId && isMembershipCurrent(m) && (m.roles ?? []).includes('officer'))
  return isOfficer || 'This person is not an officer of this council: give them the Officer role in Users first'
}

export const reportOfficerFields: Field[] = [
  {
    name: 'reportOfficers',
    label: 'Officers who receive incident reports',
    type: 'array',
    access: { read: membersOfThisTenant },
    admin: {
      description:
        'Councillors can report an incident to the council once at least one officer is named here. Each officer receives the kinds of incident you choose (leave the kinds empty for all). Councillors see each name and title before they send, and are told when this list changes.',
    },
    fields: [
      {
        name: 'officer',
        type: 'relationship',
        relationTo: 'users',
        required: true,
        validate: validateOfficer as never,
        filterOptions: ({ id }): Where => (id ? { and: [{ 'tenants.tenant': { equals: id } }, { 'tenants.roles': { in: ['officer'] } }] } : { id: { equals: 0 } }),
      },
      {
        name: 'title',
        type: 'text',
        required: true,
        maxLength: reportLimits.officerTitle,
        admin: { description: 'What the councillor sees beside the name, e.g. "Monitoring Officer" or "Member support".' },
      },
      {
        name: 'kinds',
        label: 'Receives',
        type: 'select',
        hasMany: true,
        options: incidentKinds.map((value) => ({ label: value, value })),
        admin: { description: 'Empty: every kind. Choose "threat" alone for an officer who takes threats only.' },
      },
    ],
  },
  {
    name: 'reportOfficersChangedAt',
    type: 'date',
    access: { read: membersOfThisTenant, create: () => false, update: () => false },
    admin: { hidden: true },
  },
  {
    name: 'reportEscalateAfterHours',
    label: 'Escalate reports not assessed after (hours)',
    type: 'number',
    defaultValue: DEFAULT_ESCALATE_AFTER_HOURS,
    min: 1,
    max: 720,
    access: { read: membersOfThisTenant },
    admin: { step: 1, description: "A report still 'received' after this long is escalated: the tenant admins are emailed and the councillor sees it was escalated." },
  },
]

const officerSetOf = (rows: unknown): string =>
  JSON.stringify(
    (Array.isArray(rows) ? rows : [])
      .map((row) => row as { officer?: unknown; title?: unknown; kinds?: unknown })
      .map((row) => [relationId(row.officer) ?? null, String(row.title ?? ''), Array.isArray(row.kinds) ? [...(row.kinds as string[])].sort() : []])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  )

/** Remembers when the officers (or what they receive) last changed, for the notice councillors see. */
export const stampReportOfficersChange: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || data.reportOfficers === undefined) return data
  const before = (originalDoc as { reportOfficers?: unknown } | undefined)?.reportOfficers
  if (officerSetOf(before) === officerSetOf(data.reportOfficers)) return data
  return { ...data, reportOfficersChangedAt: new Date().toISOString() }
}
