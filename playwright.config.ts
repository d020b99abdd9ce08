import { defineConfig, devices } from '@playwright/test'
import { z } from 'zod'

/** `npm test` sets these; run alone, the specs default to a dev server on port 3000. */
const env = z
  .object({
    E2E_BASE_URL: z.url().default('http://localhost:3000'),
    CHROMIUM_PATH: z.string().min(1).optional(),
    PLAYWRIGHT_JSON_OUTPUT_FILE: z.string().min(1).default('test-results/playwright.json'),
    CI: z.string().optional(),
  })
  .parse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== '')))

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
  projects: [
    { name: 'chromium', testIgnore: /cache\.spec\.ts$/, use: browser },
    // These assert on the shared page cache, which other specs' writes would expire under them:
    // they run alone, once every other spec has finished.
    { name: 'cache', testMatch: /cache\.spec\.ts$/, dependencies: ['chromium'], use: browser },
  ],
})
