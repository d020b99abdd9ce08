import { serverEnv } from '@/env'

import { escapeHtml } from '../escapeHtml'

/**
 * The reset link is built from the configured server URL, never from the request's Host
 * header: a forged Host would otherwise send a victim's reset token to an attacker's site.
 */
export function passwordResetUrl(token: string): string {
  return `${serverEnv().NEXT_PUBLIC_SERVER_URL}/admin/reset/${encodeURIComponent(token)}`
}

export function passwordResetEmailHtml(token: string): string {
  const url = escapeHtml(passwordResetUrl(token))
  return [
    '<!doctype html><html lang="en"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5">',
    '<p>Someone asked to reset the password of your account on the Councillor Safety Portal.</p>',
    `<p><a href="${url}">Choose a new password</a></p>`,
    `<p>Or copy this address into your browser: ${url}</p>`,
    '<p>The link works for one hour. If you did not ask for this, ignore this email: your password stays the same.</p>',
    '</body></html>',
  ].join('\n')
}

export function passwordResetEmailSubject(): string {
  return 'Reset your Councillor Safety Portal password'
}
