import { describe, expect, it } from 'vitest'

import { countGraphemes } from '@/lib/bio/graphemes'
import { describeTemplateProblems } from '@/lib/bio/variables'
import { baselineEngagementTemplates } from '@/seed/engagement'

const locales = ['en', 'cy', 'gd', 'ga'] as const

describe('the baseline rules of engagement', () => {
  it('has one template per audience', () => {
    expect(baselineEngagementTemplates.map((template) => template.audience).sort()).toEqual(['candidate', 'councillor'])
  })

  for (const template of baselineEngagementTemplates) {
    for (const locale of locales) {
      const text = template.text[locale]
      it(`${template.audience} (${locale}) fits the collection's limits`, () => {
        expect(text.title.length).toBeLessThanOrEqual(80)
        expect(text.intro.length).toBeLessThanOrEqual(400)
        expect(text.rules.length).toBeGreaterThanOrEqual(5)
        expect(text.rules.length).toBeLessThanOrEqual(12)
        for (const rule of text.rules) expect(rule.length, rule).toBeLessThanOrEqual(140)
      })

      it(`${template.audience} (${locale}) uses only known variables, variants longest first`, () => {
        for (const line of [...Object.values(text.expectations), ...text.bioTemplates]) {
          expect(describeTemplateProblems(line), line).toBeNull()
        }
        const lengths = text.bioTemplates.map((bio) => countGraphemes(bio))
        expect(lengths).toEqual([...lengths].sort((a, b) => b - a))
        expect(text.bioTemplates.at(-1)).toBe('{name}, {role}')
      })
    }

    it(`${template.audience}: every locale has the same number of rules, and only gd and ga await review`, () => {
      const counts = locales.map((locale) => template.text[locale].rules.length)
      expect(new Set(counts).size).toBe(1)
      expect(template.awaitingReview).toEqual(['gd', 'ga'])
    })
  }
})
