/**
 * Tenants, users and documents for the tenancy access tests, created once per test file with
 * `overrideAccess: true`. Every slug, email and marker carries one unique suffix, so files that
 * share the database never collide, and `cleanup()` removes exactly what this file made (other
 * int tests, e.g. the seed test, count tenants and platform admins).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, Where } from 'payload'
import sharp from 'sharp'

import type { Contact, EmailOutbox, EngagementTemplate, Media, Page, Tenant, User } from '@/payload-types'
import { seed } from '@/seed'

import type { Role, Target } from './accessExpectations'
import { testPayload, uniqueSuffix } from './payload'

export const FIXTURE_PASSWORD = 'fixture-password-4821'

export type TenantKey = 'A' | 'B' | 'C' | 'baseline'
export type TenantRoleName = 'tenant-admin' | 'editor' | 'officer' | 'councillor' | 'candidate'

/** A user as the Local API wants it in `user` (the `collection` is what Payload's auth sets). */
export type AuthUser = User & { collection: 'users' }

export type Actor = { email: string; password: string; user: AuthUser; token: string }

export const userKeys = [
  'councillorA',
  'candidateA',
  'officerA',
  'editorA',
  'tenantAdminA',
  'platformAdmin',
  'councillorB',
  'editorB',
  'tenantAdminB',
  'memberA',
  'memberB',
] as const
export type UserKey = (typeof userKeys)[number]

export type TenancyFixtures = {
  payload: Payload
  suffix: string
  tenants: Record<TenantKey, Tenant>
  /** Whether this file created the baseline (then cleanup removes it). */
  createdBaseline: boolean
  users: Record<UserKey, Actor>
  media: Record<'A' | 'B' | 'baseline' | 'C', Media>
  /** Pages keyed by the matrix target they stand for (titles carry the suffix; drafts' titles say "draft"). */
  pages: Record<PageTarget, Page>
  /** Contacts keyed by the matrix target they stand for (labels carry the suffix). */
  contacts: Record<ContactTarget, Contact>
  /**
   * Engagement templates keyed by the matrix target they stand for. A case that needs the
   * `TEMPLATE_CASE_AUDIENCE` slot of a tenant (see `makeRoomForTemplate`) may replace an entry.
   */
  templates: Record<TemplateTarget, EngagementTemplate>
  /**
   * Frees the `TEMPLATE_CASE_AUDIENCE` slot of a tenant (at most one template per tenant and
   * audience) by deleting the fixture template that holds it; the returned function makes that
   * fixture again (a new id, put into `templates`).
   */
  makeRoomForTemplate(tenant: TenantKey): Promise<() => Promise<void>>
  outbox: EmailOutbox
  png: Buffer
  /** The actor of a matrix role; undefined for anonymous. */
  actor(role: Role): Actor | undefined
  /** A fresh unique string carrying this file's suffix. */
  marker(label: string): string
  cleanup(): Promise<void>
}

const roleActor: Record<Exclude<Role, 'anonymous'>, UserKey> = {
  councillor: 'councillorA',
  candidate: 'candidateA',
  officer: 'officerA',
  editor: 'editorA',
  'tenant-admin': 'tenantAdminA',
  'platform-admin': 'platformAdmin',
}

/** A 1×1 PNG, made in code. */
export function makePng(): Promise<Buffer> {
  return sharp({ create: { width: 1, height: 1, channels: 3, background: '#1d4f91' } }).png().toBuffer()
}

export function pngFile(png: Buffer, name = 'x.png'): { data: Buffer; mimetype: string; name: string; size: number } {
  return { data: png, mimetype: 'image/png', name, size: png.length }
}

export async function createMediaDoc(payload: Payload, png: Buffer, tenant: number, alt: string): Promise<Media> {
  return payload.create({
    collection: 'media',
    data: { alt, tenant },
    file: pngFile(png, `${alt.replace(/[^a-z0-9-]/gi, '-')}.png`),
    overrideAccess: true,
  })
}

export type PageAudience = Page['audience']
export type PageStatus = 'draft' | 'published'
export type PageSpec = { tenant: number; slug: string; title: string; audience?: PageAudience; status?: PageStatus }

/**
 * Creates a page the way an editor's work goes: saved as a draft first; a page to be published
 * then gets its Welsh (cy) title and is published. The Welsh title lets it be published in any
 * tenant, with or without Welsh parity (the seeded baseline has parity on). A `draft` page is
 * never published.
 */
export async function createPageDoc(payload: Payload, spec: PageSpec): Promise<Page> {
  const draft = await payload.create({
    collection: 'pages',
    draft: true,
    data: { tenant: spec.tenant, title: spec.title, slug: spec.slug, section: 'local', audience: spec.audience ?? 'public', _status: 'draft' },
    overrideAccess: true,
  })
  if ((spec.status ?? 'published') === 'draft') return draft
  await payload.update({ collection: 'pages', id: draft.id, locale: 'cy', data: { title: `${spec.title} (cy)` }, overrideAccess: true })
  return payload.update({ collection: 'pages', id: draft.id, data: { _status: 'published' }, overrideAccess: true })
}

/**
 * The shared pages, one per matrix target: the plain target is a published public page, `:members`
 * a published members-only page, `:draft` a draft never published. A new variant is a line here.
 */
export const pageFixtures = [
  { target: 'A', tenant: 'A', audience: 'public', status: 'published' },
  { target: 'A:members', tenant: 'A', audience: 'members', status: 'published' },
  { target: 'A:draft', tenant: 'A', audience: 'public', status: 'draft' },
  { target: 'B', tenant: 'B', audience: 'public', status: 'published' },
  { target: 'B:members', tenant: 'B', audience: 'members', status: 'published' },
  { target: 'B:draft', tenant: 'B', audience: 'public', status: 'draft' },
  { target: 'baseline', tenant: 'baseline', audience: 'public', status: 'published' },
  { target: 'baseline:members', tenant: 'baseline', audience: 'members', status: 'published' },
  { target: 'baseline:draft', tenant: 'baseline', audience: 'public', status: 'draft' },
  { target: 'inactive', tenant: 'C', audience: 'public', status: 'published' },
] as const satisfies readonly { target: Target; tenant: TenantKey; audience: PageAudience; status: PageStatus }[]
export type PageTarget = (typeof pageFixtures)[number]['target']

export function isPageTarget(target: Target): target is PageTarget {
  return pageFixtures.some((fixture) => fixture.target === target)
}

/** What a page fixture is, for a page made for one case (a delete) that must be like it. */
export function pageFixtureOf(target: Target): (typeof pageFixtures)[number] {
  const fixture = pageFixtures.find((candidate) => candidate.target === target)
  if (!fixture) throw new Error(`no page fixture for target ${target}`)
  return fixture
}

// ── contacts ──────────────────────────────────────────────────────────────────────────────────
export type ContactAudience = Contact['audience']
export type ContactNation = NonNullable<Contact['nations']>[number]
/** A real, valid number (Report Fraud); Ofcom's drama numbers (07700 900xxx) are refused. */
export const CONTACT_PHONE = '0300 123 2040'

export async function createContactDoc(
  payload: Payload,
  spec: { tenant: number; label: string; audience: ContactAudience; nations?: readonly ContactNation[] },
): Promise<Contact> {
  return payload.create({
    collection: 'contacts',
    data: { tenant: spec.tenant, kind: 'other', audience: spec.audience, label: spec.label, phone: CONTACT_PHONE, nations: [...(spec.nations ?? [])] },
    overrideAccess: true,
  })
}

/**
 * The shared contacts, one per matrix target: the plain target is a public contact, `:members` a
 * members-only one. The baseline's is national: public (it must be) and carrying `nations`.
 */
export const contactFixtures = [
  { target: 'A', tenant: 'A', audience: 'public', nations: [] },
  { target: 'A:members', tenant: 'A', audience: 'members', nations: [] },
  { target: 'B', tenant: 'B', audience: 'public', nations: [] },
  { target: 'B:members', tenant: 'B', audience: 'members', nations: [] },
  { target: 'baseline', tenant: 'baseline', audience: 'public', nations: ['england', 'wales'] },
  { target: 'inactive', tenant: 'C', audience: 'public', nations: [] },
] as const satisfies readonly { target: Target; tenant: TenantKey; audience: ContactAudience; nations: readonly ContactNation[] }[]
export type ContactTarget = (typeof contactFixtures)[number]['target']

export function isContactTarget(target: Target): target is ContactTarget {
  return contactFixtures.some((fixture) => fixture.target === target)
}

export function contactFixtureOf(target: Target): (typeof contactFixtures)[number] {
  const fixture = contactFixtures.find((candidate) => candidate.target === target)
  if (!fixture) throw new Error(`no contact fixture for target ${target}`)
  return fixture
}

// ── engagement templates ──────────────────────────────────────────────────────────────────────
export type TemplateAudience = EngagementTemplate['audience']
export type TemplateStatus = 'draft' | 'published'

/**
 * The content of a complete template: every required field, and only the variables the
 * validators accept ({name} {role} {days} {hours} {email} {website}); bio variants longest first.
 */
export function templateBody(title: string): {
  title: string
  intro: string
  rules: { text: string }[]
  expectations: { readingTimes: string; replies: string; casework: string }
  bioTemplates: { template: string }[]
} {
  return {
    title,
    intro: 'How I use social media, and what you can expect when you contact me.',
    rules: [{ text: 'I do not reply to abuse.' }, { text: 'I block accounts that threaten anyone.' }],
    expectations: {
      readingTimes: 'I read messages on {days}, {hours}.',
      replies: 'I reply to residents of the ward.',
      casework: 'Send casework to {email}.',
    },
    bioTemplates: [{ template: '{name}, {role}. Casework: {email}. More at {website}' }, { template: '{name}, {role}' }],
  }
}

export async function createTemplateDoc(
  payload: Payload,
  spec: { tenant: number; title: string; audience: TemplateAudience; status: TemplateStatus },
): Promise<EngagementTemplate> {
  return payload.create({
    collection: 'engagement-templates',
    draft: spec.status === 'draft',
    data: { ...templateBody(spec.title), tenant: spec.tenant, audience: spec.audience, _status: spec.status },
    overrideAccess: true,
  })
}

/**
 * The shared templates, one per matrix target: the plain target a published template, `:draft`
 * a draft never published. Each tenant holds at most one template per audience, so the plain
 * target takes `councillor` and the draft `candidate`; create and delete cases work in the
 * `candidate` slot (TEMPLATE_CASE_AUDIENCE) after `makeRoomForTemplate` has emptied it. The
 * baseline's template is the seeded one when the database was seeded.
 */
export const templateFixtures = [
  { target: 'A', tenant: 'A', audience: 'councillor', status: 'published' },
  { target: 'A:draft', tenant: 'A', audience: 'candidate', status: 'draft' },
  { target: 'B', tenant: 'B', audience: 'councillor', status: 'published' },
  { target: 'B:draft', tenant: 'B', audience: 'candidate', status: 'draft' },
  { target: 'baseline', tenant: 'baseline', audience: 'councillor', status: 'published' },
  { target: 'inactive', tenant: 'C', audience: 'councillor', status: 'published' },
] as const satisfies readonly { target: Target; tenant: TenantKey; audience: TemplateAudience; status: TemplateStatus }[]
export type TemplateTarget = (typeof templateFixtures)[number]['target']
export const TEMPLATE_CASE_AUDIENCE: TemplateAudience = 'candidate'

export function isTemplateTarget(target: Target): target is TemplateTarget {
  return templateFixtures.some((fixture) => fixture.target === target)
}

export function templateFixtureOf(target: Target): (typeof templateFixtures)[number] {
  const fixture = templateFixtures.find((candidate) => candidate.target === target)
  if (!fixture) throw new Error(`no template fixture for target ${target}`)
  return fixture
}

export type Membership = { tenant: number; roles: TenantRoleName[] }

export async function createUserDoc(
  payload: Payload,
  email: string,
  memberships: Membership[],
  options: { platformAdmin?: boolean; password?: string; name?: string } = {},
): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email,
      password: options.password ?? FIXTURE_PASSWORD,
      name: options.name ?? email,
      roles: options.platformAdmin ? ['platform-admin'] : [],
      tenants: memberships,
    },
    overrideAccess: true,
  })
}

export async function authUser(payload: Payload, id: number): Promise<AuthUser> {
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
  return { ...user, collection: 'users' }
}

/** Logs in through the Local API and returns the JWT for `Authorization: JWT …`. */
export async function loginToken(payload: Payload, email: string, password = FIXTURE_PASSWORD): Promise<string> {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  if (!result.token) throw new Error(`login of ${email} returned no token`)
  return result.token
}

export async function createActor(payload: Payload, email: string, memberships: Membership[], platformAdmin = false): Promise<Actor> {
  const created = await createUserDoc(payload, email, memberships, { platformAdmin })
  const token = await loginToken(payload, email)
  // Read back after login: login adds the session that the token refers to.
  return { email, password: FIXTURE_PASSWORD, user: await authUser(payload, created.id), token }
}

async function createTenant(payload: Payload, data: { name: string; slug: string; kind: Tenant['kind']; active: boolean }): Promise<Tenant> {
  return payload.create({
    collection: 'tenants',
    data: {
      ...data,
      nation: data.kind === 'baseline' ? null : 'england',
      locales: ['en'],
      defaultLocale: 'en',
    },
    overrideAccess: true,
  })
}

/** Deletes a tenant made by the tests: a tenant must be inactive (and not the baseline) to be deleted. */
export async function removeTenant(payload: Payload, id: number): Promise<void> {
  await payload.update({
    collection: 'tenants',
    id,
    data: { kind: 'council', nation: 'england', active: false },
    overrideAccess: true,
  })
  await payload.delete({ collection: 'tenants', id, overrideAccess: true })
}

async function sweep(payload: Payload, suffix: string, baselineToRemove: number | undefined): Promise<void> {
  const problems: string[] = []
  const attempt = async (what: string, work: () => Promise<unknown>): Promise<void> => {
    try {
      await work()
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const like: (field: string) => Where = (field) => ({ [field]: { like: suffix } })
  await attempt('users', () => payload.delete({ collection: 'users', where: like('email'), overrideAccess: true }))
  await attempt('email-outbox', () => payload.delete({ collection: 'email-outbox', where: like('subject'), overrideAccess: true }))
  await attempt('media', () => payload.delete({ collection: 'media', where: like('alt'), overrideAccess: true }))
  // Pages that tailor others first, then the rest (the baseline's pages outlive a seeded baseline).
  await attempt('tailoring pages', () =>
    payload.delete({ collection: 'pages', where: { and: [like('slug'), { tailors: { exists: true } }] }, overrideAccess: true }),
  )
  await attempt('pages', () => payload.delete({ collection: 'pages', where: like('slug'), overrideAccess: true }))
  await attempt('contacts', () => payload.delete({ collection: 'contacts', where: like('label'), overrideAccess: true }))
  await attempt('engagement templates', () =>
    payload.delete({ collection: 'engagement-templates', where: like('title'), overrideAccess: true }),
  )
  const tenants = await payload.find({
    collection: 'tenants',
    where: like('slug'),
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const tenant of tenants.docs) {
    await attempt(`tenant ${tenant.slug}`, () => removeTenant(payload, tenant.id))
  }
  if (baselineToRemove !== undefined && !tenants.docs.some((tenant) => tenant.id === baselineToRemove)) {
    await attempt('baseline', () => removeTenant(payload, baselineToRemove))
  }
  if (problems.length > 0) throw new Error(`Fixture cleanup left data behind:\n${problems.join('\n')}`)
}

let throwawayMediaDir: string | undefined

/**
 * Uploads go to a throwaway directory, not the repository's ./media. The config reads MEDIA_DIR
 * when it loads, so call this before a file's first import of it; the directory made here is
 * removed by the tenancy fixtures' cleanup.
 */
export function sendUploadsToThrowawayDir(): void {
  if (process.env.MEDIA_DIR) return
  throwawayMediaDir = mkdtempSync(path.join(os.tmpdir(), 'portal-int-media-'))
  process.env.MEDIA_DIR = throwawayMediaDir
}

export async function createTenancyFixtures(): Promise<TenancyFixtures> {
  sendUploadsToThrowawayDir()
  const ownMediaDir = throwawayMediaDir
  const payload = await testPayload()
  const suffix = uniqueSuffix()
  let counter = 0
  const marker = (label: string): string => `${label}-${suffix}-${(counter += 1)}`
  const png = await makePng()

  const existingBaseline = await payload.find({
    collection: 'tenants',
    where: { kind: { equals: 'baseline' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const baselineFound = existingBaseline.docs[0]
  const A = await createTenant(payload, { name: `Council A ${suffix}`, slug: `acc-a-${suffix}`, kind: 'council', active: true })
  const B = await createTenant(payload, { name: `Council B ${suffix}`, slug: `acc-b-${suffix}`, kind: 'council', active: true })
  const C = await createTenant(payload, { name: `Council C ${suffix}`, slug: `acc-c-${suffix}`, kind: 'council', active: false })
  const baseline =
    baselineFound ?? (await createTenant(payload, { name: `Baseline ${suffix}`, slug: `acc-baseline-${suffix}`, kind: 'baseline', active: true }))

  const email = (label: string): string => `${label}-${suffix}@example.org`
  const users: Record<UserKey, Actor> = {
    councillorA: await createActor(payload, email('councillor-a'), [{ tenant: A.id, roles: ['councillor'] }]),
    candidateA: await createActor(payload, email('candidate-a'), [{ tenant: A.id, roles: ['candidate'] }]),
    officerA: await createActor(payload, email('officer-a'), [{ tenant: A.id, roles: ['officer'] }]),
    editorA: await createActor(payload, email('editor-a'), [{ tenant: A.id, roles: ['editor'] }]),
    tenantAdminA: await createActor(payload, email('tenant-admin-a'), [{ tenant: A.id, roles: ['tenant-admin'] }]),
    platformAdmin: await createActor(payload, email('platform-admin'), [], true),
    councillorB: await createActor(payload, email('councillor-b'), [{ tenant: B.id, roles: ['councillor'] }]),
    editorB: await createActor(payload, email('editor-b'), [{ tenant: B.id, roles: ['editor'] }]),
    tenantAdminB: await createActor(payload, email('tenant-admin-b'), [{ tenant: B.id, roles: ['tenant-admin'] }]),
    memberA: await createActor(payload, email('member-a'), [{ tenant: A.id, roles: ['councillor'] }]),
    memberB: await createActor(payload, email('member-b'), [{ tenant: B.id, roles: ['councillor'] }]),
  }

  const media = {
    A: await createMediaDoc(payload, png, A.id, `media-a-${suffix}`),
    B: await createMediaDoc(payload, png, B.id, `media-b-${suffix}`),
    baseline: await createMediaDoc(payload, png, baseline.id, `media-baseline-${suffix}`),
    C: await createMediaDoc(payload, png, C.id, `media-c-${suffix}`),
  }
  const tenantOf: Record<TenantKey, Tenant> = { A, B, C, baseline }
  const pageEntries: [PageTarget, Page][] = []
  for (const fixture of pageFixtures) {
    const label = `${fixture.status === 'draft' ? 'Draft' : 'Page'} ${fixture.target} ${suffix}`
    pageEntries.push([
      fixture.target,
      await createPageDoc(payload, {
        tenant: tenantOf[fixture.tenant].id,
        slug: marker('matrix'),
        title: label,
        audience: fixture.audience,
        status: fixture.status,
      }),
    ])
  }
  const pages = Object.fromEntries(pageEntries) as Record<PageTarget, Page>

  const contactEntries: [ContactTarget, Contact][] = []
  for (const fixture of contactFixtures) {
    contactEntries.push([
      fixture.target,
      await createContactDoc(payload, {
        tenant: tenantOf[fixture.tenant].id,
        label: `Contact ${fixture.target} ${suffix}`,
        audience: fixture.audience,
        nations: fixture.nations,
      }),
    ])
  }
  const contacts = Object.fromEntries(contactEntries) as Record<ContactTarget, Contact>

  // A seeded baseline already holds a template of each audience: its `councillor` one stands for
  // the baseline target, and its `candidate` one is set aside (and seeded again by cleanup), so
  // that the create and delete cases have the slot to themselves.
  const baselineTemplate = async (audience: TemplateAudience): Promise<EngagementTemplate | undefined> =>
    (
      await payload.find({
        collection: 'engagement-templates',
        where: { and: [{ tenant: { equals: baseline.id } }, { audience: { equals: audience } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  const seededCaseTemplate = await baselineTemplate(TEMPLATE_CASE_AUDIENCE)
  if (seededCaseTemplate) await payload.delete({ collection: 'engagement-templates', id: seededCaseTemplate.id, overrideAccess: true })
  const makeTemplate = async (fixture: (typeof templateFixtures)[number]): Promise<EngagementTemplate> =>
    createTemplateDoc(payload, {
      tenant: tenantOf[fixture.tenant].id,
      title: `${fixture.status === 'draft' ? 'Draft' : 'Template'} ${fixture.target} ${suffix}`,
      audience: fixture.audience,
      status: fixture.status,
    })
  const templateEntries: [TemplateTarget, EngagementTemplate][] = []
  for (const fixture of templateFixtures) {
    const seeded = fixture.tenant === 'baseline' ? await baselineTemplate(fixture.audience) : undefined
    templateEntries.push([fixture.target, seeded ?? (await makeTemplate(fixture))])
  }
  const templates = Object.fromEntries(templateEntries) as Record<TemplateTarget, EngagementTemplate>
  const makeRoomForTemplate = async (tenant: TenantKey): Promise<() => Promise<void>> => {
    const holders = templateFixtures.filter((fixture) => fixture.tenant === tenant && fixture.audience === TEMPLATE_CASE_AUDIENCE)
    for (const fixture of holders) {
      await payload.delete({ collection: 'engagement-templates', id: templates[fixture.target].id, overrideAccess: true })
    }
    return async () => {
      for (const fixture of holders) templates[fixture.target] = await makeTemplate(fixture)
    }
  }

  const outbox = await payload.create({
    collection: 'email-outbox',
    data: { template: 'message', status: 'sent', priority: 50, attempts: 1, idempotencyKey: `outbox-${suffix}`, to: email('outbox-to'), from: 'portal@example.org', subject: `outbox-${suffix}`, text: 'fixture' },
    overrideAccess: true,
  })

  const createdBaseline = baselineFound === undefined
  return {
    payload,
    suffix,
    tenants: { A, B, C, baseline },
    createdBaseline,
    users,
    media,
    pages,
    contacts,
    templates,
    makeRoomForTemplate,
    outbox,
    png,
    actor: (role) => (role === 'anonymous' ? undefined : users[roleActor[role]]),
    marker,
    cleanup: async () => {
      await sweep(payload, suffix, createdBaseline ? baseline.id : undefined)
      // The seeded template set aside above comes back as the seed makes it (the seed only adds what is missing).
      if (seededCaseTemplate) await seed(payload, { includeDemo: false, adminEmail: 'seed-admin@example.org' })
      if (ownMediaDir) {
        rmSync(ownMediaDir, { recursive: true, force: true })
        delete process.env.MEDIA_DIR
        throwawayMediaDir = undefined
      }
    },
  }
}
