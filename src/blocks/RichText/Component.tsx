import { RichText } from '@/components/RichText'
import type { RichTextBlock as RichTextBlockData } from '@/payload-types'

import type { BlockContext } from '../types'
import { blockHeadingId } from '../headingId'

export function RichTextBlock({ block, context }: { block: RichTextBlockData; context: BlockContext }) {
  return (
    <section className="block block-text">
      {block.heading ? <h2 id={blockHeadingId(block)}>{block.heading}</h2> : null}
      <RichText data={block.body} context={context.values} />
    </section>
  )
}
