/**
 * `npx tsx scripts/bench-evidence.ts [--runs 7]`: what encryption costs an evidence upload.
 *
 * For a 5 MB and a 20 MB file, streamed in 64 KiB chunks as an upload arrives, the median of
 * `--runs` of each, side by side:
 *   - plain:     inspected (SHA-256, size, type, structure) and written to disk as it is;
 *   - encrypted: inspected and written through putEncrypted (AES-256-GCM in 64 KiB segments);
 *   - download:  read back through getDecrypted (each segment checked before it is released).
 * No database and no network: only the work the upload path adds. For reading, never pass/fail.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'

import { EvidenceInspector } from '../src/collections/Evidence/inspect'
import { generateMasterKeyText, parseMasterKey, type Keyring } from '../src/lib/incidents/crypto'
import { getDecrypted, LocalDiskStore, putEncrypted } from '../src/storage'

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '7' } } })
const RUNS = Number(flags.runs)
const CHUNK = 64 * 1024

/** A PDF-shaped file of `bytes` bytes (the inspector takes it as a whole PDF). */
function samplePdf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.7\n')
  const tail = Buffer.from('\n%%EOF\n')
  return Buffer.concat([head, randomBytes(bytes - head.length - tail.length), tail])
}

const chunks = (data: Buffer): Readable => {
  const parts: Buffer[] = []
  for (let offset = 0; offset < data.length; offset += CHUNK) parts.push(data.subarray(offset, offset + CHUNK))
  return Readable.from(parts)
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await work()
  return Number(process.hrtime.bigint() - start) / 1e6
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-evidence-'))
  const store = new LocalDiskStore(path.join(dir, 'store'))
  const keyring: Keyring = { current: parseMasterKey(generateMasterKeyText()), previous: [] }
  const rows: string[] = []
  try {
    for (const megabytes of [5, 20]) {
      const data = samplePdf(megabytes * 1024 * 1024 - 1)
      const plain: number[] = []
      const sealed: number[] = []
      const opened: number[] = []
      for (let run = 0; run < RUNS; run += 1) {
        plain.push(await time(() => pipeline(chunks(data), new EvidenceInspector(), createWriteStream(path.join(dir, `plain-${run}`)))))
        let stored = { storageKey: '', wrappedKey: '' }
        sealed.push(
          await time(async () => {
            const inspector = new EvidenceInspector()
            chunks(data).pipe(inspector)
            stored = await putEncrypted(store, keyring, inspector)
          }),
        )
        opened.push(
          await time(async () => {
            const sink = new Writable({ write: (_chunk, _encoding, done) => done() })
            await pipeline(await getDecrypted(store, keyring, stored), sink)
          }),
        )
      }
      const p = median(plain)
      const s = median(sealed)
      const o = median(opened)
      rows.push(
        `| ${megabytes} MB | ${p.toFixed(0)} ms | ${s.toFixed(0)} ms | +${(s - p).toFixed(0)} ms (${((s / p - 1) * 100).toFixed(0)}%) | ${((s - p) / megabytes).toFixed(1)} ms | ${o.toFixed(0)} ms |`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(`Evidence upload, median of ${RUNS} runs (${os.cpus().length} cores, Node ${process.version}):\n`)
  console.log('| file | inspected + written plain | inspected + encrypted + written | encryption adds | per MB | decrypted download |')
  console.log('|---|---|---|---|---|---|')
  for (const row of rows) console.log(row)
}

await main()
