import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Locale } from '@/i18n/locales'
import { personalSegments } from '@/lib/siteRoutes'

import { OFFLINE_CACHE_PREFIX } from './offlineCachePrefix'


/** What the worker is told about its tenant: the one line written above serviceWorker.js. */
export type WorkerSettings = {
  tenant: string
  locales: readonly Locale[]
  personalSections: readonly string[]
  cachePrefix: string
}

export function workerSettings(tenant: { slug: string; locales: readonly Locale[] }): WorkerSettings {
  return {
    tenant: tenant.slug,
    locales: tenant.locales,
    // The sections rendered per request (members, sign-in, invitations, search): never kept.
    personalSections: [...personalSegments].sort(),
    cachePrefix: OFFLINE_CACHE_PREFIX,
  }
}

let source: string | null = null

/**
 * serviceWorker.js as written, read once from the checkout (the app runs from it, as it reads
 * .next/ and node_modules/ fonts): a real .js file that the browser runs as it is, rather than a
 * function turned back into text, which a bundler's rewriting could break.
 */
function workerSource(): string {
  source ??= readFileSync(path.join(process.cwd(), 'src', 'lib', 'offline', 'serviceWorker.js'), 'utf8')
  return source
}

/** The worker for one tenant: its settings, as JSON (no text of the reader's in it), then the worker. */
export function workerScript(settings: WorkerSettings): string {
  // `<` escaped so that nothing in a setting can ever read as markup if the file is opened as text.
  const json = JSON.stringify(settings).replace(/</g, '\\u003c')
  return `const OFFLINE = ${json};\n${workerSource()}`
}
