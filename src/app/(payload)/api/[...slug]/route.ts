import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { throttleRest } from '@/lib/authRateLimit'

type Context = { params: Promise<{ slug: string[] }> }

const payloadPost = REST_POST(config)

export const GET = REST_GET(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)

/** Login and forgot-password are rate-limited per address before Payload sees them. */
export async function POST(request: Request, context: Context): Promise<Response> {
  const { slug } = await context.params
  return throttleRest(request, slug) ?? payloadPost(request, context)
}
