/** What a two-step sign-in code form shows after an attempt: the problem, if any (a code is never handed back). */
export type CodeFormState = { error?: string }

export const emptyCodeFormState: CodeFormState = {}
