/** The forgotten-password form after a post: the address as typed, whether the request was taken, the problems. */
export type ForgottenState = { email: string; sent: boolean; errors: { email?: string; form?: string } }

export const emptyForgottenState: ForgottenState = { email: '', sent: false, errors: {} }
