/**
 * Which site a request's Host header asks for. Pure functions, shared by the proxy and its tests.
 *
 * Only the `Host` header counts. `X-Forwarded-Host` is ignored: any client can send it, and a
 * reverse proxy in front of the portal must pass the original Host through (nginx:
 * `proxy_set_header Host $host`), which is documented in the README.
 */

/** The portal's own names on loopback, always served as the portal in development and tests. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

/** The hostname of a Host header, lowercased and without port or trailing dot; null if malformed. */
export function hostnameOf(header: string | null): string | null {
  if (!header) return null
  const value = header.trim().toLowerCase()
  if (value.length > 260) return null
  const ipv6 = /^(\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/.exec(value)
  if (ipv6) return ipv6[1] ?? null
  const match = /^([^:]+)(?::(\d{1,5}))?$/.exec(value)
  const name = match?.[1]?.replace(/\.$/, '')
  if (!name || name.length > 253 || !HOST_NAME.test(name)) return null
  return name
}

/** The names the portal itself answers to: loopback, the configured server URL's host, extras. */
export function portalHosts(serverUrl: string | undefined, extra: string | undefined): Set<string> {
  const hosts = new Set(LOOPBACK_HOSTS)
  if (serverUrl) {
    try {
      hosts.add(new URL(serverUrl).hostname.toLowerCase())
    } catch {
      // A malformed URL is reported by the environment check at start-up; nothing to add here.
    }
  }
  for (const name of (extra ?? '').split(',')) {
    const host = hostnameOf(name)
    if (host) hosts.add(host)
  }
  return hosts
}

/**
 * The origins the admin may be used from: every portal host, with the server URL's scheme and
 * port (and plain http on loopback, as in development and tests). Payload accepts its login
 * cookie only from these origins (its CSRF allowlist): a host missing here made every save from
 * the admin refuse with "You are not allowed to perform this action".
 */
export function portalOrigins(serverUrl: string, extra: string | undefined): string[] {
  const url = new URL(serverUrl)
  const port = url.port ? `:${url.port}` : ''
  const origins = new Set<string>()
  for (const host of portalHosts(serverUrl, extra)) {
    origins.add(`${url.protocol}//${host}${port}`)
    if (LOOPBACK_HOSTS.includes(host)) origins.add(`http://${host}${port}`)
  }
  return [...origins]
}

export type HostDecision =
  /** The portal: routes by path (`/{tenant}/{locale}/...`), admin and API. */
  | { kind: 'portal' }
  /** A tenant's custom domain (maybe unknown): the site at `/{host}/...` decides, 404 if no tenant claims it. */
  | { kind: 'tenant-domain'; path: string }
  /** The admin asked for on a tenant's domain: a page that names the portal's admin address. */
  | { kind: 'admin-elsewhere' }
  /** Nothing here: a malformed Host (400), or a path the portal does not serve on tenant domains (404). */
  | { kind: 'refuse'; status: 400 | 404 }

/**
 * Decides what to do with a request for `pathname` on `hostHeader`. On a custom domain every site
 * path moves under the host (`/en/contacts` becomes `/{host}/en/contacts`), which is how the
 * site's `[tenant]` segment learns it was asked by domain; the admin is not served there, and
 * `/api/` stays as it is (uploaded logos live under it), as does the site's icon.
 */
/** Files at the root that are the portal's own on every host (the icon Next serves from `src/app/icon.svg`). */
const portalRootFiles: ReadonlySet<string> = new Set(['/icon.svg'])

export function decideHost(hostHeader: string | null, pathname: string, portal: ReadonlySet<string>): HostDecision {
  const host = hostnameOf(hostHeader)
  if (!host) return { kind: 'refuse', status: 400 }
  if (portal.has(host)) return { kind: 'portal' }
  // A name without a dot is no public domain, and must not be read as a tenant slug.
  if (!host.includes('.')) return { kind: 'refuse', status: 404 }
  if (pathname === '/api' || pathname.startsWith('/api/') || portalRootFiles.has(pathname)) return { kind: 'portal' }
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return { kind: 'admin-elsewhere' }
  return { kind: 'tenant-domain', path: pathname === '/' ? `/${host}` : `/${host}${pathname}` }
}
