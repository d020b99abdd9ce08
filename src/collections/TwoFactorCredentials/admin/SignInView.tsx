import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { CodeForm } from '@/components/twoFactor/CodeForm.client'
import { SetupInstructions } from '@/components/twoFactor/SetupInstructions'
import { pendingSignIn, setupFor } from '../signIn'

import { adminSecondStepAction, adminSignInAction } from './actions'
import { adminReturnPath } from './adminPaths'
import { adminTwoFactorStrings } from './messages'
import { AdminPasswordForm } from './PasswordForm.client'

/**
 * The admin's sign-in page (`/admin/login`, replacing Payload's): the password first; then, for
 * whoever has or needs two-step sign-in, the code, or the set-up with its QR code and key as text.
 * Which step shows is read from the sealed "password accepted" cookie (src/data/twoFactor.ts).
 */
export async function AdminSignInView(props: AdminViewServerProps) {
  const wanted = props.searchParams?.['redirect']
  const next = adminReturnPath(typeof wanted === 'string' ? wanted : undefined)
  if (props.initPageResult.req.user) redirect(next)
  const pending = await pendingSignIn()
  const waiting = pending && pending.place.kind === 'admin' ? pending : null
  const setup = waiting?.step === 'setup' ? await setupFor(waiting.user) : null
  return (
    <main className="admin-sign-in" id="admin-sign-in">
      {waiting === null ? (
        <>
          <h1>Sign in to the Councillor Safety Portal</h1>
          <AdminPasswordForm action={adminSignInAction.bind(null, next)} />
          <p>
            <Link href="/admin/forgot" prefetch={false}>Forgot password?</Link>
          </p>
        </>
      ) : setup ? (
        <>
          <h1>Set up two-step sign-in</h1>
          <p>Your role needs two-step sign-in: a code from an app on your phone as well as your password. Set it up now to continue.</p>
          <SetupInstructions setup={setup} strings={adminTwoFactorStrings.setup} />
          <CodeForm action={adminSecondStepAction} fullPageContinue strings={{ ...adminTwoFactorStrings.code, hint: 'The 6-digit code your authenticator app shows once you have added the account.', submit: 'Continue' }} />
        </>
      ) : (
        <>
          <h1>Enter your sign-in code</h1>
          <p>Open the authenticator app on your phone and type the 6-digit code it shows for the Councillor Safety Portal.</p>
          <CodeForm action={adminSecondStepAction} fullPageContinue strings={{ ...adminTwoFactorStrings.code, hint: 'The 6-digit code from your authenticator app, or one of your recovery codes (like abcde-fghjk).', submit: 'Continue' }} />
          <p>
            <Link href="/admin/forgot" prefetch={false}>Lost your phone and your recovery codes? Reset your password by email: that also turns two-step sign-in off.</Link>
          </p>
        </>
      )}
    </main>
  )
}
