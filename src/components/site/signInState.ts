/** What the sign-in form shows after an attempt: the email as typed, and the problems by field. */
export type SignInState = { email: string; errors: { email?: string; password?: string; form?: string } }

export const emptySignInState: SignInState = { email: '', errors: {} }
