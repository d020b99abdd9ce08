import type { ContactKind } from '@/collections/Contacts/kindOptions'
import { isContactKind } from '@/collections/Contacts/kindOptions'

/** What a page needs to fill in tenant values for one tenant and language. */
export type TenantValueContext = {
  tenantName: string
  policeForce: string | null
  /** The tenant's contact of each kind (its own, or the national one it inherits). */
  contacts: Partial<Record<ContactKind, { label: string; phone: string | null }>>
  /** Wording for a kind with no contact at all, in the reader's language ("your council's Monitoring Officer"). */
  fallbacks: Record<ContactKind | 'police-force', string>
  /** Editors previewing see a visible "not set" where a value is missing; the public sees the fallback. */
  preview: boolean
  notSetLabel: string
}

type Props = { value: unknown; contactKind: unknown; context: TenantValueContext }

function NotSet({ children, context }: { children: string; context: TenantValueContext }) {
  if (!context.preview) return <>{children}</>
  return (
    <mark className="tenant-value-missing">
      {children} ({context.notSetLabel})
    </mark>
  )
}

/** An inline tenant value: never empty, never broken text, whatever is missing. */
export function TenantValue({ value, contactKind, context }: Props) {
  if (value === 'tenant-name') return <>{context.tenantName}</>
  if (value === 'police-force') {
    return context.policeForce ? <>{context.policeForce}</> : <NotSet context={context}>{context.fallbacks['police-force']}</NotSet>
  }
  if (value === 'contact' && isContactKind(contactKind)) {
    const contact = context.contacts[contactKind]
    if (!contact) return <NotSet context={context}>{context.fallbacks[contactKind]}</NotSet>
    return (
      <>
        {contact.label}
        {contact.phone ? (
          <>
            {' '}
            (<a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>)
          </>
        ) : null}
      </>
    )
  }
  return <>{context.tenantName}</>
}
