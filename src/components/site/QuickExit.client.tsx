'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

/** A neutral site to land on; replace() keeps this site out of the Back button's history. */
const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather'
/** Presses of Shift that leave, and how long they have (GOV.UK's Exit this page: 3 within 5 s). */
const PRESSES_TO_LEAVE = 3
const WINDOW_MS = 5000

export type QuickExitStrings = {
  label: string
  hint: string
  /** Spoken after the first press: "Shift, press 2 more times to exit." */
  pressTwoMore: string
  /** Spoken after the second press. */
  pressOneMore: string
  /** Shown on the overlay and spoken while the neutral site loads. */
  leaving: string
  /** Spoken when the presses ran out of time. */
  expired: string
  /** The link beside the button to the "hide your visit" page. */
  hideVisit?: string
}

/**
 * "Exit this page", behaving as GOV.UK Frontend's component does: one press of the button, or
 * Shift pressed three times within five seconds from anywhere on the page, covers the page and
 * replaces it (in the history too) with a neutral site. Each press of Shift is counted out loud
 * in a live region; Shift held while typing another key (a capital letter) does not count, so a
 * councillor typing into the incident form never leaves by accident. Coming Back to a page kept
 * in the browser's back-forward cache resets it (`pageshow`).
 */
export function QuickExit({ strings, hideVisitHref }: { strings: QuickExitStrings; hideVisitHref?: string }) {
  // Marked on the element when the shortcut is listening (after hydration), so tests can wait for it.
  const container = useRef<HTMLDivElement>(null)
  const [leaving, setLeaving] = useState(false)
  const [announcement, setAnnouncement] = useState('')

  const leavingText = strings.leaving
  const leave = useCallback(() => {
    // Hidden at once, before React renders the overlay (which stays visible: see site.css).
    document.body.style.visibility = 'hidden'
    setLeaving(true)
    setAnnouncement(leavingText)
    window.location.replace(NEUTRAL_SITE)
  }, [leavingText])
  const { pressTwoMore, pressOneMore, expired } = strings

  useEffect(() => {
    let presses = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    // Whether a key other than Shift went down while Shift was held (Shift+A is typing, not exiting).
    let shiftUsedAsModifier = false
    const reset = () => {
      presses = 0
      clearTimeout(timer)
      timer = undefined
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Shift') return
      if (event.shiftKey) shiftUsedAsModifier = true
      if (presses > 0) {
        reset()
        setAnnouncement('')
      }
    }
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') return
      if (shiftUsedAsModifier) {
        shiftUsedAsModifier = false
        return
      }
      presses += 1
      if (presses >= PRESSES_TO_LEAVE) {
        reset()
        leave()
        return
      }
      setAnnouncement(presses === 1 ? pressTwoMore : pressOneMore)
      if (timer === undefined) {
        timer = setTimeout(() => {
          reset()
          setAnnouncement(expired)
        }, WINDOW_MS)
      }
    }
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return
      reset()
      document.body.style.visibility = ''
      setLeaving(false)
      setAnnouncement('')
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('keyup', onKeyUp)
    window.addEventListener('pageshow', onPageShow)
    container.current?.setAttribute('data-shortcut', 'on')
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('keyup', onKeyUp)
      window.removeEventListener('pageshow', onPageShow)
      clearTimeout(timer)
    }
  }, [leave, pressTwoMore, pressOneMore, expired])

  return (
    <div className="quick-exit" ref={container}>
      {hideVisitHref && strings.hideVisit ? (
        <a className="quick-exit-hide" href={hideVisitHref}>
          {strings.hideVisit}
        </a>
      ) : null}
      <a
        className="quick-exit-button"
        href={NEUTRAL_SITE}
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault()
          leave()
        }}
        aria-describedby="quick-exit-hint"
      >
        {strings.label}
      </a>
      <span id="quick-exit-hint" className="visually-hidden">
        {strings.hint}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite" data-testid="quick-exit-count">
        {announcement}
      </span>
      {leaving ? (
        // Covers the page at once while the neutral site loads, so nothing stays readable over a shoulder.
        <div className="quick-exit-overlay" aria-hidden="true">
          {strings.leaving}
        </div>
      ) : null}
    </div>
  )
}
