import type { CodeRefusal } from '@/collections/TwoFactorCredentials/service'

/** The admin's words (the admin is in English) for a refused code, each saying what to do next. */
export function adminRefusal(refusal: CodeRefusal | { ok: false; reason: 'required' }): string {
  switch (refusal.reason) {
    case 'malformed':
      return 'Enter the 6-digit code from your app, or a recovery code like abcde-fghjk'
    case 'wrong':
      return 'That code is not right. Check the code in your app and try again'
    case 'replayed':
      return 'That code was already used. Wait for the next code in your app'
    case 'throttled':
      return `Too many codes tried. Try again in ${Math.ceil(refusal.retryAfterSeconds / 60)} minutes, or reset your password by email`
    case 'required':
      return 'Your role needs two-step sign-in, so it cannot be turned off'
  }
}

export const adminTwoFactorStrings = {
  code: { label: 'Code', pending: 'Checking…', errorTitle: 'There is a problem' },
  setup: {
    scan: 'Scan this QR code with an authenticator app, for example Google Authenticator, Microsoft Authenticator or 2FAS.',
    qrLabel: 'QR code to add your account to an authenticator app',
    typeInstead: 'If you cannot scan it, add an account in the app by hand, choose a time-based code, and type this key:',
    secretLabel: 'Key:',
  },
  codes: { listLabel: 'Recovery codes', copy: 'Copy the codes', copied: 'The codes are copied.', download: 'Download as a text file', fileName: 'recovery-codes.txt' },
}
