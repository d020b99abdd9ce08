'use client'

import { TextInput, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import type { ChangeEvent } from 'react'

import { checkBrandColour, formatRatio, isHexColour, type BrandColourRole } from '@/lib/colour'

type ColourFieldProps = { role?: BrandColourRole }

const drawnWith: Record<BrandColourRole, string> = {
  primary: 'White text on this colour',
  accent: 'This colour on a white page',
}

/**
 * A brand colour as a tenant admin chooses it: the hex code (typed, or picked with the browser's
 * colour picker), a swatch drawn the way the site uses the colour, and its contrast ratio while
 * they type. When the ratio is too low for WCAG AA the refusal the save would give is shown in
 * full beside the field, from the same check (src/lib/colour.ts), so nobody needs to press Save
 * to learn it. The value is the stored value: nothing is rewritten.
 */
export const ColourField: TextFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly } = props
  const role: BrandColourRole = (props as unknown as ColourFieldProps).role === 'accent' ? 'accent' : 'primary'
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, disabled } = useField<string>({ path })
  const text = typeof value === 'string' ? value : ''
  const check = text === '' ? null : checkBrandColour(role, text)
  const inputId = `field-${path.replace(/\./g, '__')}`
  const statusId = `${inputId}-contrast`
  const locked = Boolean(readOnly || disabled)

  return (
    <div className="colour-field">
      <TextInput
        path={path}
        label={field.label}
        description={field.admin?.description}
        required={field.required}
        readOnly={locked}
        showError={showError}
        value={text}
        onChange={(event: ChangeEvent<HTMLInputElement>) => setValue(event.target.value.trim())}
        // Payload types only autoComplete here but spreads every attribute onto the input.
        htmlAttributes={{ autoComplete: 'off', ...({ spellCheck: false, 'aria-describedby': statusId } as object) }}
      />
      <div className="colour-field__preview">
        {/* The browser's picker sets the same hex code; its own label names which colour it picks. */}
        <input
          type="color"
          className="colour-field__picker"
          aria-label={`Pick the ${role} colour`}
          value={isHexColour(text) ? text.toLowerCase() : '#000000'}
          disabled={locked}
          onChange={(event) => setValue(event.target.value)}
        />
        {/* A sample of the colour as the site draws it, also when it fails: that is the point of
            it. It is drawn (SVG), not text, and hidden from assistive technology; the ratio and
            any refusal are said in words beside it. */}
        <svg className="colour-field__swatch" viewBox="0 0 56 44" width="56" height="44" aria-hidden="true" focusable="false">
          {check?.valid ? (
            role === 'primary' ? (
              <>
                <rect x="0" y="0" width="56" height="44" rx="4" fill={text} />
                <text x="28" y="28" textAnchor="middle" fontWeight="700" fontSize="16" fill="#ffffff">
                  Aa
                </text>
              </>
            ) : (
              <>
                <rect x="1.5" y="1.5" width="53" height="41" rx="4" fill="#ffffff" stroke={text} strokeWidth="3" />
                <text x="28" y="28" textAnchor="middle" fontWeight="700" fontSize="16" fill={text}>
                  Aa
                </text>
              </>
            )
          ) : (
            <rect x="0.5" y="0.5" width="55" height="43" rx="4" fill="none" stroke="currentColor" strokeDasharray="4 3" />
          )}
        </svg>
        <p id={statusId} className="colour-field__status" role="status" aria-live="polite">
          {check === null
            ? 'No colour set: the site uses its default.'
            : !check.valid
              ? check.problem
              : check.problem === null
                ? `${drawnWith[role]}: contrast ${formatRatio(check.ratio)}, at least the ${check.needed}:1 WCAG AA asks for.`
                : null}
        </p>
      </div>
      {check?.valid && check.problem ? (
        <p className="colour-field__refusal" role="alert">
          {check.problem}
        </p>
      ) : null}
    </div>
  )
}
