'use client'

import { useState } from 'react'

export type RecoveryCodesStrings = { listLabel: string; copy: string; copied: string; download: string; fileName: string }

/**
 * The recovery codes, once, with a copy button and a download as a text file (made in the
 * browser: the codes are not sent anywhere again). The list itself is plain text, so it can be
 * selected, printed or written down without JavaScript.
 */
export function RecoveryCodes({ codes, strings }: { codes: string[]; strings: RecoveryCodesStrings }) {
  const [copied, setCopied] = useState(false)
  const text = `${codes.join('\n')}\n`
  return (
    <div className="recovery-codes">
      <ul className="recovery-codes__list" aria-label={strings.listLabel} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p className="recovery-codes__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true))
          }}
        >
          {strings.copy}
        </button>{' '}
        <a className="button button--secondary" href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download={strings.fileName}>
          {strings.download}
        </a>
      </p>
      <p role="status" className="recovery-codes__status">
        {copied ? strings.copied : ''}
      </p>
    </div>
  )
}
