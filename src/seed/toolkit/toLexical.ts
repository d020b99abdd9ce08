import type { Inline, RichTextNode } from './types'

/**
 * Turns the seed's tiny markup (see types.ts) into Lexical's serialised JSON, the shape Payload
 * stores for rich text. Only what the toolkit text uses: paragraphs, h3 headings, lists, bold,
 * https links and inline tenant values.
 */

type LexicalNode = Record<string, unknown>

const base = { version: 1, direction: 'ltr', format: '', indent: 0 }

function text(value: string, bold = false): LexicalNode {
  return { type: 'text', version: 1, text: value, format: bold ? 1 : 0, style: '', mode: 'normal', detail: 0 }
}

let inlineCounter = 0
function tenantValue(token: string): LexicalNode {
  inlineCounter += 1
  const id = `tv${inlineCounter.toString(36).padStart(6, '0')}`
  if (token === 'tenant.name') return { type: 'inlineBlock', version: 1, fields: { id, blockType: 'tenantValue', value: 'tenant-name' } }
  if (token === 'tenant.police') return { type: 'inlineBlock', version: 1, fields: { id, blockType: 'tenantValue', value: 'police-force' } }
  const kind = token.replace(/^contact:/, '')
  return { type: 'inlineBlock', version: 1, fields: { id, blockType: 'tenantValue', value: 'contact', contactKind: kind } }
}

const TOKEN = /\*\*(.+?)\*\*|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)|\{\{(tenant\.name|tenant\.police|contact:[a-z-]+)\}\}/g

/** Inline markup → Lexical inline nodes (text, bold text, links, tenant values). */
export function inlineNodes(source: Inline): LexicalNode[] {
  const nodes: LexicalNode[] = []
  let last = 0
  for (const match of source.matchAll(TOKEN)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(text(source.slice(last, index)))
    const [, bold, linkText, url, token] = match
    if (bold !== undefined) nodes.push(text(bold, true))
    else if (linkText !== undefined && url !== undefined) {
      nodes.push({ ...base, type: 'link', version: 3, fields: { url, newTab: true, linkType: 'custom' }, children: [text(linkText)] })
    } else if (token !== undefined) nodes.push(tenantValue(token))
    last = index + match[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

function block(node: RichTextNode): LexicalNode {
  if ('p' in node) return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: inlineNodes(node.p) }
  if ('h' in node) return { ...base, type: 'heading', tag: 'h3', children: inlineNodes(node.h) }
  const ordered = 'ol' in node
  const items = ordered ? node.ol : node.ul
  return {
    ...base,
    type: 'list',
    listType: ordered ? 'number' : 'bullet',
    tag: ordered ? 'ol' : 'ul',
    start: 1,
    children: items.map((item, index) => ({ ...base, type: 'listitem', value: index + 1, children: inlineNodes(item) })),
  }
}

export type LexicalDocument = { root: LexicalNode & { children: LexicalNode[] } }

export function toLexical(nodes: RichTextNode[]): LexicalDocument {
  return { root: { ...base, type: 'root', children: nodes.map(block) } }
}
