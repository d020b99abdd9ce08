import { describe, expect, it } from 'vitest'

import { platformIds } from '@/lib/bio/platforms'
import { validateBioInput } from '@/lib/bio/validation'

const good = {
  name: 'Sam Jones',
  role: 'Councillor',
  days: 'weekdays',
  hours: '9–5',
  email: 'sam@example.org',
  website: 'https://example.org',
}

/** The form as posted: the given fields and, unless said otherwise, X and Bluesky ticked. */
function form(fields: Record<string, string>, ticked: readonly string[] = ['x', 'bluesky']): URLSearchParams {
  return new URLSearchParams([...Object.entries(fields), ...ticked.map((id) => ['platform', id])])
}

describe('validateBioInput', () => {
  it('accepts good values from FormData or URLSearchParams alike', () => {
    const data = new FormData()
    for (const [key, value] of form(good)) data.append(key, value)
    for (const source of [data, form(good)]) {
      const result = validateBioInput(source)
      expect(result.errors).toEqual([])
      expect(result.valid).toEqual(good)
      expect(result.platforms).toEqual(['x', 'bluesky'])
    }
  })

  it('reads the ticked platforms in their own order, ignoring unknown and repeated ones', () => {
    expect(validateBioInput(form(good, ['bluesky', 'myspace', 'x', 'x', 'tiktok'])).platforms).toEqual(['x', 'tiktok', 'bluesky'])
    expect(validateBioInput(form(good, platformIds)).platforms).toEqual([...platformIds])
  })

  it('asks for at least one platform, after the other fields', () => {
    expect(validateBioInput(form({ ...good, email: 'sam@' }, [])).errors).toEqual([
      { field: 'email', code: 'invalid-email' },
      { field: 'platforms', code: 'none-picked' },
    ])
    expect(validateBioInput(form(good, ['myspace'])).errors).toEqual([{ field: 'platforms', code: 'none-picked' }])
  })

  it('asks for the required fields', () => {
    expect(validateBioInput(form({})).errors).toEqual([
      { field: 'name', code: 'required' },
      { field: 'role', code: 'required' },
    ])
  })

  it('refuses a value over 80 characters and states the limit', () => {
    const result = validateBioInput(form({ ...good, role: 'x'.repeat(81) }))
    expect(result.errors).toEqual([{ field: 'role', code: 'too-long', limit: 80 }])
    expect(result.valid.role).toBeUndefined()
    expect(result.input.role).toHaveLength(81)
  })

  it('counts graphemes for the limit: 80 flags are 80 characters', () => {
    const result = validateBioInput(form({ ...good, name: '🇬🇧'.repeat(80) }))
    expect(result.errors).toEqual([])
  })

  it('refuses an invalid email with a field error, keeping what was typed', () => {
    const result = validateBioInput(form({ ...good, email: 'sam@' }))
    expect(result.errors).toEqual([{ field: 'email', code: 'invalid-email' }])
    expect(result.input.email).toBe('sam@')
    expect(result.valid.email).toBeUndefined()
  })

  it('refuses http and non-web addresses for the website, separately', () => {
    expect(validateBioInput(form({ ...good, website: 'http://example.org' })).errors).toEqual([{ field: 'website', code: 'http-not-allowed' }])
    expect(validateBioInput(form({ ...good, website: 'javascript:alert(1)' })).errors).toEqual([{ field: 'website', code: 'invalid-url' }])
    expect(validateBioInput(form({ ...good, website: 'example.org' })).errors).toEqual([{ field: 'website', code: 'invalid-url' }])
  })

  it('never throws on odd input: repeated keys, huge values, unknown fields', () => {
    const params = new URLSearchParams([['name', 'A'], ['name', 'B'], ['role', 'x'.repeat(100_000)], ['evil', '<x>'], ['platform', 'x']])
    const result = validateBioInput(params)
    expect(result.input.name).toBe('A')
    expect(result.errors).toEqual([{ field: 'role', code: 'too-long', limit: 80 }])
    expect(Object.keys(result.input)).not.toContain('evil')
    const data = new FormData()
    data.append('name', new Blob(['a file']), 'name.txt')
    data.append('role', 'Councillor')
    data.append('platform', new Blob(['x']), 'x')
    const withFiles = validateBioInput(data)
    expect(withFiles.input.name).toBe('')
    expect(withFiles.errors).toEqual([
      { field: 'name', code: 'required' },
      { field: 'platforms', code: 'none-picked' },
    ])
  })
})
