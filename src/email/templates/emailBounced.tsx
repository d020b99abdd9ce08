import { type EmailBrand, EmailLayout, EmailLink, Paragraph } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import type { RenderedEmail } from './accountLinks'

/**
 * The dashboard holds the address and Resend's reason; the email holds neither. Email is copied
 * and forwarded, and the bounced email may have been a report's notification (#20): whom it was
 * to and what it was about stay behind the admin's sign-in.
 */
export type EmailBouncedInput = { tenantName: string; dashboardUrl: string }

/** To a council's tenant admins when an email about their council bounced. */
export function EmailBouncedEmail({ input, colour }: { input: EmailBouncedInput; colour?: string | null }) {
  const brand: EmailBrand = { name: input.tenantName, colour }
  return (
    <EmailLayout lang="en" brand={brand}>
      <Paragraph>{`An email the portal sent for ${input.tenantName} could not be delivered: the recipient's mail server returned it. Until the address is corrected, that person may miss reports, invitations or reminders.`}</Paragraph>
      <Paragraph>Sign in to see which address it was and why it was returned.</Paragraph>
      <Paragraph>
        <EmailLink colour={colour} href={input.dashboardUrl}>
          Open the dashboard
        </EmailLink>
      </Paragraph>
    </EmailLayout>
  )
}

export async function emailBouncedEmail(input: EmailBouncedInput, colour?: string | null): Promise<RenderedEmail> {
  const subject = `An email for ${input.tenantName} could not be delivered`.replace(/[\r\n]+/g, ' ')
  return { subject, ...(await renderEmailParts(<EmailBouncedEmail input={input} colour={colour} />)) }
}
