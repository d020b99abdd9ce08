import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/admin/AdminViewFrame'
import { CodeForm } from '@/components/twoFactor/CodeForm.client'
import { SetupInstructions } from '@/components/twoFactor/SetupInstructions'
import { setupFor, statusFor } from '../signIn'
import type { User } from '@/payload-types'

import { adminTurnOffAction, adminTurnOnAction } from './actions'
import { adminTwoFactorStrings } from './messages'

/** `/admin/two-factor`: the signed-in person's own two-step sign-in (on for some roles always; offered to the rest). */
export async function AdminTwoFactorView(props: AdminViewServerProps) {
  const user = props.initPageResult.req.user as User | null
  if (!user) redirect('/admin/login')
  const status = await statusFor(user)
  const setup = status.enabled ? null : await setupFor(user)
  const turnedOff = props.searchParams?.['off'] === '1'
  return (
    <AdminViewFrame props={props} viewType="twoFactor" title="Two-step sign-in">
      <div className="two-factor-admin" id="two-factor-view">
        <p>Two-step sign-in asks for a code from an app on your phone as well as your password, so someone who learns your password still cannot get in.</p>
        {turnedOff && !status.enabled ? <p role="status">Two-step sign-in is now off.</p> : null}
        {status.enabled ? (
          <>
            <p>Two-step sign-in is on. Unused recovery codes: {status.recoveryCodesLeft}.</p>
            {status.required ? (
              <p>Your role needs two-step sign-in, so it stays on.</p>
            ) : (
              <section aria-labelledby="turn-off-heading">
                <h2 id="turn-off-heading">Turn off two-step sign-in</h2>
                <CodeForm action={adminTurnOffAction} strings={{ ...adminTwoFactorStrings.code, hint: 'Type a current code from your app, or a recovery code, to turn it off.', submit: 'Turn off' }} />
              </section>
            )}
          </>
        ) : setup ? (
          <section aria-labelledby="turn-on-heading">
            <p>Two-step sign-in is off.</p>
            <h2 id="turn-on-heading">Turn on two-step sign-in</h2>
            <SetupInstructions setup={setup} strings={adminTwoFactorStrings.setup} />
            <CodeForm action={adminTurnOnAction} strings={{ ...adminTwoFactorStrings.code, hint: 'The 6-digit code your authenticator app shows once you have added the account.', submit: 'Turn on' }} />
          </section>
        ) : null}
      </div>
    </AdminViewFrame>
  )
}
