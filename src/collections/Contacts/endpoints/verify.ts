import { Forbidden, NotFound, type Endpoint } from 'payload'

/**
 * POST /api/contacts/:id/verify — the admin's one-click "Verified today". It is an ordinary
 * update as the logged-in user (overrideAccess: false), so the contact's own update rule decides
 * who may press it, and `recordVerification` records who did.
 */
export const verifyContactEndpoint: Endpoint = {
  path: '/:id/verify',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Log in to verify contacts.' }] }, { status: 401 })
    const raw = req.routeParams?.id
    const id = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined
    if (id === undefined) return Response.json({ errors: [{ message: 'No such contact.' }] }, { status: 404 })
    try {
      const doc = await req.payload.update({
        collection: 'contacts',
        id,
        data: { lastVerifiedAt: new Date().toISOString() },
        overrideAccess: false,
        depth: 0,
        req,
      })
      return Response.json({ id: doc.id, lastVerifiedAt: doc.lastVerifiedAt, verifiedBy: doc.verifiedBy })
    } catch (error) {
      if (error instanceof NotFound) return Response.json({ errors: [{ message: 'No such contact.' }] }, { status: 404 })
      if (error instanceof Forbidden) {
        return Response.json({ errors: [{ message: 'You cannot verify this contact.' }] }, { status: 403 })
      }
      throw error
    }
  },
}
