import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { EngagementTemplates } from '@/collections/EngagementTemplates'
import { Pages } from '@/collections/Pages'
import { bookkeeping } from '@/collections/translations/bookkeeping'
import {
  applyTranslations,
  checkCodes,
  countWords,
  extractUnits,
  inlineToLexical,
  lexicalToInline,
  parseXml,
  readXliff,
  translatableText,
  translationState,
  writeXliff,
  XmlRefused,
  type InlinePart,
  type XliffDocument,
} from '@/lib/xliff'
import { toLexical } from '@/seed/toolkit/toLexical'

const paragraph = toLexical([{ p: 'Tell **the Monitoring Officer** at {{tenant.name}} and read [the guidance](https://www.gov.uk/guidance) today.' }])
const firstParagraphChildren = () => (paragraph.root.children[0] as { children: unknown[] }).children

const page = {
  id: 7,
  title: 'When abuse happens',
  summary: 'What to do first.',
  slug: 'when-abuse-happens',
  translationReview: { sourceText: 'not for translation', reviewedBy: 'someone' },
  layout: [
    { id: 'b1', blockType: 'richText', heading: 'First steps', body: paragraph },
    {
      id: 'b2',
      blockType: 'steps',
      heading: 'Steps',
      style: 'steps',
      items: [
        { id: 'r1', title: 'Keep a record', detail: toLexical([{ ul: ['Screenshots', 'Dates and **times**'] }]) },
        { id: 'r2', title: 'Report it', detail: null },
      ],
    },
  ],
}

/** What a CAT tool does: fills each target through the file's own model, never by string replacement. */
function translate(doc: XliffDocument, edit: (unit: XliffDocument['files'][number]['units'][number]) => InlinePart[] | undefined): XliffDocument {
  return {
    ...doc,
    files: doc.files.map((file) => ({ ...file, units: file.units.map((unit) => ({ ...unit, target: edit(unit) ?? unit.target })) })),
  }
}

describe('Lexical inline content', () => {
  it('a paragraph with bold text, a link and a tenant value comes back as identical Lexical JSON', () => {
    const content = lexicalToInline(firstParagraphChildren())
    expect(content.codes.map((code) => [code.kind, code.type])).toEqual([
      ['pc', 'fmt'],
      ['ph', 'other'],
      ['pc', 'link'],
    ])
    expect(inlineToLexical(content.parts, content.codes)).toEqual(firstParagraphChildren())
  })

  it('rebuilds valid Lexical when a translator reorders the codes and moves text in and out of them', () => {
    const { codes } = lexicalToInline(firstParagraphChildren())
    const welsh: InlinePart[] = [
      'Darllenwch ',
      { kind: 'pc', id: '3', children: ['y canllawiau'] },
      ' heddiw a dywedwch wrth ',
      { kind: 'ph', id: '2' },
      ' (',
      { kind: 'pc', id: '1', children: ['y Swyddog Monitro'] },
      ').',
    ]
    expect(checkCodes(welsh, codes)).toEqual([])
    const nodes = inlineToLexical(welsh, codes)
    expect(nodes.map((node) => node.type)).toEqual(['text', 'link', 'text', 'inlineBlock', 'text', 'text', 'text'])
    expect(nodes[1]).toMatchObject({ type: 'link', fields: { url: 'https://www.gov.uk/guidance' }, children: [{ type: 'text', text: 'y canllawiau', format: 0 }] })
    expect(nodes[3]).toMatchObject({ type: 'inlineBlock', fields: { blockType: 'tenantValue', value: 'tenant-name' } })
    expect(nodes[5]).toMatchObject({ type: 'text', text: 'y Swyddog Monitro', format: 1 })
  })

  it('names every missing, duplicated, foreign or changed code', () => {
    const { codes } = lexicalToInline(firstParagraphChildren())
    const problems = checkCodes([{ kind: 'pc', id: '1', children: ['x'] }, { kind: 'pc', id: '1', children: [] }, { kind: 'pc', id: '2', children: [] }, { kind: 'ph', id: '9' }], codes)
    expect(problems.join('; ')).toMatch(/1 .*twice/)
    expect(problems.join('; ')).toMatch(/2 .*changed from <ph> to <pc>/)
    expect(problems.join('; ')).toMatch(/9 is not in the source/)
    expect(problems.join('; ')).toMatch(/inline code 3 .*missing/)
  })

  it('counts words of text, not of codes', () => {
    expect(countWords(lexicalToInline(firstParagraphChildren()).parts)).toBe(10)
  })
})

describe('units of a page', () => {
  const units = extractUnits(Pages.fields, page, { skip: ['translationReview'] })

  it('covers every translatable text, by stable ids, and nothing else', () => {
    expect(units.map((unit) => unit.id)).toEqual([
      'title',
      'summary',
      'layout.b1.heading',
      'layout.b1.body.0',
      'layout.b2.heading',
      'layout.b2.items.r1.title',
      'layout.b2.items.r1.detail.0-0',
      'layout.b2.items.r1.detail.0-1',
      'layout.b2.items.r2.title',
    ])
    expect(units.find((unit) => unit.id === 'layout.b2.items.r1.detail.0-1')?.label).toMatch(/Steps.*Items 1.*Detail.*list item/)
  })

  it('lays a full translation into the Welsh document and leaves English nowhere in it', () => {
    const welsh = { ...structuredClone(page), title: null, summary: null, layout: page.layout.map((block) => ({ ...block, heading: null })) }
    const targets = new Map<string, InlinePart[]>()
    for (const unit of units) targets.set(unit.id, unit.content.parts.map((part) => (typeof part === 'string' ? `CY ${part}` : part)))
    const applied = applyTranslations(Pages.fields, page, welsh, targets, { skip: ['translationReview'] })
    expect(applied.held).toEqual([])
    expect(applied.written).toHaveLength(units.length)
    expect(Object.keys(applied.data).sort()).toEqual(['layout', 'summary', 'title'])
    expect(applied.data.title).toBe('CY When abuse happens')
    const again = extractUnits(Pages.fields, { ...page, ...applied.data }, { skip: ['translationReview'] })
    for (const unit of again) {
      const text = unit.content.parts.filter((part) => typeof part === 'string').join('')
      expect(text.startsWith('CY ') || text === '').toBe(true)
    }
  })

  it('holds back a rich text whose other paragraphs have no translation, and says which', () => {
    const targets = new Map<string, InlinePart[]>([['layout.b2.items.r1.detail.0-0', ['Sgrinluniau']]])
    const welsh = structuredClone(page)
    ;(welsh.layout as unknown[])[1] = { ...page.layout[1], items: [{ id: 'r1', title: 'Cadw cofnod', detail: null }, { id: 'r2', title: 'Rhoi gwybod', detail: null }] }
    const applied = applyTranslations(Pages.fields, page, welsh, targets, { skip: ['translationReview'] })
    expect(applied.written).toEqual([])
    expect(applied.held[0]?.reason).toMatch(/layout\.b2\.items\.r1\.detail\.0-1/)
  })
})

describe('units of an engagement template', () => {
  const options = bookkeeping['engagement-templates'].units
  const template = {
    title: 'How I use social media',
    intro: 'How {{tenant.name}} councillors answer.',
    rules: [{ id: 'a', text: 'One.' }, { id: 'b', text: 'Two.' }, { id: 'c', text: 'Three.' }],
    expectations: { readingTimes: 'On {days}.', replies: null, casework: null },
    bioTemplates: [{ id: 'x', template: '{name}, {role}' }],
    translationReview: 'reviewed',
  }
  const units = extractUnits(EngagementTemplates.fields, template, options)

  it('makes bio variables and tenant values placeholders, and goes by position in the localized lists', () => {
    expect(units.map((unit) => unit.id)).toEqual(['title', 'intro', 'rules.0.text', 'rules.1.text', 'rules.2.text', 'expectations.readingTimes', 'bioTemplates.0.template'])
    expect(units.find((unit) => unit.id === 'intro')?.content.codes.map((code) => code.disp)).toEqual(['{{tenant.name}}'])
    expect(units.find((unit) => unit.id === 'bioTemplates.0.template')?.content.codes.map((code) => code.disp)).toEqual(['{name}', '{role}'])
  })

  it('rebuilds a Welsh list with fewer rows from the English rows, only when every row has its Welsh', () => {
    const welsh = { ...template, rules: [{ id: 'w1', text: 'Un.' }, { id: 'w2', text: 'Dau.' }] }
    const third = new Map<string, InlinePart[]>([['rules.2.text', ['Tri.']]])
    const applied = applyTranslations(EngagementTemplates.fields, template, welsh, third, options)
    expect(applied.held).toEqual([])
    expect(applied.written).toEqual(['rules.2.text'])
    // The current Welsh rows are kept, the new one added; row ids are left for Payload to give.
    expect(applied.data.rules).toEqual([{ text: 'Un.' }, { text: 'Dau.' }, { text: 'Tri.' }])

    const onlyFirst = applyTranslations(EngagementTemplates.fields, template, { ...template, rules: [] }, new Map([['rules.0.text', ['Un.']]]), options)
    expect(onlyFirst.written).toEqual([])
    expect(onlyFirst.held.map((held) => held.unit)).toEqual(['rules.0.text'])
    expect(onlyFirst.data.rules).toBeUndefined()
  })
})

describe('XLIFF 2.0 writer and reader', () => {
  const units = extractUnits(Pages.fields, page, { skip: ['translationReview'] })
  const doc: XliffDocument = {
    srcLang: 'en',
    trgLang: 'cy',
    files: [
      {
        id: 'pages-7',
        original: 'pages/7',
        meta: { tenant: 'cardiff', collection: 'pages', id: '7' },
        units: units.map((unit) => ({ id: unit.id, name: unit.label, source: unit.content.parts, codes: unit.content.codes })),
      },
    ],
  }
  const xml = writeXliff(doc)

  it('reads back what it wrote, sources, ids and metadata intact', () => {
    const read = readXliff(xml)
    expect(read.problems).toEqual([])
    expect(read.doc.trgLang).toBe('cy')
    expect(read.doc.files[0]?.meta).toEqual({ tenant: 'cardiff', collection: 'pages', id: '7' })
    expect(read.doc.files[0]?.units.map((unit) => [unit.id, unit.source])).toEqual(units.map((unit) => [unit.id, unit.content.parts]))
  })

  it('carries a translation with reordered codes through the file and back into the same Lexical', () => {
    const body = units.find((unit) => unit.id === 'layout.b1.body.0')!
    const translated = translate(readXliff(xml).doc, (unit) =>
      unit.id === body.id ? [{ kind: 'ph', id: '2' }, ' <&> "', { kind: 'pc', id: '3', children: [{ kind: 'pc', id: '1', children: ['nested'] }] }] : undefined,
    )
    const back = readXliff(writeXliff(translated)).doc.files[0]!.units.find((unit) => unit.id === body.id)!
    expect(back.target).toEqual([{ kind: 'ph', id: '2' }, ' <&> "', { kind: 'pc', id: '3', children: [{ kind: 'pc', id: '1', children: ['nested'] }] }])
    const nodes = inlineToLexical(back.target!, body.content.codes)
    expect(nodes[2]).toMatchObject({ type: 'link', children: [{ type: 'text', text: 'nested', format: 1 }] })
  })

  it('joins segments a CAT tool split, and reads through <mrk> annotations', () => {
    const split = `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="cy"><file id="f"><unit id="u">
      <segment><source>One.</source><target>Un.</target></segment><ignorable><source> </source></ignorable>
      <segment><source>Two.</source><target><mrk id="m1" type="term">Dau</mrk>.</target></segment></unit></file></xliff>`
    expect(readXliff(split).doc.files[0]?.units[0]).toMatchObject({ source: ['One. Two.'], target: ['Un. Dau.'] })
  })

  it('reports a unit with split codes and reads the others', () => {
    const file = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f">
      <unit id="bad"><segment><source><pc id="1">a</pc></source><target><sc id="1"/>a<ec startRef="1"/></target></segment></unit>
      <unit id="good"><segment><source>b</source><target>c</target></segment></unit></file></xliff>`
    const read = readXliff(file)
    expect(read.problems).toEqual([{ file: 'f', unit: 'bad', reason: expect.stringMatching(/split/) }])
    expect(read.doc.files[0]?.units.map((unit) => unit.id)).toEqual(['good'])
  })

  it('validates against the OASIS XLIFF 2.0 schema (xmllint)', () => {
    const xmllint = spawnSync('xmllint', ['--version'])
    if (xmllint.error) {
      // Debian: apt-get install libxml2-utils (.ci/run does). In CI its absence fails; locally it is said loudly.
      if (process.env.CI) throw new Error('xmllint is missing: install libxml2-utils')
      console.warn('xmllint is not installed: the XLIFF schema check did not run')
      return
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'xliff-'))
    const file = path.join(dir, 'export.xlf')
    const withTarget = translate(doc, (unit) => unit.source)
    writeFileSync(file, writeXliff(withTarget))
    const schemas = path.resolve('schemas/xliff-2.0')
    const result = execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(schemas, 'xliff_core_2.0.xsd'), file], {
      env: { ...process.env, XML_CATALOG_FILES: path.join(schemas, 'catalog.xml') },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    expect(result).toBe('')
  })
})

describe('hostile and wrong files', () => {
  const refuses = (input: string | Uint8Array, message: RegExp) => {
    const started = performance.now()
    expect(() => readXliff(input)).toThrow(XmlRefused)
    expect(() => readXliff(input)).toThrow(message)
    return performance.now() - started
  }

  it('refuses a billion-laughs file at its DOCTYPE, before any expansion', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>&lol9;</source></segment></unit></file></xliff>`
    refuses(laughs, /DOCTYPE declaration is not allowed/)
  })

  it('refuses an XXE file and an undeclared entity without looking anything up', () => {
    refuses(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff/>`, /DOCTYPE/)
    refuses(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source>&xxe;</source></segment></unit></file></xliff>`, /entity &xxe; is not allowed/)
  })

  it('reads predefined entities and numeric references only', () => {
    const root = parseXml('<a t="&lt;&#65;&#x42;">&amp;&quot;&apos;&gt;&#x1F600;</a>')
    expect(root.attributes.t).toBe('<AB')
    expect(root.children).toEqual(['&"\'>😀'])
    expect(() => parseXml('<a>&#0;</a>')).toThrow(/not a character XML allows/)
    expect(() => parseXml('<a>fish & chips</a>')).toThrow(/&amp;amp;/)
  })

  it('refuses files over 10 MB, deep nesting, XLIFF 1.2, other XML and broken XML', () => {
    refuses(new Uint8Array(10 * 1024 * 1024 + 1), /over 10 MB/)
    refuses(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`, /nested too deeply/)
    refuses('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>', /XLIFF 1\.x/)
    refuses('<html><body/></html>', /not an XLIFF 2\.0 file/)
    refuses('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0" srcLang="en"/>', /version "3\.0"/)
    refuses('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f">', /not closed/)
    refuses(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]), /not valid UTF-8/)
  })
})

describe('out of date', () => {
  it('is derived from the English recorded at review and today\'s', () => {
    expect(translationState('reviewed', { sourceText: 'Call 999.' }, 'Call 999.')).toBe('reviewed')
    expect(translationState('reviewed', { sourceText: 'Call 999.' }, 'Call 999 now.')).toBe('outdated')
    expect(translationState('reviewed', null, 'anything')).toBe('reviewed')
    expect(translationState('drafted', { sourceText: 'x' }, 'y')).toBe('drafted')
    expect(translationState(null, null, 'y')).toBe('missing')
  })

  it('is recorded against the translatable text only: a new slug leaves a translation current', () => {
    const text = translatableText(Pages.fields, page)
    expect(text).toContain('Tell the Monitoring Officer at {council name} and read the guidance today.')
    expect(text).not.toContain('not for translation')
    expect(translatableText(Pages.fields, { ...page, slug: 'a-new-address', section: '2' })).toBe(text)
  })
})
