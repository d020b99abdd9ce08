/**
 * A small XML reader for files that strangers send (translated XLIFF). It is written for safety
 * rather than completeness: no DOCTYPE, no entity declarations and therefore no entity expansion
 * and no external fetch of any kind; only the five predefined entities and numeric character
 * references. It reads in one pass over the text with an explicit stack (no recursion), so a
 * hostile file costs at most its own size plus the tree, and every limit is checked as it goes.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace'

export type XmlElement = {
  /** The name as written, e.g. `mda:meta`. */
  name: string
  /** The local part, e.g. `meta`. */
  local: string
  /** The namespace URI the prefix resolves to ('' for none). */
  ns: string
  /** Attributes by their written name (`id`, `xml:space`); namespace declarations are left out. */
  attributes: Record<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

/** Why a file was refused, in words an editor can act on. */
export class XmlRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XmlRefused'
  }
}

export type XmlLimits = { maxBytes: number; maxDepth: number; maxElements: number; maxAttributes: number }

export const defaultXmlLimits: XmlLimits = { maxBytes: 10 * 1024 * 1024, maxDepth: 64, maxElements: 500_000, maxAttributes: 64 }

const NAME = /^[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?$/
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
}

/** Replaces `&lt;`-style and numeric references; anything else named is refused, never looked up. */
function decodeReferences(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&([^;&<\s]{0,12});?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new XmlRefused('A "&" must start a character reference such as &amp;amp; (write & as &amp;amp;).')
    if (body in PREDEFINED) return PREDEFINED[body] ?? ''
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body)
    if (numeric) {
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2])
      if (!isXmlChar(code)) throw new XmlRefused(`The character reference &${body}; is not a character XML allows.`)
      return String.fromCodePoint(code)
    }
    throw new XmlRefused(`The entity &${body}; is not allowed: only &amp;lt; &amp;gt; &amp;amp; &amp;quot; &amp;apos; and numeric references are read.`)
  })
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe))) {
    throw new XmlRefused('The file is UTF-16: save it as UTF-8.')
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new XmlRefused('The file is not valid UTF-8 text.')
  }
}

type Frame = { element: XmlElement; scope: Map<string, string> }

/**
 * Parses `input` (bytes or text) into its root element. Throws `XmlRefused` for anything
 * malformed, over a limit, or carrying a DOCTYPE, an entity or a reference that is not predefined.
 */
export function parseXml(input: Uint8Array | string, limits: XmlLimits = defaultXmlLimits): XmlElement {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length
  if (size > limits.maxBytes) throw new XmlRefused(`The file is over ${Math.round(limits.maxBytes / 1024 / 1024)} MB.`)
  let text = typeof input === 'string' ? input : decodeBytes(input)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  text = text.replace(/\r\n?/g, '\n')

  const rootScope = new Map<string, string>([['xml', XML_NS], ['', '']])
  const stack: Frame[] = []
  let root: XmlElement | null = null
  let elements = 0
  let i = 0
  const n = text.length

  const fail = (message: string): never => {
    const line = text.slice(0, i).split('\n').length
    throw new XmlRefused(`${message} (line ${line})`)
  }
  const addText = (value: string) => {
    const top = stack.at(-1)
    if (!top) {
      if (value.trim() !== '') fail('Text outside the root element')
      return
    }
    const children = top.element.children
    const last = children.at(-1)
    if (typeof last === 'string') children[children.length - 1] = last + value
    else if (value !== '') children.push(value)
  }

  while (i < n) {
    const lt = text.indexOf('<', i)
    if (lt === -1) {
      addText(decodeReferences(text.slice(i)))
      i = n
      break
    }
    if (lt > i) {
      const chunk = text.slice(i, lt)
      if (chunk.includes(']]>')) fail('"]]>" is not allowed in text')
      addText(decodeReferences(chunk))
      i = lt
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4)
      if (end === -1) fail('A comment is not closed')
      i = end + 3
      continue
    }
    if (text.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail('CDATA outside the root element')
      const end = text.indexOf(']]>', i + 9)
      if (end === -1) fail('A CDATA section is not closed')
      addText(text.slice(i + 9, end))
      i = end + 3
      continue
    }
    if (text.startsWith('<!', i)) {
      // DOCTYPE, ENTITY, ELEMENT, ATTLIST...: the doors to entity expansion and external fetches.
      const word = /^<!([A-Za-z]*)/.exec(text.slice(i, i + 20))?.[1] || 'declaration'
      fail(`A ${word.toUpperCase()} declaration is not allowed in a translation file (no DTDs, no entities, no external references)`)
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2)
      if (end === -1) fail('A processing instruction is not closed')
      const body = text.slice(i + 2, end)
      if (/^xml\s/.test(body)) {
        if (i !== 0) fail('The XML declaration must come first')
        const encoding = /encoding\s*=\s*["']([^"']+)["']/.exec(body)?.[1]
        if (encoding && encoding.toLowerCase() !== 'utf-8') fail(`The file says it is ${encoding}: save it as UTF-8`)
      }
      i = end + 2
      continue
    }
    if (text.startsWith('</', i)) {
      const end = text.indexOf('>', i)
      if (end === -1) fail('A closing tag is not finished')
      const name = text.slice(i + 2, end).trim()
      const top = stack.pop()
      if (!top || top.element.name !== name) fail(`</${name}> does not close ${top ? `<${top.element.name}>` : 'anything'}`)
      i = end + 1
      continue
    }

    // A start tag: name, attributes, then ">" or "/>".
    let j = i + 1
    const nameMatch = /^[^\s/>]+/.exec(text.slice(j, j + 200))
    if (!nameMatch) fail('A "<" that starts no tag (write < as &lt;)')
    const name = nameMatch![0]
    if (!NAME.test(name)) fail(`"${name}" is not an element name`)
    j += name.length
    const raw: Array<[string, string]> = []
    let selfClosing = false
    for (;;) {
      while (j < n && /\s/.test(text[j] ?? '')) j++
      if (j >= n) fail(`<${name}> is not finished`)
      if (text[j] === '>') {
        j++
        break
      }
      if (text.startsWith('/>', j)) {
        selfClosing = true
        j += 2
        break
      }
      const attr = /^([^\s=/>]+)\s*=\s*(["'])/.exec(text.slice(j, j + 300))
      if (!attr) fail(`An attribute of <${name}> is malformed`)
      const [whole, attrName, quote] = attr!
      if (!NAME.test(attrName!)) fail(`"${attrName}" is not an attribute name`)
      const valueStart = j + whole.length
      const valueEnd = text.indexOf(quote!, valueStart)
      if (valueEnd === -1) fail(`The value of ${attrName} is not closed`)
      const value = text.slice(valueStart, valueEnd)
      if (value.includes('<')) fail(`The value of ${attrName} contains "<"`)
      if (raw.some(([existing]) => existing === attrName)) fail(`<${name}> has ${attrName} twice`)
      raw.push([attrName!, decodeReferences(value).replace(/[\t\n]/g, ' ')])
      if (raw.length > limits.maxAttributes) fail(`<${name}> has too many attributes`)
      j = valueEnd + 1
    }
    i = j

    const parentScope = stack.at(-1)?.scope ?? rootScope
    let scope = parentScope
    const attributes: Record<string, string> = {}
    for (const [attrName, value] of raw) {
      if (attrName === 'xmlns' || attrName.startsWith('xmlns:')) {
        if (scope === parentScope) scope = new Map(parentScope)
        scope.set(attrName === 'xmlns' ? '' : attrName.slice(6), value)
      } else attributes[attrName] = value
    }
    const colon = name.indexOf(':')
    const prefix = colon === -1 ? '' : name.slice(0, colon)
    const ns = scope.get(prefix)
    if (ns === undefined) fail(`The prefix "${prefix}" of <${name}> is not declared`)
    const element: XmlElement = { name, local: colon === -1 ? name : name.slice(colon + 1), ns: ns!, attributes, children: [] }

    elements++
    if (elements > limits.maxElements) fail('The file has too many elements')
    const parent = stack.at(-1)
    if (parent) parent.element.children.push(element)
    else if (root) fail('A second root element')
    else root = element
    if (!selfClosing) {
      if (stack.length + 1 > limits.maxDepth) fail('Elements are nested too deeply')
      stack.push({ element, scope })
    }
  }
  if (stack.length > 0) throw new XmlRefused(`<${stack.at(-1)?.element.name}> is not closed`)
  if (!root) throw new XmlRefused('The file has no XML element in it.')
  return root
}

/** The element children of `element`, optionally only those with a local name (in `ns`). */
export function childElements(element: XmlElement, local?: string, ns?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && (local === undefined || child.local === local) && (ns === undefined || child.ns === ns),
  )
}

/** All text inside an element, markup dropped. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('')
}
