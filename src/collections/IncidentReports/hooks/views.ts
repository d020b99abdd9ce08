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
  const row = doc as Record<string, unknown>
  if (findMany || req.context[READING] !== true || !req.user || !receivesReport(req.user, row)) return doc
  const recorded = (req.context[RECORDED] as Set<number> | undefined) ?? new Set<number>()
  req.context[RECORDED] = recorded
  if (recorded.has(row.id as number)) return doc
  recorded.add(row.id as number)
  await recordOnIncident(req, row.incident, 'report-viewed', { reference: String(row.reference ?? '') })
  return doc
}
