import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import { incidentKinds, incidentPlatforms } from '@/collections/Incidents/options'
import { reportStatuses } from '@/collections/IncidentReports/options'
import { suppressTable, type PublishedCell, type SuppressedTable } from '@/lib/stats/suppress'
import type { User } from '@/payload-types'

/**
 * Numbers without names (#20 item 7): per quarter, how many reports by one dimension at a time,
 * for a standards committee. Only the plain columns of `incident_reports` are read (tenant,
 * platform, kinds, status, created_at): never content, names or handles. Small counts are
 * suppressed (src/lib/stats/suppress.ts) before anything leaves the server, on screen and in CSV.
 */
export const statisticDimensions = ['kind', 'platform', 'status'] as const
export type StatisticDimension = (typeof statisticDimensions)[number]

export const dimensionLabels: Record<StatisticDimension, string> = { kind: 'Kind of abuse', platform: 'Platform', status: 'Status' }

const dimensionValues: Record<StatisticDimension, readonly string[]> = { kind: incidentKinds, platform: incidentPlatforms, status: reportStatuses }

/**
 * Whose numbers a user may see: a tenant admin their own councils'; a platform admin every
 * council's. Officers, editors and councillors none (an officer reads reports themselves; the
 * statistics are for whoever answers to the committee).
 */
export function statisticsScope(user: Pick<User, 'roles' | 'tenants'> | null | undefined, now = new Date()): number[] | 'all' {
  if (!user) return []
  if (isPlatformAdmin(user)) return 'all'
  return tenantIdsWithRole(user, ['tenant-admin'], now)
}

export type StatisticsQuery = { dimension: StatisticDimension; year: number; /** One council, or null for every council in scope. */ tenant: number | null }

export type StatisticsTable = {
  query: StatisticsQuery
  /** Row labels: the dimension's values (every value, zeros included, so a row's absence says nothing). */
  rows: string[]
  /** Column labels: Q1 … Q4 of the year (calendar quarters, UK time). */
  columns: string[]
  table: SuppressedTable
}

export class StatisticsRefusal extends Error {
  constructor(
    readonly status: 400 | 403,
    message: string,
  ) {
    super(message)
  }
}

/**
 * The query's tenants after the scope check: null = every tenant. Each person sees one level only:
 * a platform admin every council together, a tenant admin one council at a time. Were both levels
 * open to one person (one council, and all of them; or each of mine, and all of mine), a count
 * hidden in one table could be worked out by taking another table from a third.
 */
function tenantsFor(scope: number[] | 'all', tenant: number | null): number[] | null {
  if (scope === 'all') {
    if (tenant !== null) throw new StatisticsRefusal(403, 'Platform admins see the numbers of every council together; one council\'s numbers are for its tenant admins.')
    return null
  }
  const chosen = tenant ?? (scope.length === 1 ? scope[0] : undefined)
  if (chosen === undefined) throw new StatisticsRefusal(400, 'Choose one of the councils you administer: each one\'s numbers are shown on their own.')
  if (!scope.includes(chosen)) throw new StatisticsRefusal(403, 'You can see the numbers of the councils you administer only.')
  return [chosen]
}

/** The query a person's screen starts from: a tenant admin of several councils sees the first one. */
export function defaultedQuery(scope: number[] | 'all', query: StatisticsQuery): StatisticsQuery {
  return scope !== 'all' && query.tenant === null && scope[0] !== undefined ? { ...query, tenant: scope[0] } : query
}

type CountRow = { value: string; quarter: number; n: number }

/** The raw counts: one row per (value, quarter) present. Exported for the benchmark. */
export async function countReports(payload: Payload, dimension: StatisticDimension, year: number, tenants: number[] | null): Promise<CountRow[]> {
  const from = `${year}-01-01`
  const to = `${year + 1}-01-01`
  // Quarters in UK time: a report at 00:30 on 1 April (BST) belongs to Q2.
  const local = sql`(r.created_at AT TIME ZONE 'Europe/London')`
  const inYear = sql`${local} >= ${from}::timestamp AND ${local} < ${to}::timestamp`
  const inTenants = tenants === null ? sql`TRUE` : tenants.length === 0 ? sql`FALSE` : sql`r.tenant_id IN (${sql.join(tenants.map((id) => sql`${id}`), sql`, `)})`
  const quarter = sql`EXTRACT(QUARTER FROM ${local})::int`
  const query =
    dimension === 'kind'
      ? sql`SELECT k.value::text AS value, ${quarter} AS quarter, COUNT(DISTINCT r.id)::int AS n
            FROM incident_reports r JOIN incident_reports_kinds k ON k.parent_id = r.id
            WHERE ${inYear} AND ${inTenants} GROUP BY 1, 2`
      : sql`SELECT r.${sql.raw(dimension === 'platform' ? 'platform' : 'status')}::text AS value, ${quarter} AS quarter, COUNT(*)::int AS n
            FROM incident_reports r WHERE ${inYear} AND ${inTenants} GROUP BY 1, 2`
  const result = (await payload.db.drizzle.execute(query)) as unknown as { rows: CountRow[] }
  return result.rows.map((row) => ({ value: String(row.value), quarter: Number(row.quarter), n: Number(row.n) }))
}

/** The suppressed table a user may see, or a StatisticsRefusal (403 outside their scope). */
export async function reportStatistics(payload: Payload, user: Pick<User, 'roles' | 'tenants'> | null | undefined, query: StatisticsQuery): Promise<StatisticsTable> {
  const scope = statisticsScope(user)
  if (scope !== 'all' && scope.length === 0) throw new StatisticsRefusal(403, 'Report statistics are for tenant admins and platform admins.')
  const tenants = tenantsFor(scope, query.tenant)
  const counts = await countReports(payload, query.dimension, query.year, tenants)
  const rows = [...dimensionValues[query.dimension]]
  const matrix = rows.map((value) => [1, 2, 3, 4].map((quarter) => counts.find((row) => row.value === value && row.quarter === quarter)?.n ?? 0))
  return { query, rows, columns: ['Q1', 'Q2', 'Q3', 'Q4'], table: suppressTable(matrix) }
}

export function cellText(cell: PublishedCell): string {
  if (cell.state === 'shown') return String(cell.value ?? 0)
  return cell.state === 'fewer-than-5' ? 'fewer than 5' : 'not shown'
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/** The same table as CSV: the same suppression, the same words for hidden cells. */
export function statisticsCsv(result: StatisticsTable): string {
  const { table } = result
  const lines = [[dimensionLabels[result.query.dimension], ...result.columns.map((q) => `${result.query.year} ${q}`), 'Total']]
  if (table.withheld) lines.push(['Withheld: too few reports to publish without identifying anyone'])
  else {
    result.rows.forEach((label, r) => lines.push([label, ...(table.cells[r] ?? []).map(cellText), cellText(table.rowTotals[r] ?? { state: 'shown', value: 0 })]))
    lines.push(['Total', ...table.columnTotals.map(cellText), cellText(table.grandTotal)])
  }
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/** Parses the view's and the CSV's query string; a bad value is a 400 naming the field. */
export function parseStatisticsQuery(params: URLSearchParams | Record<string, string | string[] | undefined>, now = new Date()): StatisticsQuery {
  const get = (name: string): string | undefined => {
    if (params instanceof URLSearchParams) return params.get(name) ?? undefined
    const value = params[name]
    return Array.isArray(value) ? value[0] : value
  }
  const dimension = get('dimension') ?? 'kind'
  if (!(statisticDimensions as readonly string[]).includes(dimension)) throw new StatisticsRefusal(400, 'dimension must be kind, platform or status.')
  const yearText = get('year') ?? String(now.getFullYear())
  const year = Number(yearText)
  if (!/^\d{4}$/.test(yearText) || year < 2020 || year > now.getFullYear() + 1) throw new StatisticsRefusal(400, `year must be a year from 2020 to ${now.getFullYear() + 1}.`)
  const tenantText = get('tenant') ?? ''
  if (tenantText !== '' && tenantText !== 'all' && !/^[1-9]\d{0,9}$/.test(tenantText)) throw new StatisticsRefusal(400, 'tenant must be a council\'s id, or "all".')
  return { dimension: dimension as StatisticDimension, year, tenant: tenantText === '' || tenantText === 'all' ? null : Number(tenantText) }
}
