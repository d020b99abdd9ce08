/**
 * The `test` for journeys: a person's path through the real UI, from where they start to what
 * they came for. On top of Playwright's own `test`, each journey
 *
 * - fails when the server logged an error while it ran (the server's output goes to the file in
 *   E2E_SERVER_LOG, which playwright.config.ts names and its webServer writes): a screen that looks fine while the server throws
 *   behind it is not a journey that works;
 * - counts the clicks (and key presses that activate a control) the person made, and prints
 *   them with the journey's duration, so a change that makes a journey longer shows up.
 *
 * With two workers another test's error can land in the same stretch of log; the failure names
 * the lines, so the culprit is plain. CI runs one worker.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs'

import { test as base, expect } from '@playwright/test'

import { serverErrorLines } from '../helpers/serverLog'

function fileSize(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

function readFrom(file: string, start: number): string {
  const end = fileSize(file)
  if (end <= start) return ''
  const buffer = Buffer.alloc(end - start)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, buffer, 0, buffer.length, start)
  } finally {
    closeSync(fd)
  }
  return buffer.toString('utf8')
}

// A journey is many screens long, and the admin's first screens compile on a cold server.
const JOURNEY_TIMEOUT_MS = 120_000

// The server writes its log asynchronously; a request's error may land just after the response.
const LOG_SETTLE_MS = 300

type JourneyFixtures = { serverLog: void; clicks: { count: () => number } }

export const test = base.extend<JourneyFixtures>({
  serverLog: [
    async ({}, provide, testInfo) => {
      const file = process.env.E2E_SERVER_LOG
      if (!file) throw new Error('E2E_SERVER_LOG must name the server log (playwright.config.ts sets it).')
      testInfo.setTimeout(Math.max(testInfo.timeout, JOURNEY_TIMEOUT_MS))
      const start = fileSize(file)
      await provide()
      await new Promise((resolve) => setTimeout(resolve, LOG_SETTLE_MS))
      const errors = serverErrorLines(readFrom(file, start))
      if (errors.length > 0) {
        await testInfo.attach('server errors', { body: errors.join('\n'), contentType: 'text/plain' })
        throw new Error(`The server logged ${errors.length} error line(s) during this journey:\n${errors.slice(0, 20).join('\n')}`)
      }
    },
    { auto: true },
  ],
  clicks: async ({ page }, provide, testInfo) => {
    let count = 0
    await page.exposeBinding('__journeyClick', () => {
      count += 1
    })
    // Trusted clicks only: Playwright's clicks and Enter/Space on a control are; a script's are not.
    await page.addInitScript(() => {
      document.addEventListener(
        'click',
        (event) => {
          if (!event.isTrusted) return
          const report = (window as unknown as { __journeyClick?: () => void }).__journeyClick
          report?.()
        },
        true,
      )
    })
    const started = Date.now()
    await provide({ count: () => count })
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    testInfo.annotations.push({ type: 'journey', description: `${count} clicks, ${seconds} s` })
    console.log(`journey "${testInfo.title}": ${count} clicks, ${seconds} s`)
  },
})

export { expect }
