import type { ReactNode } from 'react'

/**
 * The one page for an account link (invitation, reset) that cannot be used, whatever the reason:
 * wrong, used, withdrawn or expired get the same words, so the page tells nobody whether an
 * address has an account. It says what to do next.
 */
export function LinkUnusable({ title, body, children }: { title: string; body: string; children: ReactNode }) {
  return (
    <main id="main">
      <h1>{title}</h1>
      <p>{body}</p>
      {children}
    </main>
  )
}
