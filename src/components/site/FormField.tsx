import type { ReactNode } from 'react'

/** What a field's input needs to point at its hint and error (spread onto the input). */
export type Described = { 'aria-invalid'?: true; 'aria-describedby'?: string }

/**
 * A labelled field with its error message between the label and the input, GOV.UK style. The
 * input itself is the caller's (its type, autocomplete and kept value differ per form); it gets
 * `aria-invalid` and `aria-describedby` (the hint's id first, then the error's) to spread on.
 * No hooks, so server views and client forms both use it.
 */
export function FormField({
  id,
  label,
  error,
  invalid = Boolean(error),
  hintId,
  children,
}: {
  id: string
  label: string
  error?: string
  /** Marked invalid without a message of its own (e.g. when the form's error names this field). */
  invalid?: boolean
  /** A hint shown elsewhere (e.g. password rules above the field) that the input should be described by. */
  hintId?: string
  children: (described: Described) => ReactNode
}) {
  const describedBy = [hintId, error ? `${id}-error` : undefined].filter(Boolean).join(' ')
  return (
    <div className={error || invalid ? 'form-group form-group--error' : 'form-group'}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children({ ...(invalid ? { 'aria-invalid': true } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
    </div>
  )
}

/**
 * The sign-in address field (`id` and `name` "email"), keeping what was typed after a refused
 * post: `key` remounts the input when the action answers, so its default value is the answer's.
 */
export function EmailField({ label, error, invalid, value }: { label: string; error?: string; invalid?: boolean; value: string }) {
  return (
    <FormField id="email" label={label} error={error} invalid={invalid}>
      {(described) => (
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          defaultValue={value}
          key={`email-${value}`}
          maxLength={320}
          required
          {...described}
        />
      )}
    </FormField>
  )
}
