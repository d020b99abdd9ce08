import { render } from '@react-email/components'
import type { ReactElement } from 'react'

/**
 * An email component as HTML and as its plain-text part. React escapes every value, so no email
 * builds HTML from strings. Runs at send time in the outbox's job; see docs/architecture.md (Email)
 * for why `react-dom/server` is reachable there.
 */
export async function renderEmailParts(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  return { html, text }
}
