import type { EscalationLadderBlock as EscalationLadderBlockData } from '@/payload-types'

import type { BlockContext } from '../types'
import { blockHeadingId } from '../headingId'

/** Ordered rungs, most urgent first; each says when to use it and who to contact. */
export function EscalationLadderBlock({ block, context }: { block: EscalationLadderBlockData; context: BlockContext }) {
  const rungs = block.rungs ?? []
  if (rungs.length === 0) return null
  return (
    <section className="block ladder">
      <h2 id={blockHeadingId(block)}>{block.heading}</h2>
      <ol className="ladder-rungs">
        {rungs.map((rung, index) => {
          const contact = rung.contactKind ? context.values.contacts[rung.contactKind] : undefined
          return (
            <li key={rung.id ?? `${rung.title}-${index}`}>
              <h3>{rung.title}</h3>
              <p>
                <strong>{context.labels.whenToUse}:</strong> {rung.whenToUse}
              </p>
              {contact?.phone ? (
                <p>
                  <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>
                    {context.labels.call} {contact.label}: {contact.phone}
                  </a>
                </p>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
