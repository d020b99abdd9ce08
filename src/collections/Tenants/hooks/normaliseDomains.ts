import type { CollectionBeforeValidateHook } from 'payload'

import { normaliseHostname } from '@/lib/hostname'
import type { Tenant } from '@/payload-types'

/** Hosts arrive lower-case from browsers; store them the same way so lookups match. */
export const normaliseDomains: CollectionBeforeValidateHook<Tenant> = ({ data }) => {
  if (!data) return data
  const normalise = <Row extends { domain?: unknown }>(rows: Row[]) =>
    rows.map((row) => ({ ...row, domain: typeof row.domain === 'string' ? normaliseHostname(row.domain) : row.domain }))
  return {
    ...data,
    ...(data.domains ? { domains: normalise(data.domains) } : {}),
    ...(data.invitationEmailDomains ? { invitationEmailDomains: normalise(data.invitationEmailDomains) } : {}),
  }
}
