import type { ReactNode } from 'react'

import type { VariantResult } from '@/lib/bio/fill'
import { platforms } from '@/lib/bio/platforms'

import { bioIds, fill, type BioBuilderStrings } from './strings'

type Props = {
  results: VariantResult[]
  pinned: string | null
  /** No platform ticked: say so here too, not only in the error summary. */
  noPlatforms: boolean
  strings: BioBuilderStrings
  /** A copy button per bio; only the client component supplies one (copying needs JavaScript). */
  copyButton?: (label: string, text: string, platformName: string) => ReactNode
}

function note(result: VariantResult, strings: BioBuilderStrings): string | null {
  if (result.status === 'too-long') return fill(strings.results.tooLong, { over: result.graphemes - result.limit })
  if (result.status === 'incomplete') return strings.results.incomplete
  if (result.fallback === 'too-long') return strings.results.shorter
  if (result.fallback === 'missing-values') return strings.results.shorterMissing
  return null
}

/** Each platform's bio, its length against the limit, and why a shorter variant was used. */
export function BioResultsList({ results, pinned, noPlatforms, strings, copyButton }: Props) {
  const anything = results.some((result) => result.status !== 'incomplete')
  return (
    <div className="bio-results" id={bioIds.results}>
      {/* Focused after "Show my bio", so a screen reader hears where the answer is. */}
      <h3 id={`${bioIds.results}-heading`} tabIndex={-1}>
        {strings.results.heading}
      </h3>
      {noPlatforms ? (
        <p>{strings.errors.platformsRequired}</p>
      ) : !anything ? (
        <p>{strings.results.empty}</p>
      ) : (
        <ul className="bio-results__list">
          {results.map((result) => {
            const platform = platforms.find((candidate) => candidate.id === result.platform)
            if (!platform) return null
            const explanation = note(result, strings)
            return (
              <li key={result.platform} className={`bio-result bio-result--${result.status}`}>
                <h4>{platform.name}</h4>
                {result.text ? <p className="bio-result__text">{result.text}</p> : null}
                {result.status !== 'incomplete' ? (
                  <p className="bio-result__count">
                    {fill(strings.results.count, { count: result.graphemes, limit: result.limit })}
                    {platform.maxBytes !== undefined
                      ? ` · ${fill(strings.results.bytes, { bytes: result.bytes, maxBytes: platform.maxBytes })}`
                      : null}
                  </p>
                ) : null}
                {explanation ? <p className="bio-result__note">{explanation}</p> : null}
                {result.status === 'fits' && copyButton
                  ? copyButton(fill(strings.results.copy, { platform: platform.name }), result.text, platform.name)
                  : null}
              </li>
            )
          })}
        </ul>
      )}
      {anything && pinned ? (
        <div className="bio-results__pinned">
          <h3>{strings.pinned.heading}</h3>
          <p className="bio-results__hint">{strings.pinned.hint}</p>
          <p className="bio-result__text">{pinned}</p>
        </div>
      ) : null}
    </div>
  )
}
