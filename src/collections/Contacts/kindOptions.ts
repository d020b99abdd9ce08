/**
 * Contact kinds for pages and blocks: the one list lives with the contacts collection
 * (src/collections/Contacts/kinds.ts); this adds what editors pick from and a type guard.
 */
import { contactKindLabels, contactKinds, type ContactKind } from './kinds'

export { contactKindLabels, contactKinds, type ContactKind }

export const contactKindOptions = contactKinds.map((value) => ({ label: contactKindLabels[value], value }))

export function isContactKind(value: unknown): value is ContactKind {
  return typeof value === 'string' && (contactKinds as readonly string[]).includes(value)
}
