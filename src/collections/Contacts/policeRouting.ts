import type { Nation } from './kinds'
import type { ContactGroup, EffectiveContact } from './rules'

/**
 * Which police arrangements a councillor is pointed to, by the tenant's nation (issue #20 item 6).
 * Operation Ford (since March 2025) covers councillors, mayors, PCCs and candidates in England and
 * Wales: 101 quoting "Operation Ford", and each force's Elected Official Adviser; parish, town and
 * community councillors are outside it. Scotland has Police Scotland's own arrangements for
 * elected members; Northern Ireland, the PSNI's. A tenant with no nation (a UK-wide party) is
 * shown every nation's route, since its members may be anywhere.
 */
export type PoliceScheme = 'operation-ford' | 'police-scotland' | 'psni'

export type PoliceRouting = {
  /** One scheme for a council; all three, in this order, for a tenant without a nation. */
  schemes: PoliceScheme[]
  /** The force's name, from the tenant's police non-emergency contact (null: not entered). */
  force: string | null
  /** The force's Elected Official Adviser (Scotland: its liaison), from the tenant's contacts when entered. */
  adviser: EffectiveContact | null
  /** The council's named officer (Monitoring Officer, else member support), for what is not a crime. */
  officer: EffectiveContact | null
}

export function policeSchemes(nation: Nation | null): PoliceScheme[] {
  switch (nation) {
    case 'england':
    case 'wales':
      return ['operation-ford']
    case 'scotland':
      return ['police-scotland']
    case 'northern-ireland':
      return ['psni']
    default:
      return ['operation-ford', 'police-scotland', 'psni']
  }
}

const ofKind = (groups: ContactGroup[], kind: ContactGroup['kind']) => groups.find((group) => group.kind === kind)?.contacts ?? []

export function policeRouting(nation: Nation | null, groups: ContactGroup[]): PoliceRouting {
  const schemes = policeSchemes(nation)
  const police = ofKind(groups, 'police-non-emergency').find((contact) => contact.organisation) ?? null
  const adviser = ofKind(groups, 'police-elected-official-adviser')[0] ?? null
  const officer = ofKind(groups, 'monitoring-officer')[0] ?? ofKind(groups, 'member-support')[0] ?? null
  return { schemes, force: police?.organisation ?? null, adviser, officer }
}
