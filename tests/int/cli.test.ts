import { spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Runs an npm-script entry point the way a user would, and returns what they would see. */
function run(args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/run.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: result.status, stderr: result.stderr, stdout: result.stdout }
}

/** The message a user sees must be a sentence, not a stack trace. */
function expectOneClearLine(stderr: string, pattern: RegExp) {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '')
  expect(lines.some((line) => pattern.test(line))).toBe(true)
  expect(stderr).not.toMatch(/^\s+at /m)
}

describe('scripts/run.ts refuses bad configuration clearly', () => {
  it('a malformed DATABASE_URL names the variable', () => {
    const result = run(['migrate'], { DATABASE_URL: 'not a url', PAYLOAD_SECRET: 'z'.repeat(40) })
    expect(result.status).toBe(1)
    expectOneClearLine(result.stderr, /DATABASE_URL is malformed/)
  })

  it('an unreachable DATABASE_URL says what was tried, without the password', () => {
    const result = run(['migrate'], { DATABASE_URL: 'postgres://u:sekret@127.0.0.1:9/portal', PAYLOAD_SECRET: 'z'.repeat(40) })
    expect(result.status).toBe(1)
    expectOneClearLine(result.stderr, /Could not connect to the PostgreSQL in DATABASE_URL \(127\.0\.0\.1:9\/portal\)/)
    expect(result.stderr).not.toContain('sekret')
  })

  it('production without PAYLOAD_SECRET refuses to start', () => {
    const result = run(['start'], { NODE_ENV: 'production', PAYLOAD_SECRET: '', TRUSTED_PROXY_HOPS: '1' })
    expect(result.status).toBe(1)
    expectOneClearLine(result.stderr, /PAYLOAD_SECRET is not set\. In production it must be set/)
  })

  it('start without TRUSTED_PROXY_HOPS refuses, naming it', () => {
    const result = run(['start'], { NODE_ENV: 'production', PAYLOAD_SECRET: 'z'.repeat(40), TRUSTED_PROXY_HOPS: '' })
    expect(result.status).toBe(1)
    expectOneClearLine(result.stderr, /TRUSTED_PROXY_HOPS must be set for `npm start`/)
  })

  it('a PORT already in use is named, with how to choose another', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const address = blocker.address()
    const port = typeof address === 'object' && address ? address.port : 0
    try {
      const result = run(['dev'], { PORT: String(port), PAYLOAD_SECRET: 'z'.repeat(40) })
      expect(result.status).toBe(1)
      expectOneClearLine(result.stderr, new RegExp(`Port ${port} \\(from PORT\\) is already in use\\. Set PORT to a free port`))
    } finally {
      blocker.close()
    }
  })

  it('an unknown command lists the known ones', () => {
    const result = run(['deploy'], {})
    expect(result.status).toBe(1)
    expectOneClearLine(result.stderr, /Unknown command "deploy"\. Use one of: dev, build, start/)
  })
})
