import { getTranslations } from 'next-intl/server'

import { directoryPath, OTHER_LETTER, type DirectoryGroup } from '@/lib/directory'

type Props = { group: DirectoryGroup; groupName: string; letters: { letter: string; count: number }[]; current?: string | null }

/**
 * A group's first letters, each a link to that letter's list; only letters with someone listed.
 * Each link's name starts with its visible letter and goes on, for a screen reader, with how many
 * and where ("C: 12 in Wales"), as the same letter appears under every nation.
 */
export async function LetterIndex({ group, groupName, letters, current = null }: Props) {
  const t = await getTranslations({ locale: 'en', namespace: 'Directory' })
  return (
    <nav aria-label={t('lettersLabel', { group: groupName })}>
      <ul className="letter-index">
        {letters.map(({ letter, count }) => (
          <li key={letter}>
            <a href={directoryPath(group, letter)} aria-current={letter === current ? 'page' : undefined}>
              {letter === OTHER_LETTER ? t('otherLetter') : letter.toUpperCase()}
              <span className="visually-hidden">{t('letterHidden', { count, group: groupName })}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
