import { allContactsVCard } from '@/data/contactVCards'

type Context = { params: Promise<{ tenant: string; locale: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { tenant, locale } = await params
  return allContactsVCard(tenant, locale)
}
