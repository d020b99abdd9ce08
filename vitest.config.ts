import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url))

// Mirrors `paths` in tsconfig.json.
const alias = [
  { find: /^@\//, replacement: `${fromRoot('./src')}/` },
  { find: /^@payload-config$/, replacement: fromRoot('./payload.config.ts') },
]

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          // The files share one database; running them one at a time keeps their data apart.
          fileParallelism: false,
          testTimeout: 60_000,
          // The first file that needs the seeded baseline seeds it in its beforeAll (ensureSeeded):
          // eleven national pages in four languages, over a minute on a busy two-core machine.
          hookTimeout: 240_000,
          globalSetup: ['tests/helpers/intGlobalSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // `npm test -- --only cluster`: starts `npm run cluster` on a throwaway database.
          name: 'cluster',
          include: ['tests/cluster/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          sequence: { concurrent: false },
          testTimeout: 120_000,
          // Seeding a fresh database and starting every process: minutes on a busy machine.
          hookTimeout: 16 * 60_000,
        },
      },
    ],
  },
})
