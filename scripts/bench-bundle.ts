/**
 * `npm run bench:bundle [-- --incidents 50 --images 100 --image-mb 2]`: how long an evidence
 * bundle takes to build, and how much memory the process building it holds while it does.
 *
 * The work the server does for GET /api/incidents/bundle once it has read the rows: 50 incidents
 * (each with long Welsh text) and 100 images stored encrypted on disk through the real storage
 * door (putEncrypted), then the bundle streamed by the real builder (chronology PDF, each file
 * decrypted by getDecrypted as the ZIP takes it, manifests) into a reader that hashes it and
 * throws it away, as a download does. Reports the time to the last byte, the bundle's size, and
 * the CPU time it took (a fairer figure than the wall time on a shared machine), and the process's
 * resident memory: before, the peak sampled every 10 ms while building, and the kernel's maximum
 * for the whole run. The database reads before it (one query each for incidents
 * and evidence, one chain check per incident) are not in it. For reading, never pass/fail.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'

import { bundleLabels, bundleTranslator } from '../src/collections/Incidents/bundleStrings'
import { generateMasterKeyText, parseMasterKey, type Keyring } from '../src/lib/incidents/crypto'
import { buildBundle, type BundleIncident } from '../src/lib/incidents/bundle/build'
import { getDecrypted, LocalDiskStore, putEncrypted, type StoredFile } from '../src/storage'

const { values: flags } = parseArgs({
  options: { incidents: { type: 'string', default: '50' }, images: { type: 'string', default: '100' }, 'image-mb': { type: 'string', default: '2' } },
})
const INCIDENTS = Number(flags.incidents)
const IMAGES = Number(flags.images)
const IMAGE_BYTES = Math.round(Number(flags['image-mb']) * 1024 * 1024)
const MB = 1024 * 1024

/** A PNG-shaped file of random bytes (incompressible, like a photo). */
function image(): Buffer {
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(IMAGE_BYTES - 8)])
}

const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-bundle-'))
  const store = new LocalDiskStore(path.join(dir, 'store'))
  const keyring: Keyring = { current: parseMasterKey(generateMasterKeyText()), previous: [] }
  try {
    const stored = new Map<number, StoredFile>()
    const incidents: BundleIncident[] = []
    const text = 'Anfonodd neges arall ataf heddiw: roedd yn sôn am fy nghartref a’r ŵyn a’r ŷd. '.repeat(12)
    for (let index = 0; index < INCIDENTS; index += 1) {
      incidents.push({
        id: index + 1,
        happenedAt: new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toISOString(),
        happenedUntil: null,
        recordedAt: new Date(Date.UTC(2026, 0, 2) + index * 86_400_000).toISOString(),
        platform: 'x',
        kinds: ['harassment', 'threat'],
        whatHappened: text,
        impact: 'Methu cysgu; ofn gadael y tŷ.',
        witnesses: 'Neb',
        handles: ['@bench_troll'],
        links: [`https://x.com/bench_troll/status/${index}`],
        platformReport: { reportedOn: null, reference: 'X-123', outcome: 'Dim' },
        policeReport: { reportedOn: null, crimeReference: 'NWP/2026/1', officer: 'PC Jones', operationFord: true },
        history: { head: createHash('sha256').update(String(index)).digest('hex'), length: 3, intact: true },
        evidence: [],
      })
    }
    for (let n = 0; n < IMAGES; n += 1) {
      const bytes = image()
      const file = await putEncrypted(store, keyring, Readable.from([bytes]))
      const id = n + 1
      stored.set(id, file)
      incidents[n % INCIDENTS]?.evidence.push({
        id,
        fileName: `IMG_${1000 + n}.png`,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        mimeType: 'image/png',
        uploadedAt: new Date().toISOString(),
      })
    }
    global.gc?.()
    const before = process.memoryUsage().rss
    let peak = before
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 10)
    const start = process.hrtime.bigint()
    const cpuBefore = process.cpuUsage()
    const { stream, finished } = buildBundle({
      meta: { councillor: 'Cynghorydd Meinciau', council: 'Cyngor Sir Enghraifft', locale: 'cy', generatedAt: new Date() },
      incidents,
      label: bundleLabels('cy'),
      t: bundleTranslator('cy'),
      open: (file) => getDecrypted(store, keyring, stored.get(file.id) as StoredFile),
    })
    const download = createHash('sha256')
    await pipeline(
      stream,
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          download.update(chunk)
          callback()
        },
      }),
    )
    const result = await finished
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    const cpu = process.cpuUsage(cpuBefore)
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)
    if (download.digest('hex') !== result.sha256) throw new Error('The bundle read is not the bundle hashed')
    const maxRss = process.resourceUsage().maxRSS * 1024
    console.log(`evidence bundle: ${INCIDENTS} incidents, ${IMAGES} images of ${mb(IMAGE_BYTES)} (${mb(IMAGES * IMAGE_BYTES)} of evidence)`)
    console.log(`  built and read in      ${(ms / 1000).toFixed(2)} s (${mb(result.bytes)} ZIP, ${((result.bytes / MB) / (ms / 1000)).toFixed(1)} MB/s)`)
    // On a shared machine the wall time depends on the load; the CPU time much less so.
    console.log(`  CPU time               ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (user ${(cpu.user / 1e6).toFixed(2)}, system ${(cpu.system / 1e6).toFixed(2)}; load average ${os.loadavg()[0]?.toFixed(1)})`)
    console.log(`  resident memory        ${mb(before)} before, ${mb(peak)} peak while building (+${mb(peak - before)})`)
    console.log(`  process maximum (OS)   ${mb(maxRss)} over the whole run, setup included`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
