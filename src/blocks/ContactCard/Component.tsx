import type { ContactCardBlock as ContactCardBlockData } from '@/payload-types'

import type { BlockContext } from '../types'
import { blockHeadingId } from '../headingId'

/** The tenant's contact of this kind, with a one-tap call link; never an empty card. */
export function ContactCardBlock({ block, context }: { block: ContactCardBlockData; context: BlockContext }) {
  const contact = context.values.contacts[block.kind]
  const fallback = context.values.fallbacks[block.kind]
  return (
    <section className="block contact-card">
      <h2 id={blockHeadingId(block)}>{block.heading ?? contact?.label ?? fallback}</h2>
      {contact ? (
        <p>
          {contact.label}
          {contact.phone ? (
            <>
              {' '}
              <a className="contact-call" href={`tel:${contact.phone.replace(/\s+/g, '')}`}>
                {context.labels.call} {contact.phone}
              </a>
            </>
          ) : null}
        </p>
      ) : (
        <p>{context.values.preview ? `${fallback} (${context.labels.contactNotSet})` : fallback}</p>
      )}
    </section>
  )
}
