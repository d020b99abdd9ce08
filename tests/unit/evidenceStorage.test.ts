import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'

import { afterAll, describe, expect, it } from 'vitest'

import { generateMasterKeyText, IncidentCryptoError, parseMasterKey, type Keyring } from '@/lib/incidents/crypto'
import { BlobNotFoundError, deleteStored, getDecrypted, LocalDiskStore, putEncrypted } from '@/storage'
import { SEGMENT_BYTES, sealedSize } from '@/storage/sealedStream'

const keyring = (): Keyring => ({ current: parseMasterKey(generateMasterKeyText()), previous: [] })
const root = mkdtempSync(path.join(os.tmpdir(), 'evidence-store-'))
const store = new LocalDiskStore(root)

afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A source that yields `data` in chunks of `size` bytes, as a network upload would. */
function chunked(data: Buffer, size = 10_000): Readable {
  const parts: Buffer[] = []
  for (let offset = 0; offset < data.length; offset += size) parts.push(data.subarray(offset, offset + size))
  return Readable.from(parts.length > 0 ? parts : [Buffer.alloc(0)])
}

const fileOf = (key: string): string => path.join(root, key.slice(0, 2), key)
const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

describe('evidence storage (putEncrypted / getDecrypted on the local disk)', () => {
  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['exactly one segment', SEGMENT_BYTES],
    ['a segment and a byte', SEGMENT_BYTES + 1],
    ['several segments', SEGMENT_BYTES * 3 + 12_345],
  ])('round-trips a file (%s) and stores only ciphertext, under a random name', async (_label, size) => {
    const ring = keyring()
    const data = randomBytes(size)
    const marker = Buffer.from('MARKER-IN-THE-FILE')
    const plaintext = size >= marker.length ? Buffer.concat([marker, data.subarray(marker.length)]) : data
    const stored = await putEncrypted(store, ring, chunked(plaintext))
    expect(stored.storageKey).toMatch(/^[0-9a-f]{32}$/)
    expect(stored.storedBytes).toBe(sealedSize(size))
    const raw = readFileSync(fileOf(stored.storageKey))
    expect(raw.length).toBe(stored.storedBytes)
    if (size >= marker.length) expect(raw.includes(marker)).toBe(false)
    expect(statSync(fileOf(stored.storageKey)).mode & 0o777).toBe(0o600)
    const back = await buffer(await getDecrypted(store, ring, stored))
    expect(sha(back)).toBe(sha(plaintext))
  })

  it('detects a flipped bit anywhere (GCM), and releases nothing of the altered segment', async () => {
    const ring = keyring()
    const plaintext = randomBytes(SEGMENT_BYTES * 2 + 100)
    const stored = await putEncrypted(store, ring, chunked(plaintext))
    const file = fileOf(stored.storageKey)
    const raw = readFileSync(file)
    // A bit in the second segment: the first comes out, the second never does.
    const altered = Buffer.from(raw)
    const at = 11 + SEGMENT_BYTES + 16 + 500
    altered[at] = (altered[at] ?? 0) ^ 1
    writeFileSync(file, altered)
    const released: Buffer[] = []
    const stream = await getDecrypted(store, ring, stored)
    stream.on('data', (chunk: Buffer) => released.push(chunk))
    await expect(new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject))).rejects.toBeInstanceOf(IncidentCryptoError)
    expect(Buffer.concat(released).length).toBeLessThanOrEqual(SEGMENT_BYTES)
  })

  it('detects a file cut short at a segment boundary, and one with a segment dropped', async () => {
    const ring = keyring()
    const stored = await putEncrypted(store, ring, chunked(randomBytes(SEGMENT_BYTES * 3)))
    const file = fileOf(stored.storageKey)
    const raw = readFileSync(file)
    const sealedSegment = SEGMENT_BYTES + 16
    writeFileSync(file, raw.subarray(0, 11 + sealedSegment))
    await expect(buffer(await getDecrypted(store, ring, stored))).rejects.toBeInstanceOf(IncidentCryptoError)
    writeFileSync(file, Buffer.concat([raw.subarray(0, 11 + sealedSegment), raw.subarray(11 + 2 * sealedSegment)]))
    await expect(buffer(await getDecrypted(store, ring, stored))).rejects.toBeInstanceOf(IncidentCryptoError)
  })

  it('does not open with another master key, nor with another file\'s data key', async () => {
    const ring = keyring()
    const one = await putEncrypted(store, ring, chunked(randomBytes(1000)))
    const two = await putEncrypted(store, ring, chunked(randomBytes(1000)))
    await expect(getDecrypted(store, keyring(), one)).rejects.toBeInstanceOf(IncidentCryptoError)
    await expect(buffer(await getDecrypted(store, ring, { storageKey: one.storageKey, wrappedKey: two.wrappedKey }))).rejects.toBeInstanceOf(IncidentCryptoError)
  })

  it('still opens after a rotation, with the old master key as previous', async () => {
    const old = keyring()
    const stored = await putEncrypted(store, old, chunked(Buffer.from('before the rotation')))
    const rotated: Keyring = { current: parseMasterKey(generateMasterKeyText()), previous: [old.current] }
    expect((await buffer(await getDecrypted(store, rotated, stored))).toString()).toBe('before the rotation')
  })

  it('leaves nothing behind when the source fails half way', async () => {
    const before = readdirSync(root, { recursive: true }).length
    const failing = new Readable({
      read() {
        this.push(randomBytes(SEGMENT_BYTES * 2))
        this.destroy(new Error('the upload broke off'))
      },
    })
    await expect(putEncrypted(store, keyring(), failing)).rejects.toThrow(/broke off/)
    const files = readdirSync(root, { recursive: true }).map(String).filter((name) => !statSync(path.join(root, name)).isDirectory())
    expect(files.some((name) => name.endsWith('.part'))).toBe(false)
    expect(readdirSync(root, { recursive: true }).length).toBeLessThanOrEqual(before + 1)
  })

  it('deletes, and a deleted or unknown key is not found', async () => {
    const ring = keyring()
    const stored = await putEncrypted(store, ring, chunked(Buffer.from('to be deleted')))
    await deleteStored(store, stored)
    await expect(getDecrypted(store, ring, stored)).rejects.toBeInstanceOf(BlobNotFoundError)
    await expect(deleteStored(store, stored)).resolves.toBeUndefined()
  })

  it('takes only random hex keys as names (no path can be smuggled in), and never a folder under public/', async () => {
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/Not a storage key/)
    await expect(store.delete('ab/../../x')).rejects.toThrow(/Not a storage key/)
    expect(() => new LocalDiskStore(path.resolve(process.cwd(), 'public', 'evidence'))).toThrow(/public/)
  })
})
