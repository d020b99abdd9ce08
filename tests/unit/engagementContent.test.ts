import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { EngagementTemplates } from '@/collections/EngagementTemplates'
import { countGraphemes } from '@/lib/bio/graphemes'
import { describeTemplateProblems } from '@/lib/bio/variables'
import { baselineEngagementTemplates } from '@/seed/engagement'

const locales = ['en', 'cy', 'gd', 'ga'] as const

/** A field of the collection by name (top level, or inside an array field), so the limits come from the code, not a copy. */
function field(fields: Field[], name: string): Field {
  const found = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!found) throw new Error(`engagement-templates has no field ${name}`)
  return found
}

function maxLength(found: Field): number {
  if ((found.type === 'text' || found.type === 'textarea') && found.maxLength !== undefined) return found.maxLength
  throw new Error(`${'name' in found ? found.name : found.type} has no maxLength`)
}

const rulesField = field(EngagementTemplates.fields, 'rules')
if (rulesField.type !== 'array' || rulesField.maxRows === undefined) throw new Error('rules is not an array field with maxRows')
const limits = {
  title: maxLength(field(EngagementTemplates.fields, 'title')),
  intro: maxLength(field(EngagementTemplates.fields, 'intro')),
  rules: rulesField.maxRows,
  rule: maxLength(field(rulesField.fields, 'text')),
}

describe('the baseline rules of engagement', () => {
  it('has one template per audience', () => {
    expect(baselineEngagementTemplates.map((template) => template.audience).sort()).toEqual(['candidate', 'councillor'])
  })

  for (const template of baselineEngagementTemplates) {
    for (const locale of locales) {
      const text = template.text[locale]
      it(`${template.audience} (${locale}) fits the collection's limits`, () => {
        expect(text.title.length).toBeLessThanOrEqual(limits.title)
        expect(text.intro.length).toBeLessThanOrEqual(limits.intro)
        // Five is the toolkit's own editorial floor (a page of rules, not one line), not a field limit.
        expect(text.rules.length).toBeGreaterThanOrEqual(5)
        expect(text.rules.length).toBeLessThanOrEqual(limits.rules)
        for (const rule of text.rules) expect(rule.length, rule).toBeLessThanOrEqual(limits.rule)
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
