/**
 * `npm run content:hashes`: the hash of each national page's text at its current contentVersion,
 * in the shape of src/seed/toolkit/releases.ts, marking those not yet recorded there. Needs no
 * database: the hash is of the seed's text.
 */
import { baselinePages } from '../src/seed/toolkit'
import { seedContentHash } from '../src/seed/toolkit/contentHash'
import { releasedContentHashes } from '../src/seed/toolkit/releases'

let missing = 0
for (const page of baselinePages) {
  const hash = seedContentHash(page)
  const recorded = releasedContentHashes[page.slug]?.[page.contentVersion]
  const state = recorded === hash ? 'recorded' : recorded ? 'DIFFERENT from the recorded hash: raise contentVersion' : 'not recorded yet: add it'
  if (recorded !== hash) missing += 1
  console.log(`'${page.slug}' ${page.contentVersion}: '${hash}',  // ${state}`)
}
process.exitCode = missing > 0 ? 1 : 0
