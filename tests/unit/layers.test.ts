import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/*
 * The layer rules in eslint.config.mjs, run through ESLint's own API on fixture source placed (in
 * name only: nothing is written) where a newcomer might put it. A rule that stopped resolving
 * `@/` imports would pass everything silently, so each refused case has an allowed twin.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
let eslint: ESLint

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'import/no-restricted-paths' || message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message)
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

describe('layers the linter holds', () => {
  it.each([
    ['a component importing a route folder', 'src/components/site/Fixture.tsx', "import { signOutAction } from '@/app/(site)/[tenant]/[locale]/login/actions'\nexport const a = signOutAction\n", /Only Next imports src\/app/],
    ['src/lib importing src/data', 'src/lib/fixture.ts', "import { resolveSite } from '@/data/site'\nexport const a = resolveSite\n", /src\/lib is pure helpers/],
    ['src/lib importing a collection, by a relative path', 'src/lib/bio/fixture.ts', "import { contactKinds } from '../../collections/Contacts/kinds'\nexport const a = contactKinds\n", /src\/lib is pure helpers/],
    ['a collection importing src/data', 'src/collections/Pages/fixture.ts', "import { getToolkit } from '@/data/pages'\nexport const a = getToolkit\n", /src\/data is the door/],
    ['a script importing a test helper', 'scripts/fixture.ts', "import { siteFor } from '../tests/helpers/payload'\nexport const a = siteFor\n", /Scripts never import tests/],
    ['a component using the Local API', 'src/components/site/fixture.ts', "import { getPayload } from 'payload'\nexport const a = getPayload\n", /through src\/data/],
  ])('refuses %s', async (_case, file, code, message) => {
    const errors = await boundaryErrors(file, code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
  })

  it.each([
    ['a test importing a route handler', 'tests/int/fixture.test.ts', "import { GET } from '@/app/(site)/[tenant]/route'\nexport const a = GET\n"],
    ['src/lib importing src/lib and the locale list', 'src/lib/fixture.ts', "import { isHexColour } from '@/lib/colour'\nimport { locales } from '@/i18n/locales'\nexport const a = [isHexColour, locales]\n"],
    ['src/data importing collections and src/cache', 'src/data/fixture.ts', "import { cacheTags } from '@/cache/tags'\nimport { contactKinds } from '@/collections/Contacts/kinds'\nexport const a = [cacheTags, contactKinds]\n"],
    ['a collection importing src/cache', 'src/collections/Pages/fixture.ts', "import { expireTags } from '@/cache/revalidate'\nexport const a = expireTags\n"],
    ['a route importing src/data', 'src/app/(site)/fixture.ts', "import { resolveSite } from '@/data/site'\nexport const a = resolveSite\n"],
    ['a component importing Payload types', 'src/components/site/fixture.ts', "import type { Where } from 'payload'\nexport type A = Where\n"],
    ['src/data using the Local API', 'src/data/fixture.ts', "import { getPayload } from 'payload'\nexport const a = getPayload\n"],
  ])('allows %s', async (_case, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([])
  })
}, 180_000)
