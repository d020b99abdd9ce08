import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * An incident log outlives an admin's delete. Its rows cannot lose their owner or tenant (the
 * database would refuse, and the caller got a 500), and deleting them with the account would
 * destroy a councillor's evidence on someone else's say-so. So deleting an account or a tenant
 * that still holds incident logs is refused with a reason; the person removes their own log
 * (leaving and deleting are part of the incident log's issue), or an admin removes the
 * account's memberships instead, which stops it signing in to that council.
 *
 * Only a count is read, with no incident's content, and the answer names no number.
 */
async function holdsIncidents(req: Parameters<CollectionBeforeDeleteHook>[0]['req'], where: Record<string, { equals: number | string }>): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'incidents', where, overrideAccess: true, req })
  return totalDocs > 0
}

/**
 * Reports to the council are the council's record, kept under its retention: an account that sent
 * one, or a tenant that holds some, is not deleted with them (the rows cannot lose their sender or
 * tenant, and the database would refuse with a 500).
 */
async function holdsReports(req: Parameters<CollectionBeforeDeleteHook>[0]['req'], where: Record<string, { equals: number | string }>): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'incident-reports', where, overrideAccess: true, req })
  return totalDocs > 0
}

export const refuseDeletingIncidentOwner: CollectionBeforeDeleteHook = async ({ req, id }) => {
  if (await holdsIncidents(req, { owner: { equals: id } })) {
    throw new APIError(
      "This account keeps a private incident log, which only its owner can remove. Remove the account's council memberships instead: it can then no longer sign in to that council.",
      409,
      undefined,
      true,
    )
  }
}

export const refuseDeletingReportSender: CollectionBeforeDeleteHook = async ({ req, id }) => {
  if (await holdsReports(req, { reporter: { equals: id } })) {
    throw new APIError(
      "This account sent incident reports to a council, which keeps them as its record. Remove the account's council memberships instead: it can then no longer sign in.",
      409,
      undefined,
      true,
    )
  }
}

export const refuseDeletingTenantWithIncidents: CollectionBeforeDeleteHook = async ({ req, id }) => {
  if (await holdsReports(req, { tenant: { equals: id } })) {
    throw new APIError('This council holds incident reports from its councillors, kept as its record under its retention. Deactivate the council instead.', 409, undefined, true)
  }
  if (await holdsIncidents(req, { tenant: { equals: id } })) {
    throw new APIError(
      "Members of this council keep private incident logs here, which only they can remove. Switch the incident log off and ask them to export and delete their logs before the council is deleted.",
      409,
      undefined,
      true,
    )
  }
}
