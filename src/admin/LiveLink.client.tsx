'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { relationId } from '@/lib/relationId'

type TenantSite = { slug: string; kind: string; locales?: string[] | null; defaultLocale?: string | null }

/**
 * Once a council's page or template is published, a link to where readers see it, in the
 * language being edited (or the council's default when it does not offer that one).
 */
export function LiveLink() {
  const { savedDocumentData, hasPublishedDoc, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const locale = useLocale()
  const [tenant, setTenant] = useState<TenantSite | null>(null)
  const tenantId = relationId(savedDocumentData?.tenant)

  useEffect(() => {
    if (tenantId === undefined || !hasPublishedDoc) return
    const controller = new AbortController()
    fetch(`${config.serverURL}${config.routes.api}/tenants/${tenantId}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<TenantSite>) : null))
      .then(setTenant)
      .catch(() => setTenant(null))
    return () => controller.abort()
  }, [config.routes.api, config.serverURL, hasPublishedDoc, tenantId])

  if (!hasPublishedDoc || !tenant || tenant.kind === 'baseline') return null
  const language = tenant.locales?.includes(locale.code) ? locale.code : (tenant.defaultLocale ?? 'en')
  const path =
    collectionSlug === 'engagement-templates'
      ? // The councillors' rules live at the contract's address; only the candidates' have a suffix.
        savedDocumentData?.audience === 'candidate'
        ? 'rules-of-engagement/candidate'
        : 'rules-of-engagement'
      : typeof savedDocumentData?.slug === 'string'
        ? savedDocumentData.slug
        : null
  if (!path) return null
  return (
    <a href={`/${tenant.slug}/${language}/${path}`} target="_blank" rel="noopener" style={{ alignSelf: 'center', whiteSpace: 'nowrap' }}>
      View the live page<span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}> (opens in a new tab)</span>
    </a>
  )
}
