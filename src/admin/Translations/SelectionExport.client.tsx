'use client'

import { useState } from 'react'

type Props = { api: string; tenant: string; languages: { code: string; name: string }[] }

/**
 * Export the pages ticked in the table (their checkboxes belong to this form through `form=`) in
 * one language. The export API takes the ids comma-separated, so the browser's own form
 * encoding (one `page=` per box) is joined here before the download starts.
 */
export function SelectionExport({ api, tenant, languages }: Props) {
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      id="translations-selection"
      className="translations__filters"
      style={{ marginBlockStart: '1rem' }}
      onSubmit={(event) => {
        event.preventDefault()
        const form = new FormData(event.currentTarget)
        const ids = form.getAll('page').map(String)
        if (ids.length === 0) {
          setError('Tick the pages to export first.')
          return
        }
        setError(null)
        const query = new URLSearchParams({ collection: 'pages', tenant, ids: ids.join(','), target: String(form.get('target') ?? ''), format: String(form.get('format') ?? 'xliff') })
        // A download, not a navigation: the page (and the ticked boxes) stay as they are.
        const link = document.createElement('a')
        link.href = `${api}/translations/export?${query.toString()}`
        link.download = ''
        link.click()
      }}
    >
      <div className="translations__field">
        <label htmlFor="selection-target">Language of the export</label>
        <select id="selection-target" name="target" defaultValue={languages[0]?.code}>
          {languages.map((language) => (
            <option key={language.code} value={language.code}>
              {language.name}
            </option>
          ))}
        </select>
      </div>
      <div className="translations__field">
        <label htmlFor="selection-format">As</label>
        <select id="selection-format" name="format" defaultValue="xliff">
          <option value="xliff">One XLIFF file</option>
          <option value="zip">A ZIP, one XLIFF file per page</option>
        </select>
      </div>
      <button type="submit" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }} aria-describedby={error ? 'selection-error' : undefined}>
        Export the selected pages
      </button>
      {error ? (
        <p id="selection-error" className="invitation-import__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
