/** The add-helper form after a post: the address as typed, and the problem with it (or who was added). */
export type HelperFormState = { email: string; error: string | null; added: string | null }

export const emptyHelperFormState: HelperFormState = { email: '', error: null, added: null }
