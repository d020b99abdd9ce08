/** What the sign-in form shows after an attempt: the email as typed, and the problems by field. */
export type SignInState = { email: string; errors: { email?: string; password?: string; form?: string } }

export const emptySignInState: SignInState = { email: '', errors: {} }

/**
 * Where to go after signing in: `next` when it is a page of this tenant's members' area (so the
 * form cannot be used to bounce a councillor to another site or tenant), else the area's home.
 */
export function membersReturnPath(home: string, next: string | null | undefined): string {
  const area = `${home}/members`
  if (next && /^\/[a-z0-9./-]*$/.test(next) && !next.includes('..') && (next === area || next.startsWith(`${area}/`))) return next
  return area
}
