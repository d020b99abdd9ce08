'use client'

import { usePathname } from 'next/navigation'

type Option = { code: string; name: string; home: string }

/**
 * The part of the current path after the locale segment ("/contacts" of "/en/contacts" or of
 * "/example-county/en/contacts"): the same page in another language is that language's home plus
 * this. The locale is found by value because a custom domain drops the tenant segment (and a
 * rewritten request may report either form); slugs can never equal a locale code.
 */
function pathAfterLocale(pathname: string, current: string): string {
  const segments = pathname.split('/')
  const index = segments.indexOf(current)
  return index < 0 || index > 2 ? '' : segments.slice(index + 1).map((segment) => `/${segment}`).join('')
}

/**
 * Links to the same page in the tenant's other languages (links, not a select: they work
 * without JavaScript apart from knowing the current path, and each is announced in its own
 * language via `lang`).
 */
export function LanguageSwitcher({ label, current, options }: { label: string; current: string; options: Option[] }) {
  const pathname = usePathname()
  if (options.length < 2) return null
  const rest = pathAfterLocale(pathname, current)
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {options.map((option) => (
          <li key={option.code}>
            {option.code === current ? (
              <span aria-current="true" lang={option.code}>
                {option.name}
              </span>
            ) : (
              <a href={`${option.home}${rest}`} hrefLang={option.code} lang={option.code}>
                {option.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
