import { oneContactVCard } from '@/data/contactVCards'

type Context = { params: Promise<{ tenant: string; locale: string; contactId: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { tenant, locale, contactId } = await params
  return oneContactVCard(tenant, locale, contactId)
}
