import type { CollectionBeforeValidateHook } from 'payload'

import { normaliseHostname } from '@/lib/hostname'
import type { Tenant } from '@/payload-types'

/** Hosts arrive lower-case from browsers; store them the same way so lookups match. */
export const normaliseDomains: CollectionBeforeValidateHook<Tenant> = ({ data }) => {
  if (!data?.domains) return data
  return {
    ...data,
    domains: data.domains.map((row) => ({
      ...row,
      domain: typeof row.domain === 'string' ? normaliseHostname(row.domain) : row.domain,
    })),
  }
}
