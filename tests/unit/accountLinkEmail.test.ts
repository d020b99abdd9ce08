import { describe, expect, it } from 'vitest'

import { accountLinkEmail } from '@/email/templates/accountLinks'

describe('invitation and reset emails', () => {
  const url = 'https://portal.example/example-county/en/invitation/abc'

  it('escape the tenant name, keep the subject on one line, and carry a plain-text part', () => {
    const email = accountLinkEmail('invitation', ['en'], { tenant: 'Evil <b>Council</b>\r\nBcc: x@example.org', url, role: 'councillor', days: 7 })
    expect(email.subject).not.toMatch(/[\r\n]/)
    expect(email.html).not.toContain('<b>Council</b>')
    expect(email.html).toContain('&lt;b&gt;Council&lt;/b&gt;')
    expect(email.text).toContain(url)
    expect(email.text).toContain('7 days')
    expect(email.html).toContain('as a councillor')
  })

  it('are Welsh first, then English, for a tenant with Welsh parity', () => {
    const email = accountLinkEmail('reset', ['cy', 'en'], { tenant: 'Cyngor Sir Enghraifft', url })
    expect(email.subject.indexOf('Ailosod')).toBeLessThan(email.subject.indexOf('Reset'))
    expect(email.html.indexOf('lang="cy"')).toBeLessThan(email.html.indexOf('lang="en"'))
  })

  it('name the tenant in each part\'s own language', () => {
    const email = accountLinkEmail('invitation', ['cy', 'en'], { tenant: { cy: 'Cyngor Sir Enghraifft', en: 'Example County Council' }, url })
    const [welsh, english] = email.text.split('-----')
    expect(welsh).toContain('Cyngor Sir Enghraifft')
    expect(english).toContain('Example County Council')
    expect(english).not.toContain('Cyngor Sir Enghraifft')
  })
})
