import type { EvidenceRefusalCode, EvidenceView } from '@/data/evidence'

export type EvidenceStrings = {
  heading: string
  intro: string
  location: string
  /** That the thumbnails carry none of the originals' hidden data. */
  previewNote: string
  previewAlt: (file: EvidenceView) => string
  /** The mark on a file whose original carries GPS location. */
  hasLocation: string
  noPreview: string
  pdf: string
  none: string
  listLabel: string
  /** Per file: its line under the name (size and time). */
  details: (file: EvidenceView) => string
  sha: (short: string) => string
  fileLabel: string
  fileHint: string
  attach: string
  added: string
  full: string
  errorTitle: string
  error: (code: EvidenceRefusalCode) => string
  nameOf: (file: EvidenceView) => string
}

/**
 * A file's picture in the list: its preview (made without the original's metadata, served inline
 * to the owner only), or for a PDF or an image with no preview a plain mark saying which.
 */
function Thumbnail({ file, strings }: { file: EvidenceView; strings: EvidenceStrings }) {
  if (file.preview) {
    // A plain <img>: next/image would fetch and re-serve it through its optimiser, outside the
    // owner-only route. Its own width and height keep the list from jumping as it loads.
    // eslint-disable-next-line @next/next/no-img-element
    return <img className="evidence-thumb" src={file.preview.path} width={file.preview.width} height={file.preview.height} alt={strings.previewAlt(file)} loading="lazy" />
  }
  return (
    <span className="evidence-thumb evidence-thumb--none" aria-hidden="true">
      {file.mimeType === 'application/pdf' ? strings.pdf : strings.noPreview}
    </span>
  )
}

/**
 * An incident's evidence on the owner's incident page: the list (each a thumbnail, a download
 * link, its size, when it was added, its SHA-256 in short, and whether the original carries
 * location data), the warning about location data in originals, and
 * the "attach" form. The form is a plain multipart POST to /api/evidence, so it works without
 * JavaScript; the endpoint sends the browser back here with `evidenceError` or `evidenceAdded`.
 * The incident's id comes before the file, so the server checks it before storing anything.
 */
export function EvidenceSection({
  incidentId,
  back,
  files,
  limit,
  accept,
  refused,
  added,
  strings,
}: {
  incidentId: number
  back: string
  files: EvidenceView[]
  limit: number
  accept: string
  refused: EvidenceRefusalCode | null
  added: boolean
  strings: EvidenceStrings
}) {
  const describedBy = ['evidence-file-hint', refused ? 'evidence-file-error' : null].filter(Boolean).join(' ')
  return (
    <section id="evidence" aria-labelledby="evidence-heading" className="evidence">
      <h2 id="evidence-heading">{strings.heading}</h2>
      {refused ? (
        <div className="error-summary" role="alert" aria-labelledby="evidence-error-title" tabIndex={-1}>
          <h3 id="evidence-error-title">{strings.errorTitle}</h3>
          <ul>
            <li>
              <a href="#evidence-file">{strings.error(refused)}</a>
            </li>
          </ul>
        </div>
      ) : null}
      {added && !refused ? (
        <p className="incident-notice" role="status">
          {strings.added}
        </p>
      ) : null}
      <p>{strings.intro}</p>
      <div className="evidence-location">
        <p>
          <strong>{strings.location}</strong>
        </p>
        <p>{strings.previewNote}</p>
      </div>
      {files.length === 0 ? (
        <p>{strings.none}</p>
      ) : (
        <ul className="evidence-list" aria-label={strings.listLabel}>
          {files.map((file) => (
            <li key={file.id} className="evidence-item">
              <Thumbnail file={file} strings={strings} />
              <div>
                <a href={file.downloadPath} download>
                  {strings.nameOf(file)}
                </a>
                <br />
                {strings.details(file)}
                <br />
                <span data-sha256={file.sha256}>{strings.sha(file.sha256.slice(0, 12))}</span>
                {file.hasLocation ? (
                  <>
                    <br />
                    <strong className="evidence-tag">{strings.hasLocation}</strong>
                  </>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {files.length < limit ? (
        <form method="post" action="/api/evidence" encType="multipart/form-data" className="incident-form evidence-form">
          <input type="hidden" name="incident" value={incidentId} />
          <input type="hidden" name="back" value={back} />
          <div className={refused ? 'form-group form-group--error' : 'form-group'}>
            <label htmlFor="evidence-file">{strings.fileLabel}</label>
            <p className="form-hint" id="evidence-file-hint">
              {strings.fileHint}
            </p>
            {refused ? (
              <p className="error-message" id="evidence-file-error">
                {strings.error(refused)}
              </p>
            ) : null}
            <input id="evidence-file" name="file" type="file" accept={accept} required aria-describedby={describedBy} {...(refused ? { 'aria-invalid': true } : {})} />
          </div>
          <button type="submit" className="button">
            {strings.attach}
          </button>
        </form>
      ) : (
        <p>{strings.full}</p>
      )}
    </section>
  )
}
