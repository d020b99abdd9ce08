import { deflateRawSync, inflateRawSync } from 'node:zlib'

/**
 * A small ZIP writer and a bounded reader, for translation files sent as one XLIFF per document.
 * Written here rather than taken from a package because the portal needs only flat archives of
 * a few files, and the reader must refuse a hostile archive (a zip bomb, thousands of entries,
 * encryption, ZIP64) before spending memory on it: every size is checked against the caller's
 * budget, and inflating stops at the entry's declared size.
 */

export class ZipRefused extends Error {}

export type ZipEntry = { name: string; data: Uint8Array }

export type ZipLimits = { maxEntries: number; maxTotalBytes: number }

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

// 1 January 2026, 00:00, in MS-DOS form: entries carry a fixed date so the same export gives the same bytes.
const DOS_TIME = 0
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1
const UTF8_NAMES = 0x0800

/** A ZIP of `entries`, each deflated, names in UTF-8. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const compressed = deflateRawSync(entry.data)
    const crc = crc32(entry.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(UTF8_NAMES, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt16LE(DOS_TIME, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(entry.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(UTF8_NAMES, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(DOS_TIME, 12)
    central.writeUInt16LE(DOS_DATE, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(compressed.length, 20)
    central.writeUInt32LE(entry.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += local.length + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}

/** Whether `bytes` start as a ZIP archive does. */
export const looksLikeZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/**
 * The files of a ZIP (directories left out), within `limits`: refused (ZipRefused) when it has
 * too many entries, would inflate past the budget, is encrypted, ZIP64, split, or damaged.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let at = buffer.length - 22; at >= Math.max(0, buffer.length - 22 - 0xffff); at--) {
    if (buffer.readUInt32LE(at) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end === -1) throw new ZipRefused('The ZIP file is damaged: its directory is missing.')
  const count = buffer.readUInt16LE(end + 10)
  const size = buffer.readUInt32LE(end + 12)
  const start = buffer.readUInt32LE(end + 16)
  if (buffer.readUInt16LE(end + 4) !== 0 || count !== buffer.readUInt16LE(end + 8)) throw new ZipRefused('Split ZIP archives are not accepted.')
  if (count === 0xffff || start === 0xffffffff) throw new ZipRefused('ZIP64 archives are not accepted: send the files in an ordinary ZIP.')
  if (count > limits.maxEntries) throw new ZipRefused(`The ZIP holds ${count} files: at most ${limits.maxEntries} are accepted.`)
  if (start + size > end) throw new ZipRefused('The ZIP file is damaged: its directory is out of place.')

  const entries: ZipEntry[] = []
  let budget = limits.maxTotalBytes
  let at = start
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || buffer.readUInt32LE(at) !== 0x02014b50) throw new ZipRefused('The ZIP file is damaged: an entry of its directory is unreadable.')
    const flags = buffer.readUInt16LE(at + 8)
    const method = buffer.readUInt16LE(at + 10)
    const crc = buffer.readUInt32LE(at + 16)
    const compressedSize = buffer.readUInt32LE(at + 20)
    const size = buffer.readUInt32LE(at + 24)
    const nameLength = buffer.readUInt16LE(at + 28)
    const extraLength = buffer.readUInt16LE(at + 30)
    const commentLength = buffer.readUInt16LE(at + 32)
    const localAt = buffer.readUInt32LE(at + 42)
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    at += 46 + nameLength + extraLength + commentLength
    if (name.endsWith('/')) continue
    if (flags & 0x1) throw new ZipRefused(`"${name}" is encrypted: send the ZIP without a password.`)
    if (method !== 0 && method !== 8) throw new ZipRefused(`"${name}" is compressed in a way the portal does not read: use ordinary (deflate) ZIP.`)
    if (size > budget) throw new ZipRefused(`The ZIP's files come to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB unpacked.`)
    if (localAt + 30 > start || buffer.readUInt32LE(localAt) !== 0x04034b50) throw new ZipRefused(`The ZIP file is damaged at "${name}".`)
    const dataAt = localAt + 30 + buffer.readUInt16LE(localAt + 26) + buffer.readUInt16LE(localAt + 28)
    if (dataAt + compressedSize > start) throw new ZipRefused(`The ZIP file is damaged at "${name}".`)
    const raw = buffer.subarray(dataAt, dataAt + compressedSize)
    let data: Buffer
    try {
      // Never more than the entry says it holds (plus one byte, to notice a lie).
      data = method === 0 ? Buffer.from(raw) : inflateRawSync(raw, { maxOutputLength: size + 1 })
    } catch {
      throw new ZipRefused(`"${name}" in the ZIP is damaged or larger than it says.`)
    }
    if (data.length !== size || crc32(data) !== crc) throw new ZipRefused(`"${name}" in the ZIP is damaged or larger than it says.`)
    budget -= size
    entries.push({ name, data: new Uint8Array(data) })
  }
  return entries
}
