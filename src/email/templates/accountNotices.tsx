import { Button } from '@react-email/components'

import { serverEnv } from '@/env'
import { TEXT_ON_PRIMARY } from '@/lib/colour'

import { EmailLayout, EmailLink, Paragraph, PORTAL_COLOUR } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import type { RenderedEmail } from './accountLinks'

/*
 * The account's credential notices, in English from the portal (like Payload's own reset email):
 * an email change is confirmed from the OLD address, and every password or email change is told to
 * the person. No secret is in a notice: no password, no token, and the confirmation's token only
 * in its link (which is why that one is queued with the token as a secret and dropped once sent).
 */

const brand = { name: 'Councillor Safety Portal' }

/** Built from the configured server URL, never the request's Host (a forged Host would leak the token). */
export function emailChangeUrl(token: string): string {
  return `${serverEnv().NEXT_PUBLIC_SERVER_URL}/api/users/email-change?token=${encodeURIComponent(token)}`
}

export async function emailChangeConfirmEmail(token: string): Promise<RenderedEmail> {
  const url = emailChangeUrl(token)
  const element = (
    <EmailLayout lang="en" brand={brand}>
      <Paragraph>Someone signed in to your account on the Councillor Safety Portal asked to change its email address to a new one.</Paragraph>
      <Paragraph>The change only happens if you confirm it from this address, within 24 hours.</Paragraph>
      <Button href={url} style={{ backgroundColor: PORTAL_COLOUR, color: TEXT_ON_PRIMARY, padding: '10px 18px', textDecoration: 'underline' }}>
        Review the change
      </Button>
      <Paragraph>
        Or copy this address into your browser: <EmailLink href={url}>{url}</EmailLink>
      </Paragraph>
      <Paragraph>If you did not ask for this, do not confirm it, and change your password: someone else may be signed in as you.</Paragraph>
    </EmailLayout>
  )
  return { subject: 'Confirm the change of your Councillor Safety Portal email address', ...(await renderEmailParts(element)) }
}

export async function emailChangedEmail(): Promise<RenderedEmail> {
  const element = (
    <EmailLayout lang="en" brand={brand}>
      <Paragraph>The email address of your account on the Councillor Safety Portal was changed, after the change was confirmed from the old address.</Paragraph>
      <Paragraph>{"If you did not do this, contact your council's or party's portal administrator at once."}</Paragraph>
    </EmailLayout>
  )
  return { subject: 'Your Councillor Safety Portal email address was changed', ...(await renderEmailParts(element)) }
}

export async function passwordChangedEmail(): Promise<RenderedEmail> {
  const element = (
    <EmailLayout lang="en" brand={brand}>
      <Paragraph>The password of your account on the Councillor Safety Portal was changed.</Paragraph>
      <Paragraph>{"If you did not do this, use \u201cForgot password\u201d on the sign-in page to choose a new one, and tell your council's or party's portal administrator."}</Paragraph>
    </EmailLayout>
  )
  return { subject: 'Your Councillor Safety Portal password was changed', ...(await renderEmailParts(element)) }
}

export type TwoFactorChange = { change: 'on' | 'off' | 'reset' } | { change: 'recovery-used'; left: number }

/** Told to the address on file whenever two-step sign-in changes, so a change nobody asked for is noticed. */
export async function twoFactorChangedEmail(params: TwoFactorChange): Promise<RenderedEmail> {
  const notYou = "If you did not do this, use \u201cForgot password\u201d on the sign-in page to choose a new password, and tell your council's or party's portal administrator."
  const lines: Record<TwoFactorChange['change'], { subject: string; body: string }> = {
    on: { subject: 'Two-step sign-in is now on for your Councillor Safety Portal account', body: 'Two-step sign-in was turned on for your account: signing in now asks for a code from your authenticator app as well as your password.' },
    off: { subject: 'Two-step sign-in was turned off for your Councillor Safety Portal account', body: 'Two-step sign-in was turned off for your account: signing in now asks for your password only.' },
    reset: { subject: 'Two-step sign-in was reset with your Councillor Safety Portal password', body: 'Your password was reset through the link sent to this address, and that turned two-step sign-in off. If your role needs it, you will set it up again at your next sign-in.' },
    'recovery-used': { subject: 'A recovery code was used to sign in to your Councillor Safety Portal account', body: 'Someone signed in to your account with one of your recovery codes instead of a code from your authenticator app.' },
  }
  const { subject, body } = lines[params.change]
  const element = (
    <EmailLayout lang="en" brand={brand}>
      <Paragraph>{body}</Paragraph>
      {params.change === 'recovery-used' ? (
        <Paragraph>{params.left === 1 ? '1 recovery code is left.' : `${params.left} recovery codes are left.`} Each works once.</Paragraph>
      ) : null}
      <Paragraph>{notYou}</Paragraph>
    </EmailLayout>
  )
  return { subject, ...(await renderEmailParts(element)) }
}
