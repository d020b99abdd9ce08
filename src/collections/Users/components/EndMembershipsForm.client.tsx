'use client'

import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import type { EndMembershipsResponse } from '../endpoints/endMemberships'

export type MemberOption = { id: number; email: string; name: string; roles: string; endsAt: string | null }

/** Today in the browser's own calendar (toISOString would give the UTC date, a day off around midnight). */
const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

/**
 * The people of one council, each with a checkbox, and the date their memberships end (today by
 * default: the end then takes effect at once). A date is the start of that day, UK time for most
 * admins (the browser's own time zone). The result is announced and the list refreshed.
 */
export function EndMembershipsForm({ tenant, members }: { tenant: { id: number; name: string }; members: MemberOption[] }) {
  const { config } = useConfig()
  const router = useRouter()
  const [chosen, setChosen] = useState<Set<number>>(new Set())
  const [date, setDate] = useState(today())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const doneRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => doneRef.current?.focus(), [done])

  const toggle = (id: number) =>
    setChosen((before) => {
      const next = new Set(before)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const submit = async () => {
    setDone(null)
    if (chosen.size === 0) return setError('Choose at least one person.')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Enter the date the memberships end.')
    setError(null)
    setBusy(true)
    try {
      // The start of the chosen day in the admin's own time zone; today means now.
      const endsAt = date === today() ? new Date() : new Date(`${date}T00:00:00`)
      const response = await fetch(`${config.serverURL}${config.routes.api}/users/end-memberships`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tenant: tenant.id, users: [...chosen], endsAt: endsAt.toISOString() }),
      })
      const json = (await response.json().catch(() => null)) as (EndMembershipsResponse & { errors?: { message: string }[] }) | null
      if (!response.ok || !json || json.errors) {
        setError(json?.errors?.[0]?.message ?? 'That did not work. Try again in a minute.')
        return
      }
      const when = Date.parse(json.endsAt) <= Date.now() ? 'now' : `on ${longDate(json.endsAt)}`
      setDone(`${json.ended} ${json.ended === 1 ? 'membership ends' : 'memberships end'} ${when}.${json.skipped.length > 0 ? ` ${json.skipped.length} skipped: ${json.skipped.map((s) => s.reason).join(' ')}` : ''}`)
      setChosen(new Set())
      router.refresh()
    } catch {
      setError('The server could not be reached. Check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }

  if (members.length === 0) return <p>{tenant.name} has no other current members.</p>
  return (
    <form
      className="invitation-import"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <fieldset className="end-memberships__people">
        <legend>Members of {tenant.name} leaving office</legend>
        {members.map((member) => (
          <div key={member.id} className="end-memberships__person">
            <input id={`end-member-${member.id}`} type="checkbox" checked={chosen.has(member.id)} onChange={() => toggle(member.id)} />
            <label htmlFor={`end-member-${member.id}`}>
              {member.name ? `${member.name} (${member.email})` : member.email}: {member.roles}
              {member.endsAt ? ` (ends ${longDate(member.endsAt)})` : ''}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="invitation-import__field">
        <label htmlFor="end-date">Memberships end on</label>
        <p id="end-date-hint" className="invitation-import__hint">
          Today ends them now. A later date ends them at the start of that day.
        </p>
        <input id="end-date" type="date" value={date} min={today()} aria-describedby="end-date-hint" onChange={(event) => setDate(event.target.value)} />
      </div>
      {error ? (
        <p className="invitation-import__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
        {busy ? 'Ending…' : `End ${chosen.size === 1 ? '1 membership' : `${chosen.size} memberships`}`}
      </button>
      {done ? (
        <p ref={doneRef} tabIndex={-1} role="status" className="end-memberships__done">
          {done}
        </p>
      ) : null}
    </form>
  )
}
