import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { crc32, looksLikeZip, readZip, writeZip, ZipRefused } from '@/lib/zip'

const limits = { maxEntries: 200, maxTotalBytes: 10 * 1024 * 1024 }
const utf8 = (text: string) => new TextEncoder().encode(text)

/** Python's zipfile, an independent ZIP implementation, as the other side of the exchange. */
function python(script: string, ...args: string[]): string {
  const run = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(run.stderr)
  return run.stdout
}

describe('ZIP of translation files', { timeout: 30_000 }, () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926)
  })

  it('writes archives another ZIP reader opens, with UTF-8 names, and reads them back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'))
    const file = path.join(dir, 'out.zip')
    const entries = [
      { name: 'example-county-pages-12-cy.xlf', data: utf8('<xliff>Cymraeg: ŵ ŷ</xliff>') },
      { name: 'tudalen-ŵ.xlf', data: utf8('x'.repeat(100_000)) },
    ]
    const zip = writeZip(entries)
    expect(looksLikeZip(zip)).toBe(true)
    writeFileSync(file, zip)
    const listed = JSON.parse(python('import zipfile,sys,json\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: len(z.read(n)) for n in z.namelist()}))', file)) as Record<string, number>
    expect(listed).toEqual({ 'example-county-pages-12-cy.xlf': entries[0]!.data.length, 'tudalen-ŵ.xlf': 100_000 })
    expect(readZip(zip, limits).map((entry) => [entry.name, new TextDecoder().decode(entry.data)])).toEqual(entries.map((entry) => [entry.name, new TextDecoder().decode(entry.data)]))
  })

  it('reads a ZIP another tool wrote, stored or deflated, skipping directories', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'))
    const file = path.join(dir, 'in.zip')
    python(
      'import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1],"w")\nz.writestr("files/",b"")\nz.writestr("files/a.xlf","<a/>",compress_type=zipfile.ZIP_STORED)\nz.writestr("files/b.xlf","<b/>"*1000,compress_type=zipfile.ZIP_DEFLATED)\nz.close()',
      file,
    )
    expect(readZip(new Uint8Array(readFileSync(file)), limits).map((entry) => [entry.name, entry.data.length])).toEqual([
      ['files/a.xlf', 4],
      ['files/b.xlf', 4000],
    ])
  })

  it('refuses a zip bomb before inflating it, and an entry larger than it says', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'))
    const file = path.join(dir, 'bomb.zip')
    python('import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED)\nz.writestr("bomb.xlf",b"\\0"*(24*1024*1024))\nz.close()', file)
    const bomb = new Uint8Array(readFileSync(file))
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(() => readZip(bomb, limits)).toThrow(/more than 10 MB unpacked/)

    // An honest-looking entry whose declared size is a lie: inflating stops at the declared size.
    const liar = Buffer.from(writeZip([{ name: 'liar.xlf', data: new Uint8Array(1024 * 1024) }]))
    const central = liar.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    liar.writeUInt32LE(10, 22)
    liar.writeUInt32LE(10, central + 24)
    expect(() => readZip(new Uint8Array(liar), limits)).toThrow(ZipRefused)
  })

  it('refuses too many entries, encryption, and damage', () => {
    const many = writeZip(Array.from({ length: 5 }, (_, index) => ({ name: `${index}.xlf`, data: utf8('x') })))
    expect(() => readZip(many, { ...limits, maxEntries: 4 })).toThrow(/at most 4/)
    const encrypted = Buffer.from(writeZip([{ name: 'secret.xlf', data: utf8('x') }]))
    encrypted.writeUInt16LE(0x0801, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8)
    expect(() => readZip(new Uint8Array(encrypted), limits)).toThrow(/encrypted/)
    expect(() => readZip(utf8('PK\u0003\u0004 not really a zip'), limits)).toThrow(/damaged/)
  })
})
