import type { CollectionAfterReadHook, CollectionBeforeOperationHook } from 'payload'

import { receivesReport } from '@/access/incidentReports'

import { recordOnIncident } from './notify'

/*
 * Every time an officer opens a report, the incident's own history records it (who, when, which
 * report), so the councillor can see who has read what they shared. Lists do not count as a view
 * (they show the reference, dates and status only); opening one report does, once per request.
 */

const READING = 'incidentReportReading'
const RECORDED = 'incidentReportViewsRecorded'

export const noteReadOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  req.context[READING] = operation === 'read'
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
