import type { Endpoint } from 'payload'

import { parseStatisticsQuery, reportStatistics, statisticsCsv, StatisticsRefusal } from '@/admin/ReportStatistics/statistics'

/**
 * GET /api/report-statistics.csv?dimension=kind|platform|status&year=YYYY&tenant=<id>|all: the
 * admin view's table as CSV, suppressed the same way. 401 signed out, 403 outside the user's
 * councils (or not a tenant admin or platform admin), 400 for a bad parameter.
 */
export const reportStatisticsCsvEndpoint: Endpoint = {
  path: '/report-statistics.csv',
  method: 'get',
  handler: async (req) => {
    const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
    if (!req.user) return refuse(401, 'Sign in as a tenant admin or platform admin to download report statistics.')
    try {
      const query = parseStatisticsQuery(new URL(req.url ?? 'http://localhost/').searchParams)
      const result = await reportStatistics(req.payload, req.user, query)
      return new Response(statisticsCsv(result), {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="report-statistics-${query.dimension}-${query.year}-${query.tenant ?? 'all'}.csv"`,
          'Cache-Control': 'private, no-store',
        },
      })
    } catch (error) {
      if (error instanceof StatisticsRefusal) return refuse(error.status, error.message)
      throw error
    }
  },
}
