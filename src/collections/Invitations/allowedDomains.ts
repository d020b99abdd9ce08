/**
 * The tenant's optional "Allowed email domains" setting: when it lists any, an invitation's address
 * must be at exactly one of them. The refusal names the setting, so whoever reads it knows where
 * the rule comes from and who can change it.
 */
export function domainsOf(setting: readonly { domain?: string | null }[] | null | undefined): string[] {
  return (setting ?? []).map((row) => (row.domain ?? '').trim().toLowerCase()).filter((domain) => domain !== '')
}

/** Null when `email` (already normalised) may be invited; else why not, in words. */
export function outsideAllowedDomains(email: string, allowed: readonly string[]): string | null {
  if (allowed.length === 0) return null
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase()
  if (allowed.includes(domain)) return null
  const list = allowed.join(', ')
  return `This address is outside the allowed email domains (${list}). Use an address at ${allowed.length === 1 ? 'that domain' : 'one of them'}, or change the council's setting “Allowed email domains”.`
}
