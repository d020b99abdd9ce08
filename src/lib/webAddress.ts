export type WebAddressResult = { ok: true; value: string } | { ok: false; problem: string }

const EXAMPLE = 'such as https://reportharmfulcontent.com'
const MAX_LENGTH = 2000

/**
 * Checks a web address for a contact: https only (a link shown to someone being abused must not
 * be downgraded or point at script), no user name or password, a public host name. A bare
 * domain ("reportharmfulcontent.com") gets https:// in front. Returns the URL's canonical form.
 */
export function normaliseWebAddress(input: string): WebAddressResult {
  const trimmed = input.trim()
  if (trimmed === '') return { ok: false, problem: `Enter a web address ${EXAMPLE}, or leave the field empty.` }
  if (/[\s\u0000-\u001f\u007f]/.test(trimmed)) {
    return { ok: false, problem: `The web address contains spaces or invisible characters. Enter one address ${EXAMPLE}.` }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase()
  const looksLikeHostAndPort = scheme !== undefined && /^[a-z0-9.-]+:\d+(\/|$)/i.test(trimmed)
  if (scheme === 'http') {
    return { ok: false, problem: 'The web address starts with http://, which is not secure. Use the https:// address of the site.' }
  }
  if (scheme !== undefined && scheme !== 'https' && !looksLikeHostAndPort) {
    return { ok: false, problem: `Only https:// web addresses are allowed ("${scheme}:" links are not). Enter an address ${EXAMPLE}.` }
  }
  const candidate = scheme === 'https' ? trimmed : `https://${trimmed.replace(/^\/\//, '')}`
  if (candidate.length > MAX_LENGTH) return { ok: false, problem: `The web address is longer than ${MAX_LENGTH} characters.` }

  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return { ok: false, problem: `"${trimmed}" is not a web address. Enter an address ${EXAMPLE}.` }
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, problem: 'The web address contains a user name or password. Remove them: links on the site are public.' }
  }
  const host = url.hostname
  const isIp = /^\d+(\.\d+){3}$/.test(host) || host.startsWith('[')
  if (isIp || !host.includes('.') || host.endsWith('.localhost') || host === 'localhost') {
    return { ok: false, problem: `Enter the address of a public website ${EXAMPLE}.` }
  }
  if (url.port !== '') return { ok: false, problem: `Leave the port out of the web address. Enter an address ${EXAMPLE}.` }
  return { ok: true, value: url.href }
}
