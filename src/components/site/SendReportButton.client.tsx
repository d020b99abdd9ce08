'use client'

import { useFormStatus } from 'react-dom'

/**
 * The report form's send button: pressed once, it stays disabled (and says so) until the answer
 * comes, so a second tap on a slow phone connection sends nothing more. A second post that gets
 * through anyway (no JavaScript, a retry) finds the same report by the form's one-time key.
 */
export function SendReportButton({ label, pending }: { label: string; pending: string }) {
  const status = useFormStatus()
  return (
    <button type="submit" className="button" disabled={status.pending} aria-disabled={status.pending}>
      {status.pending ? pending : label}
    </button>
  )
}
