import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { blockHeadings, RenderBlocks } from '@/blocks/RenderBlocks'
import { TenantValue, type TenantValueContext } from '@/blocks/TenantValue/Component'
import type { BlockContext } from '@/blocks/types'
import { RichText } from '@/components/RichText'
import { contactKinds } from '@/collections/Contacts/kindOptions'
import type { Page } from '@/payload-types'
import { toLexical } from '@/seed/toolkit/toLexical'

type Layout = NonNullable<Page['layout']>

const fallbacks = {
  ...(Object.fromEntries(contactKinds.map((kind) => [kind, `national ${kind}`])) as Record<(typeof contactKinds)[number], string>),
  'police-force': 'your local police force',
}

function values(overrides: Partial<TenantValueContext> = {}): TenantValueContext {
  return { tenantName: 'Example County Council', policeForce: null, contacts: {}, fallbacks, preview: false, notSetLabel: 'not set', ...overrides }
}

function context(overrides: Partial<TenantValueContext> = {}): BlockContext {
  return {
    headingLevel: 2,
    values: values(overrides),
    labels: {
      calloutVariant: { information: 'Information', warning: 'Warning', emergency: 'Emergency' },
      step: 'Step',
      whenToUse: 'When to use this',
      call: 'Call',
      email: 'Email',
      website: 'Website',
      hours: 'Hours',
      contactNotSet: 'not set yet',
      report: 'Report',
      block: 'Block',
      mute: 'Mute',
      lockOrHide: 'Lock or hide',
      officialHelp: 'Official help page',
      sources: 'Sources',
      opensInNewTab: 'opens in a new tab',
      platformNames: { x: 'X (Twitter)' },
    },
  }
}

const render = (layout: Layout, overrides: Partial<TenantValueContext> = {}) =>
  renderToStaticMarkup(<RenderBlocks layout={layout} context={context(overrides)} />)

const body = (text: string) => toLexical([{ p: text }]) as unknown as Layout[number] extends { body?: infer B } ? B : never

describe('block renderers with full data', () => {
  it('rich text with a heading, bold and a safe external link', () => {
    const html = render([{ blockType: 'richText', id: 'r1', heading: 'Keep evidence', body: body('Take a **screenshot** of [the post](https://example.org/a).') }])
    expect(html).toContain('<h2 id="part-r1">Keep evidence</h2>')
    expect(html).toContain('<strong>screenshot</strong>')
    expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer" target="_blank">the post</a>')
  })

  it('a heading may name the tenant, as the national toolkit\'s headings do', () => {
    const html = render([
      { blockType: 'richText', id: 'r2', heading: 'Support from {{tenant.name}}', body: body('Ask.') },
      { blockType: 'steps', id: 's3', heading: 'Help gan {{tenant.name}}', style: 'steps', items: [{ id: 'i9', title: 'One' }] },
    ])
    expect(html).toContain('<h2 id="part-r2">Support from Example County Council</h2>')
    expect(html).toContain('<h2 id="part-s3">Help gan Example County Council</h2>')
    expect(html).not.toContain('{{')
  })

  it('callout says its variant in words, not only in colour', () => {
    const html = render([{ blockType: 'callout', id: 'c1', variant: 'emergency', heading: 'Call 999', body: body('Now.') }])
    expect(html).toContain('class="block callout callout-emergency"')
    expect(html).toMatch(/<span class="visually-hidden">Emergency: <\/span>Call 999/)
  })

  it('steps are an ordered list, a checklist an unordered one', () => {
    const steps = render([{ blockType: 'steps', id: 's1', heading: 'Do this', style: 'steps', items: [{ id: 'i1', title: 'First' }, { id: 'i2', title: 'Second', detail: body('More') }] }])
    expect(steps).toMatch(/<ol class="steps-list"><li><h3 class="steps-title">First<\/h3><\/li><li><h3 class="steps-title">Second<\/h3><p>More<\/p>/)
    const checklist = render([{ blockType: 'steps', id: 's2', heading: 'Record', style: 'checklist', items: [{ id: 'i3', title: 'Date' }] }])
    expect(checklist).toContain('<ul class="steps-list">')
  })

  it('contact card shows the tenant contact with a tel: link', () => {
    const html = render([{ blockType: 'contactCard', id: 'k1', kind: 'monitoring-officer' }], {
      contacts: { 'monitoring-officer': { label: 'Jo Bloggs, Monitoring Officer', phone: '0300 123 2040' } },
    })
    expect(html).toContain('<h2 id="part-k1">Jo Bloggs, Monitoring Officer</h2>')
    expect(html).toContain('href="tel:03001232040"')
  })

  it('escalation ladder lists rungs in order with when-to-use', () => {
    const html = render([
      { blockType: 'escalationLadder', id: 'e1', heading: 'Who to tell', rungs: [{ id: 'r1', title: 'Call 999', whenToUse: 'Immediate danger' }, { id: 'r2', title: 'Report to the platform', whenToUse: 'Abusive posts' }] },
    ])
    expect(html.indexOf('Call 999')).toBeLessThan(html.indexOf('Report to the platform'))
    expect(html).toContain('<strong>When to use this:</strong> Immediate danger')
  })

  it('platform guide uses details/summary and links the official help page safely', () => {
    const html = render([
      { blockType: 'platformGuide', id: 'p1', heading: 'Platforms', platforms: [{ id: 'x1', platform: 'x', report: 'R', block: 'B', mute: 'M', lockOrHide: 'L', helpUrl: 'https://help.x.com/' }] },
    ])
    expect(html).toContain('<summary>X (Twitter)</summary>')
    expect(html).toContain('href="https://help.x.com/" rel="noopener noreferrer" target="_blank"')
  })

  it('sources list their links and keep the URL for print', () => {
    const html = render([{ blockType: 'sources', id: 'so1', items: [{ id: 's', title: 'LGA guidance', url: 'https://www.local.gov.uk/' }] }])
    expect(html).toContain('<h2 id="part-so1">Sources</h2>')
    expect(html).toContain('<span class="print-url"> (https://www.local.gov.uk/)</span>')
  })
})

describe('block renderers with empty data render nothing broken', () => {
  it.each([
    ['steps', { blockType: 'steps', id: 'a', heading: 'H', style: 'steps', items: [] }],
    ['escalationLadder', { blockType: 'escalationLadder', id: 'b', heading: 'H', rungs: [] }],
    ['platformGuide', { blockType: 'platformGuide', id: 'c', heading: 'H', platforms: [] }],
    ['sources', { blockType: 'sources', id: 'd', items: [] }],
    ['richText', { blockType: 'richText', id: 'e', body: null }],
  ] as [string, Layout[number]][])('%s', (_name, block) => {
    const html = render([block])
    expect(html).not.toContain('undefined')
    expect(html).not.toContain('null')
    expect(html).not.toMatch(/<(ol|ul)[^>]*><\/(ol|ul)>/)
  })

  it('a contact card without a contact shows the national fallback, and "not set" only in preview', () => {
    const block = { blockType: 'contactCard', id: 'k', kind: 'monitoring-officer' } as Layout[number]
    expect(render([block])).toContain('<p>national monitoring-officer</p>')
    expect(render([block], { preview: true })).toContain('national monitoring-officer (not set yet)')
  })
})

describe('tenant values', () => {
  const tv = (value: string, contactKind?: string, overrides: Partial<TenantValueContext> = {}) =>
    renderToStaticMarkup(<TenantValue value={value} contactKind={contactKind} context={values(overrides)} />)

  it('renders the tenant name, police force and a contact when present', () => {
    expect(tv('tenant-name')).toBe('Example County Council')
    expect(tv('police-force', undefined, { policeForce: 'Dyfed-Powys Police' })).toBe('Dyfed-Powys Police')
    expect(tv('contact', 'member-support', { contacts: { 'member-support': { label: 'Member support', phone: '01234 567890' } } })).toBe(
      'Member support (<a href="tel:01234567890">01234 567890</a>)',
    )
  })

  it('falls back to the national wording when missing; editors see "not set"', () => {
    expect(tv('police-force')).toBe('your local police force')
    expect(tv('contact', 'monitoring-officer')).toBe('national monitoring-officer')
    expect(tv('contact', 'monitoring-officer', { preview: true })).toBe('<mark class="tenant-value-missing">national monitoring-officer (not set)</mark>')
  })

  it('renders inside rich text from the seed markup', () => {
    const html = renderToStaticMarkup(<RichText data={toLexical([{ p: 'Tell {{contact:monitoring-officer}} at {{tenant.name}}.' }])} context={values()} />)
    expect(html).toBe('<p>Tell national monitoring-officer at Example County Council.</p>')
  })
})

describe('links in stored rich text are neutralised on render', () => {
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:msgbox', '//evil.example/x'])(
    '%s renders as href="#"',
    (url) => {
      const data = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'link', version: 3, fields: { url, linkType: 'custom' }, children: [{ type: 'text', version: 1, text: 'click', format: 0 }] }] }] } }
      const html = renderToStaticMarkup(<RichText data={data} context={values()} />)
      expect(html).toContain('<a href="#">click</a>')
    },
  )
})

describe('the contents list of a long page', () => {
  it('names the sections whose heading the author wrote, in order, each linking to its heading', () => {
    const layout = [
      { blockType: 'richText', id: 'a1', heading: 'Support from {{tenant.name}}', body: null },
      { blockType: 'contactCard', id: 'a2', kind: 'monitoring-officer' },
      { blockType: 'steps', id: 'a3', heading: '  Record it  ', style: 'steps', items: [] },
      { blockType: 'richText', id: null, heading: 'No id, no anchor', body: null },
      { blockType: 'sources', id: 'a4', items: [] },
    ] as unknown as Layout
    expect(blockHeadings(layout, 'Example County Council')).toEqual([
      { id: 'part-a1', text: 'Support from Example County Council' },
      { id: 'part-a3', text: 'Record it' },
    ])
    // Each id is the one the block's own heading carries.
    expect(render([layout[0] as Layout[number]])).toContain('<h2 id="part-a1">')
  })
})
