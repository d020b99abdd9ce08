import { cookies } from 'next/headers'
import type { ServerProps } from 'payload'

import { isPlatformAdmin } from '@/access/roles'
import { selectedTenant } from '@/admin/selectedTenant'

import { councilChecklist, type CouncilChecklist } from './checklist'

/**
 * The top of the dashboard: the council being edited (the tenant selector's choice, or an
 * editor's only council), a link to its site, and what needs doing there, each item a link to
 * where it is done. A platform admin who has chosen no council sees the national toolkit's own
 * list and is told how to choose a council. Onboarding, reports and translation panels follow it
 * in `admin.components.beforeDashboard`.
 */
export async function CouncilPanel({ payload, user }: ServerProps) {
  if (!user) return null
  const chosen = selectedTenant((await cookies()).get('payload-tenant')?.value, user)
  const admin = isPlatformAdmin(user)
  let tenantId = chosen
  if (tenantId === null && admin) {
    const baseline = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, user, overrideAccess: false, depth: 0, limit: 1, select: { slug: true } })
    tenantId = baseline.docs[0]?.id ?? null
  }
  const checklist = tenantId === null ? null : await councilChecklist(payload, user, tenantId)

  if (!checklist) {
    return (
      <section className="council-panel" aria-labelledby="council-panel-heading">
        <h2 id="council-panel-heading">Your council</h2>
        <p>Choose a council in the tenant selector in the menu to see what needs doing there.</p>
      </section>
    )
  }
  return <ChecklistPanel checklist={checklist} chooseCouncilHint={admin && chosen === null} />
}

function ChecklistPanel({ checklist, chooseCouncilHint }: { checklist: CouncilChecklist; chooseCouncilHint: boolean }) {
  const { tenant, siteHref, items } = checklist
  const todo = items.filter((item) => item.count > 0)
  const done = items.filter((item) => item.count === 0)
  return (
    <section className="council-panel" aria-labelledby="council-panel-heading">
      <div className="council-panel__head">
        <h2 id="council-panel-heading">{tenant.kind === 'baseline' ? 'National toolkit' : tenant.name}</h2>
        {siteHref ? (
          <a className="council-panel__site" href={siteHref}>
            View site<span className="council-panel__hidden"> of {tenant.name}</span>
          </a>
        ) : null}
      </div>
      {chooseCouncilHint ? <p>You are seeing the national pages and contacts. Choose a council in the tenant selector in the menu to see its list.</p> : null}
      <h3 id="council-panel-todo">{todo.length === 0 ? 'Nothing needs your attention' : 'Needs your attention'}</h3>
      {todo.length > 0 ? (
        <ul className="council-panel__list" aria-labelledby="council-panel-todo">
          {todo.map((item) => (
            <li key={item.key} data-checklist={item.key}>
              <a href={item.href}>{item.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {done.length > 0 ? (
        <ul className="council-panel__list council-panel__list--done" aria-label="Done">
          {done.map((item) => (
            <li key={item.key} data-checklist={item.key}>
              <span aria-hidden="true">✓ </span>
              {item.text}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
