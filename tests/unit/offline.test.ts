import { readFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { serviceWorkerPath, siteScopePath } from '@/i18n/sitePaths'
import { renderAppIcon, textColourOn } from '@/lib/offline/appIcon'
import { buildManifest, initialsOf } from '@/lib/offline/manifest'
import { longDateWords, writeLongDate, type LongDateWords } from '@/lib/offline/savedDate'
import { workerScript, workerSettings } from '@/lib/offline/workerScript'
import { contentSecurityPolicy } from '@/lib/securityHeaders'

async function pixel(png: Buffer, left: number, top: number): Promise<number[]> {
  return [...(await sharp(png).extract({ left, top, width: 1, height: 1 }).removeAlpha().raw().toBuffer())]
}

describe('the web app manifest', () => {
  const base = { name: 'Example County Council', shortName: 'Example County', description: 'Toolkit', locale: 'cy' as const, primaryColour: '#00594F' }

  it('starts at the home in the page\'s language and covers every language of the tenant\'s site', () => {
    const manifest = buildManifest({ ...base, home: '/example-county/cy', scope: siteScopePath({ slug: 'example-county' }, 'path') })
    expect(manifest).toMatchObject({
      id: '/example-county/',
      start_url: '/example-county/cy',
      scope: '/example-county/',
      lang: 'cy',
      theme_color: '#00594f',
      background_color: '#ffffff',
      display: 'minimal-ui',
    })
    expect(manifest.icons.map((icon) => icon.src)).toEqual(['/example-county/cy/app-icon/192.png', '/example-county/cy/app-icon/512.png'])
  })

  it('on a custom domain, starts at the domain\'s root', () => {
    const manifest = buildManifest({ ...base, home: '/en', scope: siteScopePath({ slug: 'example-county' }, 'domain') })
    expect(manifest).toMatchObject({ id: '/', start_url: '/en', scope: '/' })
    expect(serviceWorkerPath({ slug: 'example-county' }, 'domain')).toBe('/sw.js')
    expect(serviceWorkerPath({ slug: 'example-county' }, 'path')).toBe('/example-county/sw.js')
  })

  it('keeps a short name that fits under an icon, else uses the initials; the default colour when none is valid', () => {
    expect(buildManifest({ ...base, shortName: 'Sir Benfro', home: '/x/en', scope: '/x/' }).short_name).toBe('Sir Benfro')
    expect(buildManifest({ ...base, home: '/x/en', scope: '/x/' }).short_name).toBe('EC')
    expect(buildManifest({ ...base, shortName: null, primaryColour: 'red', home: '/x/en', scope: '/x/' })).toMatchObject({ short_name: 'ECC', theme_color: '#1d4f91' })
  })

  it.each([
    ['Example County Council', 'ECC'],
    ['Cyngor Sir y Fflint', 'CSF'],
    ['Comhairle nan Eilean Siar', 'CES'],
    ['Ards and North Down Borough Council', 'AND'],
    ['Vale of Glamorgan', 'VG'],
    ['Ynys Môn', 'YM'],
    ['  ', '?'],
  ])('%s has the initials %s', (name, initials) => expect(initialsOf(name)).toBe(initials))
})

describe('the home-screen icon', () => {
  it('draws the initials on the brand colour, in white or near-black, whichever contrasts more', async () => {
    expect(textColourOn('#1d4f91')).toBe('#ffffff')
    expect(textColourOn('#ffdd00')).toBe('#0b0c0c')
    const png = await renderAppIcon({ size: 192, name: 'Example County Council', shortName: null, primaryColour: '#00594f', logo: null })
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 192, height: 192 })
    expect(await pixel(png, 0, 0)).toEqual([0x00, 0x59, 0x4f])
  })

  it('centres a logo on white, inside the safe zone a launcher\'s mask never cuts', async () => {
    const logo = await sharp({ create: { width: 80, height: 40, channels: 3, background: '#b10e1e' } }).png().toBuffer()
    const png = await renderAppIcon({ size: 512, name: 'X', shortName: null, primaryColour: '#00594f', logo })
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 512, height: 512 })
    expect(await pixel(png, 256, 256)).toEqual([0xb1, 0x0e, 0x1e])
    expect(await pixel(png, 0, 0)).toEqual([255, 255, 255])
    // 60% of 512 is 307 pixels wide: the logo ends well inside the 80% circle.
    expect(await pixel(png, 256 - 160, 256)).toEqual([255, 255, 255])
  })

  it('falls back to the initials when the logo cannot be read', async () => {
    const png = await renderAppIcon({ size: 192, name: 'Example', shortName: null, primaryColour: '#4b2e83', logo: Buffer.from('not an image') })
    expect(await pixel(png, 0, 0)).toEqual([0x4b, 0x2e, 0x83])
  })
})

type Listener = (event: unknown) => void

/**
 * Runs the real serviceWorker.js with its settings line, in a scope of its own, and says for an
 * address whether the worker answers the request (respondWith) or leaves it to the browser.
 * Deciding needs neither caches nor the network: only what the answer is would.
 */
function loadWorker(scope: string) {
  const listeners = new Map<string, Listener>()
  const self = {
    registration: { scope },
    location: new URL(scope),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: () => undefined,
    clients: { claim: async () => undefined },
  }
  const script = workerScript(workerSettings({ slug: 'example-county', locales: ['en', 'cy'] }))
  new Function('self', script)(self)
  return (url: string, options: { mode?: string; method?: string; headers?: Record<string, string> } = {}) => {
    let answered = false
    listeners.get('fetch')?.({
      request: { url, method: options.method ?? 'GET', mode: options.mode ?? 'navigate', headers: new Headers(options.headers) },
      respondWith: (response: Promise<unknown>) => {
        answered = true
        response.catch(() => undefined)
      },
      waitUntil: () => undefined,
    })
    return answered
  }
}

describe('the service worker', () => {
  it('answers page navigations of the tenant\'s site, and leaves alone what is never kept', () => {
    const answers = loadWorker('https://portal.example/example-county/')
    expect(answers('https://portal.example/example-county/en')).toBe(true)
    expect(answers('https://portal.example/example-county/cy/contacts')).toBe(true)
    expect(answers('https://portal.example/example-county/en/abuse-happening-now')).toBe(true)
    for (const never of [
      'https://portal.example/example-county/en/members',
      'https://portal.example/example-county/en/members/personal-safety-support',
      'https://portal.example/example-county/en/login',
      'https://portal.example/example-county/en/invitation/abc',
      'https://portal.example/example-county/en/search',
      'https://portal.example/example-county/en/wellbeing?q=x',
      'https://portal.example/example-county/fr/contacts',
      'https://portal.example/example-county/en/rules-of-engagement/infographic.png',
      'https://portal.example/example-borough/en',
      'https://portal.example/admin',
      'https://elsewhere.example/example-county/en',
    ]) {
      expect(answers(never), never).toBe(false)
    }
    expect(answers('https://portal.example/example-county/en/contacts', { method: 'POST' })).toBe(false)
    expect(answers('https://portal.example/example-county/en/contacts', { headers: { RSC: '1' } })).toBe(false)
    expect(answers('https://portal.example/_next/static/chunks/app.js', { mode: 'no-cors' })).toBe(true)
    expect(answers('https://portal.example/api/media/file/logo.png', { mode: 'no-cors' })).toBe(false)
  })

  it('on a custom domain, covers the domain but not its admin, API or previews', () => {
    const answers = loadWorker('https://safety.county.example/')
    expect(answers('https://safety.county.example/en/contacts')).toBe(true)
    for (const never of ['https://safety.county.example/admin', 'https://safety.county.example/api/users/me', 'https://safety.county.example/preview/x/en/1', 'https://safety.county.example/sw.js']) {
      expect(answers(never), never).toBe(false)
    }
  })

  it('is told its tenant, languages and the personal sections, as JSON that cannot close a tag', () => {
    const settings = workerSettings({ slug: 'example-county', locales: ['en', 'cy'] })
    expect(settings.personalSections).toEqual(expect.arrayContaining(['members', 'login', 'invitation', 'search']))
    expect(workerScript({ ...settings, tenant: '</script>' })).toContain('"\\u003c/script>"')
    expect(readFileSync(path.join('src', 'lib', 'offline', 'serviceWorker.js'), 'utf8')).toContain("addEventListener('fetch'")
  })
})

describe('the policy lets the worker in and nothing else', () => {
  it('says worker-src \'self\' on site pages, once; the admin keeps its blob: workers', () => {
    for (const kind of ['personal', 'cached', 'route'] as const) {
      const policy = contentSecurityPolicy(kind, 'n0nce')
      expect(policy.match(/worker-src [^;]*/g)).toEqual(["worker-src 'self'"])
    }
    expect(contentSecurityPolicy('admin').match(/worker-src [^;]*/g)).toEqual(["worker-src 'self' blob:"])
    expect(contentSecurityPolicy('api')).not.toContain('worker-src')
  })
})

describe("the saved-copy notice's date", () => {
  // 07:39 on 3 December 2026 by the local clock: the notice writes the device's own time.
  const saved = new Date(2026, 11, 3, 7, 39)

  it.each([
    ['en', '3 December 2026, 07:39'],
    ['cy', '3 Rhagfyr 2026, 07:39'],
    ['gd', '3mh dhen Dùbhlachd 2026, 07:39'],
    ['ga', '3 Nollaig 2026, 07:39'],
  ])('is written in %s words the server spelled out, whatever the browser knows', (locale, expected) => {
    // Through JSON, as the words reach the browser in the page's props.
    const words = JSON.parse(JSON.stringify(longDateWords(locale))) as LongDateWords
    expect(writeLongDate(saved, words)).toBe(expected)
  })

  it('matches the long date Node itself writes, for every day of the year, in every language', () => {
    for (const [locale, dateLocale] of [['en', 'en-GB'], ['cy', 'cy-GB'], ['gd', 'gd-GB'], ['ga', 'ga-IE']] as const) {
      const words = longDateWords(locale)
      const format = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long' })
      for (let day = 0; day < 365; day++) {
        const date = new Date(2026, 0, 1 + day, 12)
        expect(writeLongDate(date, words).replace(/, \d\d:\d\d$/, '')).toBe(format.format(date))
      }
    }
  })
})
