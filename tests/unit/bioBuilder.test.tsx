import { createTranslator } from 'next-intl'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { BioBuilderView, bioBuilderStrings, renderBioResults, type BioTemplate } from '@/components/BioBuilder'
import cy from '@/messages/cy.json'
import en from '@/messages/en.json'
import ga from '@/messages/ga.json'
import gd from '@/messages/gd.json'
import { councillorTemplate } from '@/seed/engagement/councillor'

const template: BioTemplate = {
  bioTemplates: councillorTemplate.text.en.bioTemplates,
  expectations: councillorTemplate.text.en.expectations,
}

function strings(messages: typeof en, locale = 'en') {
  const t = createTranslator({ locale, messages, namespace: 'BioBuilder' })
  return bioBuilderStrings((key) => t.raw(key as never))
}

function render(query: Record<string, string> | URLSearchParams, locale = 'en', messages = en): string {
  const state = renderBioResults(query, template, locale)
  return renderToStaticMarkup(<BioBuilderView template={template} locale={locale} strings={strings(messages, locale)} state={state} action="/example-county/en/rules-of-engagement" hiddenFields={{ audience: 'councillor' }} />)
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
  it('on a first visit shows the form, no errors and no results yet', () => {
    const html = render({})
    const form = html.match(/<form [^>]*>/)?.[0] ?? ''
    expect(form).toContain('method="get"')
    expect(form).toContain('action="/example-county/en/rules-of-engagement#bio-builder"')
    expect(form).toContain('id="bio-builder-form"')
    expect(html).not.toContain('A pinned post')
    expect(html).toContain('<input type="hidden" name="audience" value="councillor"/>')
    expect(html).toContain('<label for="bio-name">Your name</label>')
    expect(html).toContain('<label for="bio-website">Web page with your rules of engagement (optional)</label>')
    expect(html).not.toContain('There is a problem')
    expect(html).toContain('Fill in your name and role to see your bio.')
    expect(html).toContain('Nothing you type here is stored')
    expect(html).toMatch(/aria-live="polite"/)
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

  it('works from URLSearchParams and ignores parameters it does not know', () => {
    const html = render(new URLSearchParams({ ...good, evil: '<x>' }))
    expect(html).not.toContain('&lt;x&gt;')
    expect(html).toContain('Sam Jones')
  })

  it('speaks Welsh, Gaelic and Irish from their message files', () => {
    expect(render({ name: '', role: '' }, 'cy', cy)).toContain('Rhowch eich enw')
    expect(render({}, 'gd', gd)).toContain('Seall mo bhith-eachdraidh')
    expect(render({}, 'ga', ga)).toContain('Taispeáin mo bheathaisnéis')
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
