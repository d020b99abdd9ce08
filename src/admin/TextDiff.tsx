import type { CSSProperties } from 'react'

import type { DiffPart } from '@/lib/textDiff'

// Screen readers do not announce <ins>/<del> by default: each run says what it is.
const hidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }
const added: CSSProperties = { background: '#d7f5dd', color: '#0b3d17', textDecoration: 'underline' }
const removed: CSSProperties = { background: '#fbe0df', color: '#5c0f0b', textDecoration: 'line-through' }

/** A text diff as a person reads it: the whole text, with what went struck through and what came underlined. */
export function TextDiff({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <div aria-label={label} role="group" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6, maxHeight: '24rem', overflow: 'auto', padding: '0.75rem', border: '1px solid var(--theme-elevation-150)' }}>
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index} style={added}>
            <span style={hidden}>[added: </span>
            {part.text}
            <span style={hidden}>]</span>
          </ins>
        ) : (
          <del key={index} style={removed}>
            <span style={hidden}>[removed: </span>
            {part.text}
            <span style={hidden}>]</span>
          </del>
        ),
      )}
    </div>
  )
}
