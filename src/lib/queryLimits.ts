// The CommonJS entry on purpose: graphql-http (which runs validation) requires it, and it
// recognises only its own GraphQLError class; the bundlers' pick (index.mjs) would be another one
// and the refusal would go out as a bare array instead of `{ errors }`.
import { GraphQLError, Kind, valueFromASTUntyped, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql/index.js'

/**
 * What one API request may ask for. The site and the admin read through the Local API and
 * Payload's own REST calls; nothing of ours sends GraphQL, so its limits only have to leave room
 * for a reasonable integration while keeping one request well under a second of server work
 * (measured: see README, "Security").
 */
export const queryLimits = {
  /** Documents per page for REST and GraphQL reads (`limit`); `limit=0` and `pagination=false` ask for everything. */
  maxLimit: 100,
  /** Relationship depth a REST read may populate (`depth`). */
  maxDepth: 3,
  /** Nesting of selection sets in one GraphQL operation (fragments followed). */
  maxGraphqlDepth: 8,
  /** Aliased fields in one GraphQL document: aliases are how one request becomes many queries. */
  maxGraphqlAliases: 10,
  /** Root fields of one GraphQL operation (each is a query or mutation of its own). */
  maxGraphqlRootFields: 10,
  /** Payload's complexity estimate (1 a field, 10 a relationship). */
  maxGraphqlComplexity: 300,
} as const

function refuse(context: ValidationContext, message: string): void {
  context.reportError(new GraphQLError(message, { extensions: { statusCode: 400 } }))
}

/**
 * The depth of the deepest selection under `selectionSet`, following fragment spreads (each
 * fragment once per path, so a fragment cycle, which validation refuses anyway, cannot loop).
 */
function selectionDepth(context: ValidationContext, selectionSet: SelectionSetNode, seen: ReadonlySet<string>, limit: number): number {
  let deepest = 0
  for (const selection of selectionSet.selections) {
    let depth = 0
    if (selection.kind === Kind.FIELD) {
      depth = selection.selectionSet ? 1 + selectionDepth(context, selection.selectionSet, seen, limit) : 1
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(context, selection.selectionSet, seen, limit)
    } else {
      const name = selection.name.value
      const fragment = context.getFragment(name)
      if (fragment && !seen.has(name)) depth = selectionDepth(context, fragment.selectionSet, new Set([...seen, name]), limit)
    }
    deepest = Math.max(deepest, depth)
    // No need to walk further than the limit: the answer is already "too deep".
    if (deepest > limit) return deepest
  }
  return deepest
}

/** Refuses an operation whose selections nest deeper than `maxGraphqlDepth`. */
export function graphqlDepthRule(maxDepth: number = queryLimits.maxGraphqlDepth) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = selectionDepth(context, node.selectionSet, new Set(), maxDepth)
      if (depth > maxDepth) refuse(context, `Query too deep: selections nest more than ${maxDepth} levels.`)
    },
  })
}

/**
 * Refuses a document with more than `maxAliases` aliased fields, or an operation with more than
 * `maxRootFields` root fields. Counted over the whole document text as sent (fragments counted
 * where they are written), so thirty `loginUser` aliases cannot hide in one request.
 */
export function graphqlAliasRule(maxAliases: number = queryLimits.maxGraphqlAliases, maxRootFields: number = queryLimits.maxGraphqlRootFields) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0
    return {
      Field(node) {
        if (node.alias) aliases += 1
      },
      OperationDefinition(node) {
        const rootFields = node.selectionSet.selections.length
        if (rootFields > maxRootFields) refuse(context, `Too many root fields: at most ${maxRootFields} in one operation.`)
      },
      Document: {
        leave() {
          if (aliases > maxAliases) refuse(context, `Too many aliases: at most ${maxAliases} in one request.`)
        },
      },
    }
  }
}

/**
 * Refuses `limit` and `pagination` arguments beyond the REST limits, literal or from variables,
 * on any field: checked at validation, so no resolver has run.
 */
export function graphqlReadArgumentsRule(variables: Record<string, unknown> | null | undefined) {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(node) {
      const name = node.name.value
      if (name !== 'limit' && name !== 'pagination') return
      const value = valueFromASTUntyped(node.value, variables ?? undefined)
      const problem = readLimitProblem(name === 'limit' ? { limit: value } : { pagination: value })
      if (problem) refuse(context, problem)
    },
  })
}

export type ReadArguments = { limit?: unknown; depth?: unknown; pagination?: unknown }

/**
 * Why an API read asks for too much, or undefined when it is within the limits. `limit` and
 * `depth` arrive as numbers or strings depending on the door (REST query string, GraphQL).
 */
export function readLimitProblem(args: ReadArguments): string | undefined {
  const limit = args.limit === undefined || args.limit === null ? undefined : Number(args.limit)
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > queryLimits.maxLimit)) {
    return `limit must be a whole number from 1 to ${queryLimits.maxLimit}`
  }
  if (args.pagination === false || args.pagination === 'false') {
    return 'pagination=false is not available here: page through the results instead'
  }
  const depth = args.depth === undefined || args.depth === null ? undefined : Number(args.depth)
  if (depth !== undefined && (!Number.isInteger(depth) || depth < 0 || depth > queryLimits.maxDepth)) {
    return `depth must be a whole number from 0 to ${queryLimits.maxDepth}`
  }
  return undefined
}
