import { escapeXml } from '../xml'

import type { InlineCode, InlinePart } from './inline'
import { childElements, parseXml, textContent, XmlRefused, type XmlElement, type XmlLimits, type XmlNode } from './xmlReader'

/**
 * XLIFF 2.0 (OASIS Standard, 2014) written and read by hand: one `<file>` per document, one
 * `<unit>` per text, one `<segment>` per unit (translators' tools may split it; the reader joins
 * segments back). The document's identity (tenant, collection, id) travels in the Metadata module
 * (`mda:`), which CAT tools carry through untouched.
 */

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0'
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0'

export type XliffUnit = {
  id: string
  name?: string
  source: InlinePart[]
  target?: InlinePart[]
  /** The codes of the source (written as `<originalData>`, display only). */
  codes?: InlineCode[]
  state?: 'initial' | 'translated' | 'reviewed' | 'final'
  note?: string
}

export type XliffFile = {
  id: string
  original?: string
  /** Key/value pairs kept in `<mda:metaGroup category="portal">`. */
  meta: Record<string, string>
  units: XliffUnit[]
}

export type XliffDocument = { srcLang: string; trgLang: string; files: XliffFile[] }

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${escapeXml(value)}"`)

/** An XLIFF id must be an XML NMTOKEN: letters, digits, `.`, `-`, `_`, `:`. */
export function toNmtoken(value: string): string {
  return value.replace(/[^\p{L}\p{N}._:-]/gu, '_') || '_'
}

function inlineXml(parts: readonly InlinePart[], codes: ReadonlyMap<string, InlineCode>): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return escapeXml(part).replace(/&apos;/g, "'").replace(/&quot;/g, '"')
      const code = codes.get(part.id)
      const common = `${attr('id', part.id)}${code ? `${attr('type', code.type)}${attr('subType', code.subType)}` : ''}`
      if (part.kind === 'ph') {
        // Tenant values and variables: the translator may move them, never delete or copy them.
        const locked = code?.type === 'other' ? ' canCopy="no" canDelete="no"' : ''
        return `<ph${common}${attr('dataRef', code ? `d${part.id}` : undefined)}${attr('disp', code?.disp)}${attr('equiv', code?.disp)}${locked}/>`
      }
      const refs = code ? `${attr('dataRefStart', `d${part.id}`)}${attr('dataRefEnd', `d${part.id}e`)}` : ''
      const locked = code?.type === 'link' ? ' canCopy="no" canDelete="no"' : ''
      return `<pc${common}${refs}${attr('dispStart', code?.disp)}${locked}>${inlineXml(part.children, codes)}</pc>`
    })
    .join('')
}

function originalData(codes: readonly InlineCode[]): string {
  if (codes.length === 0) return ''
  const data = codes.flatMap((code) => [
    `<data id="d${code.id}">${escapeXml(code.data)}</data>`,
    ...(code.kind === 'pc' ? [`<data id="d${code.id}e">${escapeXml(code.dataEnd ?? '')}</data>`] : []),
  ])
  return `<originalData>${data.join('')}</originalData>`
}

/** The document as XLIFF 2.0 text. */
export function writeXliff(doc: XliffDocument): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" xmlns:mda="${MDA_NS}" version="2.0"${attr('srcLang', doc.srcLang)}${attr('trgLang', doc.trgLang)}>`,
  ]
  for (const file of doc.files) {
    out.push(` <file${attr('id', toNmtoken(file.id))}${attr('original', file.original)} xml:space="preserve">`)
    const meta = Object.entries(file.meta)
    if (meta.length > 0) {
      out.push('  <mda:metadata><mda:metaGroup category="portal">')
      for (const [type, value] of meta) out.push(`   <mda:meta${attr('type', type)}>${escapeXml(value)}</mda:meta>`)
      out.push('  </mda:metaGroup></mda:metadata>')
    }
    for (const unit of file.units) {
      const codes = new Map((unit.codes ?? []).map((code) => [code.id, code]))
      const state = unit.target ? (unit.state ?? 'translated') : 'initial'
      out.push(`  <unit${attr('id', toNmtoken(unit.id))}${attr('name', unit.name)}>`)
      if (unit.note) out.push(`   <notes><note>${escapeXml(unit.note)}</note></notes>`)
      const data = originalData(unit.codes ?? [])
      if (data) out.push(`   ${data}`)
      out.push(`   <segment state="${state}">`)
      out.push(`    <source>${inlineXml(unit.source, codes)}</source>`)
      if (unit.target) out.push(`    <target>${inlineXml(unit.target, codes)}</target>`)
      out.push('   </segment>')
      out.push('  </unit>')
    }
    out.push(' </file>')
  }
  out.push('</xliff>', '')
  return out.join('\n')
}

/** Why one unit could not be read (the rest of the file still can). */
export type UnitReadProblem = { file: string; unit: string; reason: string }

export type ReadXliff = { doc: XliffDocument; problems: UnitReadProblem[] }

class UnitProblem extends Error {}

function readInline(nodes: readonly XmlNode[]): InlinePart[] {
  const parts: InlinePart[] = []
  const push = (text: string) => {
    if (text === '') return
    const last = parts.at(-1)
    if (typeof last === 'string') parts[parts.length - 1] = last + text
    else parts.push(text)
  }
  for (const node of nodes) {
    if (typeof node === 'string') {
      push(node)
      continue
    }
    if (node.ns !== XLIFF_NS) throw new UnitProblem(`<${node.name}> is not an XLIFF inline element`)
    const id = node.attributes.id
    switch (node.local) {
      case 'ph':
        if (!id) throw new UnitProblem('a <ph> has no id')
        parts.push({ kind: 'ph', id })
        break
      case 'pc':
        if (!id) throw new UnitProblem('a <pc> has no id')
        parts.push({ kind: 'pc', id, children: readInline(node.children) })
        break
      case 'mrk':
        // Annotations (terms, comments) a tool added: the text inside is the translation.
        for (const part of readInline(node.children)) {
          if (typeof part === 'string') push(part)
          else parts.push(part)
        }
        break
      case 'cp': {
        const hex = node.attributes.hex ?? ''
        if (!/^[0-9a-fA-F]{1,6}$/.test(hex)) throw new UnitProblem('a <cp> has no valid hex')
        push(String.fromCodePoint(parseInt(hex, 16)))
        break
      }
      case 'sm':
      case 'em':
        break
      case 'sc':
      case 'ec':
        throw new UnitProblem(`inline code ${id ?? node.attributes.startRef ?? ''} was split into <sc>/<ec>: keep each code whole (as <pc>)`)
      default:
        throw new UnitProblem(`<${node.local}> is not allowed inside text`)
    }
  }
  return parts
}

function appendParts(into: InlinePart[], more: InlinePart[]) {
  for (const part of more) {
    const last = into.at(-1)
    if (typeof part === 'string' && typeof last === 'string') into[into.length - 1] = last + part
    else into.push(part)
  }
}

function readUnit(unit: XmlElement): XliffUnit {
  const id = unit.attributes.id
  if (!id) throw new UnitProblem('a <unit> has no id')
  const source: InlinePart[] = []
  let target: InlinePart[] | undefined = []
  let untranslated = 0
  let segments = 0
  for (const child of childElements(unit, undefined, XLIFF_NS)) {
    if (child.local !== 'segment' && child.local !== 'ignorable') continue
    const src = childElements(child, 'source', XLIFF_NS)[0]
    if (!src) throw new UnitProblem('a segment has no <source>')
    appendParts(source, readInline(src.children))
    const trg = childElements(child, 'target', XLIFF_NS)[0]
    if (child.local === 'segment') segments++
    if (trg) appendParts(target, readInline(trg.children))
    else if (child.local === 'segment') untranslated++
    // Whitespace between segments (an <ignorable> without a target) reads the same in both.
    else appendParts(target, readInline(src.children))
  }
  if (segments === 0) throw new UnitProblem('the unit has no <segment>')
  if (untranslated === segments) target = undefined
  else if (untranslated > 0) throw new UnitProblem(`${untranslated} of its ${segments} segments have no translation`)
  return { id, name: unit.attributes.name, source, ...(target ? { target } : {}) }
}

function readMeta(file: XmlElement): Record<string, string> {
  const meta: Record<string, string> = {}
  const walk = (element: XmlElement) => {
    for (const child of childElements(element, undefined, MDA_NS)) {
      if (child.local === 'meta' && child.attributes.type) meta[child.attributes.type] = textContent(child)
      else walk(child)
    }
  }
  for (const metadata of childElements(file, 'metadata', MDA_NS)) walk(metadata)
  return meta
}

function readUnits(container: XmlElement, fileId: string, units: XliffUnit[], problems: UnitReadProblem[]) {
  for (const child of childElements(container, undefined, XLIFF_NS)) {
    if (child.local === 'group') readUnits(child, fileId, units, problems)
    else if (child.local === 'unit') {
      try {
        units.push(readUnit(child))
      } catch (error) {
        if (!(error instanceof UnitProblem)) throw error
        problems.push({ file: fileId, unit: child.attributes.id ?? '?', reason: error.message })
      }
    }
  }
}

/**
 * Reads an XLIFF 2.0 file. Throws `XmlRefused` for anything that is not XLIFF 2.0 or not safe XML
 * (see xmlReader.ts); a unit it cannot read is reported in `problems` and the rest are read.
 */
export function readXliff(input: Uint8Array | string, limits?: XmlLimits): ReadXliff {
  const root = parseXml(input, limits)
  if (root.local !== 'xliff' || root.ns !== XLIFF_NS) {
    if (root.local === 'xliff' && /xliff:document:1\./.test(root.ns)) throw new XmlRefused('This is XLIFF 1.x: export XLIFF 2.0 from your translation tool.')
    throw new XmlRefused('This is not an XLIFF 2.0 file (its root element is not <xliff> in the XLIFF 2.0 namespace).')
  }
  const version = root.attributes.version ?? ''
  if (!/^2\.[01]$/.test(version)) throw new XmlRefused(`This file says it is XLIFF version "${version}": only 2.0 (and 2.1) are read.`)
  const srcLang = root.attributes.srcLang
  if (!srcLang) throw new XmlRefused('The <xliff> element has no srcLang.')
  const files: XliffFile[] = []
  const problems: UnitReadProblem[] = []
  for (const file of childElements(root, 'file', XLIFF_NS)) {
    const id = file.attributes.id
    if (!id) throw new XmlRefused('A <file> has no id.')
    const units: XliffUnit[] = []
    readUnits(file, id, units, problems)
    files.push({ id, original: file.attributes.original, meta: readMeta(file), units })
  }
  if (files.length === 0) throw new XmlRefused('The file has no <file> element.')
  return { doc: { srcLang, trgLang: root.attributes.trgLang ?? '', files }, problems }
}
