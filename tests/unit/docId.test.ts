import { describe, expect, it } from 'vitest'

import { parseDocId } from '@/lib/docId'

describe('parseDocId', () => {
  it('reads a whole positive number that fits a Postgres integer', () => {
    expect(parseDocId('1')).toBe(1)
    expect(parseDocId('999999999')).toBe(999_999_999)
  })

  it.each(['', 'abc', '0', '01', '-1', '1.5', '1e3', '1.0', ' 1', '9999999999', '99999999999'])('refuses %j', (raw) => {
    expect(parseDocId(raw)).toBeNull()
  })
})
