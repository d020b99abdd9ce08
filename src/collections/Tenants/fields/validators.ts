import type { PayloadRequest, Where } from 'payload'

import { locales } from '@/i18n/locales'
import { checkBrandColour, type BrandColourRole } from '@/lib/colour'
import { hostnameProblem, normaliseHostname } from '@/lib/hostname'
import { slugProblem } from '@/lib/slug'

type ValidateResult = true | string
type SiblingAware = { req: PayloadRequest; id?: number | string; data?: unknown }

export function validateTenantSlug(value: unknown): ValidateResult {
  return slugProblem(value) ?? true
}

export function validatePrimaryColour(value: unknown): ValidateResult {
  return brandColourResult('primary', value)
}

export function validateAccentColour(value: unknown): ValidateResult {
  return brandColourResult('accent', value)
}

// The same check the admin's colour field shows live (src/lib/colour.ts).
function brandColourResult(role: BrandColourRole, value: unknown): ValidateResult {
  if (value === null || value === undefined || value === '') return true
  const check = checkBrandColour(role, typeof value === 'string' ? value : '')
  return check.problem ?? true
}

export function validateLocales(value: unknown): ValidateResult {
  if (!Array.isArray(value) || value.length === 0) return 'Enable at least one language.'
  const unknown = value.filter((code) => !(locales as readonly unknown[]).includes(code))
  if (unknown.length > 0) return `Unknown language code: ${unknown.join(', ')}.`
  return true
}

export function validateDefaultLocale(value: unknown, { data }: { data?: unknown }): ValidateResult {
  const enabled = (data as { locales?: unknown } | undefined)?.locales
  if (typeof value !== 'string') return 'Choose the default language.'
  if (Array.isArray(enabled) && !enabled.includes(value)) {
    return 'The default language must be one of the enabled languages.'
  }
  return true
}

/** A domain must be a bare hostname and belong to one tenant only. */
export async function validateDomain(value: unknown, { req, id }: SiblingAware): Promise<ValidateResult> {
  const problem = hostnameProblem(value)
  if (problem) return problem
  const hostname = normaliseHostname(value as string)
  const where: Where = { 'domains.domain': { equals: hostname } }
  if (id !== undefined) where.id = { not_equals: id }
  const clash = await req.payload.count({ collection: 'tenants', where, req, overrideAccess: true })
  return clash.totalDocs > 0 ? `${hostname} is already used by another tenant.` : true
}

/** A domain that invitation addresses must be at: a bare domain, like a custom domain but not unique. */
export function validateEmailDomain(value: unknown): ValidateResult {
  if (typeof value === 'string' && value.trim().startsWith('@')) return 'Leave out the "@": enter the domain only, such as example.gov.uk.'
  return hostnameProblem(value) ?? true
}

/** Exactly one tenant is the national baseline. */
export async function validateKind(value: unknown, { req, id }: SiblingAware): Promise<ValidateResult> {
  if (value !== 'baseline') return true
  const where: Where = { kind: { equals: 'baseline' } }
  if (id !== undefined) where.id = { not_equals: id }
  const others = await req.payload.count({ collection: 'tenants', where, req, overrideAccess: true })
  return others.totalDocs > 0 ? 'There is already a baseline tenant; there can be only one.' : true
}

/** Every council and party is in one nation (it decides inherited contacts and languages). */
export function validateNation(value: unknown, { siblingData }: { siblingData?: unknown }): ValidateResult {
  const kind = (siblingData as { kind?: unknown } | undefined)?.kind
  if (kind === 'baseline') return true
  return typeof value === 'string' && value !== '' ? true : 'Choose the nation this tenant serves.'
}

/** A tenant's logo must be one of its own images: never another tenant's upload. */
export async function validateLogo(value: unknown, { req, id }: SiblingAware): Promise<ValidateResult> {
  if (value === null || value === undefined || value === '') return true
  const mediaId = typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value
  if (typeof mediaId !== 'number' && typeof mediaId !== 'string') return 'Choose an image.'
  const media = await req.payload
    .findByID({ collection: 'media', id: mediaId, overrideAccess: true, depth: 0, req, disableErrors: true })
    .catch(() => null)
  if (!media) return 'That image does not exist.'
  const owner = typeof media.tenant === 'object' && media.tenant !== null ? media.tenant.id : media.tenant
  if (id === undefined || owner !== Number(id)) return 'Choose an image uploaded to this tenant.'
  return true
}
