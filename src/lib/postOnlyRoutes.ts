/**
 * Payload's auth operations that only a POST performs. Any other method reaches Payload's
 * "document by id" route with the operation's name as the id (`GET /api/users/logout`), so it is
 * answered here: 405, and which method would do.
 */
const POST_ONLY = new Set(['login', 'logout', 'refresh-token', 'forgot-password', 'reset-password', 'unlock', 'first-register'])

export function refusePostOnly(method: string, slug: readonly string[], authCollections: ReadonlySet<string>): Response | null {
  const [collection, operation, ...rest] = slug
  if (method === 'POST' || method === 'OPTIONS' || rest.length > 0) return null
  if (collection === undefined || operation === undefined || !authCollections.has(collection) || !POST_ONLY.has(operation)) return null
  return Response.json(
    { errors: [{ message: `${operation} is a POST request.` }] },
    { status: 405, headers: { Allow: 'POST', 'Cache-Control': 'no-store' } },
  )
}
