import { adminCredentials, expectNoAxeViolations, openMenu, signInToAdmin } from './helpers'
import { expect, test } from './journey'

/**
 * A platform admin preparing numbers for a standards committee: Report statistics from the admin
 * menu, one dimension at a time, and the same table as CSV. Counts only; the suppression itself is
 * proved in tests/unit (property test) and tests/int/reportStatistics.test.ts.
 */
test('report statistics are reached from the menu, shown by dimension and downloaded as CSV', async ({ page }) => {
  test.setTimeout(180_000)
  await signInToAdmin(page, adminCredentials())
  await openMenu(page)
  await page.getByRole('link', { name: 'Report statistics' }).click()
  await expect(page).toHaveURL(/\/admin\/report-statistics/)
  await expect(page.getByRole('heading', { level: 1, name: 'Report statistics' })).toBeVisible()

  await page.getByLabel('Count by').selectOption('platform')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/dimension=platform/)
  const table = page.getByTestId('report-statistics').or(page.getByTestId('statistics-withheld'))
  await expect(table).toBeVisible()
  await expect(page.getByText(/Reports by platform/).first()).toBeVisible()
  await expectNoAxeViolations(page, { within: '.report-statistics__form' })
  await page.screenshot({ path: '/tmp/report-statistics.png', fullPage: true })

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download this table as CSV' }).click()])
  const path = await download.path()
  const { readFile } = await import('node:fs/promises')
  const csv = await readFile(path, 'utf8')
  expect(csv.split(/\r?\n/)[0]).toMatch(/platform/i)
  // Counts only: no address, name or handle could be in it, and no line is longer than a row of counts.
  expect(csv).not.toMatch(/@/)
})
