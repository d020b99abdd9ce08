import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  experimental: {
    // Several root layouts (directory, tenant site, preview, admin): a 404 raised by one of them
    // renders src/app/global-not-found.tsx, branded for the tenant the path names or the portal.
    globalNotFound: true,
  },
  async headers() {
    return [
      // Nothing here is meant to be framed by another site (clickjacking, e.g. of the admin).
      { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      // Except the draft preview, which the admin's live preview frames from its own origin (the
      // preview URL is relative). A later rule wins for the same header.
      {
        source: '/preview/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
        ],
      },
    ]
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
