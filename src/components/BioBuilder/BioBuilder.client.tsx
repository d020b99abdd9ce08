'use client'

import { useActionState, useMemo, useState, useSyncExternalStore, type FocusEvent, type FormEvent } from 'react'

import type { BioFieldError } from '@/lib/bio/validation'
import { bioVariables, type BioVariable } from '@/lib/bio/variables'

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
  // ...and at a field once they leave it with something wrong in it (a website without https://),
  // so the field to fix is named before they ask for their bio. Shown in place, not in the summary.
  const [leftErrors, setLeftErrors] = useState<BioFieldError[]>([])
  const [announcement, setAnnouncement] = useState('')
  // False on the server and without a clipboard, so no copy button that cannot work is shown.
  const canCopy = useSyncExternalStore(noSubscription, hasClipboard, () => false)

  const fieldErrors = [...submittedErrors, ...leftErrors.filter((left) => !submittedErrors.some((error) => error.field === left.field))]
  const state = live ? { ...live, errors: fieldErrors } : (posted ?? firstVisit)

  const onChange = (event: FormEvent<HTMLFormElement>) => setLive(renderBioResults(new FormData(event.currentTarget), template, locale))

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const field = event.target instanceof HTMLInputElement ? event.target.name : ''
    if (!(bioVariables as readonly string[]).includes(field)) return
    const next = renderBioResults(new FormData(event.currentTarget), template, locale)
    setLive(next)
    // An empty field left behind is not named yet (someone tabbing through is not done); a
    // corrected one drops its error at once.
    const filled = event.target instanceof HTMLInputElement && event.target.value.trim() !== ''
    const now = filled ? next.errors.filter((error) => error.field === (field as BioVariable)) : []
    setLeftErrors((shown) => [...shown.filter((error) => error.field !== field), ...now])
    if (now.length === 0) setSubmittedErrors((shown) => shown.filter((error) => error.field !== field || next.errors.some((still) => still.field === field)))
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Prevented here, React does not call the server action: the bio is built in the browser.
    event.preventDefault()
    const next = renderBioResults(new FormData(event.currentTarget), template, locale)
    setLive(next)
    setSubmittedErrors(next.errors)
    setLeftErrors([])
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
      onBlur={onBlur}
      summaryErrors={live ? submittedErrors : undefined}
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
