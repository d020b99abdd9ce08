'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

type Failure = { unit: string; document?: string; text?: string; reason: string }
type Summary = { target?: string; imported: number; failed: Failure[]; documents: Array<{ collection: string; id: number; imported: number; status: 'reviewed' | 'drafted' | 'unchanged' }> }
type Refusal = { errors?: Array<{ message?: string; field?: string }> }

/** `titles` is keyed by "collection/id", as the summary names a document ("pages/12", "engagement-templates/3"). */
type Props = { api: string; adminRoute: string; titles: Record<string, string>; languageNames: Record<string, string> }

const nouns: Record<string, string> = { pages: 'page', 'engagement-templates': 'template' }

const texts = (count: number) => `${count} ${count === 1 ? 'text' : 'texts'}`

/**
 * The translated file back in: posted to the import API as a translation service would post it,
 * and its summary put in words. A refused file (another council's, not XLIFF, with entities, too
 * big) shows the server's reason beside the field; the chosen file and the translator's name stay
 * as they were, so the editor can fix and send again. The summary's heading takes focus.
 */
export function ImportTranslations({ api, adminRoute, titles, languageNames }: Props) {
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [translator, setTranslator] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [summary, setSummary] = useState<{ body: Summary; language: string | null } | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [summary])

  const submit = async () => {
    if (!file) {
      setError('Choose the translated XLIFF file (.xlf or .xliff).')
      return
    }
    setBusy(true)
    setError(null)
    setSummary(null)
    try {
      const body = new FormData()
      body.append('file', file)
      if (translator.trim()) body.append('translator', translator.trim())
      const response = await fetch(`${api}/translations/import`, { method: 'POST', credentials: 'include', body })
      const json = (await response.json().catch(() => null)) as (Summary & Refusal) | null
      if (response.ok && json && typeof json.imported === 'number') {
        setSummary({ body: json, language: json.target ?? null })
        router.refresh()
      } else {
        setError(json?.errors?.[0]?.message ?? `The server refused the file (${response.status}). Try again in a minute.`)
      }
    } catch {
      setError('The server could not be reached. Check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }

  const language = summary?.language ?? null
  const languageName = language ? (languageNames[language] ?? language) : null
  const title = (document: string | undefined) => (document !== undefined && titles[document]) || document || '?'

  return (
    <section aria-labelledby="translations-import" style={{ marginBlock: '2rem' }}>
      <h2 id="translations-import">Import a translated file</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <div className="invitation-import__field">
          <label htmlFor="import-xliff">Translated file (XLIFF)</label>
          <p id="import-xliff-hint" className="invitation-import__hint">
            The file your translators send back, exported from here. Each page&apos;s or template&apos;s language is saved as a draft: publish it to show it. Texts that cannot go in
            (the English changed since, a placeholder was deleted) are listed, and the rest go in.
          </p>
          <input
            id="import-xliff"
            type="file"
            accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
            aria-describedby={`import-xliff-hint${error ? ' import-xliff-error' : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              setError(null)
            }}
          />
          {error ? (
            <p id="import-xliff-error" className="invitation-import__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="invitation-import__field">
          <label htmlFor="import-translator">Translated and reviewed by (optional)</label>
          <input id="import-translator" type="text" maxLength={200} value={translator} onChange={(event) => setTranslator(event.target.value)} autoComplete="off" />
        </div>
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
          {busy ? 'Importing…' : 'Import the file'}
        </button>
      </form>

      {summary ? (
        <section aria-labelledby="import-summary" className="invitation-import__done">
          <h2 id="import-summary" ref={heading} tabIndex={-1}>
            {texts(summary.body.imported)} imported
            {summary.body.failed.length > 0 ? `, ${summary.body.failed.length} could not be` : ''}
          </h2>
          {summary.body.documents.length > 0 ? (
            <ul>
              {summary.body.documents.map((doc) => (
                <li key={`${doc.collection}/${doc.id}`}>
                  <a href={`${adminRoute}/collections/${doc.collection}/${doc.id}${language ? `?locale=${language}` : ''}`}>{title(`${doc.collection}/${doc.id}`)}</a>:{' '}
                  {doc.status === 'reviewed'
                    ? `${texts(doc.imported)}, the whole ${nouns[doc.collection] ?? 'document'}: saved as a draft and marked reviewed${languageName ? ` in ${languageName}` : ''}. Publish it to show it on the site.`
                    : doc.status === 'drafted'
                      ? `${texts(doc.imported)} saved as a draft, marked drafted (some of the ${nouns[doc.collection] ?? 'document'} is not translated yet). Publish it to show it on the site.`
                      : 'nothing changed.'}
                </li>
              ))}
            </ul>
          ) : null}
          {summary.body.failed.length > 0 ? (
            <div className="invitation-import__table">
              <table>
                <caption>Texts that were not imported</caption>
                <thead>
                  <tr>
                    <th scope="col">Page or template</th>
                    <th scope="col">Text (unit id)</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.body.failed.map((failure, index) => (
                    <tr key={`${failure.document ?? ''}-${failure.unit}-${index}`} data-problem="">
                      <td>{failure.document ? title(failure.document) : '—'}</td>
                      <td>
                        {failure.text ? <span>“{failure.text}”</span> : null} <code>{failure.unit}</code>
                      </td>
                      <td>{failure.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>Every text in the file went in.</p>
          )}
        </section>
      ) : null}
    </section>
  )
}
