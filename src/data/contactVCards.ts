import { contactKindLabels } from '@/collections/Contacts/kinds'
import { toVCard, toVCards, type VCardContact } from '@/lib/vcard'

import { getEffectiveContacts, getPublicContact, type EffectiveContact } from './contacts'
import type { Site } from './site'

/** A vCard file to download: the route handler that serves it sets the HTTP headers. */
export type VCardFile = { body: string; filename: string }

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

/** Every public contact of the site's contacts page, in one .vcf. */
export async function getAllContactsVCard(site: Site): Promise<VCardFile> {
  const groups = await getEffectiveContacts(site)
  const cards = groups.flatMap((group) => group.contacts).map(toCard)
  return { body: toVCards(cards), filename: `${site.tenant.slug}-contacts.vcf` }
}

/**
 * One contact, only if the site's public contacts page shows it (the tenant's own or inherited);
 * null for members-only contacts and other tenants' contacts.
 */
export async function getContactVCard(site: Site, contactId: number): Promise<VCardFile | null> {
  const contact = await getPublicContact(site, contactId)
  if (!contact) return null
  const name = contact.label.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase()
  return { body: toVCard(toCard(contact)), filename: `${site.tenant.slug}-${name || contact.id}.vcf` }
}
