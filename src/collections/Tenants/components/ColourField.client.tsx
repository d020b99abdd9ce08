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
        <span
          className="colour-field__swatch"
          aria-hidden="true"
          style={
            check?.valid
              ? role === 'primary'
                ? { background: text, color: '#ffffff' }
                : { background: '#ffffff', color: text, borderColor: text, outline: `3px solid ${text}`, outlineOffset: '2px' }
              : undefined
          }
        >
          Aa
        </span>
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
