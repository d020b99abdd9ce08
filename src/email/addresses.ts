import type { SendEmailOptions } from 'payload'

type AddressInput = SendEmailOptions['to']
type Address = { name?: string; address: string }

function formatOne(value: string | Address): string {
  if (typeof value === 'string') return value
  return value.name ? `${value.name} <${value.address}>` : value.address
}

/** Nodemailer-style recipients (string, object or list of either) as a list of strings. */
export function addressList(value: AddressInput | SendEmailOptions['from']): string[] {
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  return list.flatMap((item) =>
    typeof item === 'string' ? item.split(',').map((s) => s.trim()).filter(Boolean) : [formatOne(item)],
  )
}

/** The Idempotency-Key header, if the caller set one (the reminder job does). */
export function idempotencyKeyOf(headers: SendEmailOptions['headers']): string | undefined {
  if (!headers || Array.isArray(headers)) return undefined
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'idempotency-key') continue
    if (typeof value === 'string') return value
  }
  return undefined
}
