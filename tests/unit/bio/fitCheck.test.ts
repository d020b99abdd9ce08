import { describe, expect, it } from 'vitest'

import { describeFitProblems, platformsThatCannotFit } from '@/lib/bio/fitCheck'

describe('platformsThatCannotFit', () => {
  it('passes a template with a short fallback of name and role', () => {
    expect(platformsThatCannotFit(['{name}, {role}. Messages read on weekdays, 9am to 5pm. Email {email}', '{name}, {role}'])).toEqual([])
  })

  it('names TikTok, its limit and the shortest length when no variant fits 80 characters', () => {
    const problems = platformsThatCannotFit(['{name}, {role}. Messages read weekdays!', '{name}, {role}. Messages read weekdays'])
    expect(problems.map(({ platform, shortest }) => [platform.name, shortest])).toEqual([['TikTok', 85]])
    expect(describeFitProblems(problems)).toMatch(/^No bio variant fits TikTok \(limit 80\): the shortest variant comes to 85 characters/)
  })

  it('says when every variant needs more than a name and role', () => {
    const problems = platformsThatCannotFit(['{name}, {role}. Email {email}'])
    expect(problems.length).toBe(7)
    expect(problems.every(({ shortest }) => shortest === null)).toBe(true)
    expect(describeFitProblems(problems)).toMatch(/every variant needs more than a name and role/)
  })
})
