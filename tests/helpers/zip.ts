import { createHash } from 'node:crypto'

import { extractText, getDocumentProxy } from 'unpdf'
import yauzl from 'yauzl'

/*
 * Reading an evidence bundle back as its receiver would: every entry of the ZIP (yauzl checks each
 * entry's CRC-32 and sizes as it reads) and the text of its PDF (unpdf, PDF.js), and the manifest's
 * hashes against the bytes beside them.
 */

export const sha256 = (data: Buffer | Uint8Array): string => createHash('sha256').update(data).digest('hex')

/** Every file in the ZIP, by path, in the order they are stored. */
export function readZip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (error, file) => {
      if (error || !file) return reject(error ?? new Error('Not a ZIP'))
      const entries = new Map<string, Buffer>()
      file.on('error', reject)
      file.on('end', () => resolve(entries))
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (openError, stream) => {
          if (openError || !stream) return reject(openError ?? new Error('Unreadable entry'))
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('error', reject)
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks))
            file.readEntry()
          })
        })
      })
      file.readEntry()
    })
  })
}

/** All the text of a PDF, pages joined. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(document, { mergePages: true })
  return text
}

export type BundleManifest = {
  incidents: { seq: number; id: number; historyHead: string | null; historyIntact: boolean; evidence: string[] }[]
  files: { path: string; sha256: string; bytes: number; evidenceId?: number; recordedSha256?: string; matchesRecord?: boolean }[]
}

/** The manifest, after checking that it lists every other file with the SHA-256 and size of its bytes. */
export function checkedManifest(entries: Map<string, Buffer>): BundleManifest {
  const raw = entries.get('manifest.json')
  if (!raw) throw new Error('No manifest.json in the bundle')
  const manifest = JSON.parse(raw.toString('utf8')) as BundleManifest
  const listed = new Set(manifest.files.map((file) => file.path))
  for (const path of entries.keys()) {
    if (path !== 'manifest.json' && path !== 'manifest.txt' && !listed.has(path)) throw new Error(`${path} is not in the manifest`)
  }
  for (const file of manifest.files) {
    const bytes = entries.get(file.path)
    if (!bytes) throw new Error(`${file.path} is in the manifest but not the bundle`)
    if (sha256(bytes) !== file.sha256 || bytes.length !== file.bytes) throw new Error(`${file.path} does not match its manifest entry`)
  }
  return manifest
}
