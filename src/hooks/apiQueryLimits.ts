import { APIError, type CollectionBeforeOperationHook, type SanitizedConfig } from 'payload'

import { readLimitProblem, type ReadArguments } from '@/lib/queryLimits'

/**
 * Refuses a REST request whose query string asks for more than `queryLimits` allows, with a 400
 * naming the parameter. Checked on the URL, not on the operation's arguments alone: our own hooks
 * and access rules make Local API calls with the same request (and `limit: 0`), which must pass.
 * GraphQL's `limit` and `pagination` arguments are checked at validation (src/lib/queryLimits.ts).
 * Signed-in callers are left their own sizes: the admin panel bulk-selects with `limit=0`, and
 * what they read is scoped to their tenants; the anonymous public is who may not stall the portal.
 * A request whose token is bogus or voided has no `req.user`, and is capped like any other.
 */
export const refuseCostlyApiReads: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI !== 'REST' || req.user) return args
  const query = req.searchParams
  // Only what this operation was given from the URL: the same request also runs Local API calls
  // before and beside the endpoint's own (the JWT strategy reads the user by id while it signs
  // the caller in), and refusing those for the URL's `limit=0` would sign a valid caller out.
  const operation = args as { limit?: unknown; depth?: unknown; pagination?: unknown }
  // A value that is not a whole number cannot have been handed on; it is refused wherever it meets.
  const fromUrl = (name: 'limit' | 'depth' | 'pagination') => {
    const value = query?.get(name)
    if (value === null || value === undefined) return {}
    const malformed = name !== 'pagination' && !/^\d+$/.test(value)
    return malformed || String(operation[name]) === value ? { [name]: value } : {}
  }
  const asked: ReadArguments = { ...fromUrl('limit'), ...fromUrl('depth'), ...fromUrl('pagination') }
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
