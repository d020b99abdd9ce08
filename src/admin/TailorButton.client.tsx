'use client'

import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { Button, useDocumentInfo } from '@payloadcms/ui'

import { useTailor } from '@/admin/useTailor.client'

/**
 * On a national page or template opened by a council's editor: says why it cannot be edited here
 * (it is the national text every council shares) and offers "Tailor", which makes the council's
 * own copy (a draft, in every language) and opens it. Shown only when a tenant other than the
 * document's own is selected.
 */
export function TailorButton() {
  const { id, data, collectionSlug } = useDocumentInfo()
  const { selectedTenantID } = useTenantSelection()
  const { tailor, busy } = useTailor(collectionSlug ?? 'pages')
  const docTenant = typeof data?.tenant === 'object' && data.tenant !== null ? (data.tenant as { id: unknown }).id : data?.tenant
  if (!id || !selectedTenantID || docTenant === selectedTenantID || data?.tailors) return null
  const noun = collectionSlug === 'engagement-templates' ? 'template' : 'page'

  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', flexWrap: 'wrap' }}>
      <p role="note" style={{ margin: 0, maxWidth: '28rem' }}>
        This is the national {noun}, shared by every council: you can read it but not change it. Tailor it to make your council&apos;s own
        version.
      </p>
      <Button buttonStyle="primary" size="medium" margin={false} disabled={busy} onClick={() => tailor(id, selectedTenantID)}>
        Tailor this {noun}
      </Button>
    </div>
  )
}
