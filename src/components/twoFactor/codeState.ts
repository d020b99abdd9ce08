/**
 * What a two-step sign-in code form shows after an attempt: the problem, if any (a code is never
 * handed back), or, in the admin, where to go now that the sign-in is complete (see continueTo.client.ts).
 */
export type CodeFormState = { error?: string; continueTo?: string }

export const emptyCodeFormState: CodeFormState = {}
