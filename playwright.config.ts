import { defineConfig, devices } from '@playwright/test'
import { z } from 'zod'

/**
 * `npm test` sets these (scripts/test.ts): the address it chose, the Resend capture server it
 * runs, and the environment the build was made with (database, secrets, NEXT_PUBLIC_SERVER_URL),
 * which the server below inherits. Run alone, the specs use a server already answering on
 * port 3000, or start `run.ts start` there on the dev database.
 */
const env = z
  .object({
    E2E_BASE_URL: z.url().default('http://localhost:3000'),
    E2E_SERVER_LOG: z.string().min(1).default('test-results/e2e-server.log'),
    CAPTURE_URL: z.url().optional(),
    E2E_RESEND_WEBHOOK_SECRET: z.string().min(1).optional(),
    CHROMIUM_PATH: z.string().min(1).optional(),
    PLAYWRIGHT_JSON_OUTPUT_FILE: z.string().min(1).default('test-results/playwright.json'),
    CI: z.string().optional(),
  })
  .parse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== '')))

// The journeys (tests/e2e/journey.ts) read the server's log from here, in every worker.
process.env.E2E_SERVER_LOG = env.E2E_SERVER_LOG

/** What only the server under test gets: its port, Resend pointed at the capture server, the planted error. */
const serverOnlyEnv: Record<string, string> = {
  PORT: new URL(env.E2E_BASE_URL).port || '3000',
  ...(env.CAPTURE_URL
    ? {
        RESEND_API_KEY: 're_test_capture',
        RESEND_BASE_URL: env.CAPTURE_URL,
        // The capture server plays Resend's webhook too, signing each email's events with this.
        ...(env.E2E_RESEND_WEBHOOK_SECRET ? { RESEND_WEBHOOK_SECRET: env.E2E_RESEND_WEBHOOK_SECRET } : {}),
        // Proves the journeys' server-log check: tests/e2e/journeyCheck.spec.ts plants an error.
        E2E_PLANT_SERVER_ERROR: '1',
      }
    : {}),
}

// The network is closed here: without these flags Chromium keeps dialling Google services.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    args: chromiumArgs,
    ...(env.CHROMIUM_PATH ? { executablePath: env.CHROMIUM_PATH } : {}),
  },
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Kept apart from test-results/*.json, which Playwright would otherwise empty at start.
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  forbidOnly: Boolean(env.CI),
  retries: 0,
  // Two cores, shared with the Next server under test.
  workers: env.CI ? 1 : 2,
  reporter: [['list'], ['json', { outputFile: env.PLAYWRIGHT_JSON_OUTPUT_FILE }]],
  use: {
    baseURL: env.E2E_BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // The production server from the last build: `run.ts start` migrates, seeds and runs `next start`.
  // Its output goes to the log file the journeys read (fail on any server error logged meanwhile);
  // `npm test` prints the file's last lines when a run fails. `exec` makes the server the process
  // Playwright stops (SIGTERM to its process group, SIGKILL after 10 s).
  webServer: {
    command: 'exec npx tsx scripts/run.ts start > "$E2E_SERVER_LOG" 2>&1',
    url: `${env.E2E_BASE_URL}/api/health`,
    reuseExistingServer: !env.CI,
    // Seeding and starting Next on a loaded two-core machine.
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: serverOnlyEnv,
    stdout: 'ignore',
    stderr: 'ignore',
  },
  projects: [
    { name: 'chromium', testIgnore: /cache\.spec\.ts$/, use: browser },
    // These assert on the shared page cache, which other specs' writes would expire under them:
    // they run alone, once every other spec has finished.
    { name: 'cache', testMatch: /cache\.spec\.ts$/, dependencies: ['chromium'], use: browser },
  ],
})
