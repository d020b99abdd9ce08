import type { SetupView } from '@/data/twoFactor'

export type SetupStrings = { scan: string; qrLabel: string; typeInstead: string; secretLabel: string }

/**
 * The QR code to scan, drawn as an SVG path from the code's modules (no script, no image to
 * fetch), and the same secret as text in groups of four for anyone who cannot scan it.
 */
export function SetupInstructions({ setup, strings }: { setup: SetupView; strings: SetupStrings }) {
  const { size, path } = setup.qr
  return (
    <div className="two-factor-setup">
      <p>{strings.scan}</p>
      <svg className="two-factor-qr" role="img" aria-label={strings.qrLabel} viewBox={`-4 -4 ${size + 8} ${size + 8}`} width="220" height="220" shapeRendering="crispEdges">
        <rect x="-4" y="-4" width={size + 8} height={size + 8} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <p>{strings.typeInstead}</p>
      <p>
        <span id="two-factor-secret-label">{strings.secretLabel}</span>{' '}
        <code className="two-factor-secret" aria-labelledby="two-factor-secret-label" data-testid="two-factor-secret">
          {setup.groupedSecret}
        </code>
      </p>
    </div>
  )
}
