import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { newPasswordProblems, PASSWORD_MAX, PASSWORD_MIN } from '@/lib/password'

import type { NewPasswordState } from './newPasswordState'
import type { NewPasswordStrings } from './NewPasswordForm.client'

/** The new-password form's labels and rules in `locale`; `submit` names what the form does. */
export async function newPasswordStrings(locale: Locale, emailLabel: string, submit: string): Promise<NewPasswordStrings> {
  const t = await getTranslations({ locale, namespace: 'Password' })
  return {
    emailLabel,
    rules: t('rules', { min: PASSWORD_MIN }),
    password: t('newPassword'),
    confirm: t('confirm'),
    submit,
    pending: t('pending'),
    errorTitle: t('errorTitle'),
  }
}

/** Reads the two password fields of a post and says, per field and in `locale`, what is wrong. */
export async function checkNewPassword(locale: Locale, form: FormData, email: string): Promise<{ password: string; state: NewPasswordState | null }> {
  const read = (name: string) => {
    const value = form.get(name)
    // Bounded before anything else touches it; the length rule then names the limit.
    return typeof value === 'string' ? value.slice(0, PASSWORD_MAX + 1) : ''
  }
  const password = read('password')
  const confirm = read('confirm')
  const problems = newPasswordProblems(password, confirm, email)
  if (!problems.password && !problems.confirm) return { password, state: null }
  const t = await getTranslations({ locale, namespace: 'Password' })
  const errors: NewPasswordState['errors'] = {}
  if (problems.password) errors.password = t(problems.password, { min: PASSWORD_MIN, max: PASSWORD_MAX })
  if (problems.confirm) errors.confirm = t(problems.confirm)
  return { password, state: { password, confirm, errors } }
}

/** The refusal when too many forms came from one address. */
export async function throttledState(locale: Locale, retryAfterSeconds: number, form: FormData): Promise<NewPasswordState> {
  const t = await getTranslations({ locale, namespace: 'Password' })
  const value = (name: string) => (typeof form.get(name) === 'string' ? String(form.get(name)).slice(0, PASSWORD_MAX + 1) : '')
  return { password: value('password'), confirm: value('confirm'), errors: { form: t('throttled', { minutes: Math.ceil(retryAfterSeconds / 60) }) } }
}
