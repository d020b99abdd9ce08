import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

/*
 * Layers that point one way. `import/no-restricted-paths` (eslint-plugin-import, already installed
 * with eslint-config-next) checks the file an import resolves to, through the TypeScript resolver
 * that config sets up, so `@/data/x`, `../../data/x` and `./x` are judged alike; no new dependency.
 * eslint-plugin-boundaries would say the same with element types, at the cost of one more package.
 */
const layers = [
  {
    target: [`${root}/src/!(app)/**`, `${root}/src/*.{ts,tsx}`, `${root}/scripts/**`, `${root}/payload.config.ts`],
    from: `${root}/src/app`,
    message: 'Only Next imports src/app: move what is shared to src/components, src/data or src/lib.',
  },
  {
    target: [`${root}/src/lib/*.ts`, `${root}/src/lib/*/**`],
    from: `${root}/src`,
    except: ['./lib', './i18n/locales.ts'],
    message: 'src/lib is pure helpers: it imports only src/lib (and the locale list).',
  },
  {
    target: ['access', 'admin', 'cache', 'collections', 'email', 'endpoints', 'fields', 'hooks', 'i18n', 'jobs', 'seed', 'storage', 'tailoring'].map((dir) => `${root}/src/${dir}`),
    from: `${root}/src/data`,
    message: 'src/data is the door the site reads Payload through; it sits above collections, cache and i18n, never below.',
  },
  {
    target: `${root}/scripts`,
    from: `${root}/tests`,
    message: 'Scripts never import tests: put what both need in scripts/lib.',
  },
]

/** Folders that may hold Payload values (the Local API, config); elsewhere types only, or go through src/data. */
const payloadFolders = ['data', 'collections', 'fields', 'tailoring', 'access', 'hooks', 'jobs', 'endpoints', 'seed', 'app/(payload)'].map((dir) => `src/${dir}/**`)

const config = [
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
      'migrations/*.json',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // next/typescript already spreads this; listing it keeps the intent explicit, and the
  // plugin objects are the same, so ESLint accepts the second registration.
  ...tseslint.configs.recommended,
  {
    // eslint-config-next registers the jsx-a11y plugin (a plugin may be registered once),
    // but turns on only a handful of its rules: add the rest of the recommended set.
    name: 'portal/jsx-a11y-recommended',
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    name: 'portal/rules',
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'portal/layers',
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'payload.config.ts'],
    rules: { 'import/no-restricted-paths': ['error', { zones: layers }] },
  },
  {
    name: 'portal/payload-through-the-door',
    files: ['src/**/*.{ts,tsx}'],
    ignores: payloadFolders,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'payload', allowTypeImports: true, message: 'Read Payload through src/data (types are fine).' },
            { name: '@payload-config', allowTypeImports: true, message: 'Read Payload through src/data.' },
          ],
        },
      ],
    },
  },
  {
    // `payload migrate:create` writes `up({ db, payload, req })` whether or not they are used.
    name: 'portal/generated-migrations',
    files: ['migrations/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
]

export default config
