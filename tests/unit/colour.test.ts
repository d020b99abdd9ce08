import { describe, expect, it } from 'vitest'

import { validateAccentColour, validatePrimaryColour } from '@/collections/Tenants/fields/validators'
import { checkBrandColour, contrastRatio, formatRatio, isHexColour } from '@/lib/colour'
import { baselineTenant, demoTenants } from '@/seed/tenants'

describe('contrastRatio', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#1d4f91', '#1d4f91')).toBeCloseTo(1, 5)
  })

  it('matches a published reference value (#767676 on white is 4.54:1)', () => {
    expect(formatRatio(contrastRatio('#767676', '#ffffff'))).toBe('4.54:1')
  })

  it('accepts only #rrggbb', () => {
    expect(isHexColour('#A1b2C3')).toBe(true)
    for (const bad of ['red', '#fff', '1d4f91', '#1d4f9g', '#1d4f911', 'url(x)']) expect(isHexColour(bad)).toBe(false)
  })
})

describe('tenant colour validation', () => {
  it('refuses a primary colour too light for white text and states the ratio', () => {
    const result = validatePrimaryColour('#ffdd00')
    expect(result).toMatch(/contrast of 1\.\d+:1; it needs at least 4\.5:1/)
  })

  it('refuses markup and non-hex values with a hint', () => {
    expect(validatePrimaryColour('red;}</style><script>')).toBe('Use a hex colour such as #1d4f91.')
    expect(validateAccentColour('javascript:alert(1)')).toBe('Use a hex colour such as #f2a900.')
  })

  it('refuses an accent colour under 3:1 on white', () => {
    expect(validateAccentColour('#ffdd00')).toMatch(/contrast of 1\.34:1; .* need at least 3:1/)
  })

  it('accepts every seeded tenant colour (the demo must pass its own rules)', () => {
    for (const tenant of [baselineTenant, ...demoTenants]) {
      expect(validatePrimaryColour(tenant.branding.primaryColour), tenant.slug).toBe(true)
      expect(validateAccentColour(tenant.branding.accentColour), tenant.slug).toBe(true)
    }
  })
})

describe('checkBrandColour (what the admin\'s colour field shows live)', () => {
  it('gives the ratio against what the colour is drawn with, and no problem when it passes', () => {
    const check = checkBrandColour('primary', '#1d4f91')
    expect(check).toMatchObject({ valid: true, against: '#ffffff', needed: 4.5, problem: null })
    expect(check.valid && check.ratio).toBeGreaterThan(4.5)
  })

  it('names the same refusal the server gives, so the field and the save agree', () => {
    for (const [role, colour] of [['primary', '#ffdd00'], ['accent', '#ffdd00'], ['primary', '#777777'], ['accent', 'red']] as const) {
      const check = checkBrandColour(role, colour)
      const server = role === 'primary' ? validatePrimaryColour(colour) : validateAccentColour(colour)
      expect(check.problem, `${role} ${colour}`).toBe(server)
    }
  })

  it('holds a colour just under 4.5:1 to be refused, though the ratio shown rounds down', () => {
    // #777777 is 4.47:1 on white: a primary fails, an accent (3:1) passes.
    expect(checkBrandColour('primary', '#777777').problem).toMatch(/4\.47:1/)
    expect(checkBrandColour('accent', '#777777').problem).toBeNull()
  })
})
