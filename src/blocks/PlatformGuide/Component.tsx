import { safeHref } from '@/lib/safeUrl'
import type { PlatformGuideBlock as PlatformGuideBlockData } from '@/payload-types'

import type { BlockContext } from '../types'
import { blockHeadingId } from '../headingId'

/** One collapsible section per platform (native <details>: keyboard and screen-reader friendly). */
export function PlatformGuideBlock({ block, context }: { block: PlatformGuideBlockData; context: BlockContext }) {
  const platforms = block.platforms ?? []
  if (platforms.length === 0) return null
  const { labels } = context
  return (
    <section className="block platform-guide">
      <h2 id={blockHeadingId(block)}>{block.heading}</h2>
      {platforms.map((entry, index) => (
        <details key={entry.id ?? `${entry.platform}-${index}`}>
          <summary>{labels.platformNames[entry.platform] ?? entry.platform}</summary>
          <dl>
            <dt>{labels.report}</dt>
            <dd>{entry.report}</dd>
            <dt>{labels.block}</dt>
            <dd>{entry.block}</dd>
            <dt>{labels.mute}</dt>
            <dd>{entry.mute}</dd>
            <dt>{labels.lockOrHide}</dt>
            <dd>{entry.lockOrHide}</dd>
          </dl>
          <p>
            <a href={safeHref(entry.helpUrl)} rel="noopener noreferrer" target="_blank">
              {labels.officialHelp}: {labels.platformNames[entry.platform] ?? entry.platform}
              <span className="visually-hidden"> ({labels.opensInNewTab})</span>
            </a>
          </p>
        </details>
      ))}
    </section>
  )
}
