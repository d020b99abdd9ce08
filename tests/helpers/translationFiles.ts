import { Window } from 'happy-dom'

import { rest, type ApiResponse } from './apiClient'

export { validateXliff } from './xliffSchema'

/**
 * The translation files' API as a translation service scripts it (GET export, multipart POST
 * import), the OASIS schema check (xliffSchema.ts), and a CAT tool's edit of a file through an XML DOM (happy-dom's
 * DOMParser, not our own reader), shared by the pages' and the templates' int tests.
 */

export const exportFile = (query: Record<string, string>, token?: string) => rest('GET', 'translations/export', { token, query })

/** The export's XML (the helper keeps a non-JSON body as `text`). */
export const xmlOf = (response: ApiResponse) => String(response.json.text ?? '')

/** POST /api/translations/import: multipart `file` and, if given, `translator`. */
export async function importFile(xml: string, token?: string, translator?: string): Promise<ApiResponse> {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const form = new FormData()
  form.append('file', new Blob([xml], { type: 'application/xliff+xml' }), 'translated.xlf')
  if (translator) form.append('translator', translator)
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost:3000/api/translations/import', { method: 'POST', headers, body: form })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['translations', 'import'] }) })
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as ApiResponse['json']) : {} }
}

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'

type XmlDocument = ReturnType<InstanceType<typeof Window>['DOMParser']['prototype']['parseFromString']>
type DomElement = ReturnType<XmlDocument['createElementNS']>

/**
 * The elements named `local` in namespace `ns` under `root`, by walking every element:
 * happy-dom's getElementsByTagNameNS misses prefixed elements (`<mda:meta>`).
 */
export function elementsNamed(root: Pick<DomElement, 'getElementsByTagName'>, ns: string, local: string): DomElement[] {
  return Array.from(root.getElementsByTagName('*')).filter((element) => element.namespaceURI === ns && element.localName === local) as DomElement[]
}

/** Parses `xml` into a DOM, lets `edit` change it, and answers the file again. */
export function editXml(xml: string, edit: (doc: XmlDocument) => void): string {
  const window = new Window()
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('The file is not well-formed XML')
  edit(doc)
  return new window.XMLSerializer().serializeToString(doc)
}

/**
 * A CAT tool's pass over a file: each segment's target replaced by a copy of its source (inline
 * codes where the source has them) whose text nodes `translate` rewrites; `edit` may then change
 * a unit's target element as a careless translator would. Answers the file.
 */
export function translateWithDom(xml: string, translate: (text: string, unit: string) => string, edit?: (unit: string, target: DomElement) => void): string {
  return editXml(xml, (doc) => {
    for (const unit of elementsNamed(doc, XLIFF_NAMESPACE, 'unit')) {
      const id = unit.getAttribute('id') ?? ''
      for (const segment of elementsNamed(unit, XLIFF_NAMESPACE, 'segment')) {
        const source = elementsNamed(segment, XLIFF_NAMESPACE, 'source')[0]
        if (!source) continue
        for (const old of elementsNamed(segment, XLIFF_NAMESPACE, 'target')) old.remove()
        const target = doc.createElementNS(XLIFF_NAMESPACE, 'target')
        for (const child of Array.from(source.childNodes)) target.appendChild(child.cloneNode(true))
        const texts: Array<{ data: string }> = []
        const collect = (node: { childNodes: ArrayLike<unknown> }) => {
          for (const child of Array.from(node.childNodes) as Array<{ nodeType: number; data?: string; childNodes: ArrayLike<unknown> }>) {
            if (child.nodeType === 3) texts.push(child as { data: string })
            else collect(child)
          }
        }
        collect(target)
        for (const text of texts) text.data = translate(text.data, id)
        segment.setAttribute('state', 'translated')
        segment.appendChild(target)
        edit?.(id, target)
      }
    }
  })
}
