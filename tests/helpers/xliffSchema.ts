import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/* The OASIS XLIFF 2.0 schema check, for int tests and e2e journeys alike (it imports nothing of Payload). */

/** Validates `xml` against the OASIS XLIFF 2.0 core schema kept in schemas/xliff-2.0 (throws with xmllint's words). */
export function validateXliff(xml: string): 'checked' | 'xmllint missing' {
  if (spawnSync('xmllint', ['--version']).error) {
    if (process.env.CI) throw new Error('xmllint is missing: install libxml2-utils (.ci/run does)')
    console.warn('xmllint is not installed (Debian: libxml2-utils): the schema check did not run')
    return 'xmllint missing'
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'xliff-int-')), 'export.xlf')
  writeFileSync(file, xml)
  const schemas = path.resolve('schemas/xliff-2.0')
  execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(schemas, 'xliff_core_2.0.xsd'), file], {
    env: { ...process.env, XML_CATALOG_FILES: path.join(schemas, 'catalog.xml') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return 'checked'
}

