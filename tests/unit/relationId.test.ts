import { describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relationId'

describe('relationId', () => {
  it.each([
    ['a bare id', 4, 4],
    ['a populated document', { id: 4, slug: 'x' }, 4],
    ['null', null, undefined],
    ['undefined', undefined, undefined],
    ['a string id (ids here are serial numbers)', '4', undefined],
    ['an object without a numeric id', { id: '4' }, undefined],
  ])('%s → %s', (_what, value, expected) => {
    expect(relationId(value)).toBe(expected)
  })
})
