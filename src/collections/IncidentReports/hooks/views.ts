import type { CollectionAfterReadHook, CollectionBeforeOperationHook } from 'payload'

import { receivesReport } from '@/access/incidentReports'

import { recordOnIncident } from './notify'

/*
 * Every time an officer opens a report, the incident's own history records it (who, when, which
 * report), so the councillor can see who has read what they shared. Lists do not count as a view:
 * they never carry an officer the content (hooks/content.ts opens it only on a read of one report
 * by its id); opening one report does, once per request.
 */

const READING = 'incidentReportReading'
const RECORDED = 'incidentReportViewsRecorded'

/** Whether this request is reading one report by its id (findByID), which is what opens its content to an officer. */
export function readingOneReport(context: Record<string, unknown>): boolean {
  return context[READING] === true
}

export const noteReadOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  req.context[READING] = operation === 'read' && (args as { id?: unknown }).id !== undefined
  return args
}

export const recordReportView: CollectionAfterReadHook = async ({ doc, findMany, req }) => {
  const id = (doc as { id?: unknown }).id
  if (findMany || req.context[READING] !== true || !req.user || typeof id !== 'number') return doc
  // Who receives it and which incident it belongs to are read from the stored row, not from `doc`:
  // a request's `select` can leave fields out of `doc`, and must not leave a view unrecorded.
  const stored = (await req.payload.db.findOne({ collection: 'incident-reports', where: { id: { equals: id } }, req })) as Record<string, unknown> | null
  if (!stored || !receivesReport(req.user, stored)) return doc
  const recorded = (req.context[RECORDED] as Set<number> | undefined) ?? new Set<number>()
  req.context[RECORDED] = recorded
  if (recorded.has(id)) return doc
  recorded.add(id)
  await recordOnIncident(req, stored.incident, 'report-viewed', { reference: String(stored.reference ?? '') })
  return doc
}
