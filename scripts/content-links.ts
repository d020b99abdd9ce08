/**
 * `npm run content:links`: fetches every link on every national page (its sources, the platform
 * guides' help pages and links in the text) and reports those that fail. Not part of `npm test`:
 * it needs the internet. Where a host cannot be reached at all (no network, DNS failure, refused,
 * timed out) it says so per host, apart from links that answered with an error status.
 */
import { baselinePages } from '../src/seed/toolkit'
import type { SeedPage } from '../src/seed/toolkit/types'

const TIMEOUT_MS = 15_000
const PARALLEL = 4
const LINK = /\[[^\]]+\]\((https:\/\/[^)\s]+)\)/g

type Outcome = { url: string; pages: string[] } & ({ kind: 'ok'; status: number } | { kind: 'status'; status: number } | { kind: 'unreachable'; reason: string })

function linksOf(page: SeedPage): string[] {
  const urls = page.sources.map((source) => source.url)
  for (const block of page.layout) if (block.blockType === 'platformGuide') urls.push(...block.platforms.map((platform) => platform.helpUrl))
  for (const [, url] of JSON.stringify(page.layout).matchAll(LINK)) if (url) urls.push(url)
  return urls
}

function reasonOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  const code = (cause as { code?: string } | undefined)?.code
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found (DNS): no internet, or the host is gone'
  if (code === 'ECONNREFUSED' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return `cannot connect (${code}): no route to the host`
  return code ?? (cause instanceof Error ? cause.message : String(cause))
}

async function check(url: string, pages: string[]): Promise<Outcome> {
  const request = (method: 'HEAD' | 'GET') =>
    fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { 'user-agent': 'councillor-safety-portal link check' } })
  try {
    let response = await request('HEAD')
    // Some sites refuse HEAD (405, 403 from bot filters): ask once more the ordinary way.
    if (!response.ok) response = await request('GET')
    await response.body?.cancel()
    return response.ok ? { url, pages, kind: 'ok', status: response.status } : { url, pages, kind: 'status', status: response.status }
  } catch (error) {
    return { url, pages, kind: 'unreachable', reason: reasonOf(error) }
  }
}

async function main(): Promise<void> {
  const pagesByUrl = new Map<string, string[]>()
  for (const page of baselinePages) for (const url of linksOf(page)) pagesByUrl.set(url, [...new Set([...(pagesByUrl.get(url) ?? []), page.slug])])
  const queue = [...pagesByUrl.entries()]
  console.log(`Checking ${queue.length} links on ${baselinePages.length} national pages…`)
  const outcomes: Outcome[] = []
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) outcomes.push(await check(next[0], next[1]))
    }),
  )
  const failedStatus = outcomes.filter((outcome) => outcome.kind === 'status')
  const unreachable = outcomes.filter((outcome) => outcome.kind === 'unreachable')
  for (const outcome of failedStatus) console.log(`✗ HTTP ${outcome.status}  ${outcome.url}  (on ${outcome.pages.join(', ')})`)
  const byHost = new Map<string, Outcome[]>()
  for (const outcome of unreachable) byHost.set(new URL(outcome.url).host, [...(byHost.get(new URL(outcome.url).host) ?? []), outcome])
  for (const [host, list] of byHost) {
    const reason = list[0]?.kind === 'unreachable' ? list[0].reason : ''
    console.log(`✗ unreachable host ${host}: ${reason} (${list.length} link${list.length === 1 ? '' : 's'}, not checked)`)
  }
  const ok = outcomes.length - failedStatus.length - unreachable.length
  console.log(`${ok} ok, ${failedStatus.length} failed with an HTTP error, ${unreachable.length} not reached (${byHost.size} host${byHost.size === 1 ? '' : 's'}).`)
  if (unreachable.length === outcomes.length) console.log('No host answered: this machine seems to have no internet access. Run it where it has.')
  process.exitCode = failedStatus.length + unreachable.length > 0 ? 1 : 0
}

void main()
