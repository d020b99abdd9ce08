import type { Page } from '@/payload-types'

import { CalloutBlock } from './Callout/Component'
import { ContactCardBlock } from './ContactCard/Component'
import { EscalationLadderBlock } from './EscalationLadder/Component'
import { PlatformGuideBlock } from './PlatformGuide/Component'
import { RichTextBlock } from './RichText/Component'
import { SourcesBlock } from './Sources/Component'
import { StepsBlock } from './Steps/Component'
import type { BlockContext } from './types'

type Layout = NonNullable<Page['layout']>

function RenderBlock({ block, context }: { block: Layout[number]; context: BlockContext }) {
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

export function RenderBlocks({ layout, context }: { layout: Layout; context: BlockContext }) {
  return (
    <>
      {layout.map((block, index) => (
        <RenderBlock key={block.id ?? `${block.blockType}-${index}`} block={block} context={context} />
      ))}
    </>
  )
}
