import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { withPayloadCollectionAccess } from '@/access/payloadCollections'
import { isPlatformAdmin, tenantIdsWithRole, tenantRoleOptions } from '@/access/roles'
import { ContactReminders } from '@/collections/ContactReminders'
import { Contacts } from '@/collections/Contacts'
import { ContentReleases } from '@/collections/ContentReleases'
import { SearchSynonyms } from '@/collections/SearchSynonyms'
import { EmailOutbox } from '@/collections/EmailOutbox'
import { Evidence } from '@/collections/Evidence'
import { EngagementTemplates } from '@/collections/EngagementTemplates'
import { IncidentReports } from '@/collections/IncidentReports'
import { IncidentDrafts } from '@/collections/IncidentDrafts'
import { IncidentHelpers } from '@/collections/IncidentHelpers'
import { IncidentHistory } from '@/collections/IncidentHistory'
import { Incidents } from '@/collections/Incidents'
import { Invitations } from '@/collections/Invitations'
import { Media } from '@/collections/Media'
import { MAX_UPLOAD_PIXELS } from '@/collections/Media/hooks/normaliseUpload'
import { Pages } from '@/collections/Pages'
import { nationalPagesOnlyForTailoring } from '@/collections/Pages/nationalPagesOnly'
import { multiTenantPluginCollections } from '@/collections/tenantScoped'
import { Tenants } from '@/collections/Tenants'
import { TwoFactorCredentials } from '@/collections/TwoFactorCredentials'
import { Users } from '@/collections/Users'
import { emailAdapter } from '@/email/adapter'
import { healthEndpoint } from '@/endpoints/health'
import { plantedErrorEndpoints } from '@/endpoints/plantedError'
import { reportStatisticsCsvEndpoint } from '@/endpoints/reportStatistics'
import { resendWebhookEndpoint } from '@/endpoints/resendWebhook'
import { translationEndpoints } from '@/endpoints/translations'
import { databaseDataErrorsAre400, refuseMalformedQueries } from '@/hooks/refuseMalformedQueries'
import { withApiQueryLimits } from '@/hooks/apiQueryLimits'
import { serverEnv } from '@/env'
import { localesForSelectedTenant } from '@/i18n/adminLocales'
import { defaultLocale, localeNames, locales } from '@/i18n/locales'
import { portalOrigins } from '@/lib/siteHost'
import { deliverOutboxTask, EMAIL_POLL_CRON, EMAIL_QUEUE } from '@/jobs/deliverOutbox'
import { endMembershipsTask } from '@/jobs/endMemberships'
import { expireFormerLogsTask } from '@/jobs/expireFormerLogs'
import { remindNationalReviewTask } from '@/jobs/remindNationalReview'
import { reportDeadlinesTask } from '@/jobs/reportDeadlines'
import { remindStaleContactsTask, REMINDER_QUEUE } from '@/jobs/remindStaleContacts'
import { graphqlAliasRule, graphqlDepthRule, graphqlReadArgumentsRule, queryLimits } from '@/lib/queryLimits'
import type { Config } from '@/payload-types'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const canManageMemberships = (user: Parameters<typeof isPlatformAdmin>[0]) =>
  isPlatformAdmin(user) || tenantIdsWithRole(user, ['tenant-admin']).length > 0
const env = serverEnv()

// Payload adds its own collections (edit locks, preferences, jobs…) while sanitising; their
// access and every collection's API read limits are set on the result.
export default buildConfig({
  // No serverURL: the admin then calls its API on the address it was opened on, and works on
  // every portal host (localhost and 127.0.0.1 alike). Payload would also have made the server
  // URL its only CSRF origin; the allowlist below names every portal origin instead. Links in
  // emails are built from NEXT_PUBLIC_SERVER_URL directly.
  csrf: portalOrigins(env.NEXT_PUBLIC_SERVER_URL, process.env['PORTAL_HOSTS']),
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // Gravatar is out of reach offline and would leak admins' email hashes to a third party.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · Councillor Safety Portal' },
    components: {
      // The council's own panel first: its name, its site, and what needs doing there.
      beforeDashboard: [
        '/admin/Dashboard/CouncilPanel#CouncilPanel',
        // A new council's first hour, until everything on it is in place.
        '/admin/Dashboard/SetupPanel#SetupPanel',
        // Only when Resend's webhook reported a returned email about one of the admin's councils.
        '/collections/EmailOutbox/components/BouncedEmailsPanel#BouncedEmailsPanel',
        '/collections/Contacts/components/StaleContactsPanel#StaleContactsPanel',
        '/collections/Pages/components/NationalReviewPanel#NationalReviewPanel',
      ],
      // First in the navigation: where an editor finds the national pages to tailor.
      beforeNavLinks: ['/admin/NationalToolkit/NavLink.client#NationalToolkitNavLink', '/admin/Translations/NavLink.client#TranslationsNavLink', '/admin/ReportStatistics/NavLink.client#ReportStatisticsNavLink'],
      afterNavLinks: ['/collections/TwoFactorCredentials/admin/NavLink.client#TwoFactorNavLink'],
      views: {
        // The admin's sign-in with its second step (two-step sign-in); Payload's form has none.
        login: { Component: '/collections/TwoFactorCredentials/admin/SignInView#AdminSignInView' },
        twoFactor: { Component: '/collections/TwoFactorCredentials/admin/TwoFactorView#AdminTwoFactorView', path: '/two-factor' },
        recoveryCodes: { Component: '/collections/TwoFactorCredentials/admin/RecoveryCodesView#AdminRecoveryCodesView', path: '/recovery-codes' },
        nationalToolkit: { Component: '/admin/NationalToolkit/NationalToolkitView#NationalToolkitView', path: '/national-toolkit' },
        importInvitations: { Component: '/collections/Invitations/components/ImportView#ImportInvitationsView', path: '/import-invitations' },
        newCouncil: { Component: '/collections/Tenants/components/NewCouncilView#NewCouncilView', path: '/new-council' },
        translations: { Component: '/admin/Translations/TranslationsView#TranslationsView', path: '/translations' },
        translationReview: { Component: '/admin/Translations/ReviewView#TranslationReviewView', path: '/translation-review' },
        endMemberships: { Component: '/collections/Users/components/EndMembershipsView#EndMembershipsView', path: '/end-memberships' },
        // Counts of reports for a standards committee, small numbers suppressed (#20 item 7).
        reportStatistics: { Component: '/admin/ReportStatistics/ReportStatisticsView#ReportStatisticsView', path: '/report-statistics' },
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
  collections: [Tenants, Users, Invitations, Pages, Contacts, Media, EngagementTemplates, EmailOutbox, ContactReminders, ContentReleases, Incidents, IncidentHistory, IncidentHelpers, IncidentDrafts, Evidence, IncidentReports, SearchSynonyms, TwoFactorCredentials],
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
    // The admin's language switcher offers the selected council's languages only.
    filterAvailableLocales: localesForSelectedTenant,
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
    tasks: [remindStaleContactsTask, remindNationalReviewTask, endMembershipsTask, expireFormerLogsTask, deliverOutboxTask, reportDeadlinesTask],
    // By default any logged-in user may run, queue or cancel jobs through /api/payload-jobs.
    access: {
      run: ({ req }) => isPlatformAdmin(req.user),
      queue: ({ req }) => isPlatformAdmin(req.user),
      cancel: ({ req }) => isPlatformAdmin(req.user),
    },
    // Hourly: queues what is scheduled (the Monday reminder) and runs what is due. Every few
    // seconds: the email outbox. These crons start with the Next server (`dev`, `start`; Payload
    // starts them at the first API or admin request), not in scripts, int tests or `next build`.
    // This list is the one place jobs are run from. With PORTAL_JOBS=off (the web processes of a
    // deployment with several) it is empty, and `npm run worker` runs them in one process.
    autoRun: env.PORTAL_JOBS === 'off' ? [] : [
      { cron: '0 * * * *', queue: REMINDER_QUEUE },
      ...(env.EMAIL_OUTBOX_POLL === 'on' ? [{ cron: EMAIL_POLL_CRON, queue: EMAIL_QUEUE, limit: 1, silent: true }] : []),
    ],
  },
  endpoints: [healthEndpoint, ...plantedErrorEndpoints, ...translationEndpoints, resendWebhookEndpoint, reportStatisticsCsvEndpoint],
  // node-postgres emits 'error' on the pool when an idle connection dies (PostgreSQL stopped or
  // restarted); with no listener that is an uncaught exception and the whole process exits. The
  // pool drops the dead connection and opens new ones once the database is back.
  onInit: (payload) => {
    const pool = (payload.db as { pool?: { on(event: 'error', listener: (error: Error) => void): void } }).pool
    pool?.on('error', (error) => payload.logger.warn(`A PostgreSQL connection was lost (${error.message}); new ones open when the database answers`))
  },
  hooks: { afterError: [databaseDataErrorsAre400] },
  // Every image Payload decodes (resizing, focal point) is refused past 40 megapixels, so a small
  // file that decompresses to a huge bitmap cannot exhaust the server's memory.
  sharp: (input, options) => sharp(input, { ...options, limitInputPixels: MAX_UPLOAD_PIXELS }),
  graphQL: {
    disablePlaygroundInProduction: true,
    // Checked before any resolver runs (src/lib/queryLimits.ts); REST `limit`, `pagination` and
    // `depth` in every collection's beforeOperation (src/hooks/apiQueryLimits.ts).
    maxComplexity: queryLimits.maxGraphqlComplexity,
    validationRules: (args) => [graphqlDepthRule(), graphqlAliasRule(), graphqlReadArgumentsRule(args.variableValues)],
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  plugins: [
    multiTenantPlugin<Config>({
      tenantsSlug: 'tenants',
      // Our own access rules scope every collection by tenant (src/collections/tenantScoped.ts
      // says why the plugin's access wrapper is off); its admin list filter stays on.
      collections: multiTenantPluginCollections,
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
            // Most people a council adds are councillors; the labels say what each role can do.
            defaultValue: ['councillor'],
            options: tenantRoleOptions,
          },
          {
            // Leaving office: from this moment the membership gives no access (access/roles.ts),
            // and the daily job (jobs/endMemberships.ts) signs the person out and tells the
            // tenant's admins. The row stays so that their own incident log stays reachable.
            name: 'endsAt',
            label: 'Membership ends',
            type: 'date',
            index: true,
            admin: {
              date: { pickerAppearance: 'dayAndTime' },
              description: 'Leave empty while the person is in office. From this date and time they can no longer sign in to this council.',
            },
          },
          {
            // Set by the daily job once it has signed the person out and told the admins, so it does both once.
            name: 'endProcessedAt',
            type: 'date',
            access: { create: () => false, update: () => false },
            admin: { hidden: true },
          },
        ],
      },
    }),
    nationalPagesOnlyForTailoring,
    // Last, so it also sees what the plugins above add: malformed ids and queries are 4xx.
    (config) => ({
      ...config,
      collections: config.collections?.map((collection) => ({
        ...collection,
        hooks: { ...collection.hooks, beforeOperation: [refuseMalformedQueries, ...(collection.hooks?.beforeOperation ?? [])] },
      })),
    }),
  ],
})
  .then(withPayloadCollectionAccess)
  .then(withApiQueryLimits)
