'use client'

import { createContext, useContext, type ReactNode } from 'react'

/** A 404's words and its way out (the tenant's home, or the portal's directory), in the page's language. */
export type NotFoundStrings = { title: string; body: string; link: { text: string; href: string } }

const NotFoundContext = createContext<NotFoundStrings | null>(null)

/**
 * not-found.tsx receives no params, so it cannot tell a tenant's 404 from the portal's, nor its
 * language. The document around it (the tenant's chrome, or the portal's 404 document) knows, and
 * puts the words here.
 */
export function NotFoundProvider({ strings, children }: { strings: NotFoundStrings; children: ReactNode }) {
  return <NotFoundContext value={strings}>{children}</NotFoundContext>
}

export function NotFoundMain() {
  const strings = useContext(NotFoundContext)
  if (!strings) return null
  return (
    <main id="main">
      <h1>{strings.title}</h1>
      <p>{strings.body}</p>
      <p>
        <a href={strings.link.href}>{strings.link.text}</a>
      </p>
    </main>
  )
}
