import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Several app processes (or machines) serving one deployment must run one build and say which:
  // Next sends it with every client request and refuses assets and actions from another build,
  // and the Redis cache keeps each build's entries apart by it (README, Deploying). Unset: the
  // build's own id. NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, set at build time, is the other shared value.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  // Emails are rendered with React Email in the outbox's job, which runs inside the Payload
  // instance a route handler started, in Next's react-server layer; there `react-dom/server` is a
  // module that throws. Loaded by Node from node_modules instead, React Email gets the real
  // `react` and `react-dom/server` (docs/architecture.md, Email). pdfkit (the evidence bundle's
  // chronology) reads its own data files and fonts from disk at run time, so it too is loaded by
  // Node from node_modules rather than bundled.
  serverExternalPackages: ['@react-email/components', 'pdfkit'],
  // The server's page and data cache is bounded: memory only (or Redis with REDIS_URL: then shared
  // by every app process, see cacheHandlerRedis.mjs), at most this much (least recently
  // used goes first), nothing written to disk at run time, and no "not found" answer kept
  // (cacheHandler.mjs). Resized images are kept on disk, up to maximumDiskCacheSize.
  cacheHandler: fileURLToPath(new URL('./cacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 64 * 1024 * 1024,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }], maximumDiskCacheSize: 256 * 1024 * 1024 },
  experimental: {
    isrFlushToDisk: false,
    // Several root layouts (directory, tenant site, preview, admin): a 404 raised by one of them
    // renders src/app/global-not-found.tsx, branded for the tenant the path names or the portal.
    globalNotFound: true,
  },
  async headers() {
    // The Content-Security-Policy, which differs by route, is set in src/proxy.ts.
    const everywhere = [
      // Nothing here is meant to be framed by another site (clickjacking, e.g. of the admin).
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
    ]
    return [
      { source: '/:path*', headers: everywhere },
      // Only where the request reached the TLS-terminating proxy over HTTPS (it sets the header):
      // a browser ignores HSTS over plain HTTP, and local http:// runs must not be pinned.
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000' }],
      },
      // Except the draft preview, which the admin's live preview frames from its own origin (the
      // preview URL is relative). A later rule wins for the same header.
      { source: '/preview/:path*', headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }] },
    ]
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
