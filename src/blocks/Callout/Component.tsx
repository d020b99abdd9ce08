import { RichText } from '@/components/RichText'
import type { CalloutBlock as CalloutBlockData } from '@/payload-types'

import type { BlockContext } from '../types'
import { blockHeadingId } from '../headingId'

/**
 * A highlighted box. The variant is also said in words (visually hidden), because colour alone
 * must not carry meaning (WCAG 1.4.1).
 */
export function CalloutBlock({ block, context }: { block: CalloutBlockData; context: BlockContext }) {
  const variant = block.variant ?? 'information'
  return (
    <aside className={`block callout callout-${variant}`} aria-labelledby={blockHeadingId(block)}>
      <h2 id={blockHeadingId(block)}>
        <span className="visually-hidden">{context.labels.calloutVariant[variant]}: </span>
        {block.heading}
      </h2>
      <RichText data={block.body} context={context.values} />
    </aside>
  )
}
