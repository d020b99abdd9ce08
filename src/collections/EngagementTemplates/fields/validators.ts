import { array, textarea } from 'payload/shared'
import type { ArrayFieldValidation, PayloadRequest, TextareaFieldValidation } from 'payload'

import { describeFitProblems, platformsThatCannotFit } from '@/lib/bio/fitCheck'

import { countGraphemes } from '@/lib/bio/graphemes'
import { describeTemplateProblems, parseTemplate } from '@/lib/bio/variables'

/** Text that may hold `{variable}` placeholders: Payload's own checks, then the variables. */
export const validateTemplateText: TextareaFieldValidation = (value, options) => {
  const base = textarea(value, options)
  if (base !== true) return base
  if (typeof value !== 'string' || value === '') return true
  return describeTemplateProblems(value) ?? true
}

type BioRow = { template?: unknown }

/**
 * A bio variant: a sound template, and no longer than the variant above it, because the
 * builder treats the first as the full bio and the rest as ever shorter fallbacks.
 */
export const validateBioVariant: TextareaFieldValidation = (value, options) => {
  const base = validateTemplateText(value, options)
  if (base !== true || typeof value !== 'string') return base
  // The row's index is the path segment before the field name (a number or a numeric string).
  const index = Number(options.path.at(-2))
  const rows = (options.data as { bioTemplates?: BioRow[] | null } | undefined)?.bioTemplates
  if (!Number.isInteger(index) || index <= 0 || !Array.isArray(rows)) return true
  const above = rows[index - 1]?.template
  if (typeof above !== 'string') return true
  const [mine, theirs] = [countGraphemes(value), countGraphemes(above)]
  return mine > theirs
    ? `Put variants longest first: this one (${mine} characters) is longer than the one above it (${theirs}).`
    : true
}

/**
 * The variants together: on every platform at least one must fit with only a name and a role
 * given (src/lib/bio/fitCheck.ts), or the bio builder would tell some councillors their bio is
 * too long in every form. Checked when a template is published (drafts skip validation).
 */
export const validateBioVariants: ArrayFieldValidation = (value, options) => {
  const base = array(value, options)
  if (base !== true) return base
  const rows = (options.siblingData as { bioTemplates?: BioRow[] | null } | undefined)?.bioTemplates
  if (!Array.isArray(rows)) return true
  const templates = rows.map((row) => row.template)
  // A variant that is missing or does not parse has its own error; judge only a sound set.
  if (!templates.every((template): template is string => typeof template === 'string' && parseTemplate(template).ok)) return true
  return describeFitProblems(platformsThatCannotFit(templates)) ?? true
}

/**
 * `tailors` is set by the oneTemplatePerAudience hook; this only confirms it points at a
 * baseline template. It replaces Payload's default relationship check on purpose: the
 * multi-tenant plugin filters relationships to the document's own tenant, which would refuse
 * the (cross-tenant) link to the baseline.
 */
export const validateTailors = async (
  value: unknown,
  { req, siblingData }: { req: PayloadRequest; siblingData?: unknown },
): Promise<string | true> => {
  if (value === null || value === undefined || value === '') return true
  const id = typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value
  if (typeof id !== 'number' && typeof id !== 'string') return 'Not a template.'
  const audience = (siblingData as { audience?: unknown } | undefined)?.audience
  const found = await req.payload.count({
    collection: 'engagement-templates',
    where: { and: [{ id: { equals: id } }, { 'tenant.kind': { equals: 'baseline' } }, { audience: { equals: audience } }] },
    overrideAccess: true,
    req,
  })
  return found.totalDocs > 0 ? true : 'A template can only tailor the national template for the same audience.'
}
