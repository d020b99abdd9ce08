'use client'

import { useState } from 'react'

type Props = { api: string; tenant: string; languages: { code: string; name: string }[] }

/**
 * Export the pages or templates ticked in the table (their checkboxes belong to this form through
 * `form=`) in one language. The export API takes one collection and the ids comma-separated, so
 * the browser's own form encoding (one `page=` or `template=` per box) is joined here before the
 * download starts; pages and templates are separate files, so one kind is exported at a time.
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
        const pages = form.getAll('page').map(String)
        const templates = form.getAll('template').map(String)
        if (pages.length === 0 && templates.length === 0) {
          setError('Tick the pages or templates to export first.')
          return
        }
        if (pages.length > 0 && templates.length > 0) {
          setError('Pages and templates go in separate files: tick pages only, export, then templates only.')
          return
        }
        setError(null)
        const ids = pages.length > 0 ? pages : templates
        const query = new URLSearchParams({ collection: pages.length > 0 ? 'pages' : 'engagement-templates', tenant, ids: ids.join(','), target: String(form.get('target') ?? ''), format: String(form.get('format') ?? 'xliff') })
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
          <option value="zip">A ZIP, one XLIFF file per page or template</option>
        </select>
      </div>
      <button type="submit" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }} aria-describedby={error ? 'selection-error' : undefined}>
        Export the selected pages or templates
      </button>
      {error ? (
        <p id="selection-error" className="invitation-import__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
