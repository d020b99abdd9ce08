import { serverEnv } from '@/env'

import { EmailLayout, EmailLink, Paragraph } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import type { RenderedEmail } from './accountLinks'

export function repeatedSignInFailuresSubject(): string {
  return 'Failed sign-in attempts on your Councillor Safety Portal account'
}

/**
 * Sent to an account's owner when sign-ins to it keep failing. No address, time or place of the
 * attempts: the mail may be read by whoever is behind them, and the owner needs only what to do.
 */
export function SignInFailuresEmail({ failures, resetUrl }: { failures: number; resetUrl: string }) {
  return (
    <EmailLayout lang="en" brand={{ name: 'Councillor Safety Portal' }}>
      <Paragraph>{`There have been ${failures} failed attempts in a row to sign in to your Councillor Safety Portal account.`}</Paragraph>
      <Paragraph>If that was you, nothing is wrong: each further attempt now waits a little longer. Your account is not locked.</Paragraph>
      <Paragraph>
        If it was not you, your password has kept them out. You can still sign in as usual, or <EmailLink href={resetUrl}>get a reset link by email</EmailLink>, which
        always lets you in.
      </Paragraph>
    </EmailLayout>
  )
}

export async function repeatedSignInFailuresEmail(failures: number): Promise<RenderedEmail> {
  const resetUrl = `${serverEnv().NEXT_PUBLIC_SERVER_URL}/admin/forgot`
  return { subject: repeatedSignInFailuresSubject(), ...(await renderEmailParts(<SignInFailuresEmail failures={failures} resetUrl={resetUrl} />)) }
}
