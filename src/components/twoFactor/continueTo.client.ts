'use client'

import { useCallback } from 'react'

type ContinuingState = { continueTo?: string }

/**
 * After a sign-in completes in the admin, the next page is loaded afresh rather than reached by a
 * client-side hop: Payload's admin keeps, in the browser, the user, permissions and languages it
 * had when the page was first loaded (nobody, on the sign-in page) and never asks again, so a
 * client-side hop opened the admin as nobody (document locking then failed on `user.id`, the
 * language switcher read "Locale: undefined", links that depend on the role did not show).
 *
 * The navigation starts as soon as the action answers, not in an effect: setting the session
 * cookie makes Next re-render the sign-in page, which unmounts the form before an effect could run.
 * The admin needs JavaScript anyway, so wrapping the server action costs no plain-HTML fallback.
 */
export function useFullPageContinue<State extends ContinuingState>(action: (previous: State, form: FormData) => Promise<State>): (previous: State, form: FormData) => Promise<State> {
  return useCallback(
    async (previous: State, form: FormData) => {
      // An action that redirects (to the code step) may hand back nothing: the router moves on.
      const answer: State | undefined = await action(previous, form)
      if (answer?.continueTo) window.location.assign(answer.continueTo)
      return answer ?? previous
    },
    [action],
  )
}
