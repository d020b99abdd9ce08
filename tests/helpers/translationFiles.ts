import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { Window } from 'happy-dom'

import { rest, type ApiResponse } from './apiClient'

/**
 * The translation files' API as a translation service scripts it (GET export, multipart POST
 * import), the OASIS schema check, and a CAT tool's edit of a file through an XML DOM (happy-dom's
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

/** Validates `xml` against the OASIS XLIFF 2.0 core schema kept in schemas/xliff-2.0 (throws with xmllint's words). */
export function validateXliff(xml: string): 'checked' | 'xmllint missing' {
  if (spawnSync('xmllint', ['--version']).error) {
    if (process.env.CI) throw new Error('xmllint is missing: install libxml2-utils (.ci/run does)')
    console.warn('xmllint is not installed (Debian: libxml2-utils): the schema check did not run')
    return 'xmllint missing'
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'xliff-int-')), 'export.xlf')
  writeFileSync(file, xml)
  const schemas = path.resolve('schemas/xliff-2.0')
  execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(schemas, 'xliff_core_2.0.xsd'), file], {
    env: { ...process.env, XML_CATALOG_FILES: path.join(schemas, 'catalog.xml') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return 'checked'
}

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'

type DomElement = ReturnType<InstanceType<typeof Window>['document']['createElementNS']>

/**
 * A CAT tool's pass over a file: parsed into a DOM, each segment's target replaced by a copy of
 * its source (inline codes where the source has them) whose text nodes `translate` rewrites;
 * `edit` may then change a unit's target element as a careless translator would. Answers the file.
 */
export function translateWithDom(xml: string, translate: (text: string, unit: string) => string, edit?: (unit: string, target: DomElement) => void): string {
  const window = new Window()
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('The export is not well-formed XML')
  for (const unit of Array.from(doc.getElementsByTagNameNS(XLIFF_NAMESPACE, 'unit'))) {
    const id = unit.getAttribute('id') ?? ''
    for (const segment of Array.from(unit.getElementsByTagNameNS(XLIFF_NAMESPACE, 'segment'))) {
      const source = segment.getElementsByTagNameNS(XLIFF_NAMESPACE, 'source')[0]
      if (!source) continue
      for (const old of Array.from(segment.getElementsByTagNameNS(XLIFF_NAMESPACE, 'target'))) old.remove()
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
  return new window.XMLSerializer().serializeToString(doc)
}
