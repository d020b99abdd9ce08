import type { Block, Field } from 'payload'

import {
  inlineToLexical,
  inlineToText,
  lexicalToInline,
  textToInline,
  type InlineCode,
  type InlinePart,
  type LexicalNode,
  type UnitContent,
} from './inline'

/**
 * A document's translatable text as units, driven by the collection's own field config, so a new
 * block or field is exported without touching this file. A unit's id is its place in the
 * document: field names, then block and row ids (stable across languages, because blocks and
 * rows that are not themselves localized share their ids in every language), then for rich text
 * the position of the paragraph, heading or list item (`layout.<blockId>.body.2-1`). Rows of a
 * localized array differ per language, so they go by position.
 */

export type SourceUnit = {
  id: string
  /** Where the text is, for the translator: "Callout › heading". */
  label: string
  content: UnitContent
  /** The field the unit belongs to (a rich text field has several units). */
  leaf: string
}

export type UnitOptions = {
  /** Top-level fields whose text is not for translation (bookkeeping such as review records). */
  skip?: readonly string[]
  /** One template variable in plain text, e.g. /\{(name|ward)\}/g: it becomes a placeholder. */
  variables?: RegExp
}

type Leaf = {
  id: string
  label: string
  top: string
  kind: 'text' | 'richText'
  value: unknown
  set: (value: unknown) => void
}

type Data = Record<string, unknown>

/** A localized array or blocks field: its rows differ per language, so a translation follows the source's rows. */
type List = { id: string; top: string; value: unknown; set: (value: unknown) => void }

const isRecord = (value: unknown): value is Data => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

function listOf(record: Data, name: string, path: string[], top: string): List {
  return {
    id: path.join('.'),
    top,
    value: record[name],
    set: (value) => {
      record[name] = value
    },
  }
}

/** Rows copied from another language get new ids: a row id is unique across languages. */
function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (isRecord(item) ? withoutRowIds(Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'id'))) : item))
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, Array.isArray(item) ? withoutRowIds(item) : item]))
  return value
}

function hidden(field: Field): boolean {
  const admin = 'admin' in field ? (field.admin as { hidden?: boolean; readOnly?: boolean } | undefined) : undefined
  return Boolean(('hidden' in field && field.hidden) || admin?.hidden || admin?.readOnly)
}

function titleCase(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
}

/**
 * Visits every localized text, textarea and rich text value under `fields` in `data`, and (before
 * its rows) every array or blocks field that is itself localized.
 */
function visitLocalized(fields: readonly Field[], data: Data, visit: (leaf: Leaf) => void, options: UnitOptions = {}, visitList?: (list: List) => void) {
  const walk = (list: readonly Field[], record: Data, path: string[], labels: string[], localized: boolean, top: string | null) => {
    for (const field of list) {
      if (hidden(field)) continue
      const named = 'name' in field && typeof field.name === 'string' ? field.name : null
      if (named && top === null && options.skip?.includes(named)) continue
      const topName = top ?? named ?? ''
      const isLocalized = localized || ('localized' in field && Boolean(field.localized))
      const label = 'label' in field && typeof field.label === 'string' ? field.label : named ? titleCase(named) : ''
      switch (field.type) {
        case 'text':
        case 'textarea':
        case 'richText': {
          if (!isLocalized || !named || ('hasMany' in field && field.hasMany)) break
          visit({
            id: [...path, named].join('.'),
            label: [...labels, label].join(' › '),
            top: topName,
            kind: field.type === 'richText' ? 'richText' : 'text',
            value: record[named],
            set: (value) => {
              record[named] = value
            },
          })
          break
        }
        case 'group': {
          if (named) {
            if (!isRecord(record[named])) record[named] = {}
            walk(field.fields, record[named] as Data, [...path, named], [...labels, label], isLocalized, topName)
          } else walk(field.fields, record, path, labels, isLocalized, top)
          break
        }
        case 'row':
        case 'collapsible':
          walk(field.fields, record, path, labels, isLocalized, top)
          break
        case 'tabs':
          for (const tab of field.tabs) {
            if ('name' in tab && tab.name) {
              if (!isRecord(record[tab.name])) record[tab.name] = {}
              walk(tab.fields, record[tab.name] as Data, [...path, tab.name], [...labels, titleCase(tab.name)], isLocalized, top ?? tab.name)
            } else walk(tab.fields, record, path, labels, isLocalized, top)
          }
          break
        case 'array': {
          if (!localized && field.localized) visitList?.(listOf(record, field.name, [...path, field.name], topName))
          const rows = record[field.name]
          if (!Array.isArray(rows)) break
          const byPosition = isLocalized
          rows.forEach((row, index) => {
            if (!isRecord(row)) return
            const key = byPosition || typeof row.id !== 'string' ? String(index) : row.id
            walk(field.fields, row, [...path, field.name, key], [...labels, `${label} ${index + 1}`], isLocalized, topName)
          })
          break
        }
        case 'blocks': {
          if (!localized && field.localized) visitList?.(listOf(record, field.name, [...path, field.name], topName))
          const rows = record[field.name]
          if (!Array.isArray(rows)) break
          const blocks = [...field.blocks, ...((field.blockReferences ?? []).filter((b) => typeof b !== 'string') as Block[])]
          rows.forEach((row, index) => {
            if (!isRecord(row)) return
            const block = blocks.find((candidate) => candidate.slug === row.blockType)
            if (!block) return
            const key = isLocalized || typeof row.id !== 'string' ? String(index) : row.id
            const blockLabel = typeof block.labels?.singular === 'string' ? block.labels.singular.split(':')[0] : block.slug
            walk(block.fields, row, [...path, field.name, key], [...labels, `${blockLabel} (block ${index + 1})`], isLocalized, topName)
          })
          break
        }
        default:
          break
      }
    }
  }
  walk(fields, data, [], [], false, null)
}

// Lexical element types that hold other blocks rather than text.
const CONTAINERS = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem'])
const TEXT_HOLDERS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

type TextHolder = { path: string; node: LexicalNode }

/** The paragraphs, headings, quotes and list items of a Lexical value that hold text, with their paths. */
function textHolders(value: unknown): TextHolder[] {
  const root = isRecord(value) && isRecord(value.root) ? value.root : null
  if (!root || !Array.isArray(root.children)) return []
  const found: TextHolder[] = []
  const walk = (nodes: unknown[], prefix: string) => {
    nodes.forEach((raw, index) => {
      if (!isRecord(raw)) return
      const path = prefix ? `${prefix}-${index}` : String(index)
      const children = raw.children
      if (!Array.isArray(children)) return
      const nested = children.some((child) => isRecord(child) && typeof child.type === 'string' && CONTAINERS.has(child.type))
      if (nested) walk(children, path)
      else if (typeof raw.type === 'string' && TEXT_HOLDERS.has(raw.type)) found.push({ path, node: raw })
    })
  }
  walk(root.children, '')
  return found
}

const hasContent = (content: UnitContent) => content.codes.length > 0 || content.parts.some((part) => typeof part !== 'string' || part.trim() !== '')

function leafUnits(leaf: Leaf, options: UnitOptions): SourceUnit[] {
  if (leaf.kind === 'text') {
    if (typeof leaf.value !== 'string' || leaf.value.trim() === '') return []
    return [{ id: leaf.id, label: leaf.label, content: textToInline(leaf.value, options.variables), leaf: leaf.id }]
  }
  return textHolders(leaf.value).flatMap(({ path, node }) => {
    const content = lexicalToInline(node.children as unknown[])
    if (!hasContent(content)) return []
    const kind = node.type === 'heading' ? 'heading' : node.type === 'listitem' ? 'list item' : 'paragraph'
    return [{ id: `${leaf.id}.${path}`, label: `${leaf.label} › ${kind} ${path.replace(/-/g, '.')}`, content, leaf: leaf.id }]
  })
}

/** Every translatable text of `doc` (read in one language) as units, in reading order. */
export function extractUnits(fields: readonly Field[], doc: unknown, options: UnitOptions = {}): SourceUnit[] {
  if (!isRecord(doc)) return []
  const units: SourceUnit[] = []
  visitLocalized(fields, structuredClone(doc), (leaf) => units.push(...leafUnits(leaf, options)), options)
  return units
}

function codeKey(code: InlineCode): string {
  const node = code.node
  if (node.type === 'inlineBlock' && isRecord(node.fields)) {
    const { id: _id, ...rest } = node.fields
    return `${code.kind}:block:${JSON.stringify(rest)}`
  }
  if (node.type === 'link' || node.type === 'autolink') return `${code.kind}:link:${JSON.stringify(isRecord(node.fields) ? node.fields.url : '')}`
  const { id: _id, ...rest } = node
  return `${code.kind}:${JSON.stringify(rest)}`
}

/**
 * A translation's content renumbered onto the source's codes (each translated code matched to an
 * unused source code of the same kind: the same link, tenant value or style), or null when its
 * codes cannot all be matched (the translation then goes without a target).
 */
export function alignToSource(source: UnitContent, translation: UnitContent): InlinePart[] | null {
  const unused = new Map<string, string[]>()
  for (const code of source.codes) unused.set(codeKey(code), [...(unused.get(codeKey(code)) ?? []), code.id])
  const rename = new Map<string, string>()
  for (const code of translation.codes) {
    const candidates = unused.get(codeKey(code))
    const match = candidates?.shift()
    if (!match) return null
    rename.set(code.id, match)
  }
  const walk = (parts: readonly InlinePart[]): InlinePart[] =>
    parts.map((part) => {
      if (typeof part === 'string') return part
      const id = rename.get(part.id) ?? part.id
      return part.kind === 'pc' ? { kind: 'pc', id, children: walk(part.children) } : { kind: 'ph', id }
    })
  return walk(translation.parts)
}

/** The current translation of each source unit that has one (aligned to the source's codes). */
export function currentTargets(fields: readonly Field[], source: readonly SourceUnit[], translated: unknown, options: UnitOptions = {}): Map<string, InlinePart[]> {
  const byId = new Map(extractUnits(fields, translated, options).map((unit) => [unit.id, unit]))
  const targets = new Map<string, InlinePart[]>()
  for (const unit of source) {
    const existing = byId.get(unit.id)
    if (!existing) continue
    const aligned = alignToSource(unit.content, existing.content)
    if (aligned) targets.set(unit.id, aligned)
  }
  return targets
}

export type AppliedTranslation = {
  /** The top-level fields to write in the target language, with the translations laid in. */
  data: Data
  /** Unit ids whose translation was laid in. */
  written: string[]
  /** Unit ids that could not be written, and why. */
  held: Array<{ unit: string; reason: string }>
}

/**
 * Lays translations into a copy of `targetDoc` (the document read in the target language, no
 * fallback). Plain text units are written as they are. A rich text value is rebuilt from the
 * source's structure with every paragraph in the target language, and a localized array (whose
 * rows differ per language: a template's rules) from the source's rows with every text in the
 * target language, so either is written only when all its units have a translation (from the
 * file, or the current one when its codes match): otherwise English would be left inside the
 * translated text, and its units are held back.
 */
export function applyTranslations(
  fields: readonly Field[],
  sourceDoc: unknown,
  targetDoc: unknown,
  translations: ReadonlyMap<string, InlinePart[]>,
  options: UnitOptions = {},
): AppliedTranslation {
  const sourceLeaves = new Map<string, Leaf>()
  const sourceLists = new Map<string, unknown>()
  if (isRecord(sourceDoc)) {
    visitLocalized(fields, structuredClone(sourceDoc), (leaf) => sourceLeaves.set(leaf.id, leaf), options, (list) => sourceLists.set(list.id, list.value))
  }
  const sourceUnits = extractUnits(fields, sourceDoc, options)
  const existing = currentTargets(fields, sourceUnits, targetDoc, options)
  const unitsByLeaf = new Map<string, SourceUnit[]>()
  for (const unit of sourceUnits) unitsByLeaf.set(unit.leaf, [...(unitsByLeaf.get(unit.leaf) ?? []), unit])

  const copy: Data = isRecord(targetDoc) ? structuredClone(targetDoc) : {}
  const written: string[] = []
  const held: AppliedTranslation['held'] = []
  const touched = new Set<string>()
  const rebuiltLists: string[] = []
  const heldUnits = new Set<string>()
  const holdBack = (units: readonly SourceUnit[], incoming: readonly SourceUnit[]) => {
    const missing = units.filter((unit) => !translations.has(unit.id) && !existing.has(unit.id))
    if (missing.length === 0) return false
    const names = missing.map((unit) => unit.id).join(', ')
    for (const unit of incoming) {
      heldUnits.add(unit.id)
      held.push({ unit: unit.id, reason: `Not written: ${names} of the same text ${missing.length === 1 ? 'has' : 'have'} no translation yet, and the text is written whole.` })
    }
    return true
  }

  // Localized lists first: the target's rows become the source's, to be filled in below.
  visitLocalized(
    fields,
    copy,
    () => {},
    options,
    (list) => {
      const units = sourceUnits.filter((unit) => unit.leaf.startsWith(`${list.id}.`))
      const incoming = units.filter((unit) => translations.has(unit.id))
      if (incoming.length === 0 || holdBack(units, incoming)) return
      list.set(withoutRowIds(structuredClone(sourceLists.get(list.id) ?? [])))
      rebuiltLists.push(list.id)
      touched.add(list.top)
    },
  )

  visitLocalized(
    fields,
    copy,
    (leaf) => {
      const units = unitsByLeaf.get(leaf.id) ?? []
      const incoming = units.filter((unit) => translations.has(unit.id) && !heldUnits.has(unit.id))
      const rebuilt = rebuiltLists.some((list) => leaf.id.startsWith(`${list}.`))
      if (incoming.length === 0 && !rebuilt) return
      if (leaf.kind === 'text') {
        const unit = units[0]
        const parts = unit ? (translations.get(unit.id) ?? existing.get(unit.id)) : undefined
        if (!unit || !parts) return
        leaf.set(inlineToText(parts, unit.content.codes))
        written.push(...incoming.map((one) => one.id))
        touched.add(leaf.top)
        return
      }
      if (holdBack(units, incoming)) return
      const source = sourceLeaves.get(leaf.id)?.value
      const rebuiltText = structuredClone(source) as Data
      const holders = new Map(textHolders(rebuiltText).map((holder) => [holder.path, holder.node]))
      for (const unit of units) {
        const node = holders.get(unit.id.slice(leaf.id.length + 1))
        const parts = translations.get(unit.id) ?? existing.get(unit.id)
        if (node && parts) node.children = inlineToLexical(parts, unit.content.codes)
      }
      leaf.set(rebuiltText)
      written.push(...incoming.map((unit) => unit.id))
      touched.add(leaf.top)
    },
    options,
  )

  const data: Data = {}
  for (const top of touched) data[top] = copy[top]
  return { data, written, held }
}

/** One unit's text as a reader and a review record read it: placeholders as their label ("{council name}"). */
export function unitText(unit: Pick<SourceUnit, 'content'>): string {
  const labels = new Map(unit.content.codes.map((code) => [code.id, code]))
  const walk = (parts: readonly InlinePart[]): string =>
    parts.map((part) => (typeof part === 'string' ? part : part.kind === 'pc' ? walk(part.children) : (labels.get(part.id)?.node.text as string | undefined) ?? (labels.get(part.id)?.disp ?? ''))).join('')
  return walk(unit.content.parts)
}

/**
 * The translatable text of a document as plain text, one unit a line, placeholders as their
 * label ("{council name}"): what a review is recorded against and what "changed since" diffs.
 * Only translatable text counts, so a new slug or a reordered section leaves translations current.
 */
export function translatableText(fields: readonly Field[], doc: unknown, options: UnitOptions = {}): string {
  return extractUnits(fields, doc, options).map(unitText).join('\n')
}
