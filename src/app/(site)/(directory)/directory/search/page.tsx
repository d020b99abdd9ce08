import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { DirectorySearchForm } from '@/components/directory/DirectorySearchForm'
import { TenantList } from '@/components/directory/TenantList'
import { searchDirectory } from '@/data/directory'
import { DIRECTORY_SEARCH_LIMIT, directoryQuery } from '@/lib/directory'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per query (the reads behind it are cached by query, with the `tenants` tag); not for search engines.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Search the directory', robots: { index: false, follow: true } }

/**
 * `/directory/search?q=`: councils and parties by name, in any of their languages, without
 * JavaScript. Anything in `q` (empty, 1,000 characters, punctuation, SQL, a repeated parameter)
 * gets this page: the query is cut to its first words of letters and digits before it is used.
 */
export default async function DirectorySearchPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ q }, t] = await Promise.all([searchParams, getTranslations({ locale: 'en', namespace: 'Directory' })])
  const { text, words } = directoryQuery(q)
  const results = await searchDirectory(words)
  return (
    <main id="main" className="directory">
      <p>
        <Link href="/">{t('backToDirectory')}</Link>
      </p>
      <h1>{text ? t('searchTitleFor', { query: text }) : t('searchTitle')}</h1>
      <DirectorySearchForm label={t('searchLabel')} button={t('searchButton')} value={text} />
      {!words.length ? (
        <p>{t('searchEmpty')}</p>
      ) : (
        <>
          <p role="status">
            {results.tenants.length === 0
              ? t('searchNone', { query: text })
              : results.closest
                ? t('searchClosest', { query: text })
                : t('searchCount', { total: results.total })}
          </p>
          {results.total > DIRECTORY_SEARCH_LIMIT && !results.closest ? <p>{t('searchMore', { shown: DIRECTORY_SEARCH_LIMIT })}</p> : null}
          {results.tenants.length > 0 ? <TenantList tenants={results.tenants} /> : null}
        </>
      )}
    </main>
  )
}
