import { Button } from '@react-email/components'

import { serverEnv } from '@/env'
import { TEXT_ON_PRIMARY } from '@/lib/colour'

import { EmailLayout, EmailLink, Paragraph, PORTAL_COLOUR } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import type { RenderedEmail } from './accountLinks'

/**
 * The reset link is built from the configured server URL, never from the request's Host
 * header: a forged Host would otherwise send a victim's reset token to an attacker's site.
 */
export function passwordResetUrl(token: string): string {
  return `${serverEnv().NEXT_PUBLIC_SERVER_URL}/admin/reset/${encodeURIComponent(token)}`
}

export function passwordResetEmailSubject(): string {
  return 'Reset your Councillor Safety Portal password'
}

/** Payload's own forgotten password (the admin's), in English, from the portal. */
export function PasswordResetEmail({ url }: { url: string }) {
  return (
    <EmailLayout lang="en" brand={{ name: 'Councillor Safety Portal' }}>
      <Paragraph>Someone asked to reset the password of your account on the Councillor Safety Portal.</Paragraph>
      <Button href={url} style={{ backgroundColor: PORTAL_COLOUR, color: TEXT_ON_PRIMARY, padding: '10px 18px', textDecoration: 'underline' }}>
        Choose a new password
      </Button>
      <Paragraph>
        Or copy this address into your browser: <EmailLink href={url}>{url}</EmailLink>
      </Paragraph>
      <Paragraph>The link works for one hour. If you did not ask for this, ignore this email: your password stays the same.</Paragraph>
    </EmailLayout>
  )
}

export async function passwordResetEmail(token: string): Promise<RenderedEmail> {
  return { subject: passwordResetEmailSubject(), ...(await renderEmailParts(<PasswordResetEmail url={passwordResetUrl(token)} />)) }
}
