import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/**
 * A custom admin view inside Payload's own frame (navigation, header, the tenant selector) with
 * its heading: what every view registered under `admin.components.views` needs around its content.
 */
export function AdminViewFrame({ props, viewType, title, children }: { props: AdminViewServerProps; viewType: string; title: string; children: ReactNode }) {
  const { initPageResult, payload, params, searchParams, i18n } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={props.user}
      visibleEntities={visibleEntities}
      viewType={viewType}
    >
      <Gutter>
        <h1 style={{ marginTop: '1.5rem' }}>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
