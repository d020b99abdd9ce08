'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'

import type { ReportSnapshot } from '../options'

const when = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }) : '—'

const contactLabels: Record<ReportSnapshot['contact']['preference'], string> = {
  email: 'By email (their account address)',
  phone: 'By phone',
  'no-contact': 'Please do not contact them unless it is urgent',
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, 14rem) 1fr', gap: '0.5rem', padding: '0.4rem 0', borderBottom: '1px solid var(--theme-elevation-150)' }}>
      <dt style={{ fontWeight: 600 }}>{term}</dt>
      <dd style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{children}</dd>
    </div>
  )
}

/**
 * The report as the councillor sent it, read-only: the incident, their note and how to contact
 * them, and the evidence they chose (each a download from the report's own copy, recorded in the
 * incident's history). Filled only for the officers it was sent to; the server leaves it empty
 * for anyone else.
 */
export function SnapshotField() {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const snapshot = useFormFields(([fields]) => fields.snapshot?.value) as ReportSnapshot | null | undefined
  if (!snapshot || typeof snapshot !== 'object') return null
  const { incident } = snapshot
  const list = (items: string[]) => (items.length ? items.join('\n') : '—')
  return (
    <section aria-labelledby="report-snapshot-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="report-snapshot-heading">What the councillor shared</h2>
      <p>As it was when they sent it: later changes to their own record do not appear here.</p>
      <dl>
        <Row term="When">{`${when(incident.happenedAt)}${incident.happenedUntil ? ` until ${when(incident.happenedUntil)}` : ''}`}</Row>
        <Row term="Where">{incident.platform ?? '—'}</Row>
        <Row term="Kinds">{incident.kinds.join(', ') || '—'}</Row>
        <Row term="What happened">{incident.whatHappened || '—'}</Row>
        <Row term="Impact">{incident.impact || '—'}</Row>
        <Row term="Witnesses">{incident.witnesses || '—'}</Row>
        <Row term="Handles">{list(incident.handles)}</Row>
        <Row term="Links">{list(incident.links)}</Row>
        <Row term="Reported to the platform">{incident.platformReport.reportedOn ? `${when(incident.platformReport.reportedOn)} ${incident.platformReport.reference} ${incident.platformReport.outcome}`.trim() : '—'}</Row>
        <Row term="Reported to the police">{incident.policeReport.reportedOn ? `${when(incident.policeReport.reportedOn)} ${incident.policeReport.crimeReference} ${incident.policeReport.officer}`.trim() : '—'}</Row>
        <Row term="Their note to you">{snapshot.note || '—'}</Row>
        <Row term="How to contact them">{`${contactLabels[snapshot.contact.preference]}${snapshot.contact.detail ? `: ${snapshot.contact.detail}` : ''}`}</Row>
        <Row term="Sent to">{snapshot.sentTo.map((officer) => `${officer.name} (${officer.title})`).join(', ')}</Row>
      </dl>
      <h3>Evidence</h3>
      {snapshot.evidence.length === 0 ? (
        <p>None shared.</p>
      ) : (
        <ul>
          {snapshot.evidence.map((item, index) => (
            <li key={`${item.sha256}-${index}`}>
              <a href={`${config.serverURL}${config.routes.api}/incident-reports/${String(id)}/evidence/${index}`} download>
                {item.fileName || `Evidence ${index + 1}`}
              </a>{' '}
              ({item.mimeType}, {Math.ceil(item.size / 1024)} KB, SHA-256 {item.sha256.slice(0, 12)}…)
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
