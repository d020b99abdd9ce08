import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { DirectorySearchForm } from '@/components/directory/DirectorySearchForm'
import { groupNameKey } from '@/components/directory/groupName'
import { LetterIndex } from '@/components/directory/LetterIndex'
import { TenantList } from '@/components/directory/TenantList'
import { getDirectoryIndex, getDirectoryPage } from '@/data/directory'
import { directoryPath, OTHER_LETTER, parseDirectoryPath } from '@/lib/directory'

type Params = Promise<{ group: string; slice?: string[] }>

/** Rendered on first request, then served from the cache until a tenant changes (the `tenants` tag). */
export function generateStaticParams() {
  return []
}

async function load(params: Params) {
  const { group, slice } = await params
  const parsed = parseDirectoryPath(group, slice)
  if (!parsed) return null
  const [page, index, t] = await Promise.all([getDirectoryPage(parsed), getDirectoryIndex(), getTranslations({ locale: 'en', namespace: 'Directory' })])
  // A page past the last is not a page (page 1 of an empty letter still is: "none listed").
  if (parsed.page > page.pages) return null
  const groupName = t(groupNameKey[parsed.group])
  const letterName = parsed.letter === null ? null : parsed.letter === OTHER_LETTER ? t('otherLetter') : parsed.letter.toUpperCase()
  const title = letterName ? t('letterTitle', { group: groupName, letter: letterName }) : groupName
  return { page, index, t, groupName, title }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return {}
  const { page, title, t } = loaded
  return { title: page.page > 1 ? `${title} (${t('pageOf', { page: page.page, pages: page.pages })})` : title }
}

/**
 * `/directory/{group}`, `/directory/{group}/{letter}` and their pages from 2: one nation's
 * councils (or the parties) A to Z, DIRECTORY_PAGE_SIZE at a time, with the group's letters.
 */
export default async function DirectoryGroupPage({ params }: { params: Params }) {
  const loaded = await load(params)
  if (!loaded) notFound()
  const { page, index, t, groupName, title } = loaded
  const letters = index.groups.find((entry) => entry.group === page.group)?.letters ?? []
  return (
    <main id="main" className="directory">
      <p>
        <Link href="/">{t('backToDirectory')}</Link>
      </p>
      <h1>{title}</h1>
      <DirectorySearchForm label={t('searchLabel')} button={t('searchButton')} value="" />
      {letters.length > 0 ? <LetterIndex group={page.group} groupName={groupName} letters={letters} current={page.letter} /> : null}
      {page.letter !== null ? (
        <p>
          <a href={directoryPath(page.group)}>
            {t('allLetters')}
            <span className="visually-hidden">: {groupName}</span>
          </a>
        </p>
      ) : null}
      <p>{t('sliceCount', { total: page.total })}</p>
      {page.tenants.length > 0 ? <TenantList tenants={page.tenants} /> : null}
      {page.pages > 1 ? (
        <nav aria-label={t('pagesLabel')} className="directory-pager">
          <p>{t('pageOf', { page: page.page, pages: page.pages })}</p>
          <ul>
            {page.page > 1 ? (
              <li>
                <a href={directoryPath(page.group, page.letter, page.page - 1)} rel="prev">
                  {t('previousPage')}
                </a>
              </li>
            ) : null}
            {page.page < page.pages ? (
              <li>
                <a href={directoryPath(page.group, page.letter, page.page + 1)} rel="next">
                  {t('nextPage')}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </main>
  )
}
