import { describe, expect, it } from 'vitest'

import { Media } from '@/collections/Media'
import { tenantScoped } from '@/collections/tenantScoped'

import {
  accessRules,
  collectionProfiles,
  collectionsWithoutRows,
  type ConfigCollection,
  expandRules,
  graphqlNamesOf,
  matrixOf,
} from '../helpers/accessExpectations'
import { sampleDocuments } from '../helpers/sampleDocuments'

/*
 * The access matrix's rows for a tenant-scoped collection come from its tenantScoped()
 * declaration when it uses a standard read rule, and a collection with no rows at all (derived,
 * written, or a file of its own) fails the matrix and the coverage test by name. The collections
 * here are built by the real factory; only their slugs are borrowed (the factory accepts
 * registered slugs only), and they are renamed so they cannot meet the real ones.
 */
const asConfig = (collection: ReturnType<typeof tenantScoped>, slug: string, singular: string, plural: string): ConfigCollection => ({
  ...collection,
  slug,
  labels: { singular, plural },
  custom: { tenantScoped: { ...(collection.custom?.tenantScoped as object), slug } },
})

const staffNotes = asConfig(tenantScoped({ slug: 'contacts', readers: 'staff', fields: [{ name: 'title', type: 'text' }] }), 'notes', 'Note', 'Notes')
const ownRule = asConfig(
  tenantScoped({ slug: 'contacts', access: { read: () => true }, fields: [{ name: 'title', type: 'text' }] }),
  'diaries',
  'Diary',
  'Diaries',
)
const notesSample = { notes: { markerField: 'title', data: (marker: string) => ({ title: marker }) } }

describe('rows derived from tenantScoped()', () => {
  it('fails naming a collection that has no rows and no file of its own', () => {
    const { rules } = matrixOf([ownRule], notesSample)
    expect(collectionsWithoutRows([ownRule.slug], rules)).toEqual(['diaries'])
    // ... and is satisfied once the collection's access is tested in a file of its own.
    expect(collectionsWithoutRows([ownRule.slug], rules, { diaries: 'tests/int/diaries.test.ts' })).toEqual([])
  })

  it('derives staff-only rows, every role and target, from readers: staff', () => {
    const matrix = matrixOf([staffNotes], notesSample)
    expect(matrix.derived).toEqual(['notes'])
    expect(collectionsWithoutRows(['notes'], matrix.rules)).toEqual([])
    const { cases } = expandRules(matrix.rules, matrix.profiles)
    const notes = cases.filter((c) => c.collection === 'notes')
    const allowed = (operation: string, target: string) =>
      [...new Set(notes.filter((c) => c.operation === operation && c.target === target && c.expected === 'allowed').map((c) => c.role))].sort()
    expect(allowed('find', 'A')).toEqual(['editor', 'platform-admin', 'tenant-admin'])
    expect(allowed('find', 'B')).toEqual(['platform-admin'])
    expect(allowed('create', 'A')).toEqual(['editor', 'platform-admin', 'tenant-admin'])
    expect(allowed('delete', 'baseline')).toEqual(['platform-admin'])
    // 7 roles × (3 reads + 3 writes) × 4 targets × 3 channels.
    expect(notes).toHaveLength(7 * 6 * 4 * 3)
  })

  it('refuses to derive rows for a collection without a sample document', () => {
    expect(() => matrixOf([staffNotes], {})).toThrow(/notes.*sample document/)
  })

  it("leaves a collection's own read rule, or a replaced operation, to rows written by hand", () => {
    expect(matrixOf([ownRule], notesSample).derived).toEqual([])
    const replaced = asConfig(tenantScoped({ slug: 'contacts', readers: 'public', access: { delete: () => false }, fields: [] }), 'notes', 'Note', 'Notes')
    expect(matrixOf([replaced], notesSample).derived).toEqual([])
  })

  it("derives media's rows from its declaration, with its written profile's GraphQL names", () => {
    const media = { ...Media, labels: { singular: 'Media', plural: 'Media' } }
    const matrix = matrixOf([media], sampleDocuments)
    expect(matrix.derived).toEqual(['media'])
    expect(matrix.profiles.media).toMatchObject({ upload: true, markerField: 'alt', graphql: { many: 'allMedia', count: 'countallMedia', createInput: 'mutationMediaInput' } })
    expect(graphqlNamesOf({ slug: 'engagement-templates', labels: { singular: 'Engagement Template', plural: 'Engagement Templates' } })).toEqual({
      ...collectionProfiles['engagement-templates'].graphql,
    })
    // Every written rule still has its profile.
    expect(() => expandRules(accessRules, matrix.profiles)).not.toThrow()
  })
})
