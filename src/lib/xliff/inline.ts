/**
 * The content of one translation unit: text with inline codes, as XLIFF 2.0 models it. A paired
 * code (`pc`) wraps text (bold, a link); a placeholder (`ph`) stands for something the translator
 * moves but never edits (a tenant value, a bio variable, a line break). Each code remembers the
 * Lexical node it came from, so the import rebuilds the node from the server's copy of the source
 * and never from anything the translator could change (a link's URL included).
 */

export type LexicalNode = Record<string, unknown>

export type InlinePart = string | { kind: 'ph'; id: string } | { kind: 'pc'; id: string; children: InlinePart[] }

export type InlineCode = {
  id: string
  kind: 'ph' | 'pc'
  /** XLIFF's `type`: fmt (formatting), link, or other (tenant values, variables). */
  type: 'fmt' | 'link' | 'other'
  subType?: string
  /** What a CAT tool shows the translator for the code, e.g. "{council name}", "bold". */
  disp: string
  /** The original markup, shown in `<originalData>` (display only: the import never reads it back). */
  data: string
  /** `data` for the end of a paired code. */
  dataEnd?: string
  /** The node without its text or children: what the import rebuilds from. */
  node: LexicalNode
}

export type UnitContent = { parts: InlinePart[]; codes: InlineCode[] }

const PLAIN_TEXT: LexicalNode = { type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '' }

// Lexical's text format bits.
const FORMAT_NAMES: Array<[number, string]> = [
  [1, 'bold'],
  [2, 'italic'],
  [4, 'strikethrough'],
  [8, 'underline'],
  [16, 'code'],
  [32, 'subscript'],
  [64, 'superscript'],
]
const XLF_SUBTYPES: Record<number, string> = { 1: 'xlf:b', 2: 'xlf:i', 8: 'xlf:u' }

const TENANT_VALUE_NAMES: Record<string, string> = { 'tenant-name': 'council name', 'police-force': 'police force' }

function isPlainText(node: LexicalNode): boolean {
  return node.type === 'text' && (node.format ?? 0) === 0 && (node.style ?? '') === '' && (node.mode ?? 'normal') === 'normal' && (node.detail ?? 0) === 0
}

function without(node: LexicalNode, ...keys: string[]): LexicalNode {
  const copy: LexicalNode = { ...node }
  for (const key of keys) delete copy[key]
  return structuredClone(copy)
}

function formatWords(format: number): string {
  const words = FORMAT_NAMES.filter(([bit]) => (format & bit) !== 0).map(([, name]) => name)
  return words.length ? words.join(' ') : 'styled'
}

/** How a tenant value reads to a translator: "{council name}", "{contact: monitoring-officer}". */
export function tenantValueLabel(fields: unknown): string {
  const record = (fields ?? {}) as { value?: unknown; contactKind?: unknown }
  const value = typeof record.value === 'string' ? record.value : 'value'
  if (value === 'contact') return `{contact: ${typeof record.contactKind === 'string' ? record.contactKind : '?'}}`
  return `{${TENANT_VALUE_NAMES[value] ?? value}}`
}

function pushText(parts: InlinePart[], text: string) {
  if (text === '') return
  const last = parts.at(-1)
  if (typeof last === 'string') parts[parts.length - 1] = last + text
  else parts.push(text)
}

/** The inline children of a Lexical paragraph, heading or list item, as unit content. */
export function lexicalToInline(children: readonly unknown[]): UnitContent {
  const codes: InlineCode[] = []
  const next = () => String(codes.length + 1)

  const walk = (nodes: readonly unknown[]): InlinePart[] => {
    const parts: InlinePart[] = []
    for (const raw of nodes) {
      if (!raw || typeof raw !== 'object') continue
      const node = raw as LexicalNode
      if (node.type === 'text' && typeof node.text === 'string') {
        if (isPlainText(node)) {
          pushText(parts, node.text)
          continue
        }
        const format = typeof node.format === 'number' ? node.format : 0
        const id = next()
        const subType = XLF_SUBTYPES[format]
        const name = formatWords(format)
        codes.push({ id, kind: 'pc', type: 'fmt', ...(subType ? { subType } : {}), disp: name, data: `<${name}>`, dataEnd: `</${name}>`, node: without(node, 'text') })
        parts.push({ kind: 'pc', id, children: node.text === '' ? [] : [node.text] })
      } else if ((node.type === 'link' || node.type === 'autolink') && Array.isArray(node.children)) {
        const id = next()
        const fields = (node.fields ?? {}) as { url?: unknown }
        const url = typeof fields.url === 'string' ? fields.url : ''
        codes.push({ id, kind: 'pc', type: 'link', disp: url, data: `<a href="${url}">`, dataEnd: '</a>', node: without(node, 'children') })
        parts.push({ kind: 'pc', id, children: walk(node.children) })
      } else if (node.type === 'inlineBlock') {
        const id = next()
        const label = tenantValueLabel(node.fields)
        codes.push({ id, kind: 'ph', type: 'other', subType: 'portal:tenant-value', disp: label, data: label, node: structuredClone(node) })
        parts.push({ kind: 'ph', id })
      } else if (node.type === 'linebreak') {
        const id = next()
        codes.push({ id, kind: 'ph', type: 'fmt', subType: 'xlf:lb', disp: '↵', data: '<br/>', node: structuredClone(node) })
        parts.push({ kind: 'ph', id })
      } else {
        // Anything else inline (a tab, a node a later editor feature adds) travels untouched.
        const id = next()
        const label = typeof node.type === 'string' ? node.type : 'code'
        codes.push({ id, kind: 'ph', type: 'other', disp: label, data: `<${label}/>`, node: structuredClone(node) })
        parts.push({ kind: 'ph', id })
      }
    }
    return parts
  }

  return { parts: walk(children), codes }
}

/**
 * Plain text with variables (`{name}`, `{ward}`) as placeholders; `variables` matches one variable
 * (global flag). The code's node is `{ type: 'variable', text }` so the text comes back as written.
 */
export function textToInline(text: string, variables?: RegExp): UnitContent {
  if (!variables) return { parts: text === '' ? [] : [text], codes: [] }
  const codes: InlineCode[] = []
  const parts: InlinePart[] = []
  let last = 0
  for (const match of text.matchAll(variables)) {
    const index = match.index ?? 0
    pushText(parts, text.slice(last, index))
    const id = String(codes.length + 1)
    codes.push({ id, kind: 'ph', type: 'other', subType: 'portal:variable', disp: match[0], data: match[0], node: { type: 'variable', text: match[0] } })
    parts.push({ kind: 'ph', id })
    last = index + match[0].length
  }
  pushText(parts, text.slice(last))
  return { parts, codes }
}

/** Unit content back to plain text (variables written as they were). */
export function inlineToText(parts: readonly InlinePart[], codes: readonly InlineCode[]): string {
  const byId = new Map(codes.map((code) => [code.id, code]))
  const walk = (list: readonly InlinePart[]): string =>
    list
      .map((part) => {
        if (typeof part === 'string') return part
        if (part.kind === 'pc') return walk(part.children)
        const node = byId.get(part.id)?.node
        return typeof node?.text === 'string' ? node.text : ''
      })
      .join('')
  return walk(parts)
}

/**
 * Rebuilds Lexical inline nodes from (translated) unit content and the source's codes. Codes may
 * have been moved, and text moved in and out of them; each code's node comes from `codes`.
 * Call `checkCodes` first: unknown ids are skipped here.
 */
export function inlineToLexical(parts: readonly InlinePart[], codes: readonly InlineCode[]): LexicalNode[] {
  const byId = new Map(codes.map((code) => [code.id, code]))

  const build = (list: readonly InlinePart[], textTemplate: LexicalNode, out: LexicalNode[]) => {
    for (const part of list) {
      if (typeof part === 'string') {
        const last = out.at(-1)
        // Text next to text of the same style is one Lexical text node, as the editor keeps it.
        if (last && last.type === 'text' && sameStyle(last, textTemplate)) last.text = `${String(last.text)}${part}`
        else out.push({ ...structuredClone(textTemplate), text: part })
        continue
      }
      const code = byId.get(part.id)
      if (!code) continue
      if (part.kind === 'ph') {
        out.push(structuredClone(code.node))
      } else if (code.node.type === 'text') {
        build(part.children, code.node, out)
      } else {
        const children: LexicalNode[] = []
        build(part.children, PLAIN_TEXT, children)
        out.push({ ...structuredClone(code.node), children })
      }
    }
  }

  const out: LexicalNode[] = []
  build(parts, PLAIN_TEXT, out)
  return out
}

function sameStyle(a: LexicalNode, b: LexicalNode): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  keys.delete('text')
  for (const key of keys) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false
  return true
}

/** Every code id used in `parts`, in order (an id twice means a duplicated code). */
export function codeIdsIn(parts: readonly InlinePart[]): Array<{ id: string; kind: 'ph' | 'pc' }> {
  const ids: Array<{ id: string; kind: 'ph' | 'pc' }> = []
  const walk = (list: readonly InlinePart[]) => {
    for (const part of list) {
      if (typeof part === 'string') continue
      ids.push({ id: part.id, kind: part.kind })
      if (part.kind === 'pc') walk(part.children)
    }
  }
  walk(parts)
  return ids
}

/**
 * What is wrong with a translation's inline codes against the source's, in words (empty: all
 * intact). Each code must appear exactly once, as the same kind; order may change.
 */
export function checkCodes(target: readonly InlinePart[], codes: readonly InlineCode[]): string[] {
  const problems: string[] = []
  const byId = new Map(codes.map((code) => [code.id, code]))
  const seen = new Set<string>()
  for (const { id, kind } of codeIdsIn(target)) {
    const code = byId.get(id)
    if (!code) problems.push(`inline code ${id} is not in the source`)
    else if (code.kind !== kind) problems.push(`inline code ${id} (${code.disp}) changed from <${code.kind}> to <${kind}>`)
    else if (seen.has(id)) problems.push(`inline code ${id} (${code.disp}) appears twice`)
    seen.add(id)
  }
  for (const code of codes) if (!seen.has(code.id)) problems.push(`${code.kind === 'ph' ? 'placeholder' : 'inline code'} ${code.id} (${code.disp}) is missing`)
  return problems
}

/** A stable text form of unit content, for comparing a file's source with today's. */
export function inlineKey(parts: readonly InlinePart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.kind === 'ph' ? `{ph${part.id}}` : `{pc${part.id}}${inlineKey(part.children)}{/pc${part.id}}`)).join('')
}

/** Words in unit content (text only; codes count as none): for a translation quote. */
export function countWords(parts: readonly InlinePart[]): number {
  const text: string[] = []
  const walk = (list: readonly InlinePart[]) => {
    for (const part of list) {
      if (typeof part === 'string') text.push(part)
      else if (part.kind === 'pc') walk(part.children)
      else text.push(' ')
    }
  }
  walk(parts)
  return text.join('').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0
}
