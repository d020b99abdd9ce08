'use client'

import { TextInput, useDocumentInfo, useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useState, type ChangeEvent } from 'react'

import { formatPhone } from '@/lib/phone'

/**
 * The phone number as people write it (0300 123 2040), though it is stored as E.164
 * (+443001232040) for `tel:` links. Only the display changes: the form keeps the stored value
 * until the editor types, so opening a contact never marks it as changed, and the server
 * normalises what they type on save.
 */
export const PhoneField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError, disabled } = useField<string>({ path })
  const { savedDocumentData } = useDocumentInfo()
  // What the editor typed, for the saved document it was typed over: after a save the server's
  // normalised number replaces it (savedDocumentData changes), and it shows formatted again.
  const [typed, setTyped] = useState<{ text: string; over: unknown } | undefined>(undefined)
  const current = typed && typed.over === savedDocumentData ? typed.text : undefined

  const shown = current ?? (typeof value === 'string' && value !== '' ? formatPhone(value) : '')

  return (
    <TextInput
      path={path}
      label={field.label}
      description={field.admin?.description}
      required={field.required}
      localized={field.localized}
      readOnly={readOnly || disabled}
      showError={showError}
      value={shown}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        setTyped({ text: event.target.value, over: savedDocumentData })
        setValue(event.target.value)
      }}
      htmlAttributes={{ autoComplete: 'off' }}
    />
  )
}
