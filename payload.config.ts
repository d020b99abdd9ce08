import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isPlatformAdmin, tenantIdsWithRole, tenantRoles } from '@/access/roles'
import { ContactReminders } from '@/collections/ContactReminders'
import { Contacts } from '@/collections/Contacts'
import { EmailOutbox } from '@/collections/EmailOutbox'
import { EngagementTemplates } from '@/collections/EngagementTemplates'
import { Media } from '@/collections/Media'
import { Pages } from '@/collections/Pages'
import { nationalPagesOnlyForTailoring } from '@/collections/Pages/nationalPagesOnly'
import { tenantScopedCollections } from '@/collections/tenantScoped'
import { Tenants } from '@/collections/Tenants'
import { Users } from '@/collections/Users'
import { emailAdapter } from '@/email/adapter'
import { healthEndpoint } from '@/endpoints/health'
import { plantedErrorEndpoints } from '@/endpoints/plantedError'
import { serverEnv } from '@/env'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import { remindStaleContactsTask, REMINDER_QUEUE } from '@/jobs/remindStaleContacts'
import type { Config } from '@/payload-types'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const canManageMemberships = (user: Parameters<typeof isPlatformAdmin>[0]) =>
  isPlatformAdmin(user) || tenantIdsWithRole(user, ['tenant-admin']).length > 0
const env = serverEnv()

export default buildConfig({
  serverURL: env.NEXT_PUBLIC_SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // Gravatar is out of reach offline and would leak admins' email hashes to a third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Councillor Safety Portal' },
    components: {
      beforeDashboard: ['/collections/Contacts/components/StaleContactsPanel#StaleContactsPanel'],
      // First in the navigation: where an editor finds the national pages to tailor.
      beforeNavLinks: ['/admin/NationalToolkit/NavLink.client#NationalToolkitNavLink'],
      views: {
        nationalToolkit: { Component: '/admin/NationalToolkit/NationalToolkitView#NationalToolkitView', path: '/national-toolkit' },
      },
    },
    // Councillors read the site on phones: editors preview at a phone's width as well as the desktop's.
    livePreview: {
      breakpoints: [
        { name: 'phone', label: 'Phone (390 px)', width: 390, height: 844 },
        { name: 'desktop', label: 'Desktop (1280 px)', width: 1280, height: 800 },
      ],
    },
  },
  collections: [Tenants, Users, Pages, Contacts, Media, EngagementTemplates, EmailOutbox, ContactReminders],
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    // Schema changes go through committed migrations only, in development too, so that what
    // runs in production is exactly what was tested.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  email: emailAdapter(env),
  jobs: {
    tasks: [remindStaleContactsTask],
    // By default any logged-in user may run, queue or cancel jobs through /api/payload-jobs.
    access: {
      run: ({ req }) => isPlatformAdmin(req.user),
      queue: ({ req }) => isPlatformAdmin(req.user),
      cancel: ({ req }) => isPlatformAdmin(req.user),
    },
    // Hourly: queues what is scheduled (the Monday reminder) and runs what is due. The cron
    // starts with the Next server (`dev`, `start`), not in scripts or `next build`.
    autoRun: [{ cron: '0 * * * *', queue: REMINDER_QUEUE }],
  },
  endpoints: [healthEndpoint, ...plantedErrorEndpoints],
  sharp,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  plugins: [
    multiTenantPlugin<Config>({
      tenantsSlug: 'tenants',
      // Our own access rules scope every collection by tenant (src/access/, each collection's
      // access/). The plugin's blanket "own tenants only" rule for logged-in users would also
      // hide public content from councillors and editors, which anonymous visitors can see.
      // Its admin list filter (by the selected tenant) stays on.
      collections: Object.fromEntries(tenantScopedCollections.map((slug) => [slug, { useTenantAccess: false }])),
      useTenantsCollectionAccess: false,
      // Tenants are deactivated, not deleted, in normal use. When a platform admin does delete
      // one, its content goes with it (src/collections/Tenants/hooks/deleteTenantContent.ts);
      // the plugin's cleanup runs after the row is gone, too late to find the documents.
      cleanupAfterTenantDelete: false,
      userHasAccessToAllTenants: (user) => isPlatformAdmin(user),
      tenantsArrayField: {
        includeDefaultField: true,
        // By default only platform admins may write memberships; tenant admins manage their own
        // tenant's users, within the limits guardMemberships (collections/Users/hooks) enforces.
        arrayFieldAccess: {
          create: ({ req }) => canManageMemberships(req.user),
          update: ({ req }) => canManageMemberships(req.user),
        },
        rowFields: [
          {
            name: 'roles',
            type: 'select',
            hasMany: true,
            required: true,
            defaultValue: ['editor'],
            options: tenantRoles.map((role) => ({ label: role, value: role })),
          },
        ],
      },
    }),
    nationalPagesOnlyForTailoring,
  ],
})
