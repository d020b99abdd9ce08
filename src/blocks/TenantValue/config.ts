import type { Block } from 'payload'

import { contactKindOptions } from '@/collections/Contacts/kindOptions'

/**
 * An inline value in running text that shows the tenant's own data when the page is shown for
 * that tenant: "tell {council name}'s Monitoring Officer", "call {police force} on 101". It lets
 * baseline text read locally without every tenant rewriting it.
 */
export const TenantValueBlock: Block = {
  slug: 'tenantValue',
  interfaceName: 'TenantValueInline',
  labels: { singular: 'Tenant value', plural: 'Tenant values' },
  fields: [
    {
      name: 'value',
      type: 'select',
      required: true,
      defaultValue: 'tenant-name',
      options: [
        { label: 'Council or party name', value: 'tenant-name' },
        { label: 'Police force', value: 'police-force' },
        { label: 'A contact', value: 'contact' },
      ],
    },
    {
      name: 'contactKind',
      type: 'select',
      options: contactKindOptions,
      admin: { condition: (_data, siblingData) => siblingData?.value === 'contact' },
      validate: (value: unknown, { siblingData }: { siblingData?: unknown }) =>
        (siblingData as { value?: unknown } | undefined)?.value === 'contact' && !value ? 'Choose which contact.' : true,
    },
  ],
}
