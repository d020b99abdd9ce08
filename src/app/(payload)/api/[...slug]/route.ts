import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { databaseIsUp } from '@/data/payload'
import { refusePostOnly } from '@/lib/postOnlyRoutes'

type Context = { params: Promise<{ slug: string[] }> }

const AUTH_COLLECTIONS: ReadonlySet<string> = new Set(['users'])

/** `GET /api/users/logout` and the like are refused before Payload reads "logout" as an id. */
function postOnlyGuard(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> =>
    refusePostOnly(request.method, (await context.params).slug, AUTH_COLLECTIONS) ?? handler(request, context)
}

/**
 * With PostgreSQL down, Payload answers every request that needs it with a bare 500 ("Something
 * went wrong"). That is the service's fault, not the request's: say 503, in words, with Retry-After.
 * /api/health answers its own 503 with the reason and is left alone.
 */
function unavailableWhenDatabaseIsDown(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const response = await handler(request, context)
    if (response.status !== 500 || (await databaseIsUp())) return response
    await response.body?.cancel()
    return Response.json(
      { errors: [{ message: 'The service is unavailable: its database is not answering. Please try again in a few minutes.' }] },
      { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '30' } },
    )
  }
}

export const GET = unavailableWhenDatabaseIsDown(postOnlyGuard(REST_GET(config)))
export const DELETE = unavailableWhenDatabaseIsDown(postOnlyGuard(REST_DELETE(config)))
export const PATCH = unavailableWhenDatabaseIsDown(postOnlyGuard(REST_PATCH(config)))
export const PUT = unavailableWhenDatabaseIsDown(postOnlyGuard(REST_PUT(config)))
// Login and forgot-password are limited inside the operations (src/collections/Users/hooks/authLimits.ts).
export const POST = unavailableWhenDatabaseIsDown(REST_POST(config))
export const OPTIONS = REST_OPTIONS(config)
