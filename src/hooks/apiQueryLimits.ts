import { APIError, type CollectionBeforeOperationHook, type SanitizedConfig } from 'payload'

import { canUseAdminPanel } from '@/access/canUseAdminPanel'
import { readLimitProblem, type ReadArguments } from '@/lib/queryLimits'

const readOperations = new Set(['read', 'readDistinct', 'count', 'countVersions'])

/**
 * Refuses a REST or GraphQL read that asks for more than `queryLimits` allows, with a 400 naming
 * the parameter. The server's own Local API calls (the site's data layer, jobs) choose their own
 * sizes; so do editors and admins, whose admin panel pages through and bulk-selects with
 * `limit=0` and who only ever see their own tenants' documents.
 */
export const refuseCostlyApiReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || canUseAdminPanel({ req })) return args
  const asked = args as ReadArguments
  const problem = readLimitProblem(readOperations.has(operation) ? asked : { depth: asked.depth })
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
