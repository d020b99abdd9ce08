import { after } from 'next/server'

/**
 * Schedules `task` for when the answer has been sent (Next's `after()`) and says true; outside a
 * request (the seed, migrations, a CLI, integration tests through the Local API), where `after()`
 * throws, schedules nothing and says false, so the caller does the work at once its own way.
 * Inside a request the person waiting (an editor's Publish) does not wait for the task; a write's
 * `afterChange` hooks run inside its transaction, so the task sees the write committed.
 */
export function deferUntilAnswered(task: () => Promise<void> | void): boolean {
  try {
    after(task)
    return true
  } catch (error) {
    if (error instanceof Error && /outside a request scope/i.test(error.message)) return false
    throw error
  }
}

/** `task` once the answer has been sent, or at once outside a request. */
export function afterResponse(task: () => void): void {
  if (!deferUntilAnswered(task)) task()
}
