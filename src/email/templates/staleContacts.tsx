import { contactKindLabels, type ContactKind } from '@/collections/Contacts/kinds'

import { type EmailBrand, EmailLayout, EmailLink, Paragraph } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import type { RenderedEmail } from './accountLinks'

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

/** The weekly list of a tenant's contacts due a check, to its editors and tenant admins. */
export function StaleContactsEmail({ input, colour }: { input: StaleContactsEmailInput; colour?: string | null }) {
  const brand: EmailBrand = { name: input.tenantName, colour }
  return (
    <EmailLayout lang="en" brand={brand}>
      <Paragraph>{`These contacts on ${input.tenantName}'s safety portal have not been checked in the last ${input.staleAfterDays} days. Councillors call them when abuse is happening, so a wrong number matters.`}</Paragraph>
      <ul>
        {input.contacts.map((contact) => (
          <li key={contact.id}>
            <EmailLink colour={colour} href={contactUrl(input.serverUrl, contact.id)}>{contact.label}</EmailLink>
            {` (${[contactKindLabels[contact.kind], contact.organisation].filter(Boolean).join(', ')}): ${verifiedText(contact.lastVerifiedAt)}`}
          </li>
        ))}
      </ul>
      <Paragraph>Open each one, check that the number, email address and link still work, and press &quot;Verified today&quot;.</Paragraph>
      <Paragraph>
        <EmailLink colour={colour} href={`${input.serverUrl}/admin`}>Open the portal&apos;s admin</EmailLink>
      </Paragraph>
      <Paragraph>You receive this weekly because you edit this tenant&apos;s contacts.</Paragraph>
    </EmailLayout>
  )
}

export async function staleContactsEmail(input: StaleContactsEmailInput, colour?: string | null): Promise<RenderedEmail> {
  return { subject: staleContactsSubject(input), ...(await renderEmailParts(<StaleContactsEmail input={input} colour={colour} />)) }
}
