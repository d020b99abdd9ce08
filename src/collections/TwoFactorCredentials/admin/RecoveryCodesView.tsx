import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/admin/AdminViewFrame'
import { RecoveryCodes } from '@/components/twoFactor/RecoveryCodes.client'
import { recoveryCodesToShow } from '../signIn'

import { adminSavedCodesAction } from './actions'
import { adminReturnPath } from './adminPaths'
import { adminTwoFactorStrings } from './messages'
import { AdminSavedCodesForm } from './SavedCodesForm.client'

/** `/admin/recovery-codes`: the codes just made, once, after the session started (see src/data/twoFactor.ts). */
export async function AdminRecoveryCodesView(props: AdminViewServerProps) {
  const user = props.initPageResult.req.user
  // Custom admin views are reachable signed out: this one is only for the person whose codes they are.
  if (!user) redirect('/admin/login')
  const wanted = props.searchParams?.['next']
  const next = adminReturnPath(typeof wanted === 'string' ? wanted : undefined)
  const codes = await recoveryCodesToShow(user.id)
  return (
    <AdminViewFrame props={props} viewType="recoveryCodes" title="Save your recovery codes">
      <div className="two-factor-admin" id="recovery-codes-view">
        {codes ? (
          <>
            <p>If you lose your phone, each of these codes signs you in once instead of a code from the app. Keep them somewhere safe, away from your phone. They are shown only now.</p>
            <RecoveryCodes codes={codes} strings={adminTwoFactorStrings.codes} />
            <AdminSavedCodesForm action={adminSavedCodesAction.bind(null, next)} />
          </>
        ) : (
          <>
            <p>Your recovery codes were shown once and are not shown again. If you have lost them, reset your password by email and set up two-step sign-in again.</p>
            <p>
              <a href={next}>Continue</a>
            </p>
          </>
        )}
      </div>
    </AdminViewFrame>
  )
}
