import { contactKindLabels, type ContactKind } from '@/collections/Contacts/kinds'

import { escapeHtml } from '../escapeHtml'

export type StaleContactsEmailInput = {
  serverUrl: string
  tenantName: string
  staleAfterDays: number
  contacts: { id: number; label: string; kind: ContactKind; organisation: string | null; lastVerifiedAt: string | null }[]
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

function verifiedText(lastVerifiedAt: string | null): string {
  return lastVerifiedAt ? `last verified ${dateFormat.format(new Date(lastVerifiedAt))}` : 'never verified'
}

/** Links are built from the configured server URL (NEXT_PUBLIC_SERVER_URL), never a request's Host. */
function contactUrl(serverUrl: string, id: number): string {
  return `${serverUrl}/admin/collections/contacts/${id}`
}

export function staleContactsSubject({ tenantName, contacts }: StaleContactsEmailInput): string {
  const count = contacts.length
  return `${count} contact${count === 1 ? '' : 's'} to check for ${tenantName}`
}

export function staleContactsHtml(input: StaleContactsEmailInput): string {
  const items = input.contacts.map((contact) => {
    const what = [contactKindLabels[contact.kind], contact.organisation].filter(Boolean).join(', ')
    return `<li><a href="${escapeHtml(contactUrl(input.serverUrl, contact.id))}">${escapeHtml(contact.label)}</a> (${escapeHtml(what)}): ${escapeHtml(verifiedText(contact.lastVerifiedAt))}</li>`
  })
  return [
    '<!doctype html><html lang="en"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5">',
    `<p>These contacts on ${escapeHtml(input.tenantName)}'s safety portal have not been checked in the last ${input.staleAfterDays} days. Councillors call them when abuse is happening, so a wrong number matters.</p>`,
    `<ul>${items.join('')}</ul>`,
    '<p>Open each one, check that the number, email address and link still work, and press "Verified today".</p>',
    `<p><a href="${escapeHtml(`${input.serverUrl}/admin`)}">Open the portal's admin</a></p>`,
    '<p>You receive this weekly because you edit this tenant\'s contacts.</p>',
    '</body></html>',
  ].join('\n')
}

export function staleContactsText(input: StaleContactsEmailInput): string {
  return [
    `These contacts on ${input.tenantName}'s safety portal have not been checked in the last ${input.staleAfterDays} days:`,
    '',
    ...input.contacts.map(
      (contact) => `- ${contact.label} (${contactKindLabels[contact.kind]}): ${verifiedText(contact.lastVerifiedAt)}\n  ${contactUrl(input.serverUrl, contact.id)}`,
    ),
    '',
    'Open each one, check that the number, email address and link still work, and press "Verified today".',
  ].join('\n')
}
