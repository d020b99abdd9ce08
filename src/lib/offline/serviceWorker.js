/*
 * The tenant's service worker: keeps the emergency page, the contacts page and the pages a reader
 * opened readable without a signal. Plain JavaScript, served by /{tenant}/sw.js (and /sw.js on a
 * tenant's own domain) after one line of settings, `const OFFLINE = {...}`, that the route writes
 * (src/lib/offline/workerScript.ts): the tenant, its languages and the sections never kept.
 *
 * Rules, in the order a reader meets them:
 * - A page is fetched from the network first, always, so a published change replaces the saved
 *   copy on the next visit online. Only when the network fails (or the server answers 5xx) is the
 *   saved copy shown, with a <meta> saying when it was saved, which the page's small client
 *   component turns into a visible, translated notice (OfflineSupport.client.tsx).
 * - Kept: GET navigations to a page of this tenant's site (`{locale}` or `{locale}/...` below the
 *   worker's scope), without a query, answered 200 as HTML that the server marked `public`.
 *   Never kept: the members' area, sign-in, invitations, search (the sections in
 *   OFFLINE.personalSections), anything under /admin, /api, /preview, anything the server marked
 *   private, no-store or no-cache. The server marks every answer to a signed-in request private
 *   (src/proxy.ts), and answers that set a cookie are personal pages, so neither is ever kept:
 *   the worker cannot see cookies, so it relies on a positive `public` rather than on guessing.
 * - Next's build files (/_next/static/, named by their content, never changed) are kept so that a
 *   saved page still has its styles and scripts; the oldest go beyond ASSET_LIMIT.
 */

/* global OFFLINE */

const PAGES = `${OFFLINE.cachePrefix}pages-${OFFLINE.tenant}`
const ASSETS = `${OFFLINE.cachePrefix}assets`
/** When a page was saved, on the stored copy (never sent by the server). */
const SAVED_AT = 'x-portal-saved-at'
/** A precached page older than this is fetched again when a page of the site is opened online. */
const REFRESH_AFTER_MS = 60 * 60 * 1000
/** Build files kept at most; a new build's files push out the old ones. */
const ASSET_LIMIT = 120

const scopePath = new URL(self.registration.scope).pathname

self.addEventListener('install', () => {
  // The new worker takes over at once: it only ever adds rules, and the old one's saved pages stay.
  self.skipWaiting()
})

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim())
})

/** The path below the worker's scope, split: `['en', 'contacts']`; null outside the scope. */
function sitePathOf(url) {
  if (url.origin !== self.location.origin || !url.pathname.startsWith(scopePath)) return null
  return url.pathname.slice(scopePath.length).split('/').filter(Boolean)
}

/** Whether a page at this address may ever be kept (before looking at the answer). */
function isKeepablePage(url) {
  if (url.search !== '') return false
  const segments = sitePathOf(url)
  if (!segments || segments.length === 0) return false
  const [locale, section] = segments
  if (!OFFLINE.locales.includes(locale)) return false
  if (section !== undefined && OFFLINE.personalSections.includes(section)) return false
  return !segments.some((segment) => segment.includes('.'))
}

/** Whether the server's answer may be kept: a public HTML page, 200. */
function isKeepableAnswer(response) {
  if (!response || response.status !== 200 || response.type !== 'basic' || response.redirected) return false
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return false
  const cacheControl = (response.headers.get('cache-control') ?? '').toLowerCase()
  if (/(private|no-store|no-cache)/.test(cacheControl)) return false
  return /\bpublic\b/.test(cacheControl)
}

/** The cache key of a page: its address without query or fragment. */
function pageKey(url) {
  return `${url.origin}${url.pathname}`
}

async function keepPage(url, response) {
  const body = await response.text()
  const headers = new Headers(response.headers)
  headers.set(SAVED_AT, new Date().toISOString())
  const cache = await caches.open(PAGES)
  await cache.put(pageKey(url), new Response(body, { status: 200, headers }))
  await keepAssetsOf(body)
}

/** Next's build files a saved page names (styles, scripts, fonts), so it still renders offline. */
async function keepAssetsOf(html) {
  const found = new Set(html.match(/\/_next\/static\/[^"'\s)\\<>]+/g) ?? [])
  const cache = await caches.open(ASSETS)
  await Promise.all(
    [...found].map(async (path) => {
      const url = new URL(path, self.location.origin)
      if (await cache.match(url.href)) return
      const response = await fetch(url.href, { credentials: 'omit' }).catch(() => null)
      if (response && response.ok) await cache.put(url.href, response)
    }),
  )
  await trimAssets(cache)
}

async function trimAssets(cache) {
  const keys = await cache.keys()
  await Promise.all(keys.slice(0, Math.max(0, keys.length - ASSET_LIMIT)).map((request) => cache.delete(request)))
}

/** The saved copy, marked for the page: a <meta> right after <head> carries when it was saved. */
async function savedCopy(url) {
  const cache = await caches.open(PAGES)
  const stored = await cache.match(pageKey(url))
  if (!stored) return null
  const savedAt = stored.headers.get(SAVED_AT) ?? ''
  const html = await stored.text()
  const marker = `<meta name="portal-saved-copy" content="${savedAt.replace(/[^0-9TZ:.-]/g, '')}">`
  const marked = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${marker}`) : `${marker}${html}`
  const headers = new Headers(stored.headers)
  headers.delete(SAVED_AT)
  headers.set('cache-control', 'no-store')
  return new Response(marked, { status: 200, headers })
}

async function networkFirst(event, url) {
  try {
    // `no-cache`: always ask the server. The pages say stale-while-revalidate, so the browser's
    // own HTTP cache would otherwise answer with its copy, offline too, as if it were fresh.
    const response = await fetch(new Request(event.request, { cache: 'no-cache' }))
    if (response.status >= 500) return (await savedCopy(url)) ?? response
    if (isKeepableAnswer(response)) event.waitUntil(keepPage(url, response.clone()))
    else if (response.status === 404 || response.status === 410) event.waitUntil(forgetPage(url))
    return response
  } catch (error) {
    const saved = await savedCopy(url)
    if (saved) return saved
    throw error
  }
}

/** A page that is gone (unpublished, hidden) is not kept either. */
async function forgetPage(url) {
  const cache = await caches.open(PAGES)
  await cache.delete(pageKey(url))
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS)
  const stored = await cache.match(request.url)
  if (stored) return stored
  const response = await fetch(request)
  if (response.ok && response.type === 'basic') {
    const copy = response.clone()
    cache.put(request.url, copy).then(() => trimAssets(cache))
  }
  return response
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  // Next's client navigations ask for RSC data, not HTML: never kept, never answered from here.
  if (request.headers.has('rsc') || url.searchParams.has('_rsc')) return
  if (request.mode === 'navigate') {
    if (isKeepablePage(url)) event.respondWith(networkFirst(event, url))
    return
  }
  if (url.pathname.startsWith('/_next/static/')) event.respondWith(cacheFirst(request))
})

/**
 * From the page (OfflineSupport.client.tsx): `keep` names the pages to save on a first visit (the
 * emergency page and contacts in the reader's language, and the page itself), fetched again when
 * over an hour old.
 */
self.addEventListener('message', (event) => {
  const data = event.data
  if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return
  // The page that sent it too: on a first visit it loaded before this worker was in charge.
  const sender = event.source && typeof event.source.url === 'string' ? [event.source.url] : []
  event.waitUntil(
    Promise.all(
      [...sender, ...data.urls.slice(0, 4)].map(async (href) => {
        if (typeof href !== 'string') return
        const url = new URL(href, self.location.origin)
        if (!isKeepablePage(url)) return
        const cache = await caches.open(PAGES)
        const stored = await cache.match(pageKey(url))
        const savedAt = Date.parse(stored?.headers.get(SAVED_AT) ?? '')
        if (stored && Date.now() - savedAt < REFRESH_AFTER_MS) return
        const response = await fetch(url.href, { credentials: 'same-origin', cache: 'no-cache' }).catch(() => null)
        if (isKeepableAnswer(response)) await keepPage(url, response)
      }),
    ),
  )
})
