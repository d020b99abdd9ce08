'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { tenantRoleLabels } from '@/access/roles'
import { toCsv } from '@/lib/csv'

import type { ImportRefusal, ImportResponse } from '../endpoints/importInvitations'

type Props = { tenants: { id: number; name: string }[]; initialTenant: number | null; maxRows: number; invitationsHref: string }

type Answer = { ok: true; body: ImportResponse } | { ok: false; field: 'file' | 'tenant'; message: string }

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`

/**
 * Choose the council and the file, check it (nothing is written), read the preview with each
 * row's problem, then invite the rows without one. Errors are shown beside their field and
 * announced; the preview's heading takes focus so a screen reader starts there. The file stays
 * chosen throughout, so nothing chosen is lost when a row needs fixing.
 */
export function ImportForm({ tenants, initialTenant, maxRows, invitationsHref }: Props) {
  const { config } = useConfig()
  const [tenant, setTenant] = useState<string>(initialTenant === null ? '' : String(initialTenant))
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<{ file?: string; tenant?: string }>({})
  const [preview, setPreview] = useState<ImportResponse | null>(null)
  const [done, setDone] = useState<ImportResponse | null>(null)
  const previewHeading = useRef<HTMLHeadingElement>(null)
  const doneHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => previewHeading.current?.focus(), [preview])
  useEffect(() => doneHeading.current?.focus(), [done])

  const send = async (mode: 'preview' | 'confirm'): Promise<Answer> => {
    const body = new FormData()
    if (file) body.append('file', file)
    const response = await fetch(`${config.serverURL}${config.routes.api}/invitations/import?tenant=${encodeURIComponent(tenant)}&mode=${mode}`, {
      method: 'POST',
      credentials: 'include',
      body,
    })
    const json = (await response.json().catch(() => null)) as ImportResponse | ImportRefusal | null
    if (response.ok && json && 'rows' in json) return { ok: true, body: json }
    const first = json && 'errors' in json ? json.errors[0] : undefined
    return { ok: false, field: first?.field === 'tenant' ? 'tenant' : 'file', message: first?.message ?? 'The server could not check the file. Try again in a minute.' }
  }

  const run = async (mode: 'preview' | 'confirm') => {
    const missing = { ...(tenant === '' ? { tenant: 'Choose the council or party to invite people to.' } : {}), ...(file ? {} : { file: 'Choose a CSV file.' }) }
    setErrors(missing)
    if (Object.keys(missing).length > 0) return
    setBusy(true)
    try {
      const answer = await send(mode)
      if (!answer.ok) {
        setErrors({ [answer.field]: answer.message })
        setPreview(null)
      } else if (mode === 'preview') {
        setPreview(answer.body)
      } else {
        setPreview(null)
        setDone(answer.body)
      }
    } catch {
      setErrors({ file: 'The server could not be reached. Check your connection and try again.' })
    } finally {
      setBusy(false)
    }
  }

  const restart = () => {
    setPreview(null)
    setDone(null)
    setErrors({})
  }

  const problems = (preview?.rows ?? []).filter((row) => row.problem !== null)
  const problemsCsv = problems.length > 0 ? toCsv(['name', 'email', 'role', 'ward', 'problem'], problems.map((row) => [row.name, row.email, row.roleText, row.ward, row.problem ?? ''])) : null

  return (
    <div className="invitation-import">
      <p style={{ maxWidth: '48rem' }}>
        Invite up to {maxRows} people from one CSV file. Nothing is sent until you have checked the preview and pressed “Invite”. Importing the same file again invites
        nobody twice.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void run('preview')
        }}
      >
        <div className="invitation-import__field">
          <label htmlFor="import-tenant">Council or party</label>
          <select
            id="import-tenant"
            value={tenant}
            aria-invalid={errors.tenant ? true : undefined}
            aria-describedby={errors.tenant ? 'import-tenant-error' : undefined}
            onChange={(event) => {
              setTenant(event.target.value)
              restart()
            }}
          >
            {tenants.length > 1 || tenant === '' ? <option value="">Choose…</option> : null}
            {tenants.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          {errors.tenant ? (
            <p id="import-tenant-error" className="invitation-import__error" role="alert">
              {errors.tenant}
            </p>
          ) : null}
        </div>
        <div className="invitation-import__field">
          <label htmlFor="import-file">CSV file</label>
          <p id="import-file-hint" className="invitation-import__hint">
            The first row names the columns: <strong>name</strong>, <strong>email</strong>, <strong>role</strong> (councillor, candidate, officer, editor or tenant admin;
            empty means councillor) and, if you like, <strong>ward</strong>. Save it from your spreadsheet as “CSV UTF-8”; commas or semicolons both work.
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`import-file-hint${errors.file ? ' import-file-error' : ''}`}
            aria-invalid={errors.file ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              restart()
            }}
          />
          {errors.file ? (
            <p id="import-file-error" className="invitation-import__error" role="alert">
              {errors.file}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
          {busy && !preview ? 'Checking…' : 'Check the file'}
        </button>
      </form>

      {preview ? (
        <section aria-labelledby="import-preview-heading" className="invitation-import__preview">
          <h2 id="import-preview-heading" ref={previewHeading} tabIndex={-1}>
            Preview for {preview.tenant.name}
          </h2>
          <p>
            {preview.ready === 0 ? 'Nobody in this file can be invited.' : `${people(preview.ready)} will be invited.`}{' '}
            {problems.length > 0 ? `${problems.length} ${problems.length === 1 ? 'row has a problem' : 'rows have problems'} and will be skipped: fix ${problems.length === 1 ? 'it' : 'them'} in your spreadsheet and import the file again.` : ''}
          </p>
          <div className="invitation-import__table">
            <table>
              <caption>Rows in the file</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Ward</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.row} data-problem={row.problem === null ? undefined : 'true'}>
                    <th scope="row">{row.row}</th>
                    <td>{row.name}</td>
                    <td>{row.email}</td>
                    <td>{row.role ? tenantRoleLabels[row.role].label : row.roleText}</td>
                    <td>{row.ward}</td>
                    <td>{row.problem ?? 'Will be invited'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="invitation-import__actions">
            <button type="button" className="btn btn--style-primary btn--size-medium" disabled={busy || preview.ready === 0} onClick={() => void run('confirm')}>
              {busy ? 'Inviting…' : `Invite ${people(preview.ready)}`}
            </button>
            {problemsCsv ? (
              <a
                className="btn btn--style-secondary btn--size-medium"
                download="rows-with-problems.csv"
                href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${problemsCsv}`)}`}
              >
                Download the rows with problems (CSV)
              </a>
            ) : null}
          </p>
        </section>
      ) : null}

      {done ? (
        <section aria-labelledby="import-done-heading" className="invitation-import__done">
          <h2 id="import-done-heading" ref={doneHeading} tabIndex={-1}>
            {done.invited === 0 ? 'Nobody was invited' : `${people(done.invited)} invited`}
          </h2>
          <p>
            {done.invited > 0 ? `Each gets an email with their own link to ${done.tenant.name}'s site.` : ''}{' '}
            {done.rows.length - done.invited > 0 ? `${done.rows.length - done.invited} ${done.rows.length - done.invited === 1 ? 'row was' : 'rows were'} skipped.` : ''}
          </p>
          <p>
            <a href={invitationsHref}>See the invitations</a>
          </p>
        </section>
      ) : null}
    </div>
  )
}
