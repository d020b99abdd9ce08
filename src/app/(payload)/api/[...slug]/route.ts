import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { throttleRest } from '@/lib/authRateLimit'
import { refusePostOnly } from '@/lib/postOnlyRoutes'

type Context = { params: Promise<{ slug: string[] }> }

const payloadPost = REST_POST(config)

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
export const OPTIONS = REST_OPTIONS(config)

/** Login and forgot-password are rate-limited per address before Payload sees them. */
export async function POST(request: Request, context: Context): Promise<Response> {
  const { slug } = await context.params
  return throttleRest(request, slug) ?? payloadPost(request, context)
}
