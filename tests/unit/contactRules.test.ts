import { describe, expect, it } from 'vitest'

import type { ContactKind, Nation } from '@/collections/Contacts/kinds'
import { buildEmergencyRoute, isStale, resolveEffectiveContacts, type CandidateContact } from '@/collections/Contacts/rules'

let nextId = 1

function contact(kind: ContactKind, label: string, extra: Partial<CandidateContact> = {}): CandidateContact {
  const phone = extra.phone === undefined ? null : extra.phone
  return {
    id: nextId++,
    kind,
    label,
    organisation: null,
    email: null,
    url: null,
    hours: null,
    notes: null,
    audience: 'public',
    source: 'national',
    order: 0,
    lastVerifiedAt: null,
    nations: [],
    ...extra,
    phone,
  }
}

const dial = (value: string) => ({ value, display: value, uri: `tel:${value}` })

const national: CandidateContact[] = [
  contact('emergency', 'Emergency services (112)', { phone: dial('112'), order: 1 }),
  contact('emergency', 'Emergency services', { phone: dial('999'), order: 0 }),
  contact('police-non-emergency', 'Police non-emergency', { phone: dial('101'), organisation: 'Your local police force', nations: ['england', 'wales'] }),
  contact('police-non-emergency', 'Police non-emergency', { phone: dial('101'), organisation: 'Police Scotland', nations: ['scotland'] }),
  contact('fraud-hacked-accounts', 'Report Fraud', { phone: dial('+443001232040'), nations: ['england', 'wales', 'northern-ireland'] }),
  contact('fraud-hacked-accounts', 'Police Scotland', { phone: dial('101'), nations: ['scotland'] }),
  contact('wellbeing', 'Samaritans', { phone: dial('116123') }),
]

const labelsOf = (nation: Nation | null, own: CandidateContact[] = []) =>
  Object.fromEntries(resolveEffectiveContacts(nation, own, national).map((group) => [group.kind, group.contacts.map((c) => c.label)]))

describe('resolveEffectiveContacts', () => {
  it('inherits national contacts by nation: Scotland gets Police Scotland, not Report Fraud', () => {
    expect(labelsOf('scotland')['fraud-hacked-accounts']).toEqual(['Police Scotland'])
    expect(labelsOf('wales')['fraud-hacked-accounts']).toEqual(['Report Fraud'])
    expect(labelsOf('northern-ireland')['fraud-hacked-accounts']).toEqual(['Report Fraud'])
    expect(labelsOf('northern-ireland')['police-non-emergency']).toBeUndefined()
  })

  it('gives a tenant without a nation only the contacts for every nation', () => {
    expect(Object.keys(labelsOf(null))).toEqual(['emergency', 'wellbeing'])
  })

  it("puts a tenant's own contact of a kind in front of the national ones of that kind", () => {
    const own = [contact('police-non-emergency', 'Example Constabulary', { phone: dial('101'), organisation: 'Example Constabulary', source: 'tenant' })]
    const groups = resolveEffectiveContacts('wales', own, national)
    const police = groups.find((group) => group.kind === 'police-non-emergency')
    expect(police?.contacts.map((c) => [c.label, c.source])).toEqual([['Example Constabulary', 'tenant']])
    // Other kinds are still inherited.
    expect(groups.find((group) => group.kind === 'wellbeing')?.contacts[0]?.source).toBe('national')
  })

  it('orders groups by the kind list and contacts by order, then label', () => {
    const groups = resolveEffectiveContacts('england', [], national)
    expect(groups.map((group) => group.kind)).toEqual(['emergency', 'police-non-emergency', 'wellbeing', 'fraud-hacked-accounts'])
    expect(groups[0]?.contacts.map((c) => c.label)).toEqual(['Emergency services', 'Emergency services (112)'])
  })

  it('does not leak the nations list into what the site receives', () => {
    const groups = resolveEffectiveContacts('england', [], national)
    expect(groups.flatMap((group) => group.contacts).some((c) => 'nations' in c)).toBe(false)
  })
})

describe('buildEmergencyRoute', () => {
  it('is 999, then 101 with the force name, then the Monitoring Officer', () => {
    const own = [
      contact('member-support', 'Member support', { email: 'members@example.gov.uk', source: 'tenant' }),
      contact('monitoring-officer', 'Monitoring Officer', { email: 'mo@example.gov.uk', source: 'tenant' }),
      contact('police-non-emergency', 'Example Constabulary', { phone: dial('101'), organisation: 'Example Constabulary', source: 'tenant' }),
    ]
    const route = buildEmergencyRoute(resolveEffectiveContacts('england', own, national))
    expect(route.map((step) => step.step)).toEqual(['emergency', 'police', 'officer'])
    expect(route[0]).toMatchObject({ phone: { value: '999' }, contact: { label: 'Emergency services' } })
    expect(route[1]).toMatchObject({ phone: { value: '101' }, force: 'Example Constabulary' })
    expect(route[2]).toMatchObject({ contact: { label: 'Monitoring Officer' } })
  })

  it('falls back to member support when there is no Monitoring Officer, and to the national force name', () => {
    const own = [contact('member-support', 'Member support', { email: 'members@example.gov.uk', source: 'tenant' })]
    const route = buildEmergencyRoute(resolveEffectiveContacts('scotland', own, national))
    expect(route[1]).toMatchObject({ step: 'police', force: 'Police Scotland' })
    expect(route[2]).toMatchObject({ step: 'officer', contact: { label: 'Member support' } })
  })

  it('always starts with 999 and 101, even with no contacts at all', () => {
    const route = buildEmergencyRoute([])
    expect(route).toEqual([
      { step: 'emergency', phone: { value: '999', display: '999', uri: 'tel:999' }, contact: null },
      { step: 'police', phone: { value: '101', display: '101', uri: 'tel:101' }, force: null, contact: null },
    ])
  })
})

describe('isStale', () => {
  const now = new Date('2026-11-24T12:00:00Z')
  it.each([
    [null, 180, true],
    ['2026-11-01T00:00:00Z', 180, false],
    ['2026-05-27T11:00:00Z', 180, true], // 181 days ago
    ['2026-05-28T13:00:00Z', 180, false], // 179.96 days ago
    ['2026-10-01T00:00:00Z', 30, true],
    ['2026-10-01T00:00:00Z', null, false], // default 180
    ['not a date', 180, true],
  ])('verified %s, stale after %s days → %s', (verified, days, expected) => {
    expect(isStale(verified, days, now)).toBe(expected)
  })
})
