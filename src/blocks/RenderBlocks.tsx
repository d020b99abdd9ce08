import type { Page } from '@/payload-types'

import { CalloutBlock } from './Callout/Component'
import { ContactCardBlock } from './ContactCard/Component'
import { EscalationLadderBlock } from './EscalationLadder/Component'
import { PlatformGuideBlock } from './PlatformGuide/Component'
import { RichTextBlock } from './RichText/Component'
import { SourcesBlock } from './Sources/Component'
import { StepsBlock } from './Steps/Component'
import { blockHeadingId } from './headingId'
import type { BlockContext } from './types'

type Layout = NonNullable<Page['layout']>

const TENANT_NAME = '{{tenant.name}}'

/**
 * Block headings are plain text, not rich text, so they cannot hold inline tenant values; the one
 * value they may carry is the tenant's name, written `{{tenant.name}}` as in the body text (the
 * national toolkit's "Support from {{tenant.name}}").
 */
function withTenantName<T extends Layout[number]>(block: T, tenantName: string): T {
  if (!('heading' in block) || typeof block.heading !== 'string' || !block.heading.includes(TENANT_NAME)) return block
  return { ...block, heading: block.heading.replaceAll(TENANT_NAME, tenantName) }
}

function RenderBlock({ block: stored, context }: { block: Layout[number]; context: BlockContext }) {
  const block = withTenantName(stored, context.values.tenantName)
  switch (block.blockType) {
    case 'richText':
      return <RichTextBlock block={block} context={context} />
    case 'callout':
      return <CalloutBlock block={block} context={context} />
    case 'steps':
      return <StepsBlock block={block} context={context} />
    case 'contactCard':
      return <ContactCardBlock block={block} context={context} />
    case 'escalationLadder':
      return <EscalationLadderBlock block={block} context={context} />
    case 'platformGuide':
      return <PlatformGuideBlock block={block} context={context} />
    case 'sources':
      return <SourcesBlock block={block} context={context} />
  }
}

/**
 * The sections a page's contents list names: blocks whose heading the author wrote (a contact card
 * or sources block without one takes its words from elsewhere and is left out), in page order.
 */
export function blockHeadings(layout: Layout, tenantName: string): { id: string; text: string }[] {
  return layout.flatMap((stored) => {
    const block = withTenantName(stored, tenantName)
    const id = blockHeadingId(block)
    const text = 'heading' in block && typeof block.heading === 'string' ? block.heading.trim() : ''
    return id && text ? [{ id, text }] : []
  })
}

export function RenderBlocks({ layout, context }: { layout: Layout; context: BlockContext }) {
  return (
    <>
      {layout.map((block, index) => (
        <RenderBlock key={block.id ?? `${block.blockType}-${index}`} block={block} context={context} />
      ))}
    </>
  )
}
