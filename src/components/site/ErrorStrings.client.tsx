'use client'

import { createContext, useContext, type ReactNode } from 'react'

/** The error page's words in the page's language. */
export type ErrorStrings = { title: string; body: string; tryAgain: string; home: string }

const ErrorStringsContext = createContext<ErrorStrings | null>(null)

/**
 * error.tsx must be a client component and receives no props from the server, so the layout puts
 * its few translated strings here. (A next-intl client provider would ship next-intl's runtime to
 * every page for one rarely seen screen.)
 */
export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <ErrorStringsContext value={strings}>{children}</ErrorStringsContext>
}

export function useErrorStrings(): ErrorStrings | null {
  return useContext(ErrorStringsContext)
}
