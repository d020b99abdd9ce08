import { RichText } from '@/components/RichText'
import type { StepsBlock as StepsBlockData } from '@/payload-types'

import type { BlockContext } from '../types'
import { blockHeadingId } from '../headingId'

export function StepsBlock({ block, context }: { block: StepsBlockData; context: BlockContext }) {
  const items = block.items ?? []
  if (items.length === 0) return null
  const List = block.style === 'checklist' ? 'ul' : 'ol'
  return (
    <section className={`block steps steps-${block.style ?? 'steps'}`}>
      <h2 id={blockHeadingId(block)}>{block.heading}</h2>
      <List className="steps-list">
        {items.map((item, index) => (
          <li key={item.id ?? `${item.title}-${index}`}>
            <h3 className="steps-title">{item.title}</h3>
            {item.detail ? <RichText data={item.detail} context={context.values} /> : null}
          </li>
        ))}
      </List>
    </section>
  )
}
