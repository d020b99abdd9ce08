/**
 * Fails when src/payload-types.ts or the admin import map no longer match the Payload config,
 * i.e. someone changed a collection without regenerating them. The files are regenerated,
 * compared with what was there, and put back as they were, so the check changes nothing.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const generated = [
  { file: 'src/payload-types.ts', command: 'generate:types', fix: 'npm run generate:types' },
  { file: 'src/app/(payload)/admin/importMap.js', command: 'generate:importmap', fix: 'npm run generate:importmap' },
]

// Generation reads the config but never connects, so a placeholder database URL is enough.
const env = {
  ...process.env,
  DATABASE_URL: 'postgres://generate:unused@127.0.0.1:9/unused',
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  NEXT_TELEMETRY_DISABLED: '1',
}

let stale = 0
for (const { file, command, fix } of generated) {
  const absolute = path.join(root, file)
  const before = readFileSync(absolute, 'utf8')
  const result = spawnSync(path.join(root, 'node_modules/.bin/payload'), [command], { cwd: root, env, encoding: 'utf8' })
  const after = readFileSync(absolute, 'utf8')
  writeFileSync(absolute, before)
  if (result.status !== 0) {
    console.error(`✖ payload ${command} failed:\n${result.stderr || result.stdout}`)
    stale++
  } else if (after !== before) {
    console.error(`✖ ${file} is out of date with the Payload config. Run \`${fix}\` and commit the result.`)
    stale++
  } else {
    console.log(`✓ ${file} is current`)
  }
}
process.exit(stale === 0 ? 0 : 1)
