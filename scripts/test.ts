/**
 * `npm test`: every check of the project, layer by layer, stopping at the first broken layer.
 *
 *   typecheck → lint → generated → unit → int → build → e2e → cluster
 *
 * `--only int` or `--only build,e2e` runs just those; `--from int` starts there. The last line
 * printed is always `N passed, N failed`; the exit code is non-zero when anything failed.
 *
 * The int and e2e layers each get a throwaway database (scripts/lib/testDatabase.ts): on the
 * server in TEST_DATABASE_URL / DATABASE_URL when set, else on an embedded PostgreSQL under
 * .data/test-postgres that this process starts and stops. The dev database is never touched.
 * The build is made with the e2e layer's environment (NEXT_PUBLIC_* values are inlined); in e2e,
 * Playwright starts the production server on it (webServer in playwright.config.ts).
 * The cluster layer starts `npm run cluster` (nginx, Redis, two app processes, a worker) on a
 * throwaway database of its own (tests/cluster/).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { signalTree, stopTree, treeResidentBytes } from './lib/processTree'
import { startResendCapture } from './lib/resendCapture'
import { createThrowawayDatabase, stopTestDatabaseServer, type ThrowawayDatabase } from './lib/testDatabase'
import { ensureChromium } from './lib/chromium'
import { newTotpSecret } from '../src/lib/twoFactor'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const reportsDir = path.join(repoRoot, 'test-results')

const LAYERS = ['typecheck', 'lint', 'generated', 'unit', 'int', 'build', 'e2e', 'cluster'] as const
type Layer = (typeof LAYERS)[number]
const layerName = z.enum(LAYERS)

type Counts = { passed: number; failed: number; skipped: number }
type LayerOutcome = { layer: Layer; counts: Counts; ms: number }

const PASSED: Counts = { passed: 1, failed: 0, skipped: 0 }
const FAILED: Counts = { passed: 0, failed: 1, skipped: 0 }

/** A failure we expected could happen: its message is enough, no stack trace. */
class LayerError extends Error {
  override name = 'LayerError'
}

// ── output ──────────────────────────────────────────────────────────────────────────────────

const useColor = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
const paint = (code: number) => (text: string) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text)
const bold = paint(1)
const dim = paint(2)
const red = paint(31)
const green = paint(32)
const yellow = paint(33)
const cyan = paint(36)

const say = (line: string): void => console.log(line)
const note = (line: string): void => console.log(dim(`  ${line}`))

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

function describeCounts(counts: Counts): string {
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''
  return `${counts.passed} passed, ${counts.failed} failed${skipped}`
}

function printHeader(layer: Layer, index: number, total: number): void {
  say('')
  say(bold(cyan(`━━ [${index}/${total}] ${layer} ${'━'.repeat(Math.max(4, 60 - layer.length))}`)))
}

function printFooter(outcome: LayerOutcome): void {
  const mark = outcome.counts.failed > 0 ? red('✗') : green('✓')
  say(`${mark} ${bold(outcome.layer)}: ${describeCounts(outcome.counts)} ${dim(`(${seconds(outcome.ms)})`)}`)
}

function printSummary(outcomes: LayerOutcome[], notRun: Layer[]): Counts {
  say('')
  say(bold('━━ summary ' + '━'.repeat(56)))
  for (const outcome of outcomes) {
    const mark = outcome.counts.failed > 0 ? red('✗') : green('✓')
    say(`  ${mark} ${outcome.layer.padEnd(10)} ${describeCounts(outcome.counts).padEnd(34)} ${dim(seconds(outcome.ms))}`)
  }
  for (const layer of notRun) say(`  ${yellow('-')} ${layer.padEnd(10)} ${dim('not run (an earlier layer failed)')}`)
  const total = outcomes.reduce(
    (sum, { counts }) => ({
      passed: sum.passed + counts.passed,
      failed: sum.failed + counts.failed,
      skipped: sum.skipped + counts.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  )
  if (total.skipped > 0) say(dim(`  (${total.skipped} skipped)`))
  // Exactly this, last: other tools read it.
  say(`${total.passed} passed, ${total.failed} failed`)
  return total
}

// ── command line ────────────────────────────────────────────────────────────────────────────

const USAGE = `Usage: npm test -- [--only <layer>[,<layer>...]] [--from <layer>] [file filter...]
Layers, in order: ${LAYERS.join(', ')}
File filters (e.g. tests/int/pages.test.ts or tests/e2e/site.spec.ts) go to the unit, int and e2e
runners as they are, so that one file can be run through the same harness as the whole suite.`

function parseLayerList(value: string, flag: string): Layer[] {
  return value.split(',').map((name) => {
    const parsed = layerName.safeParse(name.trim())
    if (!parsed.success) throw new LayerError(`${flag}: unknown layer "${name}". ${USAGE}`)
    return parsed.data
  })
}

/** Files named on the command line, handed to each runner as its own filter. */
const fileFilters: string[] = []

/** The filters that belong to a runner: its own folder's files (a bare word goes to every runner). */
function filtersFor(folder: 'unit' | 'int' | 'e2e' | 'cluster'): string[] {
  return fileFilters.filter((filter) => !filter.includes('tests/') || filter.includes(`tests/${folder}/`))
}

function selectLayers(argv: string[]): Layer[] {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { only: { type: 'string' }, from: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: true,
  })
  fileFilters.push(...positionals)
  if (values.help) {
    say(USAGE)
    process.exit(0)
  }
  const only = values.only ? new Set(parseLayerList(values.only, '--only')) : undefined
  const from = values.from ? parseLayerList(values.from, '--from')[0] : undefined
  const start = from ? LAYERS.indexOf(from) : 0
  return LAYERS.filter((layer, index) => index >= start && (!only || only.has(layer)))
}

/** The e2e server serves `.next`: without a build there is nothing to test. */
function withBuildWhenNeeded(layers: Layer[]): Layer[] {
  if (!layers.includes('e2e') || layers.includes('build')) return layers
  if (existsSync(path.join(repoRoot, '.next', 'BUILD_ID'))) {
    say(yellow('Using the existing .next build for e2e (run with --only build,e2e to rebuild).'))
    return layers
  }
  say(yellow('e2e needs a build and .next/BUILD_ID is missing: the build layer runs first.'))
  return layers.flatMap((layer) => (layer === 'e2e' ? (['build', 'e2e'] as const) : [layer]))
}

// ── child processes and cleanup ─────────────────────────────────────────────────────────────

type Exit = { code: number | null; signal: NodeJS.Signals | null }

const runningChildren = new Set<ChildProcess>()
const cleanups: { label: string; run: () => Promise<void> }[] = []

function onCleanup(label: string, run: () => Promise<void>): void {
  cleanups.push({ label, run })
}

async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()
    if (!cleanup) break
    await cleanup.run().catch((error: unknown) => say(yellow(`  cleanup "${cleanup.label}" failed: ${messageOf(error)}`)))
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function exitOf(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return resolve({ code: child.exitCode, signal: child.signalCode })
    }
    child.once('error', reject)
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
}

/** Runs a command in the foreground, its output straight to the terminal. */
async function runForeground(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Exit> {
  note(`$ ${command} ${args.join(' ')}`)
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' })
  runningChildren.add(child)
  try {
    return await exitOf(child)
  } catch (error) {
    throw new LayerError(`Could not start \`${command}\`: ${messageOf(error)}`)
  } finally {
    runningChildren.delete(child)
  }
}

function succeeded(exit: Exit): boolean {
  return exit.code === 0
}

function describeExit(exit: Exit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`
}

function requireFile(relative: string, why: string): void {
  if (!existsSync(path.join(repoRoot, relative))) throw new LayerError(`${relative} does not exist: ${why}.`)
}

function randomSecret(): string {
  return randomBytes(32).toString('hex')
}

// ── single-check layers ─────────────────────────────────────────────────────────────────────

async function singleCheck(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Counts> {
  const exit = await runForeground(command, args, env)
  if (!succeeded(exit)) say(red(`  \`${command} ${args.join(' ')}\` failed (${describeExit(exit)})`))
  return succeeded(exit) ? PASSED : FAILED
}

const typecheck = (): Promise<Counts> => singleCheck('npx', ['tsc', '--noEmit'])

const lint = (): Promise<Counts> => singleCheck('npx', ['eslint', '--max-warnings', '0', '.'])

async function generated(): Promise<Counts> {
  requireFile('scripts/check-generated.ts', 'it checks that payload-types.ts and the admin import map are current')
  return singleCheck('npx', ['tsx', 'scripts/check-generated.ts'])
}

// ── vitest layers ───────────────────────────────────────────────────────────────────────────

const vitestReport = z.looseObject({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number().default(0),
  numTodoTests: z.number().default(0),
  numTotalTests: z.number(),
})

/** The JSON report a test runner wrote; none at all means it crashed before reporting. */
function readReport(file: string, what: string, exit: Exit): unknown {
  if (!existsSync(file)) {
    throw new LayerError(`${what} ended (${describeExit(exit)}) without writing its report; counted as 1 failed.`)
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch (error) {
    throw new LayerError(`${what} left an unreadable report in ${path.relative(repoRoot, file)}: ${messageOf(error)}`)
  }
}

/** A non-zero exit with no failed test (a file that did not load, a setup error) still counts as one failure. */
function atLeastOneFailureIfExitFailed(counts: Counts, exit: Exit): Counts {
  if (succeeded(exit) || counts.failed > 0) return counts
  say(red(`  the run failed (${describeExit(exit)}) outside any single test: counted as 1 failed`))
  return { ...counts, failed: 1 }
}

function warnWhenEmpty(counts: Counts, what: string): Counts {
  if (counts.passed + counts.failed + counts.skipped === 0) say(yellow(`  no ${what} tests found`))
  return counts
}

async function vitestProject(project: 'unit' | 'int' | 'cluster', env: NodeJS.ProcessEnv = process.env): Promise<Counts> {
  const reportFile = path.join(reportsDir, `vitest-${project}.json`)
  rmSync(reportFile, { force: true })
  const exit = await runForeground(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.relative(repoRoot, reportFile)}`,
      ...filtersFor(project),
    ],
    env,
  )
  const parsed = vitestReport.safeParse(readReport(reportFile, `vitest (${project})`, exit))
  if (!parsed.success) throw new LayerError(`The vitest ${project} report has an unexpected shape: ${parsed.error.message}`)
  const report = parsed.data
  const counts: Counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  }
  return warnWhenEmpty(atLeastOneFailureIfExitFailed(counts, exit), project)
}

const unit = (): Promise<Counts> => vitestProject('unit')

async function int(): Promise<Counts> {
  const database = await createThrowawayDatabase('int')
  onCleanup(`drop ${database.name}`, () => database.drop())
  note(`throwaway database ${database.name}`)
  try {
    return await vitestProject('int', {
      ...process.env,
      DATABASE_URL: database.url,
      // intGlobalSetup prefers TEST_DATABASE_URL: it must not name the server's own database.
      TEST_DATABASE_URL: database.url,
      PORTAL_TEST_DB_READY: '1',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || randomSecret(),
      INCIDENT_ENCRYPTION_KEY: process.env.INCIDENT_ENCRYPTION_KEY || randomBytes(32).toString('base64'),
      NEXT_TELEMETRY_DISABLED: '1',
    })
  } finally {
    await database.drop().catch((error: unknown) => say(yellow(`  could not drop ${database.name}: ${messageOf(error)}`)))
  }
}

// ── build and e2e share one environment ─────────────────────────────────────────────────────

type E2eEnvironment = {
  database: ThrowawayDatabase
  serverUrl: string
  env: NodeJS.ProcessEnv
  adminEmail: string
  adminPassword: string
  adminTotpSecret: string
}

let e2eEnvironment: Promise<E2eEnvironment> | undefined

/** Upper, lower, digit and symbol, so any password policy the seed applies accepts it. */
function strongPassword(): string {
  return `Aa1!${randomBytes(18).toString('base64url')}`
}

async function createE2eEnvironment(): Promise<E2eEnvironment> {
  const { findFreePort } = await import('./lib/ports')
  const database = await createThrowawayDatabase('e2e')
  onCleanup(`drop ${database.name}`, () => database.drop())
  const port = await findFreePort()
  // Chosen before the build: NEXT_PUBLIC_* values are inlined into the bundles at build time.
  const serverUrl = `http://127.0.0.1:${port}`
  const adminEmail = 'admin@example.test'
  const adminPassword = strongPassword()
  const adminTotpSecret = newTotpSecret()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomSecret(),
    // The e2e server runs in production mode, which refuses to serve without the incident key.
    INCIDENT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_SERVER_URL: serverUrl,
    SEED_ADMIN_EMAIL: adminEmail,
    SEED_ADMIN_PASSWORD: adminPassword,
    // Platform admins must use two-step sign-in: the seeded one has it on with this secret, from
    // which the e2e helpers compute each code as an authenticator app would.
    SEED_ADMIN_TOTP_SECRET: adminTotpSecret,
    // Every e2e test signs in from 127.0.0.1, one address with one budget; the limit itself is
    // tested at its default in tests/int/authRateLimit.test.ts.
    LOGIN_RATE_LIMIT: '500',
    // No proxy in front: the one X-Forwarded-For hop is the one Next fills from the socket.
    TRUSTED_PROXY_HOPS: '1',
  }
  delete env.TEST_DATABASE_URL
  delete env.RATE_LIMIT_DISABLED
  note(`throwaway database ${database.name}; server will listen on ${serverUrl}`)
  return { database, serverUrl, env, adminEmail, adminPassword, adminTotpSecret }
}

function sharedE2eEnvironment(): Promise<E2eEnvironment> {
  e2eEnvironment ??= createE2eEnvironment()
  return e2eEnvironment
}

// ── build ───────────────────────────────────────────────────────────────────────────────────

function samplePeakMemory(pid: number | undefined): () => number {
  if (pid === undefined) return () => 0
  let peak = 0
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(pid))
  }, 500)
  return () => {
    clearInterval(timer)
    return peak
  }
}

function gibibytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`
}

async function build(): Promise<Counts> {
  requireFile('scripts/run.ts', 'it migrates, seeds and runs `next build`')
  const { env } = await sharedE2eEnvironment()
  const args = ['tsx', 'scripts/run.ts', 'build']
  note(`$ npx ${args.join(' ')}`)
  const child = spawn('npx', args, { cwd: repoRoot, env: { ...env, RESEND_API_KEY: 're_test_capture' }, stdio: 'inherit' })
  runningChildren.add(child)
  const stopSampling = samplePeakMemory(child.pid)
  try {
    const exit = await exitOf(child)
    const peak = stopSampling()
    if (peak > 0) note(`peak memory of the build's process tree: ${gibibytes(peak)}`)
    if (!succeeded(exit)) say(red(`  the build failed (${describeExit(exit)})`))
    return succeeded(exit) ? PASSED : FAILED
  } catch (error) {
    stopSampling()
    throw new LayerError(`Could not start the build: ${messageOf(error)}`)
  } finally {
    runningChildren.delete(child)
  }
}

// ── e2e ─────────────────────────────────────────────────────────────────────────────────────

// Playwright starts and stops the server itself (webServer in playwright.config.ts); this layer
// brings what the server and the specs need around it: the database the build migrated and
// seeded, the environment the build was made with, and the Resend capture server.

const SERVER_TAIL_LINES = 40

/** The last lines of the server's log, for a failed run. */
function tailOf(file: string): string {
  if (!existsSync(file)) return '    │ (no server log: the server did not start)'
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-SERVER_TAIL_LINES)
    .map((line) => `    │ ${line}`)
    .join('\n')
}

const playwrightReport = z.looseObject({
  stats: z.looseObject({
    expected: z.number(),
    unexpected: z.number(),
    flaky: z.number().default(0),
    skipped: z.number().default(0),
  }),
  errors: z.array(z.unknown()).default([]),
})

function playwrightCounts(reportFile: string, exit: Exit): Counts {
  const parsed = playwrightReport.safeParse(readReport(reportFile, 'playwright', exit))
  if (!parsed.success) throw new LayerError(`The Playwright report has an unexpected shape: ${parsed.error.message}`)
  const { stats, errors } = parsed.data
  // With retries 0 a test cannot be flaky; were retries enabled, a flaky pass is still a pass.
  const counts: Counts = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
  if (errors.length > 0 && counts.failed === 0) {
    say(red(`  Playwright reported ${errors.length} error(s) outside any test: counted as 1 failed`))
    return { ...counts, failed: 1 }
  }
  return warnWhenEmpty(atLeastOneFailureIfExitFailed(counts, exit), 'e2e')
}

async function e2e(): Promise<Counts> {
  requireFile('scripts/run.ts', 'it starts the built server')
  requireFile('.next/BUILD_ID', 'the build layer must succeed before e2e')
  const chromiumPath = await ensureChromium((line) => note(`[chromium] ${line}`))
  note(`chromium: ${chromiumPath}`)
  const environment = await sharedE2eEnvironment()
  // The capture server plays Resend's webhook too: each accepted email's events, Svix-signed, to the app.
  const webhookSecret = `whsec_${randomBytes(24).toString('base64')}`
  const capture = await startResendCapture({ webhook: { url: `${environment.serverUrl}/api/resend/webhook`, secret: webhookSecret } })
  onCleanup('stop the Resend capture server', () => capture.close())
  note(`Resend capture server: ${capture.url}`)
  const serverLog = path.join(reportsDir, 'e2e-server.log')
  rmSync(serverLog, { force: true })
  note(`server log: ${path.relative(repoRoot, serverLog)}`)
  const reportFile = path.join(reportsDir, 'playwright.json')
  rmSync(reportFile, { force: true })
  try {
    const exit = await runForeground('npx', ['playwright', 'test', '--pass-with-no-tests', ...filtersFor('e2e')], {
      ...environment.env,
      E2E_BASE_URL: environment.serverUrl,
      CHROMIUM_PATH: chromiumPath,
      CAPTURE_URL: capture.url,
      E2E_RESEND_WEBHOOK_SECRET: webhookSecret,
      E2E_ADMIN_EMAIL: environment.adminEmail,
      E2E_ADMIN_PASSWORD: environment.adminPassword,
    E2E_ADMIN_TOTP_SECRET: environment.adminTotpSecret,
      // Journeys (tests/e2e/journey.ts) fail on any error the server logs while they run.
      E2E_SERVER_LOG: serverLog,
      PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile,
    })
    const counts = playwrightCounts(reportFile, exit)
    if (counts.failed > 0) say(dim(`  server log: ${path.relative(repoRoot, serverLog)}; last lines:\n${tailOf(serverLog)}`))
    return counts
  } finally {
    await capture.close()
  }
}

// ── cluster ─────────────────────────────────────────────────────────────────────────────────

async function cluster(): Promise<Counts> {
  requireFile('scripts/cluster.ts', 'it starts the cluster the tests run against')
  const database = await createThrowawayDatabase('cluster')
  onCleanup(`drop ${database.name}`, () => database.drop())
  note(`throwaway database ${database.name}; logs in test-results/cluster/`)
  try {
    return await vitestProject('cluster', { ...process.env, CLUSTER_DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1' })
  } finally {
    await database.drop().catch((error: unknown) => say(yellow(`  could not drop ${database.name}: ${messageOf(error)}`)))
  }
}

// ── main ────────────────────────────────────────────────────────────────────────────────────

const RUNNERS: Record<Layer, () => Promise<Counts>> = { typecheck, lint, generated, unit, int, build, e2e, cluster }

/** Failures with a message written for people (ours and the database helpers'): no stack. */
const EXPECTED_ERRORS = new Set(['LayerError', 'TestDatabaseError', 'EmbeddedPostgresError', 'SetupError'])

function reportCrash(error: unknown): void {
  if (error instanceof Error && EXPECTED_ERRORS.has(error.name)) say(red(`  ${error.message}`))
  else say(red(`  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
}

type RunState = { outcomes: LayerOutcome[]; current?: { layer: Layer; started: number }; stopping: boolean }

async function runLayer(layer: Layer, state: RunState): Promise<LayerOutcome> {
  const started = Date.now()
  state.current = { layer, started }
  let counts: Counts
  try {
    counts = await RUNNERS[layer]()
  } catch (error) {
    reportCrash(error)
    counts = FAILED
  }
  state.current = undefined
  return { layer, counts, ms: Date.now() - started }
}

async function cleanUpEverything(): Promise<void> {
  await runCleanups()
  await stopTestDatabaseServer().catch((error: unknown) => say(yellow(`  could not stop the test PostgreSQL: ${messageOf(error)}`)))
}

const CHILD_GRACE_MS = 10_000

/** Ctrl-C reaches our children through the terminal; a CI's SIGTERM reaches only us. */
async function stopRunningChildren(signal: NodeJS.Signals): Promise<void> {
  const children = [...runningChildren]
  for (const child of children) if (child.pid !== undefined) signalTree(child.pid, signal)
  await Promise.all(children.map((child) => (child.pid === undefined ? undefined : stopTree(child.pid, CHILD_GRACE_MS))))
}

/** Ctrl-C or a CI timeout: stop what runs, clean up, and still end with the summary line. */
function installSignalHandlers(state: RunState, layers: Layer[]): void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (state.stopping) return
    state.stopping = true
    say(yellow(`\n${signal}: stopping children and cleaning up…`))
    const interrupted = state.current
      ? [{ layer: state.current.layer, counts: FAILED, ms: Date.now() - state.current.started }]
      : []
    void stopRunningChildren(signal)
      .then(cleanUpEverything)
      .finally(() => {
        const outcomes = [...state.outcomes, ...interrupted]
        printSummary(outcomes, layers.slice(outcomes.length))
        process.exit(130)
      })
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
}

function chooseLayers(): Layer[] {
  const layers = withBuildWhenNeeded(selectLayers(process.argv.slice(2)))
  if (layers.length === 0) throw new LayerError(`No layer selected. ${USAGE}`)
  return layers
}

async function main(): Promise<number> {
  let layers: Layer[]
  try {
    layers = chooseLayers()
  } catch (error) {
    say(red(messageOf(error)))
    say('0 passed, 1 failed')
    return 2
  }
  mkdirSync(reportsDir, { recursive: true })
  const state: RunState = { outcomes: [], stopping: false }
  installSignalHandlers(state, layers)
  try {
    for (const [index, layer] of layers.entries()) {
      printHeader(layer, index + 1, layers.length)
      const outcome = await runLayer(layer, state)
      // After a signal the handler cleans up, prints the summary and exits; nothing more here.
      if (state.stopping) return await new Promise<never>(() => undefined)
      state.outcomes.push(outcome)
      printFooter(outcome)
      if (outcome.counts.failed > 0) break
    }
  } finally {
    await cleanUpEverything()
  }
  const total = printSummary(state.outcomes, layers.slice(state.outcomes.length))
  return total.failed > 0 ? 1 : 0
}

// Exit explicitly: a stray open handle (a pg socket, a timer) must not keep `npm test` hanging.
process.exit(await main())
