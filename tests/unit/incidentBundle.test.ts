/**
 * The evidence bundle's builder (src/lib/incidents/bundle), on its own: the ZIP it streams opens,
 * holds the chronology, every file byte for byte under its safe name and a manifest whose hashes
 * are those of the bytes inside; the PDF carries the incidents' words in Welsh and Gaelic
 * (with their accents, in an embedded font); a file that fails on the way stops the ZIP.
 */
import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'

import { describe, expect, it } from 'vitest'

import { buildBundle, type BundleIncident } from '@/lib/incidents/bundle/build'
import { evidencePath, sanitiseFileName } from '@/lib/incidents/bundle/names'
import { bundleTranslator } from '@/collections/Incidents/bundleStrings'

import { checkedManifest, pdfText, readZip, sha256 } from '../helpers/zip'

const files = new Map<number, Buffer>([
  [11, randomBytes(70_000)],
  [12, randomBytes(1_234)],
  [21, randomBytes(200_000)],
])

function incident(id: number, happenedAt: string, overrides: Partial<BundleIncident> = {}): BundleIncident {
  return {
    id,
    happenedAt,
    happenedUntil: null,
    recordedAt: '2026-11-20T10:00:00.000Z',
    platform: 'x',
    kinds: ['harassment', 'threat'],
    whatHappened: `What happened ${id}`,
    impact: '',
    witnesses: '',
    handles: ['@troll'],
    links: ['https://x.com/troll/status/1'],
    platformReport: { reportedOn: null, reference: '', outcome: '' },
    policeReport: { reportedOn: '2026-11-21T00:00:00.000Z', crimeReference: 'CR/123/26', officer: 'PC Jones', operationFord: true },
    history: { head: 'a'.repeat(64), length: 2, intact: true },
    evidence: [],
    ...overrides,
  }
}

const evidenceOf = (id: number, fileName: string) => {
  const bytes = files.get(id) as Buffer
  return { id, fileName, sha256: sha256(bytes), size: bytes.length, mimeType: 'image/png', uploadedAt: '2026-11-20T10:05:00.000Z' }
}

const incidents: BundleIncident[] = [
  // Listed newest first, as the log shows them: the bundle puts them in the order they happened.
  incident(2, '2026-11-15T20:00:00.000Z', { whatHappened: 'Dywedodd e fod y ŵyn a’r ŷd yn eiddo iddo. Gàidhlig: àèìòù', evidence: [evidenceOf(21, 'Sgrinlun ŵ.png')] }),
  incident(1, '2026-11-01T09:30:00.000Z', { whatHappened: 'Bagairt: “Tha fios agam càite a bheil thu.” Gaeilge: áéíóú', impact: 'Ofn', evidence: [evidenceOf(11, '../../etc/passwd'), evidenceOf(12, '')] }),
]

async function build(open = (file: { id: number }) => Promise.resolve(Readable.from([files.get(file.id) as Buffer]))) {
  const t = bundleTranslator('cy')
  const { stream, finished } = buildBundle({
    meta: { councillor: 'Cynghorydd Siân Ŵyn', council: 'Cyngor Sir Enghraifft', locale: 'cy', generatedAt: new Date('2026-12-02T12:00:00Z') },
    incidents,
    label: { platform: (value) => value.toUpperCase(), kind: (value) => `kind:${value}` },
    open,
    t,
  })
  return { zip: buffer(stream), finished }
}

describe('names inside the bundle', () => {
  it('keep the uploaded name, made safe: no folders, no forbidden characters, not too long', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('_.._etc_passwd')
    expect(sanitiseFileName('  .hidden  ')).toBe('hidden')
    expect(sanitiseFileName('a:b*c?"d<e>f|g\u0000.png')).toBe('a_b_c__d_e_f_g_.png')
    expect(sanitiseFileName(`${'x'.repeat(300)}.jpeg`)).toMatch(/^x{95}\.jpeg$/)
    expect(evidencePath(3, 12, 'Sgrinlun ŵ.png', 'image/png')).toBe('evidence/003-12-Sgrinlun ŵ.png')
    expect(evidencePath(1, 2, '', 'application/pdf')).toBe('evidence/001-02-file.pdf')
  })
})

// Slow on a busy two-core machine (the PDF's fonts are parsed and subset): generous, not a timing test.
describe('the bundle', { timeout: 60_000 }, () => {
  it('opens, holds every file byte for byte, and its manifest matches the bytes inside and the files as uploaded', async () => {
    const { zip, finished } = await build()
    const bytes = await zip
    const result = await finished
    expect(result.sha256).toBe(sha256(bytes))
    expect(result.bytes).toBe(bytes.length)
    const entries = await readZip(bytes)
    expect([...entries.keys()]).toEqual([
      'chronology.pdf',
      'evidence/001-01-_.._etc_passwd',
      'evidence/001-02-file.png',
      'evidence/002-01-Sgrinlun ŵ.png',
      'manifest.json',
      'manifest.txt',
    ])
    expect(entries.get('evidence/001-01-_.._etc_passwd')?.equals(files.get(11) as Buffer)).toBe(true)
    expect(entries.get('evidence/002-01-Sgrinlun ŵ.png')?.equals(files.get(21) as Buffer)).toBe(true)
    const manifest = checkedManifest(entries)
    for (const file of manifest.files.filter((entry) => entry.evidenceId)) {
      expect(file.sha256).toBe(sha256(files.get(file.evidenceId as number) as Buffer))
      expect(file.matchesRecord).toBe(true)
    }
    expect(manifest.incidents.map((entry) => [entry.seq, entry.id, entry.historyHead])).toEqual([
      [1, 1, 'a'.repeat(64)],
      [2, 2, 'a'.repeat(64)],
    ])
    const text = entries.get('manifest.txt')?.toString('utf8') ?? ''
    expect(text).toContain(`${sha256(entries.get('manifest.json') as Buffer)}  manifest.json`)
    expect(text).toContain(`${sha256(files.get(21) as Buffer)}  evidence/002-01-Sgrinlun ŵ.png`)
    expect(text).toContain('Maniffest y bwndel tystiolaeth')
  })

  it('has a chronology in the councillor\'s language, in an embedded font, with every incident\'s words and accents', async () => {
    const { zip } = await build()
    const pdf = (await readZip(await zip)).get('chronology.pdf') as Buffer
    // The font is in the file (a subset of DejaVu Sans), not left to the reader's machine.
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2 /)
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/)
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ')
    expect(text).toContain('Log digwyddiadau: cronoleg')
    expect(text).toContain('Cynghorydd Siân Ŵyn')
    expect(text).toContain('Dywedodd e fod y ŵyn a’r ŷd yn eiddo iddo')
    expect(text).toContain('Gàidhlig: àèìòù')
    expect(text).toContain('Gaeilge: áéíóú')
    expect(text).toContain('CR/123/26')
    expect(text).toContain('https://x.com/troll/status/1')
    expect(text).toContain(sha256(files.get(21) as Buffer))
    expect(text).toContain('Digwyddiad 1 o 2')
    // Chronological: the earlier incident comes first.
    expect(text.indexOf('Bagairt')).toBeLessThan(text.indexOf('Dywedodd'))
  })

  it('stops, and does not report a finished bundle, when a file fails on the way (altered on disk, wrong key)', async () => {
    const { zip, finished } = await build((file) =>
      file.id === 12
        ? Promise.resolve(
            new Readable({
              read() {
                this.destroy(new Error('integrity check failed'))
              },
            }),
          )
        : Promise.resolve(Readable.from([files.get(file.id) as Buffer])),
    )
    await expect(zip).rejects.toThrow('integrity check failed')
    await expect(finished).rejects.toThrow()
  })

  it('refuses a file whose size is not the one recorded at upload', async () => {
    const { zip, finished } = await build((file) => Promise.resolve(Readable.from([Buffer.concat([files.get(file.id) as Buffer, Buffer.from('x')])])))
    await expect(zip).rejects.toThrow()
    await expect(finished).rejects.toThrow()
  })
})
