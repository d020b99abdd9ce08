import { getTranslations } from 'next-intl/server'

import type { SearchResults } from '@/data/search'
import type { Locale } from '@/i18n/locales'
import type { PassagePart } from '@/lib/search/index-text'

import { SearchForm } from './SearchForm'

/** Each part with where it starts in the passage: a key that names the part, not its index. */
function withOffsets(parts: PassagePart[]): { part: PassagePart; offset: number }[] {
  let offset = 0
  return parts.map((part) => {
    const start = offset
    offset += part.text.length
    return { part, offset: start }
  })
}

type Props = { results: SearchResults; locale: Locale; action: string; heading: string; intro?: string }

/**
 * The results page's content, public or members': the form with what was typed, the count (a
 * status region, so it is announced when the page loads with results), and each page with its
 * matching passage. Every part is rendered as text; `<mark>` flags the matched words.
 */
export async function SearchResultsView({ results, locale, action, heading, intro }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  const { text, hits } = results
  return (
    <main id="main" className="search-page">
      <h1>{text ? t('titleFor', { query: text }) : heading}</h1>
      {intro ? <p>{intro}</p> : null}
      <SearchForm action={action} label={t('label')} button={t('button')} id="search-page-q" value={text} />
      {!text ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p role="status">{hits.length ? t('resultsCount', { count: hits.length }) : t('noResults', { query: text })}</p>
          {hits.length ? (
            <ol className="search-results">
              {hits.map((hit) => (
                <li key={hit.href}>
                  <h2>
                    <a href={hit.href}>{hit.title}</a>
                  </h2>
                  {hit.membersOnly ? <p className="search-tag">{t('membersOnly')}</p> : null}
                  {hit.passage.length ? (
                    <p className="search-passage">
                      {withOffsets(hit.passage).map(({ part, offset }) =>
                        part.match ? <mark key={offset}>{part.text}</mark> : <span key={offset}>{part.text}</span>,
                      )}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
        </>
      )}
    </main>
  )
}
