import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import tseslint from 'typescript-eslint'

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
    // `payload migrate:create` writes `up({ db, payload, req })` whether or not they are used.
    name: 'portal/generated-migrations',
    files: ['migrations/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
]

export default config
