import type { Field } from 'payload'

type Lexical = { root?: { children?: unknown[] } }
type Node = { type?: unknown; text?: unknown; children?: unknown; fields?: unknown }

/** How an inline block (a tenant value) reads as text; by default its placeholder, `[tenant-name]`. */
export type InlineText = (fields: Record<string, unknown>) => string

export type PlainTextOptions = { inline?: InlineText }

const placeholder: InlineText = (fields) => `[${typeof fields.value === 'string' ? fields.value : 'value'}]`

// Lexical nodes that end a line of their own when read as text.
const blockNodes = new Set(['paragraph', 'heading', 'listitem', 'quote'])

function lexicalText(nodes: unknown[], out: string[], inline: InlineText): void {
  for (const raw of nodes) {
    if (!raw || typeof raw !== 'object') continue
    const node = raw as Node
    if (typeof node.text === 'string') out.push(node.text)
    else if (node.type === 'linebreak') out.push('\n')
    else if (node.type === 'inlineBlock') {
      // A tenant value renders the tenant's own data; in text it reads as its placeholder.
      const fields = node.fields && typeof node.fields === 'object' ? (node.fields as Record<string, unknown>) : {}
      out.push(inline(fields))
    }
    if (Array.isArray(node.children)) lexicalText(node.children, out, inline)
    if (typeof node.type === 'string' && blockNodes.has(node.type)) out.push('\n')
  }
}

/** The words of a Lexical rich-text value, one line per paragraph, heading or list item. */
export function richTextToPlain(value: unknown, { inline = placeholder }: PlainTextOptions = {}): string {
  const children = (value as Lexical | null | undefined)?.root?.children
  if (!Array.isArray(children)) return ''
  const out: string[] = []
  lexicalText(children, out, inline)
  return out.join('').replace(/\n+$/u, '')
}

function fieldsText(fields: readonly Field[], data: unknown, out: string[], options: PlainTextOptions): void {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    switch (field.type) {
      case 'text':
      case 'textarea': {
        const value = record[field.name]
        if (typeof value === 'string' && value.trim()) out.push(value)
        break
      }
      case 'richText': {
        const text = richTextToPlain(record[field.name], options)
        if (text) out.push(text)
        break
      }
      case 'group':
        if ('name' in field && field.name) fieldsText(field.fields, record[field.name], out, options)
        else fieldsText(field.fields, data, out, options)
        break
      case 'row':
      case 'collapsible':
        fieldsText(field.fields, data, out, options)
        break
      case 'tabs':
        for (const tab of field.tabs) fieldsText(tab.fields, 'name' in tab && tab.name ? record[tab.name] : data, out, options)
        break
      case 'array': {
        const rows = record[field.name]
        if (Array.isArray(rows)) for (const row of rows) fieldsText(field.fields, row, out, options)
        break
      }
      case 'blocks': {
        const rows = record[field.name]
        if (!Array.isArray(rows)) break
        for (const row of rows) {
          const type = (row as { blockType?: unknown } | null)?.blockType
          const block = (field.blockReferences ?? field.blocks).find((candidate) => typeof candidate === 'object' && candidate.slug === type)
          if (block && typeof block === 'object') fieldsText(block.fields, row, out, options)
        }
        break
      }
      default:
        // Choices, numbers, dates and relationships are settings, not text a reader reads.
        break
    }
  }
}

/**
 * A document's readable text in one language, read through its collection's fields (text,
 * textarea, rich text, inside groups, arrays and blocks), one piece per line, in field order.
 * What a diff of "then and now" compares, whatever the collection.
 */
export function documentPlainText(fields: readonly Field[], doc: unknown, options: PlainTextOptions = {}): string {
  const out: string[] = []
  fieldsText(fields, doc, out, options)
  return out.join('\n')
}
