import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/admin/AdminViewFrame'
import { isPlatformAdmin } from '@/access/roles'
import { selectedTenant } from '@/admin/selectedTenant'
import { TextDiff } from '@/admin/TextDiff'
import { nationalChangesSince, nationalToolkitFor, type TailoringState, type ToolkitEntry } from '@/tailoring/nationalToolkit'

import { ToolkitActions } from './ToolkitActions.client'

const stateWords: Record<TailoringState, { label: string; hint: string; colour: string }> = {
  inherited: { label: 'National version', hint: 'Your site shows the national text and gets its updates.', colour: '#1d4f91' },
  tailored: { label: 'Tailored', hint: 'Your site shows your own version.', colour: '#00703c' },
  drifted: { label: 'Tailored, national page changed since', hint: 'Your site shows your version; the national text has changed since you tailored it.', colour: '#8a4b00' },
  hidden: { label: 'Hidden', hint: 'Your site does not show this page.', colour: '#505a5f' },
}

const dateOf = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

async function Changes({ entry, payload }: { entry: ToolkitEntry; payload: AdminViewServerProps['payload'] }) {
  if (!entry.copy) return null
  const changes = await nationalChangesSince(payload, entry.collection, entry.id, entry.copy.tailoredAt)
  return (
    <details style={{ marginTop: '0.5rem' }}>
      <summary>What changed nationally since you tailored it ({dateOf(entry.copy.tailoredAt)})</summary>
      {changes.parts === null ? (
        <p>{changes.reason}</p>
      ) : changes.parts.length === 0 ? (
        <p>Only settings changed, not the text.</p>
      ) : (
        <TextDiff parts={changes.parts} label={`National changes to “${entry.title}”`} />
      )}
    </details>
  )
}

/**
 * /admin/national-toolkit: every national page and rules-of-engagement template, with its state
 * for the council being edited and the actions that change it. A custom view rather than a
 * column in the Pages list: that list is filtered to the selected council's own documents by the
 * multi-tenant plugin, and an editor needs pages and templates side by side, each with what it
 * means for their site, in words.
 */
export async function NationalToolkitView(props: AdminViewServerProps) {
  const { initPageResult, payload } = props
  const { req, cookies } = initPageResult
  const principal = req.user
  const tenant = selectedTenant(cookies.get('payload-tenant'), principal)
  const entries = principal ? await nationalToolkitFor(payload, principal, tenant) : []
  const councilName = tenant !== null ? (await payload.findByID({ collection: 'tenants', id: tenant, depth: 0, locale: 'en', select: { name: true }, overrideAccess: true, disableErrors: true }))?.name : null
  const admin = isPlatformAdmin(principal)
  const groups = [...new Set(entries.map((entry) => entry.group))]

  return (
    <AdminViewFrame props={props} viewType="national-toolkit" title="National toolkit">
        <p style={{ maxWidth: '48rem' }}>
          {councilName
            ? `The national pages and rules of engagement, and what ${councilName}'s site shows for each. Tailor one to make your own version (a draft until you publish it); hide a page your council does not need.`
            : admin
              ? 'Choose a council in the tenant selector to see and change what its site shows. Below, how many councils tailored or hid each national page.'
              : 'You do not edit a council, so there is nothing to tailor here.'}
        </p>
        {groups.map((group, index) => (
          <section key={group} aria-labelledby={`toolkit-group-${index}`}>
            <h2 id={`toolkit-group-${index}`} style={{ marginTop: '2rem' }}>
              {group}
            </h2>
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: 'left', width: '40%' }}>National {group.startsWith('Rules') ? 'template' : 'page'}</th>
                  {tenant !== null && councilName ? <th scope="col" style={{ textAlign: 'left' }}>On {councilName}&apos;s site</th> : null}
                  {tenant !== null && councilName ? <th scope="col" style={{ textAlign: 'left' }}>Actions</th> : null}
                  {admin ? <th scope="col" style={{ textAlign: 'left' }}>Councils that tailored / hid it</th> : null}
                </tr>
              </thead>
              <tbody>
                {entries
                  .filter((entry) => entry.group === group)
                  .map((entry) => (
                    <tr key={`${entry.collection}-${entry.id}`} style={{ borderTop: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' }}>
                      <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', padding: '0.5rem 0.5rem 0.5rem 0' }}>
                        <a href={`${payload.config.routes.admin}/collections/${entry.collection}/${entry.id}`}>{entry.title}</a>
                        <div style={{ fontSize: '0.85em' }}>Updated nationally {dateOf(entry.updatedAt)}</div>
                        {entry.state === 'drifted' ? <Changes entry={entry} payload={payload} /> : null}
                      </th>
                      {entry.state && tenant !== null ? (
                        <td style={{ padding: '0.5rem' }}>
                          <strong style={{ color: stateWords[entry.state].colour }}>{stateWords[entry.state].label}</strong>
                          {entry.copy && entry.state !== 'hidden' ? <span>{entry.copy.status === 'draft' ? ' (draft, not yet published)' : ''}</span> : null}
                          <div style={{ fontSize: '0.85em' }}>{stateWords[entry.state].hint}</div>
                        </td>
                      ) : null}
                      {entry.state && tenant !== null ? (
                        <td style={{ padding: '0.5rem' }}>
                          <ToolkitActions collection={entry.collection} nationalId={entry.id} tenant={tenant} title={entry.title} state={entry.state} copyId={entry.copy?.id ?? null} />
                        </td>
                      ) : null}
                      {admin && entry.counts ? (
                        <td style={{ padding: '0.5rem' }}>
                          {entry.counts.tailored} tailored, {entry.counts.hidden} hidden
                        </td>
                      ) : null}
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
    </AdminViewFrame>
  )
}
