'use client'

import { usePathname } from 'next/navigation'

type Option = { code: string; name: string }

/**
 * Links to the same page in the tenant's other languages (links, not a select: they work
 * without JavaScript apart from knowing the current path, and each is announced in its own
 * language via `lang`).
 */
export function LanguageSwitcher({ label, current, options }: { label: string; current: string; options: Option[] }) {
  const pathname = usePathname()
  if (options.length < 2) return null
  const segments = pathname.split('/')
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {options.map((option) => {
          const target = [...segments]
          target[2] = option.code
          return (
            <li key={option.code}>
              {option.code === current ? (
                <span aria-current="true" lang={option.code}>
                  {option.name}
                </span>
              ) : (
                <a href={target.join('/')} hrefLang={option.code} lang={option.code}>
                  {option.name}
                </a>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
