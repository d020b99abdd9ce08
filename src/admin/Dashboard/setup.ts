import type { Payload, TypedUser } from 'payload'

import { isMembershipCurrent, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import type { ContactKind } from '@/collections/Contacts/kinds'
import { localeNames, isLocale } from '@/i18n/locales'

/**
 * A new council's first hour: what must be in place before its councillors are invited, each item
 * ticked from the data itself (never by a "done" button), so it stays true when things change
 * (an officer leaves; the police contact is deleted). Read as the user (overrideAccess: false):
 * the list shows what the screens it links to would show.
 */
export type SetupKey = 'branding' | 'police-force' | 'police-adviser' | 'member-support' | 'officer' | 'languages' | 'rules-of-engagement' | 'councillors'

export type SetupItem = { key: SetupKey; done: boolean; text: string; href: string }

export type SetupChecklist = { tenant: { id: number; name: string }; items: SetupItem[]; done: number }

/** The tenant's colours before anyone changed them (Tenants collection defaults). */
const DEFAULT_PRIMARY = '#1d4f91'
const DEFAULT_ACCENT = '#b35900'

type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland'

const idOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number' ? value.id : undefined

export async function setupChecklist(payload: Payload, user: TypedUser, tenantId: number, { now = new Date() }: { now?: Date } = {}): Promise<SetupChecklist | null> {
  // Setting a council up is its tenant admins' job (and the platform's); nobody else is shown it.
  if (!isPlatformAdmin(user) && !tenantIdsWithRole(user, ['tenant-admin'], now).includes(tenantId)) return null
  const admin = payload.config.routes.admin
  const tenant = await payload.findByID({
    collection: 'tenants',
    id: tenantId,
    user,
    overrideAccess: false,
    depth: 0,
    locale: 'en',
    disableErrors: true,
    select: { name: true, kind: true, nation: true, locales: true, branding: true },
  })
  if (!tenant || tenant.kind === 'baseline') return null
  const nation = (tenant.nation ?? null) as Nation | null

  const ownContacts = (kind: ContactKind) =>
    payload.count({ collection: 'contacts', where: { and: [{ tenant: { equals: tenantId } }, { kind: { equals: kind } }] }, user, overrideAccess: false })
  const [police, adviser, support, templates, members, councillorInvitations] = await Promise.all([
    ownContacts('police-non-emergency'),
    ownContacts('police-elected-official-adviser'),
    ownContacts('member-support'),
    payload.count({ collection: 'engagement-templates', where: { tenant: { equals: tenantId } }, user, overrideAccess: false }),
    // Officers and councillors of this tenant; a tenant has tens of them, not thousands.
    payload.find({
      collection: 'users',
      where: { and: [{ 'tenants.tenant': { equals: tenantId } }, { 'tenants.roles': { in: ['officer', 'councillor', 'candidate'] } }] },
      user,
      overrideAccess: false,
      depth: 0,
      limit: 500,
      select: { tenants: true },
    }),
    payload.count({
      collection: 'invitations',
      where: { and: [{ tenant: { equals: tenantId } }, { role: { in: ['councillor', 'candidate'] } }, { status: { in: ['pending', 'accepted'] } }] },
      user,
      overrideAccess: false,
    }),
  ])
  const holding = (roles: string[]) =>
    members.docs.filter((member) =>
      (member.tenants ?? []).some((m) => idOf(m.tenant) === tenantId && isMembershipCurrent(m, now) && (m.roles ?? []).some((role) => roles.includes(role))),
    ).length
  const officers = holding(['officer'])
  const councillors = holding(['councillor', 'candidate'])

  const branding = tenant.branding ?? {}
  const branded = Boolean(branding.logo) || (branding.primaryColour ?? DEFAULT_PRIMARY) !== DEFAULT_PRIMARY || (branding.accentColour ?? DEFAULT_ACCENT) !== DEFAULT_ACCENT
  const offered = (tenant.locales ?? []).filter(isLocale)
  const languageList = offered.map((code) => localeNames[code]).join(', ')
  const needsWelsh = nation === 'wales' && !offered.includes('cy')
  const newContact = `${admin}/collections/contacts/create`
  const settings = `${admin}/collections/tenants/${tenantId}`

  const items: SetupItem[] = [
    {
      key: 'branding',
      done: branded,
      text: branded ? 'Your logo or colours are set.' : 'Add your logo and colours, so councillors recognise the site as yours.',
      href: settings,
    },
    {
      key: 'police-force',
      done: police.totalDocs > 0,
      text: police.totalDocs > 0 ? 'Your police force’s non-emergency contact is set.' : 'Add your police force’s non-emergency (101) contact, with the force’s name.',
      href: newContact,
    },
  ]
  // Operation Ford's elected-official advisers are England's and Wales's; elsewhere the police
  // contact above carries the local arrangement.
  if (nation === 'england' || nation === 'wales' || nation === null) {
    items.push({
      key: 'police-adviser',
      done: adviser.totalDocs > 0,
      text:
        adviser.totalDocs > 0
          ? 'Your force’s elected-official adviser (Operation Ford) is set.'
          : 'Add your force’s elected-official adviser (Operation Ford), so councillors know who protects them.',
      href: newContact,
    })
  }
  items.push(
    {
      key: 'member-support',
      done: support.totalDocs > 0,
      text: support.totalDocs > 0 ? 'Your member support contact is set.' : 'Add the member support officer councillors turn to first.',
      href: newContact,
    },
    {
      key: 'officer',
      done: officers > 0,
      text:
        officers > 0
          ? `${officers === 1 ? 'One officer receives' : `${officers} officers receive`} councillors’ incident reports.`
          : 'Invite an officer to receive councillors’ incident reports: until then councillors cannot report to the council.',
      href: `${admin}/collections/invitations/create`,
    },
    {
      key: 'languages',
      done: !needsWelsh,
      text: needsWelsh ? 'Offer Welsh: councils in Wales publish in Welsh and English.' : `Readers can choose: ${languageList}.`,
      href: settings,
    },
    {
      key: 'rules-of-engagement',
      done: templates.totalDocs > 0,
      text: templates.totalDocs > 0 ? 'Your rules of engagement are tailored.' : 'Tailor the rules-of-engagement templates for your council.',
      href: `${admin}/national-toolkit`,
    },
    {
      key: 'councillors',
      done: councillors > 0 || councillorInvitations.totalDocs > 0,
      text:
        councillors > 0 || councillorInvitations.totalDocs > 0
          ? `Councillors are invited (${councillors} signed up).`
          : 'Invite your councillors: a spreadsheet of names and addresses is enough.',
      href: `${admin}/import-invitations`,
    },
  )
  return { tenant: { id: tenant.id, name: tenant.name }, items, done: items.filter((item) => item.done).length }
}
