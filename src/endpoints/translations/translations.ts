import type { Field, Payload, TypedUser, Where } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import {
  bookkeeping,
  isTranslatableCollection,
  reviewAgainst,
  TRANSLATION_IMPORT_CONTEXT,
  type TranslatableCollection,
  type TranslatableDoc,
} from '@/collections/translations/bookkeeping'
import { isLocale, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relationId'
import { diffText } from '@/lib/textDiff'
import { looksLikeZip, readZip, writeZip, ZipRefused } from '@/lib/zip'
import {
  applyTranslations,
  checkCodes,
  countWords,
  currentTargets,
  extractUnits,
  inlineKey,
  inlineToText,
  needsTranslation,
  readXliff,
  translatableText,
  translationState,
  writeXliff,
  XmlRefused,
  type InlinePart,
  type TranslationState,
  type XliffFile,
} from '@/lib/xliff'

/**
 * Export and import of a tenant's documents as XLIFF 2.0 (issue #15). Everything Payload-side is
 * here; the format, the units and the Lexical round trip are pure functions in src/lib/xliff.
 * Reads and writes go as the user (overrideAccess: false), after the checks below, so the
 * collection's own access rules and hooks apply as they do in the admin.
 */

export { translatableCollections, type TranslatableCollection } from '@/collections/translations/bookkeeping'

export type Refusal = { status: 400 | 401 | 403 | 404 | 413; message: string; field?: string }

export type TenantRecord = { id: number; slug: string; name: string; kind: string; locales: Locale[] }

export function fieldsOf(payload: Payload, collection: TranslatableCollection): Field[] {
  return payload.collections[collection].config.fields
}

export async function findTenant(payload: Payload, slug: string): Promise<TenantRecord | null> {
  const found = await payload.find({ collection: 'tenants', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
  const tenant = found.docs[0]
  if (!tenant) return null
  return { id: tenant.id, slug: tenant.slug, name: tenant.name, kind: tenant.kind, locales: (tenant.locales ?? []).filter(isLocale) }
}

/** Editors and tenant admins of the tenant, and platform admins; the national baseline is platform admins' only. */
export function translationRefusal(user: TypedUser | null | undefined, tenant: TenantRecord): Refusal | null {
  if (!user) return { status: 401, message: 'Log in as an editor of this tenant to exchange translation files.' }
  if (isPlatformAdmin(user)) return null
  if (tenant.kind === 'baseline') return { status: 403, message: 'Only platform admins translate the national toolkit.' }
  if (!tenantIdsWithRole(user, contentRoles).includes(tenant.id)) return { status: 403, message: `Only editors of ${tenant.name} can exchange its translation files.` }
  return null
}

export async function readDocs(payload: Payload, user: TypedUser, collection: TranslatableCollection, tenant: number, locale: Locale, ids: number[] | null): Promise<TranslatableDoc[]> {
  // A page that only hides a national one on the tenant's site (hideBaseline) is a marker, not text to translate.
  const holdsText = bookkeeping[collection].holdsText
  const where: Where = { and: [{ tenant: { equals: tenant } }, ...(holdsText ? [holdsText] : []), ...(ids ? [{ id: { in: ids } }] : [])] }
  const found = await payload.find({
    collection,
    where,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    pagination: false,
    sort: 'id',
    user,
    overrideAccess: false,
  })
  return found.docs as unknown as TranslatableDoc[]
}

export type DocumentState = { id: number; title: string; state: TranslationState; words: number }

/** Each document's state in `target` and its English word count (for the dashboard and `ids=missing`). */
export function documentStates(collection: TranslatableCollection, fields: Field[], english: TranslatableDoc[], translated: Map<number, TranslatableDoc>): DocumentState[] {
  const keeping = bookkeeping[collection]
  return english.map((doc) => {
    const target = translated.get(doc.id)
    const words = extractUnits(fields, doc, keeping.units).reduce((sum, unit) => sum + countWords(unit.content.parts), 0)
    return { id: doc.id, title: doc.title ?? '', state: translationState(keeping.status(target), keeping.review(target), translatableText(fields, doc, keeping.units)), words }
  })
}

export type ExportRequest = { collection: TranslatableCollection; tenant: TenantRecord; ids: number[] | 'missing'; target: Locale; format?: 'xliff' | 'zip' }

export type ExportResult =
  | { status: 200; format: 'xliff'; xml: string; filename: string; documents: number; units: number }
  | { status: 200; format: 'zip'; zip: Uint8Array; filename: string; documents: number; units: number }
  | { status: 204 }
  | Refusal

/** The XLIFF file for `ids` (or every document not reviewed against today's English) in `target`. */
export async function exportTranslations(payload: Payload, user: TypedUser, request: ExportRequest): Promise<ExportResult> {
  const { collection, tenant, target } = request
  const fields = fieldsOf(payload, collection)
  const { units: options, noun } = bookkeeping[collection]
  const ids = request.ids === 'missing' ? null : request.ids
  const english = await readDocs(payload, user, collection, tenant.id, 'en', ids)
  if (ids) {
    const missing = ids.filter((id) => !english.some((doc) => doc.id === id))
    if (missing.length > 0) return { status: 404, field: 'ids', message: `${tenant.name} has no ${noun.one} with id ${missing.join(', ')}.` }
  }
  const translated = new Map((await readDocs(payload, user, collection, tenant.id, target, ids ?? english.map((doc) => doc.id))).map((doc) => [doc.id, doc]))
  const states = new Map(documentStates(collection, fields, english, translated).map((state) => [state.id, state]))
  const chosen = ids ? english : english.filter((doc) => needsTranslation(states.get(doc.id)?.state ?? 'missing'))
  if (chosen.length === 0) return { status: 204 }

  let units = 0
  const files: XliffFile[] = chosen.map((doc) => {
    const source = extractUnits(fields, doc, options)
    const targets = currentTargets(fields, source, translated.get(doc.id), options)
    const state = states.get(doc.id)?.state ?? 'missing'
    units += source.length
    return {
      id: `${collection}-${doc.id}`,
      original: `${collection}/${doc.id}`,
      meta: { tenant: tenant.slug, collection, id: String(doc.id), title: doc.title ?? '', state, exportedAt: new Date().toISOString() },
      units: source.map((unit) => {
        const existing = targets.get(unit.id)
        return {
          id: unit.id,
          name: unit.label,
          source: unit.content.parts,
          codes: unit.content.codes,
          ...(existing ? { target: existing, state: state === 'reviewed' ? ('reviewed' as const) : ('translated' as const) } : {}),
        }
      }),
    }
  })
  const which = ids ? (ids.length === 1 ? `${collection}-${ids[0]}` : collection) : `${collection}-missing`
  if (request.format === 'zip') {
    // One XLIFF file per document, as translation units that hand documents to different translators ask.
    const entries = files.map((file) => ({ name: `${tenant.slug}-${file.id}-${target}.xlf`, data: new TextEncoder().encode(writeXliff({ srcLang: 'en', trgLang: target, files: [file] })) }))
    return { status: 200, format: 'zip', zip: writeZip(entries), filename: `${tenant.slug}-${which}-${target}.zip`, documents: files.length, units }
  }
  const xml = writeXliff({ srcLang: 'en', trgLang: target, files })
  return { status: 200, format: 'xliff', xml, filename: `${tenant.slug}-${which}-${target}.xlf`, documents: files.length, units }
}

export type ImportFailure = { unit: string; document?: string; text?: string; reason: string }
export type ImportResult = {
  status: 200
  /** The language the file brought in. */
  target: Locale
  imported: number
  failed: ImportFailure[]
  documents: Array<{ collection: TranslatableCollection; id: number; imported: number; status: 'reviewed' | 'drafted' | 'unchanged' }>
}

const excerpt = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}...` : text)

function describeChange(before: string, after: string): string {
  const parts = diffText(before, after).filter((part) => part.kind !== 'same')
  return parts.map((part) => `${part.kind === 'added' ? '+' : '-'}"${excerpt(part.text.trim())}"`).join(' ')
}

/**
 * Reads a translated XLIFF file and writes each document's target language as a draft: checks
 * that every document is the tenant's own, that each unit's source is today's English, and that
 * its placeholders and inline codes are intact. Units that fail are reported and the rest go in.
 * A document is marked reviewed (by `translator`) only when every one of its texts came in.
 */
export async function importTranslations(payload: Payload, user: TypedUser, bytes: Uint8Array, { translator }: { translator?: string }): Promise<ImportResult | Refusal> {
  if (!looksLikeZip(bytes)) return importXliff(payload, user, bytes, { translator })
  let entries
  try {
    entries = readZip(bytes, { maxEntries: MAX_ZIP_FILES, maxTotalBytes: MAX_UNPACKED_BYTES }).filter((entry) => /\.(?:xlf|xliff)$/i.test(entry.name) && !entry.name.startsWith('__MACOSX/'))
  } catch (error) {
    if (error instanceof ZipRefused) return { status: 400, field: 'file', message: error.message }
    throw error
  }
  if (entries.length === 0) return { status: 400, field: 'file', message: 'The ZIP holds no XLIFF file (.xlf or .xliff).' }
  // Every file is read and checked before any is written, so one bad file writes nothing.
  const targets = new Set<string>()
  const tenants = new Set<string>()
  for (const entry of entries) {
    try {
      const { doc } = readXliff(entry.data)
      targets.add(doc.trgLang)
      for (const file of doc.files) tenants.add(file.meta.tenant ?? '')
    } catch (error) {
      if (error instanceof XmlRefused) return { status: 400, field: 'file', message: `${entry.name}: ${error.message}` }
      throw error
    }
  }
  if (targets.size > 1) return { status: 400, field: 'file', message: 'The ZIP mixes languages: send one language per ZIP.' }
  if (tenants.size > 1) return { status: 400, field: 'file', message: 'The ZIP mixes files of several tenants (or files from elsewhere): send one export\'s files back.' }
  const total: ImportResult = { status: 200, target: 'cy', imported: 0, failed: [], documents: [] }
  for (const [index, entry] of entries.entries()) {
    const result = await importXliff(payload, user, entry.data, { translator })
    if (result.status !== 200) {
      // The first file's refusal (another tenant's, say) stops the import before anything is written.
      if (index === 0) return result
      total.failed.push({ unit: '*', document: entry.name, reason: result.message })
      continue
    }
    total.target = result.target
    total.imported += result.imported
    total.failed.push(...result.failed)
    total.documents.push(...result.documents)
  }
  return total
}

/** The ZIP's bounds: as many files as an export may name, and the same 10 MB unpacked as one file may hold. */
const MAX_ZIP_FILES = 200
const MAX_UNPACKED_BYTES = 10 * 1024 * 1024

async function importXliff(payload: Payload, user: TypedUser, bytes: Uint8Array, { translator }: { translator?: string }): Promise<ImportResult | Refusal> {
  let read
  try {
    read = readXliff(bytes)
  } catch (error) {
    if (error instanceof XmlRefused) return { status: 400, field: 'file', message: error.message }
    throw error
  }
  const { doc, problems } = read
  if (doc.srcLang !== 'en') return { status: 400, field: 'file', message: `The file translates from "${doc.srcLang}": the portal's source language is English (en).` }
  const target = doc.trgLang
  if (!isLocale(target) || target === 'en') return { status: 400, field: 'file', message: `The file's target language "${target}" is not one the portal translates into.` }

  const tenantSlugs = [...new Set(doc.files.map((file) => file.meta.tenant ?? ''))]
  if (tenantSlugs.length !== 1 || !tenantSlugs[0]) return { status: 400, field: 'file', message: 'The file must come from one export of this portal: its documents name no tenant, or several.' }
  const tenant = await findTenant(payload, tenantSlugs[0])
  if (!tenant) return { status: 400, field: 'file', message: `The file is for a tenant "${tenantSlugs[0]}" that does not exist here.` }
  const refused = translationRefusal(user, tenant)
  if (refused) return refused
  if (!tenant.locales.includes(target)) return { status: 400, field: 'file', message: `${tenant.name} does not offer ${target}.` }
  const named = translator?.trim() || doc.files.find((file) => file.meta.translator?.trim())?.meta.translator?.trim()
  // The file's metadata is the translator's to write: kept to the field's 200 characters.
  const reviewer = (named || ('email' in user ? String(user.email) : 'unknown')).slice(0, 200)

  const failed: ImportFailure[] = problems.map((problem) => ({ unit: problem.unit, document: problem.file, reason: problem.reason }))
  const documents: ImportResult['documents'] = []
  let imported = 0

  for (const file of doc.files) {
    const collection = file.meta.collection
    const id = Number(file.meta.id)
    const where = `${collection ?? '?'}/${file.meta.id ?? '?'}`
    const failAll = (reason: string) => failed.push(...file.units.map((unit) => ({ unit: unit.id, document: where, reason })))
    if (!isTranslatableCollection(collection) || !Number.isInteger(id) || id <= 0) {
      failAll('The file does not say which page or template this is (its metadata was changed or lost).')
      continue
    }
    const keeping = bookkeeping[collection]
    const [english] = await readDocs(payload, user, collection, tenant.id, 'en', [id])
    if (!english || relationId(english.tenant) !== tenant.id) {
      failAll(`${tenant.name} has no ${keeping.noun.one} ${id}.`)
      continue
    }
    const fields = fieldsOf(payload, collection)
    const options = keeping.units
    const source = new Map(extractUnits(fields, english, options).map((unit) => [unit.id, unit]))
    const translations = new Map<string, InlinePart[]>()
    const fileFailures: ImportFailure[] = []
    for (const unit of file.units) {
      const now = source.get(unit.id)
      const text = excerpt(inlineToText(unit.source, []))
      const fail = (reason: string) => fileFailures.push({ unit: unit.id, document: where, text, reason })
      if (!now) {
        fail(`This text is no longer in the ${keeping.noun.one} (the English was changed since the export).`)
        continue
      }
      if (inlineKey(unit.source) !== inlineKey(now.content.parts)) {
        fail(`The English changed since the export: ${describeChange(inlineToText(unit.source, now.content.codes), inlineToText(now.content.parts, now.content.codes))}. Export again for the new text.`)
        continue
      }
      if (!unit.target) {
        fail('No translation in the file.')
        continue
      }
      const codeProblems = checkCodes(unit.target, now.content.codes)
      if (codeProblems.length > 0) {
        fail(`Placeholders or inline codes were broken: ${codeProblems.join('; ')}.`)
        continue
      }
      translations.set(unit.id, unit.target)
    }

    const [current] = await readDocs(payload, user, collection, tenant.id, target, [id])
    const applied = applyTranslations(fields, english, current ?? {}, translations, options)
    for (const held of applied.held) fileFailures.push({ unit: held.unit, document: where, text: excerpt(inlineToText(translations.get(held.unit) ?? [], [])), reason: held.reason })
    failed.push(...fileFailures)
    if (applied.written.length === 0) {
      documents.push({ collection, id, imported: 0, status: 'unchanged' })
      continue
    }
    const complete = fileFailures.length === 0 && [...source.keys()].every((unitId) => applied.written.includes(unitId))
    try {
      await payload.update({
        collection,
        id,
        locale: target,
        draft: true,
        user,
        overrideAccess: false,
        context: { [TRANSLATION_IMPORT_CONTEXT]: true },
        data: { ...applied.data, ...(complete ? keeping.stateData('reviewed', reviewAgainst(keeping, fields, english, reviewer)) : keeping.stateData('drafted')) },
      })
      imported += applied.written.length
      documents.push({ collection, id, imported: applied.written.length, status: complete ? 'reviewed' : 'drafted' })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      failed.push(...applied.written.map((unit) => ({ unit, document: where, reason: `The ${keeping.noun.one} could not be saved: ${message}` })))
      documents.push({ collection, id, imported: 0, status: 'unchanged' })
    }
  }
  return { status: 200, target, imported, failed, documents }
}
