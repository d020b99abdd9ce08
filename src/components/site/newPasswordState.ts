/**
 * What a new-password form (invitation, reset) shows after a post: the passwords as typed (so a
 * mistake in one field does not cost the other) and the problems by field.
 */
export type NewPasswordState = { password: string; confirm: string; errors: { password?: string; confirm?: string; form?: string } }

export const emptyNewPasswordState: NewPasswordState = { password: '', confirm: '', errors: {} }
