import { describe, expect, it } from 'vitest'

import { isBioSubmission, validateBioInput } from '@/lib/bio/validation'

const good = {
  name: 'Sam Jones',
  role: 'Councillor',
  days: 'weekdays',
  hours: '9–5',
  email: 'sam@example.org',
  website: 'https://example.org',
}

describe('validateBioInput', () => {
  it('accepts good values from an object, FormData or URLSearchParams alike', () => {
    const form = new FormData()
    for (const [key, value] of Object.entries(good)) form.set(key, value)
    for (const source of [good, form, new URLSearchParams(good)]) {
      const result = validateBioInput(source)
      expect(result.errors).toEqual([])
      expect(result.valid).toEqual(good)
    }
  })

  it('asks for the required fields', () => {
    expect(validateBioInput({}).errors).toEqual([
      { field: 'name', code: 'required' },
      { field: 'role', code: 'required' },
    ])
  })

  it('refuses a value over 80 characters and states the limit', () => {
    const result = validateBioInput({ ...good, role: 'x'.repeat(81) })
    expect(result.errors).toEqual([{ field: 'role', code: 'too-long', limit: 80 }])
    expect(result.valid.role).toBeUndefined()
    expect(result.input.role).toHaveLength(81)
  })

  it('counts graphemes for the limit: 80 flags are 80 characters', () => {
    const result = validateBioInput({ ...good, name: '🇬🇧'.repeat(80) })
    expect(result.errors).toEqual([])
  })

  it('refuses an invalid email with a field error, keeping what was typed', () => {
    const result = validateBioInput({ ...good, email: 'sam@' })
    expect(result.errors).toEqual([{ field: 'email', code: 'invalid-email' }])
    expect(result.input.email).toBe('sam@')
    expect(result.valid.email).toBeUndefined()
  })

  it('refuses http and non-web addresses for the website, separately', () => {
    expect(validateBioInput({ ...good, website: 'http://example.org' }).errors).toEqual([{ field: 'website', code: 'http-not-allowed' }])
    expect(validateBioInput({ ...good, website: 'javascript:alert(1)' }).errors).toEqual([{ field: 'website', code: 'invalid-url' }])
    expect(validateBioInput({ ...good, website: 'example.org' }).errors).toEqual([{ field: 'website', code: 'invalid-url' }])
  })

  it('never throws on odd input: repeated keys, huge values, unknown fields', () => {
    const params = new URLSearchParams([['name', 'A'], ['name', 'B'], ['role', 'x'.repeat(100_000)], ['evil', '<x>']])
    const result = validateBioInput(params)
    expect(result.input.name).toBe('A')
    expect(result.errors).toEqual([{ field: 'role', code: 'too-long', limit: 80 }])
    expect(Object.keys(result.input)).not.toContain('evil')
    expect(validateBioInput({ name: ['x', 'y'], role: undefined }).input.name).toBe('x')
  })

  it('tells a first visit from a submission', () => {
    expect(isBioSubmission({})).toBe(false)
    expect(isBioSubmission({ tenant: 'x' })).toBe(false)
    expect(isBioSubmission(new URLSearchParams('name='))).toBe(true)
  })
})
