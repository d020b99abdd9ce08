import type { CollectionBeforeChangeHook } from 'payload'

import type { Contact } from '@/payload-types'

function sameInstant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b
  return new Date(a).getTime() === new Date(b).getTime()
}

/**
 * Who verified a contact is recorded by the server, never taken from the request (`verifiedBy`
 * has no create/update access). A contact an editor has just entered counts as verified now.
 */
export const recordVerification: CollectionBeforeChangeHook<Contact> = ({ data, originalDoc, operation, req }) => {
  const userId = req.user?.id
  if (operation === 'create' && userId !== undefined && !data.lastVerifiedAt) {
    return { ...data, lastVerifiedAt: new Date().toISOString(), verifiedBy: userId }
  }
  const changed = data.lastVerifiedAt !== undefined && !sameInstant(data.lastVerifiedAt, originalDoc?.lastVerifiedAt)
  if (!changed) return data
  return { ...data, verifiedBy: userId ?? data.verifiedBy ?? null }
}
