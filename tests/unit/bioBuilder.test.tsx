import { createTranslator } from 'next-intl'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { BioBuilderView, bioBuilderStrings, renderBioResults, type BioTemplate } from '@/components/BioBuilder'
import cy from '@/messages/cy.json'
import en from '@/messages/en.json'
import ga from '@/messages/ga.json'
import gd from '@/messages/gd.json'
import { platformIds } from '@/lib/bio/platforms'
import { councillorTemplate } from '@/seed/engagement/councillor'

const template: BioTemplate = {
  bioTemplates: councillorTemplate.text.en.bioTemplates,
  expectations: councillorTemplate.text.en.expectations,
}

function strings(messages: typeof en, locale = 'en') {
  const t = createTranslator({ locale, messages, namespace: 'BioBuilder' })
  return bioBuilderStrings((key) => t.raw(key as never))
}

/** The builder as the server renders it: `null` is a first visit, else the posted fields (all platforms ticked unless given). */
function render(fields: Record<string, string> | URLSearchParams | null, locale = 'en', messages = en): string {
  const posted =
    fields === null || fields instanceof URLSearchParams
      ? fields
      : new URLSearchParams([...Object.entries(fields), ...platformIds.map((id) => ['platform', id])])
  const state = renderBioResults(posted, template, locale)
  return renderToStaticMarkup(<BioBuilderView strings={strings(messages, locale)} state={state} />)
}

const good = {
  name: 'Sam Jones',
  role: 'Councillor for Riverside',
  days: 'Mon–Fri',
  hours: '9am–5pm',
  email: 'sam@example.org',
  website: 'https://example.org/rules',
}

describe('the bio builder, rendered on the server', () => {
  it('on a first visit shows the form with every platform ticked, no errors and no results yet', () => {
    const html = render(null)
    const form = html.match(/<form [^>]*>/)?.[0] ?? ''
    expect(form).toContain('id="bio-builder-form"')
    // No GET form: without JavaScript it posts to a server action, so nothing typed reaches the URL.
    expect(form).not.toContain('method="get"')
    expect(html).not.toContain('A pinned post')
    expect(html).toContain('<legend>Platforms to write a bio for</legend>')
    expect(html.match(/<input type="checkbox"[^>]*name="platform"[^>]*checked=""/g)).toHaveLength(7)
    expect(html).toContain('<label for="bio-name">Your name</label>')
    expect(html).toContain('<label for="bio-website">Web page with your rules of engagement (optional)</label>')
    expect(html).not.toContain('There is a problem')
    expect(html).toContain('Fill in your name and role to see your bio.')
    expect(html).toContain('Nothing you type here is stored')
    expect(html).toMatch(/role="status" aria-live="polite"/)
  })

  it('builds bios only for the ticked platforms, and keeps the ticks', () => {
    const html = render(new URLSearchParams([...Object.entries(good), ['platform', 'tiktok'], ['platform', 'linkedin']]))
    expect(html.match(/<h4>[^<]+<\/h4>/g)).toEqual(['<h4>TikTok</h4>', '<h4>LinkedIn</h4>'])
    expect(html).toContain('<input type="checkbox" id="bio-platform-tiktok" name="platform" checked="" value="tiktok"/>')
    expect(html).toContain('<input type="checkbox" id="bio-platform-x" name="platform" value="x"/>')
  })

  it('with no platform ticked: an error on the fieldset, linked from the summary to the first box', () => {
    const html = render(new URLSearchParams(Object.entries(good)))
    expect(html).toContain('<a href="#bio-platform-x">Select at least one platform</a>')
    expect(html).toContain('<fieldset class="bio-builder__platforms" id="bio-platforms" aria-describedby="bio-platforms-hint bio-platforms-error">')
    expect(html).toMatch(/<p class="error-message" id="bio-platforms-error">.*Select at least one platform<\/p>/)
    expect(html).not.toContain('<h4>')
    // What was typed is still there.
    expect(html).toContain('value="sam@example.org"')
  })

  it('shows a GOV.UK error summary linking to each field, errors tied to inputs, and keeps what was typed', () => {
    const html = render({ name: 'Sam <b>Jones</b>', role: '', email: 'sam@', website: 'http://example.org', days: 'x'.repeat(81) })
    expect(html).toContain('There is a problem')
    expect(html).toMatch(/<div class="error-summary" id="bio-builder-errors" role="alert" aria-labelledby="bio-builder-errors-title" tabindex="-1">/)
    expect(html).toContain('<a href="#bio-role">Enter your role</a>')
    expect(html).toContain('<a href="#bio-email">Enter an email address in the correct format, like name@example.org</a>')
    expect(html).toContain('<a href="#bio-website">Your web address must start with https://, not http://</a>')
    expect(html).toContain('<a href="#bio-days">Days you read messages must be 80 characters or fewer</a>')
    const email = html.match(/<input id="bio-email"[^>]*>/)?.[0] ?? ''
    expect(email).toContain('type="email"')
    expect(email).toContain('value="sam@"')
    expect(email).toContain('aria-describedby="bio-email-hint bio-email-error"')
    expect(email).toContain('aria-invalid="true"')
    expect(html).toContain('aria-describedby="bio-name-hint"')
    expect(html).toContain('value="Sam &lt;b&gt;Jones&lt;/b&gt;"')
    expect(html).toContain('value="http://example.org"')
    expect(html).toContain('<span class="bio-builder__visually-hidden">Error: </span>')
  })

  it('renders each platform\u2019s bio with its count, and notes a shorter variant', () => {
    const html = render(good)
    expect(html).toContain('<h4>X</h4>')
    expect(html).toContain('<h4>Bluesky</h4>')
    expect(html).toMatch(/\d+ \/ 160 characters/)
    expect(html).toMatch(/\d+ \/ 80 characters/)
    expect(html).toMatch(/\d+ \/ 2560 bytes/)
    expect(html).toContain('A shorter version is used so that it fits.')
    expect(html).toContain('Sam Jones, Councillor for Riverside. Casework by email: sam@example.org')
    expect(html).toContain('For casework, email me at sam@example.org so that your details stay private.')
  })

  it('escapes markup and script typed into any field: it appears as text, never as tags', () => {
    const hostile = '<script>alert(1)</script>'
    const html = render({ ...good, name: hostile, role: '<img src=x onerror=alert(1)>', days: '"><svg onload=alert(1)>' })
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<svg')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;, &lt;img src=x onerror=alert(1)&gt;')
  })

  it('ignores fields it does not know', () => {
    const html = render({ ...good, evil: '<x>' })
    expect(html).not.toContain('&lt;x&gt;')
    expect(html).toContain('Sam Jones')
  })

  it('speaks Welsh, Gaelic and Irish from their message files', () => {
    expect(render({ name: '', role: '' }, 'cy', cy)).toContain('Rhowch eich enw')
    expect(render(null, 'gd', gd)).toContain('Seall mo bhith-eachdraidh')
    expect(render(null, 'ga', ga)).toContain('Taispeáin mo bheathaisnéis')
    expect(render(new URLSearchParams('name=Sam&role=Cllr'), 'cy', cy)).toContain('Dewiswch o leiaf un platfform')
  })
})

describe('message completeness', () => {
  it('has every BioBuilder and RulesOfEngagement key in all four languages', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
        : [prefix.slice(0, -1)]
    for (const namespace of ['BioBuilder', 'RulesOfEngagement'] as const) {
      const expected = keys(en[namespace]).sort()
      for (const messages of [cy, gd, ga]) expect(keys(messages[namespace]).sort()).toEqual(expected)
    }
    for (const messages of [en, cy, gd, ga]) expect(() => strings(messages)).not.toThrow()
  })
})
