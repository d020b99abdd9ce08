import { getAllContactsVCard } from '@/data/contactVCards'
import { resolveSite, type SiteRequest } from '@/data/site'

import { vcardResponse } from '../vcardResponse'

/** Every public contact of the site's contacts page in one .vcf, on the portal or the tenant's own domain. */
export async function GET(_request: Request, { params }: { params: Promise<SiteRequest> }): Promise<Response> {
  const site = await resolveSite(params)
  return vcardResponse(site ? await getAllContactsVCard(site) : null)
}
