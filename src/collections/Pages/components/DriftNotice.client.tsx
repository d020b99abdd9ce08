'use client'

import { useConfig, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { hasDrifted } from '../drift'

type National = { id: number; updatedAt: string; title: string }

/**
 * On a tailored page: says whether the national page has changed since it was tailored, and
 * links to the national toolkit, which shows what changed as a text diff (editors cannot open
 * the national page's own version list).
 */
export function DriftNotice() {
  const { config } = useConfig()
  const tailors = useFormFields(([fields]) => fields.tailors?.value)
  const startedFrom = useFormFields(([fields]) => fields['tailoredFrom.baselineUpdatedAt']?.value)
  const [national, setNational] = useState<National | null>(null)
  const nationalId = typeof tailors === 'object' && tailors !== null ? (tailors as { id?: number }).id : tailors

  useEffect(() => {
    if (typeof nationalId !== 'number') return
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/pages/${nationalId}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<National>) : null))
      .then(setNational)
      .catch(() => setNational(null))
    return () => controller.abort()
  }, [config.routes.api, config.serverURL, nationalId])

  if (!national || typeof startedFrom !== 'string') return null
  const drifted = hasDrifted(national.updatedAt, startedFrom)
  const changes = `${config.routes.admin}/national-toolkit`
  return (
    <div role="status" style={{ padding: '0.75rem', border: '2px solid', borderColor: drifted ? '#b35900' : '#00703c', marginBottom: '1rem' }}>
      {drifted ? (
        <p>
          The national page “{national.title}” has changed since this page was tailored (
          {new Date(startedFrom).toLocaleDateString('en-GB')}). <a href={changes}>See what changed nationally</a>.
        </p>
      ) : (
        <p>Up to date with the national page “{national.title}”.</p>
      )}
    </div>
  )
}
