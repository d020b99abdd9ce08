import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/relationId'

/**
 * For collections whose documents belong to one person: the owner is the user who creates the
 * document, whatever the client sent, and never changes afterwards (the access rule
 * `ownDocuments` reads it, so a writable owner would let a document be handed to someone else).
 * Server code without a user (seed, jobs, tests) sets it itself.
 */
export const stampOwner =
  (ownerField: string): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req: { user } }) => {
    if (operation === 'create') return user ? { ...data, [ownerField]: user.id } : data
    const before = relationId((originalDoc as Record<string, unknown> | undefined)?.[ownerField])
    return before === undefined ? data : { ...data, [ownerField]: before }
  }
