import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { throttleGraphql } from '@/lib/authRateLimit'

const payloadGraphql = GRAPHQL_POST(config)

export const OPTIONS = REST_OPTIONS(config)

/** GraphQL's loginUser and forgotPasswordUser share the REST endpoints' per-address limits. */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text()
  const limited = throttleGraphql(request, body)
  if (limited) return limited
  return payloadGraphql(new Request(request.url, { method: 'POST', headers: request.headers, body }))
}
