/**
 * `npm run bench:pages [-- --reuse-build] [-- --only /example-county/cy/contacts]`: Lighthouse
 * (mobile: its default emulated phone, slow 4G and 4x CPU slowdown, simulated) on every public
 * page type of an English and a Welsh tenant, side by side in one table: performance,
 * accessibility, best practices and SEO scores, and what each page transfers (in all, JavaScript,
 * and HTML with CSS, which must arrive before any script runs). Against a production build on a
 * throwaway database (scripts/lib/benchServer.ts). For reading, never pass/fail: scores move
 * with the machine's load; the transfer sizes do not.
 *
 * Targets (issue #18): performance ≥ 95, accessibility and best practices 100 everywhere, SEO 100
 * on all but search (noindex by design); the emergency page under 200 KB in total, its HTML and
 * CSS under 30 KB.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { startBenchServer, type BenchServer } from './lib/benchServer'
import { ensureChromium } from './lib/chromium'

const { values: flags } = parseArgs({ options: { 'reuse-build': { type: 'boolean', default: false }, only: { type: 'string' } } })

const PAGE_TYPES: { label: string; path: string }[] = [
  { label: 'home', path: '' },
  { label: 'toolkit page', path: '/wellbeing' },
  { label: 'emergency page', path: '/abuse-happening-now' },
  { label: 'contacts', path: '/contacts' },
  { label: 'rules of engagement', path: '/rules-of-engagement' },
  { label: 'search', path: '/search?q=doxxing' },
]
const TENANTS = ['/example-borough/en', '/example-county/cy']

type Row = { url: string; label: string; performance: number; accessibility: number; bestPractices: number; seo: number; totalKb: number; scriptKb: number; scriptUncompressedKb: number; htmlCssKb: number; failing: string[] }

type NetworkItem = { url?: string; resourceType?: string; transferSize?: number; resourceSize?: number }

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10
const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100)

async function audit(url: string, port: number, label: string): Promise<Row> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []).filter((item) => item.url?.startsWith(url.split('/').slice(0, 3).join('/')))
  const sum = (types: string[], size: 'transferSize' | 'resourceSize' = 'transferSize') =>
    items.filter((item) => types.includes(item.resourceType ?? '')).reduce((total, item) => total + (item[size] ?? 0), 0)
  // What keeps a category from 100: the failing audits' ids, for reading in the report.
  const failing = Object.values(lhr.categories)
    .filter((category) => category.id !== 'performance')
    .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${category.id}:${ref.id}`))
  return {
    url,
    label,
    performance: score(lhr.categories.performance?.score),
    accessibility: score(lhr.categories.accessibility?.score),
    bestPractices: score(lhr.categories['best-practices']?.score),
    seo: score(lhr.categories.seo?.score),
    totalKb: kb(items.reduce((total, item) => total + (item.transferSize ?? 0), 0)),
    scriptKb: kb(sum(['Script'])),
    // What the phone parses and runs, the figure issue #18's "before" was measured in (462 KB a page).
    scriptUncompressedKb: kb(sum(['Script'], 'resourceSize')),
    htmlCssKb: kb(sum(['Document', 'Stylesheet'])),
    failing,
  }
}

function report(rows: Row[]): string {
  const header = '| page | perf | a11y | best pr. | SEO | transferred KB | JS KB | JS KB uncompressed | HTML+CSS KB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|'
  const lines = rows.map((row) => `| ${row.url.replace(/^https?:\/\/[^/]+/, '')} (${row.label}) | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.totalKb} | ${row.scriptKb} | ${row.scriptUncompressedKb} | ${row.htmlCssKb} |`)
  const failing = rows.filter((row) => row.failing.length > 0).map((row) => `- ${row.url.replace(/^https?:\/\/[^/]+/, '')}: ${row.failing.join(', ')}`)
  return [header, ...lines, '', failing.length > 0 ? `Audits short of 100 (accessibility, best practices, SEO):\n${failing.join('\n')}` : 'Every accessibility, best-practices and SEO audit passed.'].join('\n')
}

async function main(): Promise<void> {
  let bench: BenchServer | undefined
  let chrome: chromeLauncher.LaunchedChrome | undefined
  try {
    bench = await startBenchServer({ label: 'pages', reuseBuild: flags['reuse-build'] ?? false })
    const chromePath = await ensureChromium()
    chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
    const targets = TENANTS.flatMap((tenant) => PAGE_TYPES.map((type) => ({ url: `${bench?.base}${tenant}${type.path}`, label: type.label })))
    const chosen = flags.only ? targets.filter((target) => target.url.endsWith(flags.only ?? '')) : targets
    const rows: Row[] = []
    for (const target of chosen) {
      // A first visit fills Next's cache, as a reader's would have long before; Lighthouse measures the second.
      await fetch(target.url)
      rows.push(await audit(target.url, chrome.port, target.label))
      process.stdout.write('.')
    }
    const text = `# Lighthouse (mobile), ${new Date().toISOString()}\n\n${report(rows)}\n`
    console.log(`\n${text}`)
    const dir = path.resolve(import.meta.dirname, '..', 'bench-results')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, `pages-${Date.now()}.md`), text)
  } finally {
    chrome?.kill()
    await bench?.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
