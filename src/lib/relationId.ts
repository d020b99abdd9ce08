/**
 * The id a relationship field holds, whichever way Payload hands it over: the bare id (depth 0,
 * and what a client sends), the related document (depth ≥ 1), or nothing (unset, null, or a
 * shape that is neither). One helper, so every hook and access rule reads a relation alike.
 */
export function relationId(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'number') return value.id
  return undefined
}
