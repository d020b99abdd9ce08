import { getTranslations } from 'next-intl/server'

import { DirectorySearchForm } from '@/components/directory/DirectorySearchForm'
import { groupNameKey } from '@/components/directory/groupName'
import { LetterIndex } from '@/components/directory/LetterIndex'
import { getDirectoryIndex } from '@/data/directory'
import { directoryPath } from '@/lib/directory'

/** The four nations are always shown (with "none yet"); parties and unplaced councils only when there are some. */
const alwaysShown = new Set(['england', 'wales', 'scotland', 'northern-ireland'])

/**
 * `/`: the search box and, per nation (and for parties), how many are listed and the first
 * letters that lead to the A–Z lists. Never a list of every tenant: its size depends on the
 * number of groups and letters, not of tenants (under 50 KB at 10,000; npm run bench:directory).
 * Prerendered, and rendered again when a tenant changes (the reads' `tenants` tag).
 */
export default async function DirectoryPage() {
  const [index, t] = await Promise.all([getDirectoryIndex(), getTranslations({ locale: 'en', namespace: 'Directory' })])
  const groups = index.groups.filter(({ group, count }) => count > 0 || alwaysShown.has(group))
  return (
    <main id="main" className="directory">
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <DirectorySearchForm label={t('searchLabel')} button={t('searchButton')} value="" />
      {index.total === 0 ? <p>{t('empty')}</p> : null}
      <h2>{t('browseHeading')}</h2>
      <ul className="directory-groups">
        {groups.map(({ group, count, letters }) => {
          const name = t(groupNameKey[group])
          return (
            <li key={group} className="directory-group">
              <h3>
                {count > 0 ? <a href={directoryPath(group)}>{name}</a> : name}
                <span className="muted directory-count"> · {t('groupCount', { count })}</span>
              </h3>
              {letters.length > 0 ? <LetterIndex group={group} groupName={name} letters={letters} /> : null}
            </li>
          )
        })}
      </ul>
    </main>
  )
}
