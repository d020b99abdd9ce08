import { getContactVCard } from '@/data/contactVCards'
import { resolveSite } from '@/data/site'
import { parseDocId } from '@/lib/docId'

import { vcardResponse } from '../../vcardResponse'

type Params = Promise<{ tenant: string; locale: string; contactId: string }>

/**
 * One contact's card, only if the site's public contacts page shows it. Members-only contacts,
 * other tenants' contacts and ids that are not whole numbers answer 404.
 */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { tenant, locale, contactId } = await params
  const id = parseDocId(contactId)
  const site = id === null ? null : await resolveSite({ tenant, locale })
  return vcardResponse(site && id !== null ? await getContactVCard(site, id) : null)
}
