import type { CollectionConfig } from 'payload'

import { platformAdminOnly } from '@/access/platformAdminOnly'
import { nobody } from '@/access/nobody'
import { expireTags } from '@/cache/revalidate'
import { cacheTags } from '@/cache/tags'
import { locales } from '@/i18n/locales'

/** The longest term or expansion: a few words, never a paragraph (each word becomes a query term). */
export const SYNONYM_MAX_LENGTH = 80

const wordsOnly = (label: string) => (value: unknown) => {
  if (typeof value !== 'string' || !value.trim()) return `${label} is required.`
  if (value.length > SYNONYM_MAX_LENGTH) return `${label} must be at most ${SYNONYM_MAX_LENGTH} characters (it has ${value.length}).`
  if (!/\p{L}/u.test(value)) return `${label} must contain at least one word.`
  return true
}

/**
 * Words readers search for that the toolkit's text does not use ("doxxing" for "home address"),
 * per language. The site expands a query with them (src/data/search.ts); PostgreSQL's own synonym
 * dictionaries are files on the database server, which managed hosts do not let us write. National:
 * one list serves every tenant, kept by the platform admins who keep the national text. Read is
 * public, like the pages whose words these are.
 */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  labels: { singular: 'Search synonym', plural: 'Search synonyms' },
  admin: {
    group: 'Platform',
    useAsTitle: 'term',
    defaultColumns: ['term', 'expansion', 'locale', 'updatedAt'],
    hidden: ({ user }) => !user?.roles?.includes('platform-admin'),
    description:
      'A search for the term also finds pages with the expansion, in that language: "doxxing" finds "home address". The reverse is not automatic: add it as its own row if it helps.',
  },
  access: {
    read: () => true,
    create: platformAdminOnly,
    update: platformAdminOnly,
    delete: platformAdminOnly,
    readVersions: nobody,
    unlock: platformAdminOnly,
  },
  hooks: {
    afterChange: [({ doc }) => (expireTags([cacheTags.searchSynonyms]), doc)],
    afterDelete: [({ doc }) => (expireTags([cacheTags.searchSynonyms]), doc)],
  },
  timestamps: true,
  fields: [
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: locales.map((code) => ({ label: code, value: code })),
      admin: { description: 'The language readers search in.' },
    },
    {
      name: 'term',
      type: 'text',
      required: true,
      index: true,
      maxLength: SYNONYM_MAX_LENGTH,
      validate: wordsOnly('Term'),
      admin: { description: 'What a reader might type, e.g. "doxxing".' },
    },
    {
      name: 'expansion',
      type: 'text',
      required: true,
      maxLength: SYNONYM_MAX_LENGTH,
      validate: wordsOnly('Expansion'),
      admin: { description: 'The words the toolkit uses for it, e.g. "home address".' },
    },
  ],
}
