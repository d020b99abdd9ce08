'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { missingSecondStep } from '@/collections/Users/hooks/twoFactorGate'
import type { CodeFormState } from '@/components/twoFactor/codeState'
import { setSessionCookie } from '@/collections/Users/sessionCookie'
import { completeSecondStep, currentUser, forgetRecoveryCodes, holdPendingSignIn, payloadClient, pendingSignIn, turnOff, turnOn } from '../signIn'
import type { TypedUser } from 'payload'
import { normaliseEmailAddress } from '@/lib/emailAddress'

import { adminReturnPath } from './adminPaths'
import { adminRefusal } from './messages'

/** `continueTo`: signed in; the form loads that page afresh (see src/components/twoFactor/continueTo.client.ts). */
export type AdminSignInState = { email: string; errors: { email?: string; password?: string; form?: string }; continueTo?: string }

const PASSWORD_MAX = 256

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined
}

function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' ? error.message : ''
}

/**
 * The admin's sign-in (replacing Payload's form, which posts straight to /api/users/login and has
 * no second step): Payload's login with this request's headers, so its limits and the two-step
 * gate apply; when the gate asks for a code or a set-up, the sign-in waits on this same page.
 */
export async function adminSignInAction(wanted: string, _previous: AdminSignInState, form: FormData): Promise<AdminSignInState> {
  const email = (typeof form.get('email') === 'string' ? String(form.get('email')) : '').slice(0, 320)
  const password = typeof form.get('password') === 'string' ? String(form.get('password')) : ''
  const errors: AdminSignInState['errors'] = {}
  if (email.trim() === '') errors.email = 'Enter your email address'
  else if (!normaliseEmailAddress(email).ok) errors.email = 'Enter an email address like name@example.org'
  if (password === '') errors.password = 'Enter your password'
  else if (password.length > PASSWORD_MAX) errors.password = `The password must be ${PASSWORD_MAX} characters or fewer`
  if (errors.email || errors.password) return { email, errors }
  const next = adminReturnPath(wanted)
  const payload = await payloadClient()
  try {
    const result = await payload.login({ collection: 'users', data: { email: email.trim(), password }, req: { headers: new Headers(await headers()) } })
    if (!result.token) return { email, errors: { form: 'The email or password is not right.' } }
    await setSessionCookie(result.token)
  } catch (error) {
    if (missingSecondStep(error)) {
      const account = await payload.db.findOne<TypedUser>({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } } })
      if (!account) return { email, errors: { form: 'The email or password is not right.' } }
      await holdPendingSignIn(account.id, { kind: 'admin' }, next)
      redirect('/admin/login')
    }
    const status = statusOf(error)
    if (status === 429) return { email, errors: { form: messageOf(error) || 'Too many attempts. Try again later.' } }
    if (status === 401 || status === 403) return { email, errors: { form: 'The email or password is not right.' } }
    throw error
  }
  return { email, errors: {}, continueTo: next }
}

/** The code (or the first code of a set-up) of a sign-in waiting on the admin's page. */
export async function adminSecondStepAction(_previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const pending = await pendingSignIn()
  if (!pending || pending.place.kind !== 'admin') redirect('/admin/login')
  const outcome = await completeSecondStep(pending, typeof form.get('code') === 'string' ? String(form.get('code')) : '')
  if (!outcome.ok) return { error: adminRefusal(outcome) }
  // The recovery codes page is the portal's own, rendered on the server: a client-side hop is fine there.
  if (outcome.recoveryCodes) redirect(`/admin/recovery-codes?next=${encodeURIComponent(adminReturnPath(outcome.next))}`)
  return { continueTo: adminReturnPath(outcome.next) }
}

export async function adminSavedCodesAction(next: string, _previous: CodeFormState, _form: FormData): Promise<CodeFormState> {
  await forgetRecoveryCodes()
  return { continueTo: adminReturnPath(next) }
}

export async function adminTurnOnAction(_previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const viewer = await currentUser()
  if (!viewer) redirect('/admin/login')
  const result = await turnOn(viewer, typeof form.get('code') === 'string' ? String(form.get('code')) : '')
  if (!result.ok) return { error: adminRefusal(result) }
  redirect(`/admin/recovery-codes?next=${encodeURIComponent('/admin/two-factor')}`)
}

export async function adminTurnOffAction(_previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const viewer = await currentUser()
  if (!viewer) redirect('/admin/login')
  const result = await turnOff(viewer, typeof form.get('code') === 'string' ? String(form.get('code')) : '')
  if (!result.ok) return { error: adminRefusal(result) }
  redirect('/admin/two-factor?off=1')
}
