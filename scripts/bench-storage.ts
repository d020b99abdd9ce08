/**
 * `npx tsx scripts/bench-storage.ts [--runs 5] [--megabytes 10]`: evidence upload and download
 * throughput on the local disk against an S3-compatible bucket (s3rver on loopback, started here),
 * through the same putEncrypted / getDecrypted the app uses (sealed in 64 KiB segments; the S3
 * back end streams it as a multipart upload of 5 MiB parts). Median of the runs, MB/s. No
 * database. s3rver is a test server (objects as files, single-threaded JavaScript): a real
 * bucket's numbers depend on its network far more than on this code. For reading, never pass/fail.
 *
 * Then the cost per photo upload (issue 19: "encryption's cost per evidence upload"): a 12 MP
 * phone-sized JPEG with GPS in its EXIF, its original encrypted and stored, and its preview made
 * from the stored copy (read back, decrypted, decoded, resized to 1024 px, WebP, encrypted and
 * stored): milliseconds per upload, median of the runs, on each back end.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'

import sharp from 'sharp'

import { makeStoredPreview } from '../src/collections/Evidence/preview'
import { generateMasterKeyText, parseMasterKey, type Keyring } from '../src/lib/incidents/crypto'
import { deleteStored, getDecrypted, LocalDiskStore, putEncrypted, S3BlobStore, type BlobStore } from '../src/storage'
import { s3LocationFromEnv } from '../src/storage/s3'
import { parseServerEnv } from '../src/env'
import { startLocalS3 } from './lib/localS3'

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '5' }, megabytes: { type: 'string', default: '10' } } })
const RUNS = Number(flags.runs)
const BYTES = Number(flags.megabytes) * 1024 * 1024
const CHUNK = 64 * 1024

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint()
  await work()
  return Number(process.hrtime.bigint() - start) / 1e6
}

function chunks(data: Buffer): Readable {
  const parts: Buffer[] = []
  for (let offset = 0; offset < data.length; offset += CHUNK) parts.push(data.subarray(offset, offset + CHUNK))
  return Readable.from(parts)
}

const drain = () => new Writable({ write: (_chunk, _encoding, callback) => callback() })

async function measure(store: BlobStore, keyring: Keyring, data: Buffer): Promise<{ up: number; down: number }> {
  const up: number[] = []
  const down: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    let stored: Awaited<ReturnType<typeof putEncrypted>> | undefined
    up.push(await time(async () => (stored = await putEncrypted(store, keyring, chunks(data)))))
    down.push(await time(async () => pipeline(await getDecrypted(store, keyring, stored!), drain())))
    await deleteStored(store, stored!)
  }
  const rate = (ms: number) => BYTES / 1024 / 1024 / (ms / 1000)
  return { up: rate(median(up)), down: rate(median(down)) }
}

/** A 4032 × 3024 photo with some grain (so it compresses like a photo, not a flat colour) and a GPS position. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 4032, height: 3024, channels: 3, background: '#5a7d4b', noise: { type: 'gaussian', mean: 110, sigma: 18 } } })
    .jpeg({ quality: 88 })
    .withExif({ IFD0: { Make: 'BenchCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 28/1 5/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 10/1 44/1' } })
    .toBuffer()
}

/** Per photo upload: encrypting and storing the original, then making, encrypting and storing its preview (ms). */
async function measurePhoto(store: BlobStore, keyring: Keyring, photo: Buffer): Promise<{ original: number; preview: number }> {
  const original: number[] = []
  const preview: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    let stored: Awaited<ReturnType<typeof putEncrypted>> | undefined
    let made: Awaited<ReturnType<typeof makeStoredPreview>> | undefined
    original.push(await time(async () => (stored = await putEncrypted(store, keyring, chunks(photo)))))
    preview.push(await time(async () => (made = await makeStoredPreview(store, keyring, stored!, 'image/jpeg'))))
    if (!made?.preview || made.hasLocation !== true) throw new Error('The bench photo got no preview, or its GPS was not found')
    await deleteStored(store, stored!)
    await deleteStored(store, made.preview)
  }
  return { original: median(original), preview: median(preview) }
}

async function main(): Promise<void> {
  const keyring: Keyring = { current: parseMasterKey(generateMasterKeyText()), previous: [] }
  const data = randomBytes(BYTES)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-storage-'))
  const s3 = await startLocalS3()
  try {
    const location = s3LocationFromEnv(parseServerEnv({ DATABASE_URL: 'postgres://unused@127.0.0.1/unused', PAYLOAD_SECRET: 'x'.repeat(32), ...s3.env }))!
    const local = await measure(new LocalDiskStore(path.join(dir, 'store')), keyring, data)
    const bucket = await measure(new S3BlobStore(location), keyring, data)
    console.log(`Evidence storage, a ${flags.megabytes} MB file, median of ${RUNS} (MB/s, encrypted upload / decrypted download):`)
    console.log(`  local disk       ${local.up.toFixed(1).padStart(7)} / ${local.down.toFixed(1).padStart(7)}`)
    console.log(`  S3 (s3rver)      ${bucket.up.toFixed(1).padStart(7)} / ${bucket.down.toFixed(1).padStart(7)}`)
    const photo = await phonePhoto()
    const localPhoto = await measurePhoto(new LocalDiskStore(path.join(dir, 'store')), keyring, photo)
    const bucketPhoto = await measurePhoto(new S3BlobStore(location), keyring, photo)
    console.log(`Per photo upload, a 4032 × 3024 JPEG of ${(photo.length / 1024 / 1024).toFixed(1)} MB with GPS, median of ${RUNS} (ms: encrypt + store the original / make + encrypt + store the preview / total):`)
    for (const [name, result] of [['local disk', localPhoto], ['S3 (s3rver)', bucketPhoto]] as const) {
      console.log(`  ${name.padEnd(16)} ${result.original.toFixed(0).padStart(7)} / ${result.preview.toFixed(0).padStart(7)} / ${(result.original + result.preview).toFixed(0).padStart(7)}`)
    }
  } finally {
    await s3.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
