import { contactKindLabels } from '@/collections/Contacts/kinds'
import { attachmentDisposition, toVCard, toVCards, type VCardContact } from '@/lib/vcard'

import { getEffectiveContacts, getPublicContact, type EffectiveContact } from './contacts'

function toCard(contact: EffectiveContact): VCardContact {
  const note = [contact.hours, contact.notes].filter(Boolean).join('\n')
  return {
    name: contact.label,
    organisation: contact.organisation,
    tel: contact.phone?.uri ?? null,
    email: contact.email,
    url: contact.url,
    note: note || contactKindLabels[contact.kind],
    uid: `urn:safety-portal:contact:${contact.id}`,
    revision: contact.lastVerifiedAt ? new Date(contact.lastVerifiedAt) : null,
  }
}

function vcardResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': attachmentDisposition(filename),
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/** GET /{tenant}/{locale}/contacts/vcard: every public contact of the tenant's page in one .vcf. */
export async function allContactsVCard(tenantSlug: string, locale: string): Promise<Response> {
  const contacts = await getEffectiveContacts(tenantSlug, locale)
  if (!contacts) return notFound()
  const cards = contacts.groups.flatMap((group) => group.contacts).map(toCard)
  return vcardResponse(toVCards(cards), `${contacts.tenant.slug}-contacts.vcf`)
}

/**
 * GET /{tenant}/{locale}/contacts/{id}/vcard: one contact, only if the tenant's public page shows
 * it (its own or inherited). Members-only contacts, other tenants' contacts and ids that are not
 * whole numbers answer 404.
 */
export async function oneContactVCard(tenantSlug: string, locale: string, rawId: string): Promise<Response> {
  if (!/^[1-9]\d{0,8}$/.test(rawId)) return notFound()
  const contact = await getPublicContact(tenantSlug, locale, Number(rawId))
  if (!contact) return notFound()
  const name = contact.label.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase()
  return vcardResponse(toVCard(toCard(contact)), `${tenantSlug}-${name || contact.id}.vcf`)
}
