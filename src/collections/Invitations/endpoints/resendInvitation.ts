import { Forbidden, NotFound, ValidationError, type Endpoint } from 'payload'

const answer = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/invitations/:id/resend — "Resend invitation" for one that is pending or expired
 * (lost in a spam folder, or not opened in time). The old link stops working (the invitation is
 * revoked) and a new invitation with the same address, role, name and ward is created as the
 * caller, so the ordinary create decides again (access, allowed domains, role already held) and
 * sends a fresh link with a fresh expiry. If the new one cannot be made, the old one is left as
 * it was. Reads and writes as the caller (overrideAccess: false): another tenant's invitation is
 * a 404, as if it did not exist.
 */
export const resendInvitationEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return answer(401, 'Sign in to resend invitations.')
    const raw = req.routeParams?.id
    const id = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined
    if (id === undefined) return answer(404, 'No such invitation.')
    const old = await req.payload.findByID({ collection: 'invitations', id, depth: 0, overrideAccess: false, user, disableErrors: true })
    if (!old) return answer(404, 'No such invitation.')
    if (old.status !== 'pending' && old.status !== 'expired') {
      return answer(409, old.status === 'accepted' ? 'This invitation has been accepted: there is nothing to resend.' : 'This invitation was revoked. Invite the person again instead.')
    }
    const tenant = typeof old.tenant === 'number' ? old.tenant : old.tenant?.id
    if (tenant === undefined) return answer(404, 'No such invitation.')
    try {
      // An expired link works no more; a pending one is revoked so that only the new link works.
      if (old.status === 'pending') await req.payload.update({ collection: 'invitations', id, data: { status: 'revoked' }, overrideAccess: false, user, depth: 0 })
      const fresh = await req.payload
        .create({
          collection: 'invitations',
          data: { email: old.email, role: old.role, tenant, name: old.name ?? undefined, ward: old.ward ?? undefined, status: 'pending' },
          overrideAccess: false,
          user,
          depth: 0,
        })
        .catch(async (error: unknown) => {
          // Put back as it was, below the hooks (which allow no way back from revoked to anyone else).
          await req.payload.db.updateOne({ collection: 'invitations', id, data: { status: old.status }, returning: false })
          throw error
        })
      return Response.json({ id: fresh.id, expiresAt: fresh.expiresAt })
    } catch (error) {
      if (error instanceof NotFound) return answer(404, 'No such invitation.')
      if (error instanceof Forbidden) return answer(403, 'You cannot resend this invitation.')
      if (error instanceof ValidationError) return answer(400, error.data.errors.map((e) => e.message).join(' '))
      throw error
    }
  },
}
