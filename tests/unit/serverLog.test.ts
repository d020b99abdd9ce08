import { describe, expect, it } from 'vitest'

import { serverErrorLines } from '../helpers/serverLog'

describe('serverErrorLines', () => {
  it('finds Payload errors in pino-pretty lines, coloured as they are written to a file', () => {
    const log = '\u001b[90m[01:02:03]\u001b[39m \u001b[31mERROR\u001b[39m: \u001b[36mplanted server error\u001b[39m\n'
    expect(serverErrorLines(log)).toEqual(['[01:02:03] ERROR: planted server error'])
  })

  it("finds Next's caught errors and unhandled ones", () => {
    const log = [
      ' ⨯ Error: Route /[tenant]/[locale] used "revalidateTag" during render which is unsupported.',
      'TypeError: Cannot read properties of undefined (reading \'id\')',
      '    at render (/app/.next/server/chunks/1.js:1:1)',
      'Error [ERR_INVALID_URL]: Invalid URL',
    ].join('\n')
    expect(serverErrorLines(log)).toHaveLength(3)
  })

  it('passes ordinary output, warnings and info lines', () => {
    const log = [
      '[01:02:03] INFO: Payload started',
      '[01:02:04] WARN: rate limit reached for 127.0.0.1',
      ' ✓ Ready in 812ms',
      'GET /example-county/en 200 in 12ms',
      '  Error page shown for a 404 is not an error',
    ].join('\n')
    expect(serverErrorLines(log)).toEqual([])
  })
})
