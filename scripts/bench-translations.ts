/**
 * `npm run bench:translations [-- --target cy]`
 *
 * The whole national toolkit through the XLIFF exchange, as a translation service would use it:
 * export every national page and rules-of-engagement template in one language, fill every target
 * through the XLIFF model (as a CAT tool would), import it; then the words per language of the
 * toolkit as it stands (English and each translation, pages and templates), which is what a
 * translation unit quotes on. In process, against a
 * throwaway database migrated and seeded for the run (never the dev one). Timings are for
 * reading, never pass/fail; the machine's two cores are shared, so they vary from run to run.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createThrowawayDatabase, stopTestDatabaseServer } from './lib/testDatabase'

const root = path.resolve(import.meta.dirname, '..')
const { values: flags } = parseArgs({ options: { target: { type: 'string', default: 'cy' } } })

function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/run.ts', 'migrate'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrate exited with ${code}`))))
  })
}

async function main() {
  const database = await createThrowawayDatabase('bench-translations')
  try {
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
    process.env.INCIDENT_ENCRYPTION_KEY ||= randomBytes(32).toString('base64')
    process.env.MEDIA_DIR ||= mkdtempSync(path.join(os.tmpdir(), 'portal-bench-media-'))
    await migrate({ ...process.env })

    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    const { seed } = await import('../src/seed')
    const { exportTranslations, findTenant, importTranslations } = await import('../src/endpoints/translations/translations')
    const { translationDashboard } = await import('../src/endpoints/translations/dashboard')
    const { extractUnits, readXliff, writeXliff, countWords } = await import('../src/lib/xliff')
    const { bookkeeping, translatableCollections } = await import('../src/collections/translations/bookkeeping')
    const { isLocale, locales } = await import('../src/i18n/locales')

    const target = flags.target ?? 'cy'
    if (!isLocale(target) || target === 'en') throw new Error(`--target must be one of ${locales.filter((l) => l !== 'en').join(', ')}`)
    const payload = await getPayload({ config })
    const adminEmail = `bench-admin-${randomBytes(4).toString('hex')}@example.org`
    await seed(payload, { includeDemo: false, adminEmail, adminPassword: randomBytes(16).toString('hex') })
    const admin = (await payload.find({ collection: 'users', where: { email: { equals: adminEmail } }, limit: 1, overrideAccess: true })).docs[0]
    if (!admin) throw new Error('The seed made no platform admin.')
    const user = { ...admin, collection: 'users' as const }
    const national = (await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, limit: 1, overrideAccess: true })).docs[0]
    const tenant = national ? await findTenant(payload, national.slug) : null
    if (!tenant) throw new Error('No national toolkit after seeding.')
    const ids = Object.fromEntries(
      await Promise.all(
        translatableCollections.map(async (collection) => {
          const found = await payload.find({ collection, where: { tenant: { equals: tenant.id } }, depth: 0, pagination: false, overrideAccess: true, select: { title: true } })
          return [collection, found.docs.map((doc) => doc.id)] as const
        }),
      ),
    ) as Record<(typeof translatableCollections)[number], number[]>

    // Words per language of the published toolkit, before the import adds its draft.
    const words: Record<string, Record<string, number>> = {}
    for (const collection of translatableCollections) {
      const fields = payload.collections[collection].config.fields
      words[collection] = {}
      for (const locale of locales) {
        const docs = await payload.find({ collection, where: { tenant: { equals: tenant.id } }, locale, fallbackLocale: false, depth: 0, pagination: false, overrideAccess: true })
        words[collection][locale] = docs.docs.reduce((sum, doc) => sum + extractUnits(fields, doc, bookkeeping[collection].units).reduce((s, unit) => s + countWords(unit.content.parts), 0), 0)
      }
    }

    // The translation dashboard's read (every page and template × language, with words to translate).
    let started = performance.now()
    const dashboard = await translationDashboard(payload, user, tenant)
    const dashboardMs = performance.now() - started
    if ('status' in dashboard) throw new Error(`dashboard answered ${dashboard.status}`)
    const wordsToTranslate = Object.fromEntries(dashboard.languages.map((language) => [language.locale, language.wordsToTranslate]))

    started = performance.now()
    const zipped = await exportTranslations(payload, user, { collection: 'pages', tenant, ids: ids.pages, target, format: 'zip' })
    const zipExportMs = performance.now() - started
    if (zipped.status !== 200 || zipped.format !== 'zip') throw new Error(`ZIP export answered ${zipped.status}`)

    // Each collection is its own file (the API takes one collection per export), timed apart and together.
    const perCollection: Record<string, { documents: number; units: number; fileBytes: number; exportMs: number; importMs: number; imported: number; failed: number }> = {}
    for (const collection of translatableCollections) {
      started = performance.now()
      const exported = await exportTranslations(payload, user, { collection, tenant, ids: ids[collection], target })
      const exportMs = performance.now() - started
      if (exported.status !== 200 || exported.format !== 'xliff') throw new Error(`${collection} export answered ${exported.status}`)

      // What a CAT tool does: every target filled through the file's model, codes kept.
      const doc = readXliff(exported.xml).doc
      for (const file of doc.files) for (const unit of file.units) unit.target = unit.source.map((part) => (typeof part === 'string' ? `${part} [${target}]` : part))
      const translated = new TextEncoder().encode(writeXliff(doc))

      started = performance.now()
      const imported = await importTranslations(payload, user, translated, { translator: 'bench' })
      const importMs = performance.now() - started
      if (imported.status !== 200) throw new Error(`${collection} import answered ${imported.status}: ${imported.message}`)
      perCollection[collection] = {
        documents: ids[collection].length,
        units: exported.units,
        fileBytes: Buffer.byteLength(exported.xml),
        exportMs: Math.round(exportMs),
        importMs: Math.round(importMs),
        imported: imported.imported,
        failed: imported.failed.length,
      }
    }
    const parts = Object.values(perCollection)
    const sum = (pick: (part: (typeof parts)[number]) => number) => parts.reduce((total, part) => total + pick(part), 0)
    const wordsPerLanguage = Object.fromEntries(locales.map((locale) => [locale, translatableCollections.reduce((total, collection) => total + (words[collection]?.[locale] ?? 0), 0)]))

    const result = {
      date: new Date().toISOString(),
      target,
      pages: ids.pages.length,
      templates: ids['engagement-templates'].length,
      units: sum((part) => part.units),
      fileBytes: sum((part) => part.fileBytes),
      exportMs: sum((part) => part.exportMs),
      importMs: sum((part) => part.importMs),
      imported: sum((part) => part.imported),
      failed: sum((part) => part.failed),
      perCollection,
      wordsPerLanguage,
      wordsPerLanguageByCollection: words,
      dashboardMs: Math.round(dashboardMs),
      wordsToTranslate,
      zipExportMs: Math.round(zipExportMs),
      zipBytes: zipped.zip.length,
    }
    const line = (collection: string) => {
      const part = perCollection[collection]
      return part ? `    ${collection}: ${part.documents} documents, ${part.units} units, ${Math.round(part.fileBytes / 1024)} KB; export ${part.exportMs} ms, import ${part.importMs} ms (${part.imported} in, ${part.failed} failed)` : ''
    }
    console.log(
      [
        `National toolkit, ${result.pages} pages and ${result.templates} templates, ${result.units} units, ${Math.round(result.fileBytes / 1024)} KB of XLIFF (${target})`,
        `  export ${result.exportMs} ms, import ${result.importMs} ms (${result.imported} units in, ${result.failed} failed)`,
        ...translatableCollections.map(line),
        `  words of the published toolkit per language: ${locales.map((l) => `${l} ${wordsPerLanguage[l]}`).join(', ')}`,
        ...translatableCollections.map((collection) => `    ${collection}: ${locales.map((l) => `${l} ${words[collection]?.[l]}`).join(', ')}`),
        `  dashboard read ${result.dashboardMs} ms; words to translate: ${Object.entries(wordsToTranslate).map(([l, n]) => `${l} ${n}`).join(', ')}`,
        `  ZIP export of the pages (one file per page) ${result.zipExportMs} ms, ${Math.round(result.zipBytes / 1024)} KB`,
      ].join('\n'),
    )
    mkdirSync(path.join(root, 'bench-results'), { recursive: true })
    writeFileSync(path.join(root, 'bench-results', `translations-${target}.json`), `${JSON.stringify(result, null, 2)}\n`)
    // Dropping the database ends the pool's idle connections: expected here, not an error.
    payload.db.pool?.on('error', () => undefined)
    await payload.destroy()
  } finally {
    await database.drop()
    await stopTestDatabaseServer()
  }
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
