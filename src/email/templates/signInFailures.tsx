import { serverEnv } from '@/env'

import { escapeHtml } from '../escapeHtml'

/**
 * Sent to an account's owner when sign-ins to it keep failing. No address, time or place of the
 * attempts: the mail may be read by whoever is behind them, and the owner needs only what to do.
 */
export function repeatedSignInFailuresHtml(failures: number): string {
  const reset = escapeHtml(`${serverEnv().NEXT_PUBLIC_SERVER_URL}/admin/forgot`)
  return [
    '<!doctype html><html lang="en"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5">',
    `<p>There have been ${failures} failed attempts in a row to sign in to your Councillor Safety Portal account.</p>`,
    '<p>If that was you, nothing is wrong: each further attempt now waits a little longer. Your account is not locked.</p>',
    `<p>If it was not you, your password has kept them out. You can still sign in as usual, or <a href="${reset}">get a reset link by email</a>, which always lets you in.</p>`,
    '</body></html>',
  ].join('\n')
}

export function repeatedSignInFailuresSubject(): string {
  return 'Failed sign-in attempts on your Councillor Safety Portal account'
}
