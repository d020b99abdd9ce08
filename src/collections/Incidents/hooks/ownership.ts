import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isHelperRecording } from '@/access/incidents'

import { INCIDENT_WRITE } from './history'

const idOf = (value: unknown): number | null =>
  typeof value === 'number' ? value : value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number' ? (value as { id: number }).id : null

/**
 * Whose incident it is, in which tenant, and when it was recorded are facts the server sets:
 *
 * - owner: the signed-in user on create, whatever was sent; never changed afterwards;
 * - tenant: chosen on create (access has checked the caller may record there); never moved;
 * - recordedAt: the server's clock on create; never changed.
 *
 * - addedBy: on create by a helper of the log (src/access/incidentHelpers.ts) who names its owner,
 *   the incident is the owner's and `addedBy` is the helper; anyone else naming another owner
 *   records in their own log, as before. Never changed afterwards.
 *
 * Server code without a user (tests, a future import) must name the owner itself.
 */
export const setIncidentOwnership: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  req.context[INCIDENT_WRITE] = true
  const refuse = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })
  }
  if (operation === 'create') {
    let owner = req.user ? (req.user.collection === 'users' ? req.user.id : null) : idOf(data.owner)
    let addedBy: number | null = null
    if (typeof owner === 'number' && (await isHelperRecording(req, data))) {
      addedBy = owner
      owner = idOf(data.owner)
    }
    if (typeof owner !== 'number') refuse('owner', 'An incident belongs to the person who records it: sign in to record one.')
    if (idOf(data.tenant) === null) refuse('tenant', 'Choose the council or party this incident is recorded with.')
    return { ...data, owner, addedBy, tenant: idOf(data.tenant), recordedAt: new Date().toISOString() }
  }
  const before = originalDoc as { owner?: unknown; tenant?: unknown; recordedAt?: unknown; addedBy?: unknown } | undefined
  return { ...data, owner: idOf(before?.owner), addedBy: idOf(before?.addedBy), tenant: idOf(before?.tenant), recordedAt: before?.recordedAt }
}
