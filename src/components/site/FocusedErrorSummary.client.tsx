'use client'

import { useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/BioBuilder/ErrorSummary'

/**
 * The error summary of a form answered by a server action: after each refused attempt (a new
 * `answer` object with problems) focus moves to the summary, as GOV.UK forms do, so a screen
 * reader hears what to fix and a keyboard user is one Tab from the first field named.
 */
export function FocusedErrorSummary({ id, title, items, answer }: { id: string; title: string; items: { href: string; text: string }[]; answer: unknown }) {
  const wrapper = useRef<HTMLDivElement>(null)
  const count = items.length
  useEffect(() => {
    if (count > 0) wrapper.current?.querySelector<HTMLElement>('.error-summary')?.focus()
  }, [answer, count])
  return (
    <div ref={wrapper}>
      <ErrorSummary id={id} title={title} items={items} />
    </div>
  )
}
