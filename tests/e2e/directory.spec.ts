import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test.describe('the directory at /', () => {
  test('lists the three demo tenants and not the baseline', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Find your council or party' })).toBeVisible()
    // Other e2e specs add tenants of their own for a while, so look for the demo ones by name.
    const names = await page.getByRole('list').getByRole('link').allTextContents()
    const demo = names.filter((name) => name.startsWith('Example '))
    expect(demo).toEqual(['Example Borough Council', 'Example County Council', 'Example Party'])
    await expect(page.getByRole('link', { name: 'Example County Council' })).toHaveAttribute('href', '/example-county/en')
    await expect(page.getByText('National toolkit')).toHaveCount(0)
  })

  test('puts 999 one tap away and has a working skip link', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999')
    // Once, as a sentence with its link (it used to read "Call 999. 999").
    await expect(page.locator('.emergency-banner')).toHaveText('In danger right now? Call 999')
    await expect(page.getByRole('link', { name: 'Exit this page' })).toBeVisible()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to main content' })
    await expect(skip).toBeFocused()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('has no axe violations (WCAG 2.2 AA)', async ({ page }) => {
    await page.goto('/')
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations).toEqual([])
  })
})
