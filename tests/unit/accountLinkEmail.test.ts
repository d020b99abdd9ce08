import { describe, expect, it } from 'vitest'

import { accountLinkEmail } from '@/email/templates/accountLinks'

/** React Email renders these (src/email/templates/accountLinks.tsx); the words come from the Email messages. */
describe('invitation and reset emails', () => {
  const url = 'https://portal.example/example-county/en/invitation/abc'

  it('escape the tenant name, keep the subject on one line, and carry a plain-text part', async () => {
    const email = await accountLinkEmail('invitation', ['en'], { tenant: 'Evil <b>Council</b>\r\nBcc: x@example.org', url, role: 'councillor', days: 7 })
    expect(email.subject).not.toMatch(/[\r\n]/)
    expect(email.html).not.toContain('<b>Council</b>')
    expect(email.html).toContain('&lt;b&gt;Council&lt;/b&gt;')
    expect(email.html).toContain(`href="${url}"`)
    expect(email.text).toContain(url)
    expect(email.text).toContain('7 days')
    // The plain-text part is text: the name as typed, no markup around it.
    expect(email.text).toContain('Evil <b>Council</b>')
    expect(email.text).not.toContain('<p')
    expect(email.html).toContain('as a councillor')
  })

  it('are Welsh first, then English, for a tenant with Welsh parity', async () => {
    const email = await accountLinkEmail('reset', ['cy', 'en'], { tenant: 'Cyngor Sir Enghraifft', url })
    expect(email.subject.indexOf('Ailosod')).toBeLessThan(email.subject.indexOf('Reset'))
    expect(email.html).toMatch(/^<!DOCTYPE html/i)
    expect(email.html).toMatch(/<html[^>]* lang="cy"/)
    expect(email.html.indexOf('lang="cy"')).toBeLessThan(email.html.indexOf('lang="en"'))
  })

  it('name the tenant in each part\'s own language', async () => {
    const email = await accountLinkEmail('invitation', ['cy', 'en'], { tenant: { cy: 'Cyngor Sir Enghraifft', en: 'Example County Council' }, url })
    const [welsh, english] = email.text.split(/-{5,}/).filter((part) => part.includes(url))
    expect(welsh).toContain('Cyngor Sir Enghraifft')
    expect(english).toContain('Example County Council')
    expect(english).not.toContain('Cyngor Sir Enghraifft')
  })

  it('wear the tenant\'s colour, and the portal\'s blue when the tenant has none or an odd one', async () => {
    const coloured = await accountLinkEmail('reset', ['en'], { tenant: 'Example', url, colour: '#7a1f5c' })
    expect(coloured.html).toContain('background-color:#7a1f5c')
    const odd = await accountLinkEmail('reset', ['en'], { tenant: 'Example', url, colour: 'red;background:url(x)' })
    expect(odd.html).not.toContain('url(x)')
    expect(odd.html).toContain('background-color:#1d4f91')
  })
})
