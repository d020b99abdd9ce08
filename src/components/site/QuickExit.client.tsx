'use client'

import { useEffect, useRef } from 'react'

/** A neutral site to land on; replace() keeps this site out of the Back button's history. */
const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather'

function leave() {
  document.body.style.visibility = 'hidden'
  window.location.replace(NEUTRAL_SITE)
}

/**
 * "Exit this page" (GOV.UK pattern): one press leaves at once, and pressing Shift three times in
 * a row does the same from anywhere on the page, for someone who cannot reach the button.
 */
export function QuickExit({ label, hint }: { label: string; hint: string }) {
  // Marks on the element when the shortcut is listening (after hydration), so tests can wait for it.
  const container = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let presses = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        presses = 0
        return
      }
      presses += 1
      clearTimeout(timer)
      timer = setTimeout(() => (presses = 0), 1000)
      if (presses >= 3) leave()
    }
    document.addEventListener('keyup', onKey)
    container.current?.setAttribute('data-shortcut', 'on')
    return () => {
      document.removeEventListener('keyup', onKey)
      clearTimeout(timer)
    }
  }, [])
  return (
    <div className="quick-exit" ref={container}>
      <a className="quick-exit-button" href={NEUTRAL_SITE} rel="noreferrer" onClick={(event) => { event.preventDefault(); leave() }} aria-describedby="quick-exit-hint">
        {label}
      </a>
      <span id="quick-exit-hint" className="visually-hidden">
        {hint}
      </span>
    </div>
  )
}
