import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { TenantValue, type TenantValueContext } from '@/blocks/TenantValue/Component'
import { isExternal, safeHref } from '@/lib/safeUrl'

type Props = { data: unknown; context: TenantValueContext; className?: string }

function isEditorState(value: unknown): value is SerializedEditorState {
  return typeof value === 'object' && value !== null && 'root' in value
}

/**
 * Rich text from Payload, rendered with two changes to the defaults: links are neutralised
 * unless safe (Lexical stores `javascript:` links as typed) and open external sites without
 * handing them `window.opener`; tenant values render the tenant's own data.
 */
export function RichText({ data, context, className }: Props) {
  if (!isEditorState(data)) return null
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    link: ({ node, nodesToJSX }) => {
      const fields = (node as { fields?: { url?: unknown } }).fields
      const href = safeHref(fields?.url)
      const children = nodesToJSX({ nodes: node.children })
      return isExternal(href) ? (
        <a href={href} rel="noopener noreferrer" target="_blank">
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      )
    },
    autolink: ({ node, nodesToJSX }) => {
      const href = safeHref((node as { fields?: { url?: unknown } }).fields?.url)
      return (
        <a href={href} rel="noopener noreferrer">
          {nodesToJSX({ nodes: node.children })}
        </a>
      )
    },
    inlineBlocks: {
      tenantValue: ({ node }: { node: unknown }) => {
        const fields = (node as { fields?: { value?: unknown; contactKind?: unknown } }).fields
        return <TenantValue value={fields?.value} contactKind={fields?.contactKind} context={context} />
      },
    },
  })
  return <LexicalRichText data={data} converters={converters} className={className} disableContainer={!className} />
}
