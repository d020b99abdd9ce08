/**
 * Fills deploy/nginx.conf's `${NAME}` placeholders (the file's header lists them). nginx's own
 * variables are written `$name`, without braces, so only placeholders match; a placeholder the
 * caller did not give, or a value given for none, is an error rather than a broken config.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export const NGINX_TEMPLATE = path.resolve(import.meta.dirname, '../../deploy/nginx.conf')

export const NGINX_PLACEHOLDERS = ['NGINX_USER', 'PREFIX', 'LISTEN', 'SERVER_NAMES', 'APP_SERVERS'] as const
export type NginxValues = Record<(typeof NGINX_PLACEHOLDERS)[number], string>

const PLACEHOLDER = /\$\{([A-Z_]+)\}/g

/** The template's text with every placeholder replaced; comments are left as written. */
export function fillNginxTemplate(template: string, values: NginxValues): string {
  const known = new Set<string>(NGINX_PLACEHOLDERS)
  const lines = template.split('\n').map((line) => {
    // The header documents the placeholders by name: only configuration lines are filled.
    if (line.trimStart().startsWith('#')) return line
    return line.replace(PLACEHOLDER, (_match, name: string) => {
      if (!known.has(name)) throw new Error(`deploy/nginx.conf uses \${${name}}, which nothing fills (known: ${NGINX_PLACEHOLDERS.join(', ')})`)
      const value = values[name as keyof NginxValues]
      if (value.trim() === '') throw new Error(`\${${name}} must not be empty`)
      return value
    })
  })
  return lines.join('\n')
}

/** `server host:port;` lines for the upstream block. */
export function upstreamServers(ports: readonly number[], host = '127.0.0.1'): string {
  return ports.map((port) => `server ${host}:${port} max_fails=1 fail_timeout=2s;`).join('\n    ')
}

export function readNginxTemplate(): string {
  return readFileSync(NGINX_TEMPLATE, 'utf8')
}
