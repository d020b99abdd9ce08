import { describe, expect, it } from 'vitest'

import { describeDatabaseUrl, parseDatabaseUrl, SetupError } from '../../scripts/lib/setup'

describe('DATABASE_URL checks', () => {
  it('accepts postgres:// and postgresql:// URLs with a host and database', () => {
    expect(parseDatabaseUrl('postgres://u:p@db.internal:5432/portal').hostname).toBe('db.internal')
    expect(parseDatabaseUrl('postgresql://u@127.0.0.1/portal').pathname).toBe('/portal')
  })

  it.each([
    ['not a url', /malformed/],
    ['mysql://u:p@host/db', /must start with postgres:\/\//],
    ['postgres://u:p@host', /needs a host and a database name/],
  ])('refuses %j with a SetupError that says what to do', (raw, message) => {
    expect(() => parseDatabaseUrl(raw)).toThrow(SetupError)
    expect(() => parseDatabaseUrl(raw)).toThrow(message)
  })

  it('describes a URL without its password', () => {
    const description = describeDatabaseUrl('postgres://user:hunter2@db.example:6543/portal')
    expect(description).toBe('db.example:6543/portal')
    expect(description).not.toContain('hunter2')
  })
})
