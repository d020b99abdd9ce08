/**
 * deploy/nginx.conf is a contract (the file the cluster runs and operators deploy): its
 * placeholders are all filled, and real nginx accepts the result (`nginx -t`).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { clusterNginxConfig } from '../../scripts/lib/cluster'
import { fillNginxTemplate, readNginxTemplate, upstreamServers } from '../../scripts/lib/nginxConfig'

const values = { NGINX_USER: 'www-data', PREFIX: '/tmp/p', LISTEN: '8080', SERVER_NAMES: 'portal.example', APP_SERVERS: upstreamServers([3001, 3002]) }

describe('deploy/nginx.conf', () => {
  it('leaves no placeholder unfilled and names every app process', () => {
    const filled = fillNginxTemplate(readNginxTemplate(), values)
    const lines = filled.split('\n').filter((line) => !line.trimStart().startsWith('#'))
    expect(lines.join('\n')).not.toMatch(/\$\{/)
    expect(filled).toContain('server 127.0.0.1:3001 max_fails=1 fail_timeout=2s;')
    expect(filled).toContain('server 127.0.0.1:3002 max_fails=1 fail_timeout=2s;')
  })

  it('refuses a placeholder nothing fills, and an empty value', () => {
    expect(() => fillNginxTemplate('listen ${PORT_NUMBER};', values)).toThrow(/PORT_NUMBER/)
    expect(() => fillNginxTemplate('listen ${LISTEN};', { ...values, LISTEN: ' ' })).toThrow(/LISTEN/)
  })

  it('micro-caches for one second whatever the app says, and keeps personal paths and cookies out', () => {
    const text = readNginxTemplate()
    for (const directive of ['proxy_cache_valid 200 1s;', 'proxy_cache_use_stale updating', 'proxy_cache_background_update on;', 'proxy_cache_lock on;', 'proxy_ignore_headers Cache-Control Expires;']) {
      expect(text).toContain(directive)
    }
    expect(text).toMatch(/proxy_no_cache .*\$upstream_http_set_cookie/)
    expect(text).toContain('~^/(admin|api|preview)(/|$) 1;')
    expect(text).toContain('"~^/([^/]+/){1,2}(members|search|invitation|login)(/|$)" 1;')
    expect(text).toContain('X-Forwarded-For $proxy_add_x_forwarded_for')
    expect(text).toContain('proxy_set_header Host $host;')
    expect(text).toContain('return 444;')
    // The log format names the path ($uri), never the request line or its query.
    const format = /log_format portal ([^;]+);/s.exec(text)?.[1] ?? ''
    expect(format).toContain('$uri')
    expect(format).not.toMatch(/\$request\b|\$request_uri|\$args|\$query_string/)
  })

  it('is accepted by nginx -t as the cluster fills it', () => {
    const prefix = mkdtempSync(path.join(os.tmpdir(), 'nginx-conf-'))
    try {
      const file = path.join(prefix, 'nginx.conf')
      writeFileSync(file, clusterNginxConfig(prefix, 18080, [13001, 13002]))
      const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => spawnSync(candidate, ['-v']).status === 0) ?? 'nginx'
      const check = spawnSync(nginx, ['-t', '-p', prefix, '-c', file], { encoding: 'utf8' })
      expect(check.stderr).toContain('syntax is ok')
      expect(check.status).toBe(0)
    } finally {
      rmSync(prefix, { recursive: true, force: true })
    }
  })
})
