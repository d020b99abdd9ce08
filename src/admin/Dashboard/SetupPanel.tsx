import { cookies } from 'next/headers'
import type { ServerProps } from 'payload'

import { selectedTenant } from '@/admin/selectedTenant'

import { setupChecklist } from './setup'

/**
 * For a council's tenant admins (and a platform admin who has chosen the council): the first
 * hour's list, items ticked from the data (./setup.ts). It goes away once everything is done,
 * since the council panel above it then carries the day-to-day list.
 */
export async function SetupPanel({ payload, user }: ServerProps) {
  if (!user) return null
  const tenantId = selectedTenant((await cookies()).get('payload-tenant')?.value, user)
  if (tenantId === null) return null
  const checklist = await setupChecklist(payload, user, tenantId)
  if (!checklist || checklist.done === checklist.items.length) return null
  return (
    <section className="council-panel setup-panel" aria-labelledby="setup-panel-heading">
      <h2 id="setup-panel-heading">Setting up {checklist.tenant.name}</h2>
      <p>
        {checklist.done} of {checklist.items.length} done. Each item ticks itself when the portal sees it in place.
      </p>
      <ol className="setup-panel__list">
        {checklist.items.map((item) => (
          <li key={item.key} data-setup={item.key} data-done={item.done ? 'true' : 'false'}>
            <span className="setup-panel__state">{item.done ? '✓ Done:' : 'To do:'}</span>{' '}
            {item.done ? item.text : <a href={item.href}>{item.text}</a>}
          </li>
        ))}
      </ol>
    </section>
  )
}
