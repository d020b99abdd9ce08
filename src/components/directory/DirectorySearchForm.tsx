import { SearchForm } from '@/components/site/SearchForm'
import { DIRECTORY_SEARCH_PATH } from '@/lib/directory'

/** The directory's search box: a GET form to /directory/search, so it works without JavaScript. */
export function DirectorySearchForm({ label, button, value }: { label: string; button: string; value: string }) {
  return <SearchForm action={DIRECTORY_SEARCH_PATH} label={label} button={button} id="directory-q" value={value} />
}
