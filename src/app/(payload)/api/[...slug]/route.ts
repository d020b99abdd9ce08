import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { refusePostOnly } from '@/lib/postOnlyRoutes'

type Context = { params: Promise<{ slug: string[] }> }

const AUTH_COLLECTIONS: ReadonlySet<string> = new Set(['users'])

/** `GET /api/users/logout` and the like are refused before Payload reads "logout" as an id. */
function postOnlyGuard(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> =>
    refusePostOnly(request.method, (await context.params).slug, AUTH_COLLECTIONS) ?? handler(request, context)
}

export const GET = postOnlyGuard(REST_GET(config))
export const DELETE = postOnlyGuard(REST_DELETE(config))
export const PATCH = postOnlyGuard(REST_PATCH(config))
export const PUT = postOnlyGuard(REST_PUT(config))
// Login and forgot-password are limited inside the operations (src/collections/Users/hooks/authLimits.ts).
export const POST = REST_POST(config)
export const OPTIONS = REST_OPTIONS(config)
