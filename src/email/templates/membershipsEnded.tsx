import { isTenantRole, tenantRoleLabels } from '@/access/roles'

import { type EmailBrand, EmailLayout, EmailLink, Paragraph } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import type { RenderedEmail } from './accountLinks'

export type EndedMembership = { userId: number; email: string; name: string; roles: string[]; endsAt: string }

export type MembershipsEndedEmailInput = { tenantName: string; ended: EndedMembership[]; usersUrl: string }

const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

function describe(membership: EndedMembership): string {
  const roles = membership.roles.map((role) => (isTenantRole(role) ? tenantRoleLabels[role].label : role)).join(', ')
  return `${membership.name ? `${membership.name} (${membership.email})` : membership.email}: ${roles}, ended ${longDate(membership.endsAt)}`
}

const countOf = (ended: EndedMembership[]) => (ended.length === 1 ? 'A membership has' : `${ended.length} memberships have`)

/** To a council's tenant admins, after the daily job ended memberships: who left, as what, since when. */
export function MembershipsEndedEmail({ input, colour }: { input: MembershipsEndedEmailInput; colour?: string | null }) {
  const brand: EmailBrand = { name: input.tenantName, colour }
  return (
    <EmailLayout lang="en" brand={brand}>
      <Paragraph>{`${countOf(input.ended)} ended in ${input.tenantName}. These people are signed out and can no longer open the members' area or the admin; each can still read their own incident log for 12 months.`}</Paragraph>
      <ul>
        {input.ended.map((membership) => (
          <li key={`${membership.userId}-${membership.endsAt}`}>{describe(membership)}</li>
        ))}
      </ul>
      <Paragraph>
        <EmailLink colour={colour} href={input.usersUrl}>
          Open the Users list
        </EmailLink>
      </Paragraph>
    </EmailLayout>
  )
}

export async function membershipsEndedEmail(input: MembershipsEndedEmailInput, colour?: string | null): Promise<RenderedEmail> {
  // oneLine: a subject is one line, whatever the tenant's name holds (the outbox also enforces it).
  const subject = `${countOf(input.ended)} ended in ${input.tenantName}`.replace(/[\r\n]+/g, ' ')
  return { subject, ...(await renderEmailParts(<MembershipsEndedEmail input={input} colour={colour} />)) }
}
