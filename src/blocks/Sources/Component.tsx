import { safeHref } from '@/lib/safeUrl'
import type { SourcesBlock as SourcesBlockData } from '@/payload-types'

import type { BlockContext } from '../types'
import { blockHeadingId } from '../headingId'

export function SourcesBlock({ block, context }: { block: SourcesBlockData; context: BlockContext }) {
  const items = block.items ?? []
  if (items.length === 0) return null
  return (
    <section className="block sources">
      <h2 id={blockHeadingId(block)}>{block.heading ?? context.labels.sources}</h2>
      <ul>
        {items.map((item, index) => (
          <li key={item.id ?? `${item.url}-${index}`}>
            <a href={safeHref(item.url)} rel="noopener noreferrer">
              {item.title}
            </a>
            <span className="print-url"> ({item.url})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
