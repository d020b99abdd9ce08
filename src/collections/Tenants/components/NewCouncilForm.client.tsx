'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { suggestSlug } from '@/lib/slug'

import type { NewCouncilAnswer, NewCouncilField } from '../endpoints/newCouncil'

type Option = { value: string; label: string }
type Props = { nations: Option[]; languages: Option[]; tenantsHref: string; invitationsHref: string }

type Values = { name: string; slug: string; kind: 'council' | 'party'; nation: string; locales: string[]; defaultLocale: string; adminName: string; adminEmail: string }
type Errors = Partial<Record<NewCouncilField | 'form', string>>

const fieldOrder: NewCouncilField[] = ['name', 'slug', 'kind', 'nation', 'locales', 'defaultLocale', 'adminName', 'adminEmail']

/**
 * One form for a new council's first step: the council, and the person who will run its portal.
 * Sent as JSON to /api/tenants/new-council, which creates both or neither. Each refusal is shown
 * beside its field and in a summary that takes focus; everything typed stays in the form.
 */
export function NewCouncilForm({ nations, languages, tenantsHref, invitationsHref }: Props) {
  const { config } = useConfig()
  const [values, setValues] = useState<Values>({ name: '', slug: '', kind: 'council', nation: '', locales: ['en'], defaultLocale: 'en', adminName: '', adminEmail: '' })
  const [slugTouched, setSlugTouched] = useState(false)
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Extract<NewCouncilAnswer, { ok: true }> | null>(null)
  const summary = useRef<HTMLDivElement>(null)
  const doneHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (Object.keys(errors).length > 0) summary.current?.focus()
  }, [errors])
  useEffect(() => doneHeading.current?.focus(), [done])

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }))

  const submit = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/tenants/new-council`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(values),
      })
      const answer = (await response.json().catch(() => null)) as NewCouncilAnswer | null
      if (answer?.ok) {
        setErrors({})
        setDone(answer)
        return
      }
      const next: Errors = {}
      for (const error of answer && !answer.ok ? answer.errors : []) {
        const key = error.field ?? 'form'
        next[key] = next[key] ? `${next[key]} ${error.message}` : error.message
      }
      setErrors(Object.keys(next).length > 0 ? next : { form: 'The server could not open the council. Try again in a minute.' })
    } catch {
      setErrors({ form: 'The server could not be reached. Check your connection and try again.' })
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <div className="new-council__done">
        <h2 ref={doneHeading} tabIndex={-1}>
          {done.tenant.name} is open
        </h2>
        <p>
          An invitation to run its portal is on its way to <strong>{done.invitation.email}</strong>. When they accept, their dashboard lists what to set up first:
          branding, police and support contacts, an officer to receive reports, languages, rules of engagement, and councillors.
        </p>
        <ul>
          <li>
            <a href={`${tenantsHref}/${done.tenant.id}`}>Open {done.tenant.name}’s settings</a>
          </li>
          <li>
            <a href={invitationsHref}>See the invitation</a>
          </li>
        </ul>
      </div>
    )
  }

  const describedBy = (field: NewCouncilField, hint?: boolean) =>
    [hint ? `new-council-${field}-hint` : null, errors[field] ? `new-council-${field}-error` : null].filter(Boolean).join(' ') || undefined
  const errorFor = (field: NewCouncilField) =>
    errors[field] ? (
      <p id={`new-council-${field}-error`} className="invitation-import__error">
        {errors[field]}
      </p>
    ) : null
  const listed = fieldOrder.filter((field) => errors[field])

  return (
    <form
      className="new-council"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      {Object.keys(errors).length > 0 ? (
        <div ref={summary} tabIndex={-1} className="new-council__summary" role="alert" aria-labelledby="new-council-summary-heading">
          <h2 id="new-council-summary-heading">The council was not opened</h2>
          {errors.form ? <p>{errors.form}</p> : null}
          <ul>
            {listed.map((field) => (
              <li key={field}>
                <a href={`#new-council-${field}`}>{errors[field]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset className="new-council__group">
        <legend>The council or party</legend>
        <div className="invitation-import__field">
          <label htmlFor="new-council-name">Name</label>
          <input
            id="new-council-name"
            value={values.name}
            autoComplete="organization"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy('name')}
            onChange={(event) => {
              set('name', event.target.value)
              if (!slugTouched) set('slug', suggestSlug(event.target.value))
            }}
          />
          {errorFor('name')}
        </div>
        <div className="invitation-import__field">
          <label htmlFor="new-council-slug">Address on the site</label>
          <p id="new-council-slug-hint" className="invitation-import__hint">
            Readers find it at /{values.slug || 'address'}/en. Lowercase letters, digits and hyphens; it cannot be changed by the council later.
          </p>
          <input
            id="new-council-slug"
            value={values.slug}
            aria-invalid={errors.slug ? true : undefined}
            aria-describedby={describedBy('slug', true)}
            onChange={(event) => {
              setSlugTouched(true)
              set('slug', event.target.value)
            }}
          />
          {errorFor('slug')}
        </div>
        <div className="invitation-import__field">
          <label htmlFor="new-council-kind">Kind</label>
          <select id="new-council-kind" value={values.kind} aria-describedby={describedBy('kind')} onChange={(event) => set('kind', event.target.value === 'party' ? 'party' : 'council')}>
            <option value="council">Council</option>
            <option value="party">Party</option>
          </select>
          {errorFor('kind')}
        </div>
        <div className="invitation-import__field">
          <label htmlFor="new-council-nation">Nation</label>
          <p id="new-council-nation-hint" className="invitation-import__hint">
            Decides the police arrangements shown to councillors, and in Wales the Welsh Language Standards.
          </p>
          <select
            id="new-council-nation"
            value={values.nation}
            aria-invalid={errors.nation ? true : undefined}
            aria-describedby={describedBy('nation', true)}
            onChange={(event) => {
              const nation = event.target.value
              set('nation', nation)
              // Councils in Wales publish in Welsh and English: offer Welsh from the start.
              if (nation === 'wales' && !values.locales.includes('cy')) set('locales', [...values.locales, 'cy'])
            }}
          >
            <option value="">Choose…</option>
            {nations.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {errorFor('nation')}
        </div>
        <fieldset className="new-council__languages" aria-describedby={describedBy('locales')} id="new-council-locales">
          <legend>Languages readers can choose</legend>
          {languages.map((option) => (
            <label key={option.value} className="new-council__language">
              <input
                type="checkbox"
                checked={values.locales.includes(option.value)}
                onChange={(event) =>
                  set('locales', event.target.checked ? [...values.locales, option.value] : values.locales.filter((code) => code !== option.value))
                }
              />{' '}
              {option.label}
            </label>
          ))}
          {errorFor('locales')}
        </fieldset>
        <div className="invitation-import__field">
          <label htmlFor="new-council-defaultLocale">Language readers see first</label>
          <select id="new-council-defaultLocale" value={values.defaultLocale} aria-invalid={errors.defaultLocale ? true : undefined} aria-describedby={describedBy('defaultLocale')} onChange={(event) => set('defaultLocale', event.target.value)}>
            {languages
              .filter((option) => values.locales.includes(option.value))
              .map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
          </select>
          {errorFor('defaultLocale')}
        </div>
      </fieldset>

      <fieldset className="new-council__group">
        <legend>Who will run its portal</legend>
        <p className="invitation-import__hint">They are invited as its tenant admin: they can invite editors, officers and councillors themselves.</p>
        <div className="invitation-import__field">
          <label htmlFor="new-council-adminName">Their name (optional)</label>
          <input id="new-council-adminName" value={values.adminName} autoComplete="off" aria-describedby={describedBy('adminName')} onChange={(event) => set('adminName', event.target.value)} />
          {errorFor('adminName')}
        </div>
        <div className="invitation-import__field">
          <label htmlFor="new-council-adminEmail">Their email address</label>
          <input
            id="new-council-adminEmail"
            type="email"
            value={values.adminEmail}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={errors.adminEmail ? true : undefined}
            aria-describedby={describedBy('adminEmail')}
            onChange={(event) => set('adminEmail', event.target.value)}
          />
          {errorFor('adminEmail')}
        </div>
      </fieldset>

      <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy} aria-disabled={busy}>
        {busy ? 'Opening…' : 'Open the council and send the invitation'}
      </button>
    </form>
  )
}
