/** Which police arrangements a tenant's councillors are pointed to, by nation (issue #20 item 6). */
import { describe, expect, it } from 'vitest'

import { policeRouting, policeSchemes } from '@/collections/Contacts/policeRouting'
import type { ContactGroup, EffectiveContact } from '@/collections/Contacts/rules'

const contact = (id: number, kind: EffectiveContact['kind'], label: string, organisation: string | null = null): EffectiveContact => ({
  id, kind, label, organisation, phone: null, email: null, url: null, hours: null, notes: null, audience: 'public', source: 'tenant', order: 0, lastVerifiedAt: null,
})

const groups: ContactGroup[] = [
  { kind: 'police-non-emergency', contacts: [contact(1, 'police-non-emergency', 'Police', null), contact(2, 'police-non-emergency', 'Dyfed-Powys Police', 'Dyfed-Powys Police')] },
  { kind: 'police-elected-official-adviser', contacts: [contact(3, 'police-elected-official-adviser', 'Insp. Jones')] },
  { kind: 'member-support', contacts: [contact(5, 'member-support', 'Member support')] },
  { kind: 'monitoring-officer', contacts: [contact(4, 'monitoring-officer', 'Monitoring Officer')] },
]

describe('policeSchemes', () => {
  it('England and Wales: Operation Ford; Scotland: Police Scotland; Northern Ireland: PSNI', () => {
    expect(policeSchemes('england')).toEqual(['operation-ford'])
    expect(policeSchemes('wales')).toEqual(['operation-ford'])
    expect(policeSchemes('scotland')).toEqual(['police-scotland'])
    expect(policeSchemes('northern-ireland')).toEqual(['psni'])
  })
  it('a tenant without a nation (a UK-wide party) is shown every nation\'s arrangements', () => {
    expect(policeSchemes(null)).toEqual(['operation-ford', 'police-scotland', 'psni'])
  })
})

describe('policeRouting', () => {
  it('names the force from the police contact that has one, the adviser, and the Monitoring Officer before member support', () => {
    expect(policeRouting('wales', groups)).toEqual({ schemes: ['operation-ford'], force: 'Dyfed-Powys Police', adviser: groups[1]?.contacts[0], officer: groups[3]?.contacts[0] })
  })
  it('falls back to member support, and to nothing when the tenant entered no contacts', () => {
    expect(policeRouting('england', groups.filter((g) => g.kind !== 'monitoring-officer')).officer?.label).toBe('Member support')
    expect(policeRouting('scotland', [])).toEqual({ schemes: ['police-scotland'], force: null, adviser: null, officer: null })
  })
})
