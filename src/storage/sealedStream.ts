import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'

import { IncidentCryptoError, type DataKey } from '@/lib/incidents/crypto'

/*
 * A file encrypted as a stream (AES-256-GCM in segments), so that neither an upload nor a download
 * ever holds the whole file in memory, and a download never releases a byte that did not
 * authenticate.
 *
 * One GCM pass over a whole file would only say at its very end whether the file was altered,
 * after every byte had already gone to the browser. So the plaintext is cut into segments of
 * SEGMENT_BYTES, each sealed on its own (the construction of Hoang, Reyhanitabar, Rogaway and
 * Vizár's "online AE", as Tink's streaming AEAD uses it):
 *
 *   blob    = MAGIC (4) | nonce prefix (7) | segment 0 | segment 1 | … | last segment
 *   segment = ciphertext (SEGMENT_BYTES, the last one 0…SEGMENT_BYTES) | GCM tag (16)
 *   nonce   = nonce prefix (7) | segment number (4, big-endian) | 1 if last else 0 (1)
 *   AAD     = MAGIC | the data key's id
 *
 * A segment altered, swapped with another, moved to another file, or the file cut short after
 * any segment, fails to authenticate: the segment number is in the nonce and only the last
 * segment is sealed as last.
 */

export const MAGIC = Buffer.from('EVD1', 'ascii')
const PREFIX_BYTES = 7
const TAG_BYTES = 16
export const SEGMENT_BYTES = 64 * 1024
export const HEADER_BYTES = MAGIC.length + PREFIX_BYTES
const MAX_SEGMENTS = 0xffffffff

function nonce(prefix: Buffer, index: number, last: boolean): Buffer {
  if (index > MAX_SEGMENTS) throw new IncidentCryptoError('A file is too large to seal (more than 2^32 segments)')
  const value = Buffer.alloc(12)
  prefix.copy(value, 0)
  value.writeUInt32BE(index, PREFIX_BYTES)
  value[11] = last ? 1 : 0
  return value
}

const aadOf = (key: DataKey): Buffer => Buffer.concat([MAGIC, Buffer.from(key.id, 'utf8')])

/** Encrypts what flows through it (plaintext in, the sealed blob out) under `key`. */
export function sealStream(key: DataKey): Transform {
  const prefix = randomBytes(PREFIX_BYTES)
  const aad = aadOf(key)
  let pending: Buffer[] = []
  let pendingBytes = 0
  let index = 0
  const seal = (plaintext: Buffer, last: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', key.key, nonce(prefix, index, last))
    cipher.setAAD(aad)
    index += 1
    return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()])
  }
  return new Transform({
    construct(callback) {
      this.push(Buffer.concat([MAGIC, prefix]))
      callback()
    },
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending.push(chunk)
      pendingBytes += chunk.length
      try {
        // Strictly more than a segment: the last segment must be sealed as last, and only the
        // end of the input says which one that is.
        if (pendingBytes > SEGMENT_BYTES) {
          const all = Buffer.concat(pending)
          let offset = 0
          while (all.length - offset > SEGMENT_BYTES) {
            this.push(seal(all.subarray(offset, offset + SEGMENT_BYTES), false))
            offset += SEGMENT_BYTES
          }
          pending = [all.subarray(offset)]
          pendingBytes = all.length - offset
        }
        callback()
      } catch (error) {
        callback(error as Error)
      }
    },
    flush(callback) {
      try {
        this.push(seal(Buffer.concat(pending), true))
        pending = []
        callback()
      } catch (error) {
        callback(error as Error)
      }
    },
  })
}

/**
 * Decrypts a sealed blob as it flows through (blob in, plaintext out). Each segment is released
 * only once its tag has been checked; a blob altered anywhere, sealed under another key or cut
 * short errors the stream with an IncidentCryptoError (never the key, never OpenSSL's reason).
 */
export function openStream(key: DataKey): Transform {
  const aad = aadOf(key)
  let header: Buffer | null = null
  let pending: Buffer[] = []
  let pendingBytes = 0
  let index = 0
  const sealedSegment = SEGMENT_BYTES + TAG_BYTES
  const open = (segment: Buffer, last: boolean): Buffer => {
    if (!header) throw new IncidentCryptoError('An evidence file has no header')
    if (segment.length < TAG_BYTES) throw new IncidentCryptoError('An evidence file is cut short')
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.key, nonce(header.subarray(MAGIC.length), index, last))
      decipher.setAAD(aad)
      decipher.setAuthTag(segment.subarray(segment.length - TAG_BYTES))
      const plaintext = Buffer.concat([decipher.update(segment.subarray(0, segment.length - TAG_BYTES)), decipher.final()])
      index += 1
      return plaintext
    } catch {
      throw new IncidentCryptoError('An evidence file did not authenticate (wrong key, altered, or cut short)')
    }
  }
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending.push(chunk)
      pendingBytes += chunk.length
      try {
        if (!header && pendingBytes >= HEADER_BYTES) {
          const all = Buffer.concat(pending)
          header = all.subarray(0, HEADER_BYTES)
          if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new IncidentCryptoError('Not a sealed evidence file')
          pending = [all.subarray(HEADER_BYTES)]
          pendingBytes = all.length - HEADER_BYTES
        }
        // Strictly more than a sealed segment: then this one is not the last.
        if (header && pendingBytes > sealedSegment) {
          const all = Buffer.concat(pending)
          let offset = 0
          while (all.length - offset > sealedSegment) {
            this.push(open(all.subarray(offset, offset + sealedSegment), false))
            offset += sealedSegment
          }
          pending = [all.subarray(offset)]
          pendingBytes = all.length - offset
        }
        callback()
      } catch (error) {
        callback(error as Error)
      }
    },
    flush(callback) {
      try {
        if (!header) throw new IncidentCryptoError('An evidence file is cut short')
        this.push(open(Buffer.concat(pending), true))
        callback()
      } catch (error) {
        callback(error as Error)
      }
    },
  })
}

/** The stored size of a plaintext of `bytes` bytes (header, and a tag per segment). */
export function sealedSize(bytes: number): number {
  const segments = Math.max(1, Math.ceil(bytes / SEGMENT_BYTES))
  return HEADER_BYTES + bytes + segments * TAG_BYTES
}
