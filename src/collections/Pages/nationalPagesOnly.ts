import type { Config, Field, FilterOptions } from 'payload'
import { findBaselineTenant } from '@/collections/baselineTenant'


const nationalPages: FilterOptions = async ({ req }) => {
  const baseline = (await findBaselineTenant(req.payload, { req }))?.id
  return baseline === undefined ? false : { tenant: { equals: baseline } }
}

/**
 * `pages.tailors` points from a tenant's page to a national (baseline) page, i.e. across
 * tenants by design. The multi-tenant plugin narrows every relationship to a tenant-scoped
 * collection to the document's own tenant, which makes every valid choice invalid; this
 * plugin, placed after it, gives the field its own filter: national pages only.
 */
export function nationalPagesOnlyForTailoring(config: Config): Config {
  const withFilter = (fields: Field[]): Field[] =>
    fields.map((field) => (field.type === 'relationship' && field.name === 'tailors' ? { ...field, filterOptions: nationalPages } : field))
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug === 'pages' ? { ...collection, fields: withFilter(collection.fields) } : collection,
    ),
  }
}
