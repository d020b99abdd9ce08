/**
 * `npm run audit:deps`: known high- and critical-severity advisories in the locked production
 * dependencies (`npm audit --omit=dev`), less the reviewed exceptions in
 * security/audit-exceptions.json.
 *
 * Exit 0: none found. Exit 1: advisories to act on (listed). Exit 2: the advisory database could
 * not be asked (the registry here answers the audit endpoint with 405), so nothing is known
 * either way. Outside `npm test`: `.ci/run` prints the result and never fails on it, so a new
 * advisory cannot turn main red without a code change.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { z } from 'zod'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const exceptionsFile = z.object({
  exceptions: z.array(z.object({ advisory: z.string().min(1), package: z.string().min(1), reason: z.string().min(10), reviewed: z.string().min(1), revisit: z.string().min(1) })),
})

const auditReport = z.looseObject({
  vulnerabilities: z.record(
    z.string(),
    z.looseObject({
      severity: z.string(),
      via: z.array(z.union([z.string(), z.looseObject({ url: z.string().optional(), title: z.string().optional(), severity: z.string().optional() })])),
    }),
  ),
})

const exceptions = exceptionsFile.parse(JSON.parse(readFileSync(path.join(repoRoot, 'security/audit-exceptions.json'), 'utf8'))).exceptions
const excepted = new Set(exceptions.map((entry) => entry.advisory))

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
let parsed: unknown
try {
  parsed = JSON.parse(run.stdout)
} catch {
  parsed = undefined
}
const report = auditReport.safeParse(parsed)
if (!report.success) {
  const reason = (parsed as { message?: unknown } | undefined)?.message ?? run.stderr.trim().split('\n').at(-1) ?? 'no answer'
  console.log(`audit:deps: could not ask the advisory database (${String(reason)}). Nothing is known either way.`)
  process.exit(2)
}

const findings: string[] = []
for (const [name, vulnerability] of Object.entries(report.data.vulnerabilities)) {
  for (const via of vulnerability.via) {
    if (typeof via === 'string') continue
    const severity = via.severity ?? vulnerability.severity
    if (severity !== 'high' && severity !== 'critical') continue
    const id = via.url ?? `${name}: ${via.title ?? 'untitled'}`
    if (excepted.has(id) || [...excepted].some((entry) => id.endsWith(entry))) continue
    findings.push(`${severity} ${name}: ${via.title ?? ''} ${via.url ?? ''}`.trim())
  }
}
if (findings.length === 0) {
  console.log(`audit:deps: no high or critical advisories in production dependencies (${exceptions.length} reviewed exception(s)).`)
  process.exit(0)
}
console.log(`audit:deps: ${findings.length} high or critical advisor${findings.length === 1 ? 'y' : 'ies'} to act on:`)
for (const finding of findings) console.log(`  ${finding}`)
console.log('Upgrade, or review and add to security/audit-exceptions.json with the reason.')
process.exit(1)
