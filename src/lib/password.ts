/** Shortest password accepted: length is what makes a password hard to guess (NCSC: three random words). */
export const PASSWORD_MIN = 12
/** Longest password passed on to hashing: a megabyte of "password" is only a way to load the server. */
export const PASSWORD_MAX = 256

export type PasswordProblem = 'missing' | 'tooShort' | 'tooLong' | 'sameAsEmail'
export type ConfirmProblem = 'confirmMissing' | 'mismatch'

/** What is wrong with a new password and its confirmation, field by field (nothing when both are fine). */
export function newPasswordProblems(password: string, confirm: string, email: string): { password?: PasswordProblem; confirm?: ConfirmProblem } {
  const problems: { password?: PasswordProblem; confirm?: ConfirmProblem } = {}
  if (password === '') problems.password = 'missing'
  else if ([...password].length < PASSWORD_MIN) problems.password = 'tooShort'
  else if (password.length > PASSWORD_MAX) problems.password = 'tooLong'
  else if (password.trim().toLowerCase() === email.trim().toLowerCase()) problems.password = 'sameAsEmail'
  if (confirm === '') problems.confirm = 'confirmMissing'
  else if (password !== '' && confirm !== password) problems.confirm = 'mismatch'
  return problems
}
