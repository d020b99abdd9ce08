import crypto from 'crypto'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { serverEnv } from '@/env'
import { clientAddress, consumeRateLimit, defineRateLimit, storeKey, windowStartOf, type RateLimitRule } from '@/lib/rateLimit'
import { rateLimitStore } from '@/lib/rateLimitStore'

import { accountDelaySeconds, FREE_FAILURES } from './accountDelay'

/**
 * Limits on the two unauthenticated auth operations, applied in the operation itself so that
 * REST, GraphQL (each aliased field is an operation of its own), the site's sign-in form and
 * any Local API call made for an incoming request all count alike. Local API calls the server
 * makes for itself (seed, jobs, tests: no request headers) are not limited.
 */
export const loginPerAddress = defineRateLimit({
  name: 'login:address',
  limit: serverEnv().LOGIN_RATE_LIMIT,
  windowSeconds: 10 * 60,
  description: 'sign-in attempts from one client address (LOGIN_RATE_LIMIT, default 20)',
})
export const resetPerAddress = defineRateLimit({
  name: 'forgot-password:address',
  limit: 5,
  windowSeconds: 15 * 60,
  description: 'password-reset requests from one client address',
})
export const resetPerAccount = defineRateLimit({
  name: 'forgot-password:account',
  limit: 3,
  windowSeconds: 60 * 60,
  description: 'password-reset emails to one address (so nobody floods an inbox)',
})
/**
 * Per account: attempts since the last successful sign-in. `limit` of them are free; after that
 * each attempt must wait twice as long as the one before (capped), never a lock: a harasser who
 * knows a councillor's public address slows the guessing, not the owner, who always gets in
 * through the emailed reset link and is told of the failures.
 */
export const failuresPerAccount = defineRateLimit({
  name: 'login-failures:account',
  limit: FREE_FAILURES,
  windowSeconds: 60 * 60,
  description: 'failed sign-ins to one account before each further attempt waits (1 s, 2 s, 4 s … up to 5 min)',
})
/** A request from outside: every REST and GraphQL call, and a Local API call given the request's headers. */
function fromOutside(req: PayloadRequest): boolean {
  return req.payloadAPI !== 'local' || Boolean(req.headers?.has('host') || req.headers?.has('x-forwarded-for'))
}

function addressOf(req: PayloadRequest): string {
  // serverEnv refuses a production start without TRUSTED_PROXY_HOPS; elsewhere the hop is Next's own.
  return clientAddress(req.headers, serverEnv().TRUSTED_PROXY_HOPS ?? 1)
}

function emailOf(args: unknown): string | undefined {
  const data = typeof args === 'object' && args !== null && 'data' in args ? args.data : undefined
  const email = typeof data === 'object' && data !== null && 'email' in data ? data.email : undefined
  return typeof email === 'string' ? email.toLowerCase().trim() : undefined
}

function tooMany(req: PayloadRequest, message: string, retryAfterSeconds: number): APIError {
  req.responseHeaders = new Headers({ 'Retry-After': String(retryAfterSeconds) })
  return new APIError(message, 429, { retryAfterSeconds })
}

async function limitAddress(req: PayloadRequest, rule: RateLimitRule): Promise<void> {
  const result = await consumeRateLimit(rateLimitStore(req.payload), rule, addressOf(req))
  if (!result.allowed) {
    throw tooMany(req, `Too many attempts from this address. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minute(s).`, result.retryAfterSeconds)
  }
}

/** The same password-hash work Payload does for a real account (pbkdf2-sha256, 600,000 rounds, 32 bytes). */
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')
function hashLikeALogin(password: string): Promise<void> {
  return new Promise((resolve) => crypto.pbkdf2(password, DUMMY_SALT, 600_000, 32, 'sha256', () => resolve()))
}

async function accountExists(req: PayloadRequest, email: string): Promise<boolean> {
  const user = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })
  return Boolean(user)
}

async function tellOwner(req: PayloadRequest, email: string): Promise<void> {
  try {
    await enqueueEmail(req.payload, { template: 'sign-in-failures', to: email, params: { failures: failuresPerAccount.limit }, priority: 'account' })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: '[auth] could not tell an account owner of repeated failed sign-ins' })
  }
}

async function limitLogin(req: PayloadRequest, email: string | undefined, password: unknown): Promise<void> {
  const outside = fromOutside(req)
  if (outside) await limitAddress(req, loginPerAddress)
  if (!email) return
  const exists = await accountExists(req, email)
  if (outside) {
    const store = rateLimitStore(req.payload)
    const key = storeKey(failuresPerAccount, email)
    const now = Date.now()
    const windowStart = windowStartOf(failuresPerAccount, now)
    const earlier = await store.peek(key, windowStart)
    const wait = earlier ? accountDelaySeconds(earlier.hits) * 1000 - (now - earlier.lastHitAt.getTime()) : 0
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000)
      throw tooMany(req, `Too many failed sign-ins for this account. Try again in ${seconds} second(s), or reset the password by email.`, seconds)
    }
    const attempts = await store.hit(key, windowStart, new Date(windowStart.getTime() + failuresPerAccount.windowSeconds * 1000), new Date(now))
    // Every attempt before this one failed (a success resets the count): tell the owner, once a window.
    if (exists && attempts === failuresPerAccount.limit + 1) await tellOwner(req, email)
  }
  // An unknown email would otherwise be refused before any hashing, ~200 ms sooner than a real
  // one with a wrong password: the difference tells an attacker which addresses have accounts.
  if (!exists && typeof password === 'string') await hashLikeALogin(password)
}

export const limitAuthOperations: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'login') {
    const data: unknown = (args as { data?: unknown }).data
    const password = typeof data === 'object' && data !== null && 'password' in data ? data.password : undefined
    await limitLogin(req, emailOf(args), password)
  } else if (operation === 'forgotPassword' && fromOutside(req)) {
    await limitAddress(req, resetPerAddress)
    const email = emailOf(args)
    if (email) {
      const result = await consumeRateLimit(rateLimitStore(req.payload), resetPerAccount, email)
      if (!result.allowed) throw tooMany(req, 'Too many reset emails for this address. Use the last one sent, or try again later.', result.retryAfterSeconds)
    }
  }
  return args
}

/** A successful sign-in ends the account's run of failures. */
export const forgetFailuresOnLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const email = typeof user.email === 'string' ? user.email.toLowerCase() : undefined
  if (email) await rateLimitStore(req.payload).reset(storeKey(failuresPerAccount, email))
}
