import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * Only the account's owner sets its password or changes its email address. An incident log is its
 * owner's alone; if a tenant admin or platform admin could set a councillor's password (or point
 * the account at an address they hold and ask for a reset), they could sign in as the councillor
 * and read it. Admins keep "Forgot password", which mails a link to the address on file.
 *
 * Only requests made by a signed-in caller are judged: the server's own writes (seed, an accepted
 * invitation, a reset link, which prove the address) carry no user.
 */
export const onlyOwnerSetsCredentials: CollectionBeforeChangeHook<User> = ({ data, originalDoc, operation, req }) => {
  const caller = req.user
  if (operation !== 'update' || !caller || !originalDoc || caller.id === originalDoc.id) return data
  const errors: { path: string; message: string }[] = []
  if (typeof data.password === 'string' && data.password !== '') {
    errors.push({
      path: 'password',
      message: "Only the account's owner can set its password. Send them a reset link instead: it goes to the address on file.",
    })
  }
  if (typeof data.email === 'string' && data.email.trim().toLowerCase() !== originalDoc.email.trim().toLowerCase()) {
    errors.push({
      path: 'email',
      message: "Only the account's owner can change its email address. To move someone to a new address, invite that address and remove the old account.",
    })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'users', errors, req })
  return data
}
