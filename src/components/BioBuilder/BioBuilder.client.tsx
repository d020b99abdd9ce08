'use client'

import { useActionState, useMemo, useState, useSyncExternalStore, type FormEvent } from 'react'

import type { BioFieldError } from '@/lib/bio/validation'

import { BioBuilderView } from './BioBuilderView'
import { renderBioResults, type BioBuilderState, type BioTemplate } from './renderBioResults'
import { bioIds, fill, type BioBuilderStrings } from './strings'

const noSubscription = () => () => {}
const hasClipboard = () => Boolean(navigator.clipboard)

/** Answers a form posted without JavaScript; `null` means "show a first visit". */
export type BioBuilderAction = (previous: BioBuilderState | null, formData: FormData) => Promise<BioBuilderState | null>

type Props = {
  template: BioTemplate
  locale: string
  strings: BioBuilderStrings
  action: BioBuilderAction
}

/**
 * The bio builder. Without JavaScript the form posts to `action` (a server action, answered in
 * the page through `useActionState`), so nothing typed goes into the URL. With JavaScript the
 * submit is cancelled before React would call the action and the bio is built here, on every
 * keystroke and on "Show my bio": nothing typed leaves the browser. Copy buttons (only where the
 * Clipboard API exists) announce their outcome through a polite live region.
 */
export function BioBuilderForm({ template, locale, strings, action }: Props) {
  const [posted, formAction] = useActionState(action, null)
  const firstVisit = useMemo(() => renderBioResults(null, template, locale), [template, locale])
  const [live, setLive] = useState<BioBuilderState | null>(null)
  // Errors appear when the form is submitted, not while someone is still typing (GOV.UK).
  const [submittedErrors, setSubmittedErrors] = useState<BioFieldError[]>(posted?.errors ?? [])
  const [announcement, setAnnouncement] = useState('')
  // False on the server and without a clipboard, so no copy button that cannot work is shown.
  const canCopy = useSyncExternalStore(noSubscription, hasClipboard, () => false)

  const state = live ? { ...live, errors: submittedErrors } : (posted ?? firstVisit)

  const onChange = (event: FormEvent<HTMLFormElement>) => setLive(renderBioResults(new FormData(event.currentTarget), template, locale))

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Prevented here, React does not call the server action: the bio is built in the browser.
    event.preventDefault()
    const next = renderBioResults(new FormData(event.currentTarget), template, locale)
    setLive(next)
    setSubmittedErrors(next.errors)
    const target = next.errors.length > 0 ? `${bioIds.section}-errors` : `${bioIds.results}-heading`
    requestAnimationFrame(() => document.getElementById(target)?.focus())
  }

  const copy = async (text: string, platformName: string) => {
    setAnnouncement('')
    try {
      await navigator.clipboard.writeText(text)
      // A fresh string each time, so the same confirmation is announced again on a second copy.
      setTimeout(() => setAnnouncement(fill(strings.results.copied, { platform: platformName })), 50)
    } catch {
      setTimeout(() => setAnnouncement(strings.results.copyFailed), 50)
    }
  }

  return (
    <BioBuilderView
      strings={strings}
      state={state}
      formAction={formAction}
      onChange={onChange}
      onSubmit={onSubmit}
      announcement={announcement}
      copyButton={
        canCopy
          ? (label, text, platformName) => (
              <button type="button" className="bio-result__copy" onClick={() => void copy(text, platformName)}>
                {label}
              </button>
            )
          : undefined
      }
    />
  )
}
