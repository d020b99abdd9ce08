import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/admin/AdminViewFrame'

import { cellText, defaultedQuery, dimensionLabels, parseStatisticsQuery, reportStatistics, statisticDimensions, statisticsScope, StatisticsRefusal, type StatisticsTable } from './statistics'

/**
 * /admin/report-statistics: per quarter, how many reports by kind, platform or status, with small
 * counts suppressed, for a standards committee. A tenant admin sees one of their councils at a
 * time; a platform admin every council together. A plain GET form (no JavaScript) chooses; the CSV link downloads the
 * same table from /api/report-statistics.csv.
 */
export async function ReportStatisticsView(props: AdminViewServerProps) {
  const { initPageResult, payload, searchParams } = props
  const user = initPageResult.req.user
  const scope = statisticsScope(user)
  if (scope !== 'all' && scope.length === 0) {
    return (
      <AdminViewFrame props={props} viewType="report-statistics" title="Report statistics">
        <p>Report statistics are for a council&apos;s tenant admins and for platform admins.</p>
      </AdminViewFrame>
    )
  }
  // A tenant admin chooses among their councils; a platform admin has nothing to choose.
  const tenants =
    scope === 'all'
      ? []
      : (await payload.find({ collection: 'tenants', where: { id: { in: scope } }, depth: 0, limit: 0, pagination: false, sort: 'name', locale: 'en', select: { name: true }, overrideAccess: true })).docs
  let result: StatisticsTable | null = null
  let refusal: string | null = null
  try {
    result = await reportStatistics(payload, user, defaultedQuery(scope, parseStatisticsQuery(searchParams ?? {})))
  } catch (error) {
    if (!(error instanceof StatisticsRefusal)) throw error
    refusal = error.message
  }
  const query = result?.query
  const year = new Date().getFullYear()
  const csv = query ? `/api/report-statistics.csv?dimension=${query.dimension}&year=${query.year}&tenant=${query.tenant ?? 'all'}` : null
  return (
    <AdminViewFrame props={props} viewType="report-statistics" title="Report statistics">
      <p>
        Numbers of reports to the council, by quarter, one dimension at a time: no content, names or handles. Counts from 1 to 4 are shown as &ldquo;fewer than 5&rdquo;, and some others as &ldquo;not shown&rdquo;, so that no small number can be worked out from the totals.
      </p>
      <form method="get" className="report-statistics__form">
        <label>
          Count by{' '}
          <select name="dimension" defaultValue={query?.dimension ?? 'kind'}>
            {statisticDimensions.map((dimension) => (
              <option key={dimension} value={dimension}>
                {dimensionLabels[dimension]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Year{' '}
          <select name="year" defaultValue={String(query?.year ?? year)}>
            {Array.from({ length: 5 }, (_, i) => year - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Council{' '}
          {/* One level per person (statistics.ts): every council together for a platform admin, one council at a time for a tenant admin. */}
          <select name="tenant" defaultValue={query?.tenant ? String(query.tenant) : 'all'}>
            {scope === 'all' ? (
              <option value="all">Every council</option>
            ) : (
              tenants.map((tenant) => (
                <option key={tenant.id} value={tenant.id}>
                  {tenant.name}
                </option>
              ))
            )}
          </select>
        </label>{' '}
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          Show
        </button>
      </form>
      {refusal ? <p role="alert">{refusal}</p> : null}
      {result ? <StatisticsTableView result={result} /> : null}
      {csv ? (
        <p>
          <a href={csv} download>
            Download this table as CSV
          </a>
        </p>
      ) : null}
    </AdminViewFrame>
  )
}

function StatisticsTableView({ result }: { result: StatisticsTable }) {
  const { table } = result
  const caption = `Reports by ${dimensionLabels[result.query.dimension].toLowerCase()}, ${result.query.year}`
  if (table.withheld) return <p data-testid="statistics-withheld">{caption}: too few reports to publish without identifying anyone.</p>
  return (
    <table className="report-statistics" data-testid="report-statistics">
      <caption>{caption}{result.query.dimension === 'kind' ? ' (a report may have several kinds, so totals count kinds, not reports)' : ''}</caption>
      <thead>
        <tr>
          <th scope="col">{dimensionLabels[result.query.dimension]}</th>
          {result.columns.map((column) => (
            <th key={column} scope="col">{column}</th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {result.rows.map((label, r) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {(table.cells[r] ?? []).map((cell, c) => (
              <td key={c} data-state={cell.state}>{cellText(cell)}</td>
            ))}
            <td data-state={table.rowTotals[r]?.state}>{table.rowTotals[r] ? cellText(table.rowTotals[r]) : ''}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {table.columnTotals.map((cell, c) => (
            <td key={c} data-state={cell.state}>{cellText(cell)}</td>
          ))}
          <td data-state={table.grandTotal.state}>{cellText(table.grandTotal)}</td>
        </tr>
      </tfoot>
    </table>
  )
}
