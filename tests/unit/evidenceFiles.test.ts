import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { EvidenceInspector } from '@/collections/Evidence/inspect'
import { EvidenceRefusal } from '@/collections/Evidence/refusals'
import { BoxWalker } from '@/lib/evidenceFiles'

/** Runs `data` through the inspector in chunks of `size` bytes; the refusal code, or the result. */
async function inspect(data: Buffer, size = 1000, max?: number) {
  const inspector = new EvidenceInspector(max)
  const parts: Buffer[] = []
  for (let offset = 0; offset < data.length; offset += size) parts.push(data.subarray(offset, offset + size))
  let passed = 0
  try {
    await pipeline(Readable.from(parts.length ? parts : [Buffer.alloc(0)]), inspector, new Writable({ write: (chunk: Buffer, _e, done) => ((passed += chunk.length), done()) }))
  } catch (error) {
    if (error instanceof EvidenceRefusal) return { refused: error.code, passed }
    throw error
  }
  return { result: inspector.result, passed }
}

const box = (type: string, body: Buffer): Buffer => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(8 + body.length, 0)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, body])
}
/** A minimal HEIC: ftyp (brand heic), meta, and an mdat of data. */
const heic = Buffer.concat([box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')), box('meta', Buffer.alloc(40)), box('mdat', Buffer.alloc(5000, 7))])

describe('the evidence inspector (type from content, size, SHA-256, whole or not)', () => {
  it('takes a WebP and a HEIC, passes every byte through, and hashes them', async () => {
    const webp = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#00703c' } }).webp().toBuffer()
    for (const [data, type] of [[webp, 'image/webp'], [heic, 'image/heic']] as const) {
      const seen = await inspect(data, 7)
      expect(seen.result?.type).toBe(type)
      expect(seen.result?.size).toBe(data.length)
      expect(seen.passed).toBe(data.length)
    }
  })

  it('refuses a WebP or HEIC cut short as corrupt, and HEIC boxes that overrun', async () => {
    const webp = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#00703c' } }).webp().toBuffer()
    expect((await inspect(webp.subarray(0, webp.length - 4))).refused).toBe('corrupt')
    expect((await inspect(heic.subarray(0, heic.length - 100))).refused).toBe('corrupt')
    expect((await inspect(Buffer.concat([heic, Buffer.from('trailing')]))).refused).toBe('corrupt')
  })

  it('lets nothing through before the type is known, and refuses what is not allowed', async () => {
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(2000)}</svg>`)
    const seen = await inspect(svg, 100)
    expect(seen).toEqual({ refused: 'wrong-type', passed: 0 })
  })

  it('stops at the size limit', async () => {
    expect((await inspect(heic, 1000, 4000)).refused).toBe('too-large')
  })

  it('walks boxes split across chunks, 64-bit sizes included', () => {
    const large = Buffer.alloc(16 + 10)
    large.writeUInt32BE(1, 0)
    large.write('mdat', 4, 'latin1')
    large.writeBigUInt64BE(26n, 8)
    const file = Buffer.concat([box('ftyp', Buffer.from('heic\0\0\0\0', 'latin1')), large])
    for (const size of [1, 3, 9, file.length]) {
      const walker = new BoxWalker()
      for (let offset = 0; offset < file.length; offset += size) walker.feed(file.subarray(offset, offset + size))
      expect(walker.intact()).toBe(true)
    }
    const cut = new BoxWalker()
    cut.feed(file.subarray(0, file.length - 1))
    expect(cut.intact()).toBe(false)
  })
})
