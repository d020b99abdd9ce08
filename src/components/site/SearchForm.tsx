import { MAX_QUERY_CHARS } from '@/lib/search/query'

type Props = { action: string; label: string; button: string; id: string; value?: string }

/**
 * A plain GET form: the results page works without JavaScript, and the address can be bookmarked
 * or shared. `role="search"` makes it a landmark. The label is visible to screen readers only in
 * the header (the placeholder-free box sits beside its button); the results page shows it.
 */
export function SearchForm({ action, label, button, id, value }: Props) {
  return (
    <form className="search-form" role="search" method="get" action={action}>
      <label htmlFor={id} className={value === undefined ? 'visually-hidden' : 'search-label'}>
        {label}
      </label>
      <span className="search-row">
        <input id={id} name="q" type="search" defaultValue={value} maxLength={MAX_QUERY_CHARS} autoComplete="off" enterKeyHint="search" spellCheck />
        <button type="submit">{button}</button>
      </span>
    </form>
  )
}
