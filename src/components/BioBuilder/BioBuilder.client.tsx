'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'

import { BioResultsList } from './BioResultsList'
import { ErrorSummary } from './ErrorSummary'
import { renderBioResults, type BioBuilderState, type BioTemplate } from './renderBioResults'
import { bioIds, errorMessage, fill, type BioBuilderStrings } from './strings'

const noSubscription = () => () => {}
const hasClipboard = () => Boolean(navigator.clipboard)

type Props = {
  template: BioTemplate
  locale: string
  strings: BioBuilderStrings
  /** What the server rendered, so the first paint (and the page without JavaScript) matches. */
  initial: Pick<BioBuilderState, 'results' | 'pinned'>
}

/**
 * The live part of the bio builder. The server has already rendered the form and these results;
 * with JavaScript this recomputes them on every keystroke (same pure function, Intl.Segmenter
 * counting), builds the bio on "Show my bio" without sending the form anywhere, and adds a copy
 * button per platform whose outcome is announced through a polite live region.
 */
export function BioBuilderLive({ template, locale, strings, initial }: Props) {
  const [state, setState] = useState(initial)
  const [clientErrors, setClientErrors] = useState<{ href: string; text: string }[]>([])
  const [announcement, setAnnouncement] = useState('')
  // False on the server and without a clipboard, so no copy button that cannot work is shown.
  const canCopy = useSyncExternalStore(noSubscription, hasClipboard, () => false)

  useEffect(() => {
    const form = document.getElementById(bioIds.form)
    if (!(form instanceof HTMLFormElement)) return
    const update = () => {
      const next = renderBioResults(new FormData(form), template, locale)
      setState({ results: next.results, pinned: next.pinned })
      return next
    }
    const onSubmit = (event: SubmitEvent) => {
      // Built here, in the browser: nothing typed leaves the page.
      event.preventDefault()
      const next = update()
      setClientErrors(next.errors.map((error) => ({ href: `#${bioIds.field(error.field)}`, text: errorMessage(error, strings) })))
      const target = next.errors.length > 0 ? `${bioIds.results}-errors` : `${bioIds.results}-heading`
      requestAnimationFrame(() => document.getElementById(target)?.focus())
    }
    form.addEventListener('input', update)
    form.addEventListener('submit', onSubmit)
    return () => {
      form.removeEventListener('input', update)
      form.removeEventListener('submit', onSubmit)
    }
  }, [template, locale, strings])

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
    <>
      <ErrorSummary id={`${bioIds.results}-errors`} title={strings.errorSummaryTitle} items={clientErrors} />
      <BioResultsList
        results={state.results}
        pinned={state.pinned}
        strings={strings}
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
      <div className="bio-builder__visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </>
  )
}
