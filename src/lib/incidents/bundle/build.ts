import { createHash } from 'node:crypto'
import { PassThrough, Readable, Transform } from 'node:stream'

import { ZipFile } from 'yazl'

import { chronologyPdf, type ChronologyInput } from './pdf'
import { manifestOf, manifestText } from './manifest'
import { chronological, evidencePaths } from './names'
import type { BundleTranslator } from './strings'
import type { BundledFile, BundleEvidence, BundleIncident, BundleMeta, BundleResult } from './types'

export type { BundledFile, BundleEvidence, BundleIncident, BundleMeta, BundleResult } from './types'

/*
 * The evidence bundle, a ZIP written as it is read (yazl): chronology.pdf, then every evidence
 * file as the storage door decrypts it (opened one at a time, only when its turn comes), then
 * manifest.json and manifest.txt, whose hashes are those of the bytes that went into the ZIP.
 * Nothing is held whole in memory but the (text-only) PDF; the bundle's own SHA-256 is computed
 * over the ZIP's bytes on their way out.
 */

/** Opens one evidence file's original bytes (the storage door's getDecrypted). */
export type OpenEvidence = (file: BundleEvidence) => Promise<Readable>

export type BundleStream = {
  /** The ZIP's bytes. Destroy it to stop (a download cancelled): the open file is closed too. */
  stream: Readable
  /** Resolves when the last byte has been read from `stream`; rejects if anything failed. */
  finished: Promise<BundleResult>
}

type Inputs = { meta: BundleMeta; incidents: readonly BundleIncident[]; label: ChronologyInput['label']; open: OpenEvidence; t: BundleTranslator }

/** A pass-through that hashes and counts what flows through it, reporting when it has all flowed. */
function hashing(onDone: (sha256: string, bytes: number) => void): Transform {
  const hash = createHash('sha256')
  let bytes = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      bytes += chunk.length
      callback(null, chunk)
    },
    flush(callback) {
      onDone(hash.digest('hex'), bytes)
      callback()
    },
  })
}

export function buildBundle({ meta, incidents, label, open, t }: Inputs): BundleStream {
  const ordered = chronological(incidents)
  const paths = evidencePaths(ordered)
  const files: BundledFile[] = []
  const zip = new ZipFile()
  // The source being read into the ZIP right now, to close if the download stops half way.
  let current: Readable | null = null
  // yazl does not listen for a lazily given stream's errors: a file that fails to decrypt (altered
  // on disk, wrong key) must stop the whole ZIP, not leave it waiting for bytes that never come.
  const fail = (error: unknown) => zip.emit('error', error instanceof Error ? error : new Error(String(error)))
  const track = (source: Readable, into: Transform): Transform => {
    current = source
    source.on('error', (error) => into.destroy(error))
    into.on('error', fail)
    return source.pipe(into)
  }

  zip.addReadStreamLazy('chronology.pdf', { mtime: meta.generatedAt }, (callback) => {
    try {
      const pdf = chronologyPdf({ meta, incidents: ordered, paths, label }, t) as unknown as Readable
      callback(null, track(pdf, hashing((sha256, bytes) => files.push({ path: 'chronology.pdf', sha256, bytes }))))
    } catch (error) {
      callback(error instanceof Error ? error : new Error(String(error)), null as unknown as Readable)
    }
  })
  for (const incident of ordered) {
    for (const file of incident.evidence) {
      const filePath = paths.get(file.id) as string
      // Already compressed (images, PDFs): stored as they are, which is also faster. The size
      // given makes yazl check that exactly the recorded number of bytes came out.
      zip.addReadStreamLazy(filePath, { mtime: new Date(file.uploadedAt), compress: false, size: file.size }, (callback) => {
        open(file).then(
          (source) => {
            const hashed = hashing((sha256, bytes) =>
              files.push({
                path: filePath,
                sha256,
                bytes,
                evidence: {
                  id: file.id,
                  incident: incident.id,
                  recordedSha256: file.sha256,
                  matchesRecord: sha256 === file.sha256,
                  mimeType: file.mimeType,
                  uploadedAt: file.uploadedAt,
                  originalName: file.fileName,
                },
              }),
            )
            callback(null, track(source, hashed))
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null as unknown as Readable),
        )
      })
    }
  }
  // Written after every file above has gone through, so the hashes are all known by then.
  let jsonFile: { sha256: string; bytes: number } | null = null
  zip.addReadStreamLazy('manifest.json', { mtime: meta.generatedAt }, (callback) => {
    const json = Buffer.from(`${JSON.stringify(manifestOf(meta, ordered, files), null, 2)}\n`, 'utf8')
    jsonFile = { sha256: createHash('sha256').update(json).digest('hex'), bytes: json.length }
    callback(null, Readable.from([json]))
  })
  zip.addReadStreamLazy('manifest.txt', { mtime: meta.generatedAt }, (callback) => {
    const text = manifestText(manifestOf(meta, ordered, files), jsonFile ?? { sha256: '', bytes: 0 }, t)
    callback(null, Readable.from([Buffer.from(text, 'utf8')]))
  })
  zip.end()

  let settle: { resolve: (result: BundleResult) => void; reject: (error: Error) => void } | null = null
  const finished = new Promise<BundleResult>((resolve, reject) => {
    settle = { resolve, reject }
  })
  // Nobody may be waiting yet; an unhandled rejection would take the process down.
  finished.catch(() => {})
  let written: { sha256: string; bytes: number } | null = null
  const output = new PassThrough()
  const whole = hashing((sha256, bytes) => {
    written = { sha256, bytes }
  })
  zip.on('error', (error: Error) => {
    settle?.reject(error)
    output.destroy(error)
  })
  zip.outputStream.pipe(whole).pipe(output)
  // Read to its last byte: the bundle as the reader got it.
  output.on('end', () => {
    const done = written as { sha256: string; bytes: number } | null
    if (done) settle?.resolve({ ...done, files })
  })
  output.on('close', () => {
    // Stopped before the end (the download was cancelled, or a file failed): close what is open.
    if (!output.readableEnded) {
      ;(current as Readable | null)?.destroy()
      zip.outputStream.unpipe(whole)
      settle?.reject(new Error('The bundle was not read to its end'))
    }
  })
  return { stream: output, finished }
}
