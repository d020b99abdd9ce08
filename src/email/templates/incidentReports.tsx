import { EmailLayout, EmailLink, Paragraph } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import type { RenderedEmail } from './accountLinks'

/*
 * The emails about reports to the council. Each holds the report's reference and a link, and
 * nothing else: no councillor's name, no council's name, no kind of abuse, no content, no
 * evidence. Email is copied and forwarded, and "hate" beside a councillor's name is already
 * sensitive. Whoever follows the link signs in and reads the report there, if they may.
 */

export type ReportEmailEvent = 'received' | 'updated' | 'escalated' | 'due'

export type ReportEmailInput = { event: ReportEmailEvent; reference: string; url: string | null; hours?: number }

const portal = { name: 'Councillor Safety Portal' }

const subjects: Record<ReportEmailEvent, (reference: string) => string> = {
  received: (reference) => `New incident report ${reference}`,
  updated: (reference) => `Your report ${reference} has been updated`,
  escalated: (reference) => `Report ${reference} has not been assessed in time`,
  due: (reference) => `Next action due on report ${reference}`,
}

function lead(input: ReportEmailInput): string {
  switch (input.event) {
    case 'received':
      return `A councillor has sent an incident report to you through the portal. Its reference is ${input.reference}.`
    case 'updated':
      return `There is an update on your report ${input.reference}.`
    case 'escalated':
      return `Report ${input.reference} is still waiting to be assessed${input.hours ? ` after ${input.hours} hours` : ''}. Only the officers it was sent to can open it: please make sure one of them does.`
    case 'due':
      return `The next action on report ${input.reference} is due.`
  }
}

export function ReportEmail({ input }: { input: ReportEmailInput }) {
  return (
    <EmailLayout lang="en" brand={portal}>
      <Paragraph>{lead(input)}</Paragraph>
      {input.url ? (
        <Paragraph>
          <EmailLink href={input.url}>Open the report in the portal</EmailLink>
        </Paragraph>
      ) : null}
      <Paragraph>This email says nothing else on purpose: what was reported is only in the portal, behind your sign-in.</Paragraph>
    </EmailLayout>
  )
}

export async function reportEmail(input: ReportEmailInput): Promise<RenderedEmail> {
  return { subject: subjects[input.event](input.reference), ...(await renderEmailParts(<ReportEmail input={input} />)) }
}
