import type { Tenant } from '@/payload-types'

type LocalisedName = Partial<Record<'en' | 'cy' | 'gd' | 'ga', string>> & { en: string }

export type SeedTenant = Omit<Tenant, 'id' | 'name' | 'createdAt' | 'updatedAt' | 'branding'> & {
  name: LocalisedName
  branding: { primaryColour: string; accentColour: string; shortName?: LocalisedName }
  /** Demo tenants are left out when SEED_DEMO=false (a real deployment). */
  demo: boolean
}

/** The national baseline every tenant inherits: exactly one, kept by platform admins. */
export const baselineTenant: SeedTenant = {
  slug: 'national',
  kind: 'baseline',
  nation: null,
  name: {
    en: 'National toolkit',
    cy: 'Pecyn cymorth cenedlaethol',
    gd: 'Inneal nàiseanta',
    ga: 'Uirlisí náisiúnta',
  },
  locales: ['en', 'cy', 'gd', 'ga'],
  defaultLocale: 'en',
  welshParity: true,
  active: true,
  branding: { primaryColour: '#1d4f91', accentColour: '#b35900' },
  demo: false,
}

/** The demo tenants named in the architecture brief (a contract: tests and docs rely on them). */
export const demoTenants: SeedTenant[] = [
  {
    slug: 'example-county',
    kind: 'council',
    nation: 'wales',
    name: { en: 'Example County Council', cy: 'Cyngor Sir Enghraifft' },
    locales: ['en', 'cy'],
    defaultLocale: 'en',
    welshParity: true,
    active: true,
    branding: {
      primaryColour: '#00594f',
      accentColour: '#a4343a',
      shortName: { en: 'Example County', cy: 'Sir Enghraifft' },
    },
    // The demo tenants show the incident log; a real tenant switches it on after its assessment.
    incidentLogEnabled: true,
    demo: true,
  },
  {
    slug: 'example-borough',
    kind: 'council',
    nation: 'england',
    name: { en: 'Example Borough Council' },
    locales: ['en'],
    defaultLocale: 'en',
    welshParity: false,
    active: true,
    branding: { primaryColour: '#4b2e83', accentColour: '#0b6e4f', shortName: { en: 'Example Borough' } },
    // The demo tenants show the incident log; a real tenant switches it on after its assessment.
    incidentLogEnabled: true,
    demo: true,
  },
  {
    slug: 'example-party',
    kind: 'party',
    nation: 'scotland',
    name: { en: 'Example Party', gd: 'Am Pàrtaidh Eisimpleir' },
    locales: ['en', 'gd'],
    defaultLocale: 'en',
    welshParity: false,
    active: true,
    branding: { primaryColour: '#7a1f2b', accentColour: '#1f5c99' },
    // The demo tenants show the incident log; a real tenant switches it on after its assessment.
    incidentLogEnabled: true,
    demo: true,
  },
]
