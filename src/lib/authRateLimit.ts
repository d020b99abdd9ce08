import { serverEnv } from '@/env'
import { clientAddress, RateLimiter, type RateLimitResult } from '@/lib/rateLimit'

/**
 * Per-address limits on the two unauthenticated auth actions. Password hashing costs ~90 ms a
 * login here, so unthrottled logins are also a cheap way to load the server; the per-account
 * lockout (maxLoginAttempts) sits behind this and cannot be sidestepped by changing address.
 */
let limiters: Record<'login' | 'forgot-password', RateLimiter> | undefined

/** Built on first use, so the login budget comes from the validated environment. */
function limiterFor(action: 'login' | 'forgot-password'): RateLimiter {
  limiters ??= {
    login: new RateLimiter({ limit: serverEnv().LOGIN_RATE_LIMIT, windowMs: 10 * 60 * 1000 }),
    'forgot-password': new RateLimiter({ limit: 5, windowMs: 15 * 60 * 1000 }),
  }
  return limiters[action]
}

export type ThrottledAction = 'login' | 'forgot-password'

const restActions: Record<string, ThrottledAction> = {
  'users/login': 'login',
  'users/forgot-password': 'forgot-password',
}

const graphqlActions: [RegExp, ThrottledAction][] = [
  [/\bloginUser\b/, 'login'],
  [/\bforgotPasswordUser\b/, 'forgot-password'],
]

function tooMany(retryAfterSeconds: number): Response {
  return Response.json(
    { errors: [{ message: `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).` }] },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  )
}

/**
 * Records one attempt of `action` from the client behind `headers`. The REST and GraphQL APIs
 * and the site's own sign-in form share these limiters, so no door has a budget of its own.
 */
export function attemptAuthAction(action: ThrottledAction, headers: Headers): RateLimitResult {
  return limiterFor(action).attempt(clientAddress(headers))
}

function check(action: ThrottledAction, request: Request): Response | undefined {
  const result = attemptAuthAction(action, request.headers)
  return result.allowed ? undefined : tooMany(result.retryAfterSeconds)
}

/** For POST /api/{...slug}: a 429 response when the caller is over the limit, else undefined. */
export function throttleRest(request: Request, slug: string[]): Response | undefined {
  const action = restActions[slug.join('/')]
  return action ? check(action, request) : undefined
}

/** For POST /api/graphql: the query text decides whether it is a login or a reset request. */
export function throttleGraphql(request: Request, query: string): Response | undefined {
  for (const [pattern, action] of graphqlActions) {
    if (pattern.test(query)) {
      const limited = check(action, request)
      if (limited) return limited
    }
  }
  return undefined
}
