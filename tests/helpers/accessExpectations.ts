/**
 * The tenancy access rules of the issue, written down once, as data.
 *
 * A rule says: for this collection, these operations on this target are ALLOWED for exactly
 * these roles, and denied for every other role the rule applies to. The matrix test expands
 * every rule over its roles and over every channel (REST, GraphQL, Local API with
 * `overrideAccess: false`), so a new collection joins by adding a profile to
 * `collectionProfiles` and its rules to `accessRules` — no new test code.
 *
 * Roles are those of the issue. "councillor", "candidate", "officer", "editor" and "tenant-admin"
 * are members of tenant A only (a candidate reads like a councillor; an officer opens the admin
 * but changes no content); "platform-admin" has the global role.
 *
 * Targets:
 * - `A`, `B`, `baseline`: a document of the caller's own tenant A, of the other (active) tenant
 *   B, of the baseline tenant. For `tenants` the target is the tenant itself; for `users` it is
 *   another user whose only membership is in that tenant. For `create` it is the tenant the new
 *   document is created in (for `users`: the tenant of the new user's membership).
 * - `inactive`: tenant C (inactive, nobody in the matrix is a member) or its document.
 * - `<tenant>:<variant>` (`A:members`, `B:draft`, …): another fixture document of that tenant, for
 *   collections whose documents differ in who may see them. The plain target (`A`) is then the
 *   published, public document; `:members` a published members-only one; `:draft` a draft that
 *   was never published. A collection names the variants it has fixtures for in its profile.
 * - `self`: the caller's own user (no anonymous row).
 * - `new`: a document made for the case, belonging to no role of the matrix (a new tenant).
 * - `global`: a document that belongs to no tenant (the email outbox).
 *
 * `delete` always acts on a document created for that case in the target's tenant (of the
 * target's variant), so an allowed delete never removes a shared fixture. Deleting tenant A, B, the baseline or C itself
 * is only run for roles that must be refused; a platform admin's right to delete a tenant is
 * checked on target `new`.
 */

export const roles = ['anonymous', 'councillor', 'candidate', 'officer', 'editor', 'tenant-admin', 'platform-admin'] as const
export type Role = (typeof roles)[number]

/** The targets that name a tenant (and its plain document). */
export const tenantTargets = ['A', 'B', 'baseline', 'inactive'] as const
export type TenantTarget = (typeof tenantTargets)[number]

/** Kinds of fixture document besides the plain one (for pages: published and public). */
export const documentVariants = ['members', 'draft'] as const
export type DocumentVariant = (typeof documentVariants)[number]

export const targets = [
  ...tenantTargets,
  'A:members',
  'A:draft',
  'B:members',
  'B:draft',
  'baseline:members',
  'baseline:draft',
  'self',
  'new',
  'global',
] as const
export type Target = (typeof targets)[number]

function isTenantTarget(value: string | undefined): value is TenantTarget {
  return (tenantTargets as readonly (string | undefined)[]).includes(value)
}

function isDocumentVariant(value: string | undefined): value is DocumentVariant {
  return (documentVariants as readonly (string | undefined)[]).includes(value)
}

/** The tenant a target names (`A:draft` → `A`), or undefined for `self`, `new` and `global`. */
export function targetTenant(target: Target): TenantTarget | undefined {
  const head = target.split(':')[0]
  return isTenantTarget(head) ? head : undefined
}

/** The variant a target names (`A:draft` → `draft`), or undefined for a plain target. */
export function targetVariant(target: Target): DocumentVariant | undefined {
  const tail = target.split(':')[1]
  return isDocumentVariant(tail) ? tail : undefined
}

export const operations = ['find', 'findByID', 'count', 'findVersions', 'create', 'update', 'delete'] as const
export type Operation = (typeof operations)[number]

/** GraphQL queries are find/findByID/count/findVersions on the graphql channel; mutations are create/update/delete. */
export const channels = ['rest', 'graphql', 'local'] as const
export type Channel = (typeof channels)[number]

export const readOperations = ['find', 'findByID', 'count'] as const satisfies readonly Operation[]
export const writeOperations = ['create', 'update', 'delete'] as const satisfies readonly Operation[]

/**
 * How a refusal may look, per operation. Reads may also be refused by leaving the document out
 * of the results. Create and update may be refused by validation (400), because which tenant a
 * document may point to is checked on its fields; a delete must be refused by access control
 * (401/403/404), since a 400 there comes from a hook that would not stop the same delete of an
 * inactive document.
 */
export const refusalStatuses: Record<Operation, readonly number[]> = {
  find: [401, 403],
  findByID: [401, 403, 404],
  count: [401, 403],
  findVersions: [401, 403],
  create: [400, 401, 403],
  update: [400, 401, 403, 404],
  delete: [401, 403, 404],
}

export type CollectionProfile = {
  slug: string
  /** Names in the GraphQL schema (Payload derives them from the labels). */
  graphql: {
    one: string
    many: string
    count: string
    versions?: string
    create: string
    update: string
    delete: string
    whereType: string
    createInput: string
    updateInput: string
  }
  /** Only collections with `versions` get findVersions rows. */
  versions: boolean
  /** Upload collections: the document is created with a file. */
  upload: boolean
  /** A harmless field that an update sets to a marker value, as a path ("branding.shortName"). */
  markerField: string
  /** The `<tenant>:<variant>` targets this collection has fixture documents for (default: none). */
  variants?: readonly DocumentVariant[]
  /** Channel × operation pairs that cannot be exercised at all, with the reason (printed, never silent). */
  unsupported?: Partial<Record<Channel, Partial<Record<Operation, string>>>>
}

export const collectionProfiles = {
  tenants: {
    slug: 'tenants',
    graphql: {
      one: 'Tenant',
      many: 'Tenants',
      count: 'countTenants',
      create: 'createTenant',
      update: 'updateTenant',
      delete: 'deleteTenant',
      whereType: 'Tenant_where',
      createInput: 'mutationTenantInput',
      updateInput: 'mutationTenantUpdateInput',
    },
    versions: false,
    upload: false,
    markerField: 'branding.shortName',
  },
  users: {
    slug: 'users',
    graphql: {
      one: 'User',
      many: 'Users',
      count: 'countUsers',
      create: 'createUser',
      update: 'updateUser',
      delete: 'deleteUser',
      whereType: 'User_where',
      createInput: 'mutationUserInput',
      updateInput: 'mutationUserUpdateInput',
    },
    versions: false,
    upload: false,
    markerField: 'name',
  },
  // media: derived from its tenantScoped({ readers: 'public' }) declaration (`matrixOf`).
  pages: {
    slug: 'pages',
    graphql: {
      one: 'Page',
      many: 'Pages',
      count: 'countPages',
      versions: 'versionsPages',
      create: 'createPage',
      update: 'updatePage',
      delete: 'deletePage',
      whereType: 'Page_where',
      createInput: 'mutationPageInput',
      updateInput: 'mutationPageUpdateInput',
    },
    versions: true,
    upload: false,
    markerField: 'title',
    variants: ['members', 'draft'],
  },
  contacts: {
    slug: 'contacts',
    graphql: {
      one: 'Contact',
      many: 'Contacts',
      count: 'countContacts',
      create: 'createContact',
      update: 'updateContact',
      delete: 'deleteContact',
      whereType: 'Contact_where',
      createInput: 'mutationContactInput',
      updateInput: 'mutationContactUpdateInput',
    },
    versions: false,
    upload: false,
    markerField: 'label',
    variants: ['members'],
  },
  'engagement-templates': {
    slug: 'engagement-templates',
    graphql: {
      one: 'EngagementTemplate',
      many: 'EngagementTemplates',
      count: 'countEngagementTemplates',
      versions: 'versionsEngagementTemplates',
      create: 'createEngagementTemplate',
      update: 'updateEngagementTemplate',
      delete: 'deleteEngagementTemplate',
      whereType: 'EngagementTemplate_where',
      createInput: 'mutationEngagementTemplateInput',
      updateInput: 'mutationEngagementTemplateUpdateInput',
    },
    versions: true,
    upload: false,
    markerField: 'title',
    variants: ['draft'],
  },
  'email-outbox': {
    slug: 'email-outbox',
    graphql: {
      one: 'EmailOutbox',
      many: 'EmailOutboxes',
      count: 'countEmailOutboxes',
      create: 'createEmailOutbox',
      update: 'updateEmailOutbox',
      delete: 'deleteEmailOutbox',
      whereType: 'EmailOutbox_where',
      createInput: 'mutationEmailOutboxInput',
      updateInput: 'mutationEmailOutboxUpdateInput',
    },
    versions: false,
    upload: false,
    markerField: 'subject',
  },
  // Evidence of an incident. Targets: `A` and `B`, evidence of a councillor of that tenant who is
  // none of the matrix's roles; `self`, the caller's own (councillors and candidates keep logs).
  evidence: {
    slug: 'evidence',
    graphql: {
      one: 'Evidence',
      many: 'allEvidence',
      count: 'countallEvidence',
      create: 'createEvidence',
      update: 'updateEvidence',
      delete: 'deleteEvidence',
      whereType: 'Evidence_where',
      createInput: 'mutationEvidenceInput',
      updateInput: 'mutationEvidenceUpdateInput',
    },
    versions: false,
    upload: false,
    markerField: 'sha256',
    unsupported: {
      graphql: {
        find: 'GraphQL is off for evidence: tests/int/evidence.test.ts checks the schema has none',
        findByID: 'GraphQL is off for evidence: tests/int/evidence.test.ts checks the schema has none',
        count: 'GraphQL is off for evidence: tests/int/evidence.test.ts checks the schema has none',
        create: 'GraphQL is off for evidence: tests/int/evidence.test.ts checks the schema has none',
        update: 'GraphQL is off for evidence: tests/int/evidence.test.ts checks the schema has none',
        delete: 'GraphQL is off for evidence: tests/int/evidence.test.ts checks the schema has none',
      },
      rest: {
        create: 'POST /api/evidence is the multipart upload, not a JSON create: tests/int/evidence.test.ts refuses it for every other role',
      },
    },
  },
  // ── Payload's own collections ─────────────────────────────────────────────────────────
  // Targets for edit locks: a lock on the page of that tenant (held by a user outside the matrix).
  'payload-locked-documents': {
    slug: 'payload-locked-documents',
    graphql: {
      one: 'PayloadLockedDocument',
      many: 'PayloadLockedDocuments',
      count: 'countPayloadLockedDocuments',
      create: 'createPayloadLockedDocument',
      update: 'updatePayloadLockedDocument',
      delete: 'deletePayloadLockedDocument',
      whereType: 'PayloadLockedDocument_where',
      createInput: 'mutationPayloadLockedDocumentInput',
      updateInput: 'mutationPayloadLockedDocumentUpdateInput',
    },
    versions: false,
    upload: false,
    markerField: 'globalSlug',
  },
  // Targets for preferences: `self` is the caller's own, `A` and `B` another user's (of that tenant).
  'payload-preferences': {
    slug: 'payload-preferences',
    graphql: {
      one: 'PayloadPreference',
      many: 'PayloadPreferences',
      count: 'countPayloadPreferences',
      create: 'createPayloadPreference',
      update: 'updatePayloadPreference',
      delete: 'deletePayloadPreference',
      whereType: 'PayloadPreference_where',
      createInput: 'mutationPayloadPreferenceInput',
      updateInput: 'mutationPayloadPreferenceUpdateInput',
    },
    versions: false,
    upload: false,
    markerField: 'key',
    unsupported: {
      rest: {
        findByID: "Payload routes /api/payload-preferences/:key to the caller's own preference of that key, never by id",
        delete: "Payload routes /api/payload-preferences/:key to the caller's own preference of that key, never by id",
        count: "Payload routes /api/payload-preferences/count to the caller's own preference named 'count'",
      },
    },
  },
} as const satisfies Record<string, CollectionProfile>

/** A collection of the matrix: one of the profiles above, or one whose profile is derived (`matrixOf`). */
export type MatrixCollection = string

export type AccessRule = {
  collection: MatrixCollection
  operations: readonly Operation[]
  targets: readonly Target[]
  /** The roles for which these operations succeed; every other role in `roles` is refused. */
  allow: readonly Role[]
  /** The roles the rule is run for (default: all). */
  roles?: readonly Role[]
  /** The sentence of the issue the rule comes from. */
  spec: string
}

const EVERYONE = roles
const LOGGED_IN: readonly Role[] = ['councillor', 'candidate', 'officer', 'editor', 'tenant-admin', 'platform-admin']
const NOT_PLATFORM: readonly Role[] = ['anonymous', 'councillor', 'candidate', 'officer', 'editor', 'tenant-admin']
const PLATFORM: readonly Role[] = ['platform-admin']
const CONTENT_OF_A: readonly Role[] = ['editor', 'tenant-admin', 'platform-admin']
const ADMINS_OF_A: readonly Role[] = ['tenant-admin', 'platform-admin']
/**
 * Public content of another active tenant or of the baseline: anonymous reads it ("published,
 * public documents of ACTIVE tenants and the baseline"), and so does every logged-in role:
 * signing in never takes away what the public can see (editors also need the baseline's
 * content to tailor it). Writing stays "within A only".
 */
const PUBLIC_READERS_OUTSIDE_A: readonly Role[] = EVERYONE

export const accessRules: readonly AccessRule[] = [
  // ── tenants ────────────────────────────────────────────────────────────────────────────
  {
    collection: 'tenants',
    operations: readOperations,
    targets: ['A', 'B', 'baseline'],
    allow: EVERYONE,
    spec: 'Tenants: anyone may read ACTIVE tenants (the public directory needs them)',
  },
  {
    collection: 'tenants',
    operations: readOperations,
    targets: ['inactive'],
    allow: PLATFORM,
    spec: 'an inactive tenant is invisible to anonymous/councillor/editor/tenant-admin of A',
  },
  {
    collection: 'tenants',
    operations: ['create'],
    targets: ['new'],
    allow: PLATFORM,
    spec: 'platform-admin: everything, including the baseline and tenants; nobody else creates tenants',
  },
  {
    collection: 'tenants',
    operations: ['update'],
    targets: ['A'],
    allow: ADMINS_OF_A,
    spec: 'tenant-admin: branding (update tenant A…); editor: not tenant branding',
  },
  {
    collection: 'tenants',
    operations: ['update'],
    targets: ['B', 'baseline', 'inactive'],
    allow: PLATFORM,
    spec: 'tenant-admin: update tenant A, not B, not baseline',
  },
  {
    collection: 'tenants',
    operations: ['delete'],
    targets: ['A', 'B', 'baseline', 'inactive'],
    allow: [],
    roles: NOT_PLATFORM,
    spec: 'only a platform admin deletes tenants',
  },
  {
    collection: 'tenants',
    operations: ['delete'],
    targets: ['new'],
    allow: PLATFORM,
    spec: 'platform-admin: everything, including tenants',
  },

  // ── users ──────────────────────────────────────────────────────────────────────────────
  {
    collection: 'users',
    operations: [...readOperations, 'update'],
    targets: ['self'],
    allow: LOGGED_IN,
    roles: LOGGED_IN,
    spec: 'councillor/editor: may read and update their own user',
  },
  {
    collection: 'users',
    operations: [...readOperations, 'update'],
    targets: ['A'],
    allow: ADMINS_OF_A,
    spec: 'anonymous: no users; editor: may read/update only themself; tenant-admin: users of A',
  },
  {
    collection: 'users',
    operations: [...readOperations, 'update'],
    targets: ['B'],
    allow: PLATFORM,
    spec: 'tenant-admin: users of A only',
  },
  {
    collection: 'users',
    operations: ['create'],
    targets: ['A'],
    allow: ADMINS_OF_A,
    spec: 'tenant-admin: create users with memberships in A only; editor cannot create users',
  },
  {
    collection: 'users',
    operations: ['create'],
    targets: ['B', 'baseline'],
    allow: PLATFORM,
    spec: 'tenant-admin: cannot add memberships in tenants they do not administer',
  },
  {
    collection: 'users',
    operations: ['delete'],
    targets: ['A'],
    allow: ADMINS_OF_A,
    spec: 'tenant-admin: users of A',
  },
  {
    collection: 'users',
    operations: ['delete'],
    targets: ['B'],
    allow: PLATFORM,
    spec: 'tenant-admin: users of A only',
  },
  {
    collection: 'users',
    operations: ['delete'],
    targets: ['self'],
    allow: [],
    roles: ['councillor', 'candidate', 'officer', 'editor'],
    spec: 'councillor/editor: may read and update their own user (not delete it)',
  },

  // ── pages (drafts, versions, members-only audience) ─────────────────────────────────────
  {
    collection: 'pages',
    operations: readOperations,
    targets: ['A', 'B', 'baseline'],
    allow: EVERYONE,
    spec: 'anonymous reads published, public pages of active tenants and the baseline; signing in takes none of it away',
  },
  {
    collection: 'pages',
    operations: readOperations,
    targets: ['A:members'],
    allow: LOGGED_IN,
    spec: 'councillor of A: as anonymous, plus published members-only pages of A; editors and tenant-admins: everything of A',
  },
  {
    collection: 'pages',
    operations: readOperations,
    targets: ['A:draft'],
    allow: CONTENT_OF_A,
    spec: 'anonymous and councillors: no drafts; editor and tenant-admin of A: everything of A, drafts included',
  },
  {
    collection: 'pages',
    operations: readOperations,
    targets: ['B:members', 'B:draft', 'baseline:members', 'baseline:draft'],
    allow: PLATFORM,
    spec: "councillor: members pages of A, not of B; editor/tenant-admin of A: not B's (or the baseline's) drafts or members pages",
  },
  {
    collection: 'pages',
    operations: readOperations,
    targets: ['inactive'],
    allow: PLATFORM,
    spec: 'anonymous reads only pages of ACTIVE tenants; nobody in the matrix is a member of inactive C',
  },
  {
    collection: 'pages',
    operations: ['findVersions'],
    targets: ['A', 'A:members', 'A:draft'],
    allow: CONTENT_OF_A,
    spec: "find versions: editors/tenant-admins of A see A's versions; anonymous and councillors none",
  },
  {
    collection: 'pages',
    operations: ['findVersions'],
    targets: ['B', 'B:members', 'B:draft', 'baseline', 'baseline:members', 'baseline:draft', 'inactive'],
    allow: PLATFORM,
    spec: "find versions: editors/tenant-admins of A see A's versions only; platform-admin all",
  },
  {
    collection: 'pages',
    operations: ['create'],
    targets: ['A'],
    allow: CONTENT_OF_A,
    spec: 'editor and tenant-admin of A: create in A; anonymous and councillors write nothing',
  },
  {
    collection: 'pages',
    operations: ['create'],
    targets: ['B', 'baseline', 'inactive'],
    allow: PLATFORM,
    spec: "editor/tenant-admin of A: create in A only, not in B or the baseline; platform-admin: everything",
  },
  {
    collection: 'pages',
    operations: ['update', 'delete'],
    targets: ['A', 'A:members', 'A:draft'],
    allow: CONTENT_OF_A,
    spec: 'editor and tenant-admin of A: update/delete everything of A; anonymous and councillors write nothing',
  },
  {
    collection: 'pages',
    operations: ['update', 'delete'],
    targets: ['B', 'B:draft', 'baseline', 'baseline:draft', 'inactive'],
    allow: PLATFORM,
    spec: "editor/tenant-admin of A cannot write B's or the baseline's pages; platform-admin: everything",
  },

  // ── contacts (members-only audience; no drafts) ──────────────────────────────────────────
  {
    collection: 'contacts',
    operations: readOperations,
    targets: ['A', 'B', 'baseline'],
    allow: EVERYONE,
    spec: 'anyone reads PUBLIC-audience contacts of active tenants and the baseline',
  },
  {
    collection: 'contacts',
    operations: readOperations,
    targets: ['A:members'],
    allow: LOGGED_IN,
    spec: "a councillor of A also reads A's MEMBERS-audience contacts; editors and tenant-admins of A read all of A's",
  },
  {
    collection: 'contacts',
    operations: readOperations,
    targets: ['B:members'],
    allow: PLATFORM,
    spec: "members-only contacts never appear to anonymous callers or other tenants: not B's to anyone of A",
  },
  {
    collection: 'contacts',
    operations: readOperations,
    targets: ['inactive'],
    allow: PLATFORM,
    spec: 'anyone reads public contacts of ACTIVE tenants only; nobody in the matrix is a member of inactive C',
  },
  {
    collection: 'contacts',
    operations: ['create'],
    targets: ['A'],
    allow: CONTENT_OF_A,
    spec: "editors and tenant-admins of A create A's contacts; anonymous and councillors write nothing",
  },
  {
    collection: 'contacts',
    operations: ['create'],
    targets: ['B', 'baseline', 'inactive'],
    allow: PLATFORM,
    spec: "editors and tenant-admins of A create A's contacts only; platform-admin everything",
  },
  {
    collection: 'contacts',
    operations: ['update', 'delete'],
    targets: ['A', 'A:members'],
    allow: CONTENT_OF_A,
    spec: "editors and tenant-admins of A update/delete A's contacts, members-only ones included",
  },
  {
    collection: 'contacts',
    operations: ['update', 'delete'],
    targets: ['B', 'B:members', 'baseline', 'inactive'],
    allow: PLATFORM,
    spec: "editors and tenant-admins of A update/delete A's contacts only; platform-admin everything",
  },

  // ── engagement-templates (drafts, versions; one per tenant and audience) ──────────────────
  {
    collection: 'engagement-templates',
    operations: readOperations,
    targets: ['A', 'B', 'baseline'],
    allow: EVERYONE,
    spec: 'anyone reads PUBLISHED templates of active tenants and the baseline',
  },
  {
    collection: 'engagement-templates',
    operations: readOperations,
    targets: ['A:draft'],
    allow: CONTENT_OF_A,
    spec: "editors/tenant-admins of A read A's drafts too; anonymous and councillors no drafts",
  },
  {
    collection: 'engagement-templates',
    operations: readOperations,
    targets: ['B:draft', 'inactive'],
    allow: PLATFORM,
    spec: "no drafts of B for anyone of A; published templates of ACTIVE tenants only; platform-admin everything",
  },
  {
    collection: 'engagement-templates',
    operations: ['findVersions'],
    targets: ['A', 'A:draft'],
    allow: CONTENT_OF_A,
    spec: "versions (drafts and history): editors/tenant-admins of A see A's; anonymous and councillors none",
  },
  {
    collection: 'engagement-templates',
    operations: ['findVersions'],
    targets: ['B', 'B:draft', 'baseline', 'inactive'],
    allow: PLATFORM,
    spec: "versions: editors/tenant-admins of A see A's only; platform-admin everything",
  },
  {
    collection: 'engagement-templates',
    operations: ['create'],
    targets: ['A'],
    allow: CONTENT_OF_A,
    spec: "editors/tenant-admins of A write A's templates; nobody else writes",
  },
  {
    collection: 'engagement-templates',
    operations: ['create'],
    targets: ['B', 'baseline', 'inactive'],
    allow: PLATFORM,
    spec: "editors/tenant-admins of A write A's templates only; platform-admin everything; nobody else writes",
  },
  {
    collection: 'engagement-templates',
    operations: ['update', 'delete'],
    targets: ['A', 'A:draft'],
    allow: CONTENT_OF_A,
    spec: "editors/tenant-admins of A write A's templates, drafts included; nobody else writes",
  },
  {
    collection: 'engagement-templates',
    operations: ['update', 'delete'],
    targets: ['B', 'B:draft', 'baseline', 'inactive'],
    allow: PLATFORM,
    spec: "editors/tenant-admins of A write A's templates only; platform-admin everything",
  },

  // ── email-outbox ───────────────────────────────────────────────────────────────────────
  {
    collection: 'email-outbox',
    operations: readOperations,
    targets: ['global'],
    allow: PLATFORM,
    spec: 'email-outbox: read only by platform admins',
  },
  {
    collection: 'email-outbox',
    operations: ['create'],
    targets: ['global'],
    allow: [],
    spec: 'email-outbox: created by no API caller',
  },
  {
    collection: 'email-outbox',
    operations: ['update'],
    targets: ['global'],
    allow: [],
    // A platform admin's update is not stated by the issue (the outbox is a record of sent mail).
    roles: NOT_PLATFORM,
    spec: 'anonymous: no email-outbox; nobody but platform admins touches it',
  },
  {
    collection: 'email-outbox',
    operations: ['delete'],
    targets: ['global'],
    allow: PLATFORM,
    spec: 'platform-admin: everything',
  },

  // ── evidence (the incident log's: the owner's only; rows written by the upload alone) ─────
  {
    collection: 'evidence',
    operations: [...readOperations, 'update', 'delete'],
    targets: ['A', 'B'],
    allow: [],
    spec: "Evidence: only the owner reads it; not councillors of the same council, editors, tenant admins or platform admins",
  },
  {
    collection: 'evidence',
    operations: readOperations,
    targets: ['self'],
    allow: ['councillor', 'candidate'],
    roles: ['councillor', 'candidate'],
    spec: 'Evidence: the owner reads their own (councillors and candidates keep an incident log)',
  },
  {
    collection: 'evidence',
    operations: ['update', 'delete'],
    targets: ['self'],
    allow: [],
    roles: ['councillor', 'candidate'],
    spec: 'Evidence: the original file is never changed; it is deleted only with its incident, by the server',
  },
  {
    collection: 'evidence',
    operations: ['create'],
    targets: ['A'],
    allow: [],
    spec: 'Evidence: rows are written only by the upload endpoint (POST /api/evidence), never through the API',
  },

  // ── payload-locked-documents (edit locks: as the document they lock) ──────────────────────
  {
    collection: 'payload-locked-documents',
    operations: [...readOperations, ...writeOperations],
    targets: ['A'],
    allow: CONTENT_OF_A,
    spec: 'edit locks: whoever may edit the locked document sees, takes over, releases or sets its lock; a councillor locks nothing',
  },
  {
    collection: 'payload-locked-documents',
    operations: [...readOperations, ...writeOperations],
    targets: ['B', 'baseline', 'inactive'],
    allow: PLATFORM,
    spec: "edit locks: nobody of A lists or locks what another tenant's editors (or the baseline's) are editing",
  },

  // ── payload-preferences (the user's own, for every role) ───────────────────────────────
  {
    collection: 'payload-preferences',
    operations: [...readOperations, 'update', 'delete', 'create'],
    targets: ['self'],
    allow: LOGGED_IN,
    roles: LOGGED_IN,
    spec: 'preferences: every signed-in user keeps their own',
  },
  {
    collection: 'payload-preferences',
    operations: [...readOperations, 'update', 'delete'],
    targets: ['A', 'B'],
    allow: [],
    spec: "preferences: nobody reads or changes another user's, a platform admin included",
  },
  {
    collection: 'payload-preferences',
    operations: ['create'],
    targets: ['global'],
    allow: [],
    roles: ['anonymous'],
    spec: 'preferences: anonymous callers have none',
  },
]

export type MatrixCase = {
  name: string
  collection: MatrixCollection
  operation: Operation
  target: Target
  role: Role
  channel: Channel
  expected: 'allowed' | 'denied'
  spec: string
}

export type SkippedCase = { name: string; reason: string }

const roleLabel: Record<Role, string> = {
  anonymous: 'anonymous',
  councillor: 'councillor of A',
  candidate: 'candidate of A',
  officer: 'officer of A',
  editor: 'editor of A',
  'tenant-admin': 'tenant-admin of A',
  'platform-admin': 'platform-admin',
}

/** Every rule × role × operation × target × channel, in a stable order; plus what cannot run and why. */
export function expandRules(
  rules: readonly AccessRule[] = accessRules,
  profiles: Readonly<Record<string, CollectionProfile>> = collectionProfiles,
): { cases: MatrixCase[]; skipped: SkippedCase[] } {
  const cases: MatrixCase[] = []
  const skipped: SkippedCase[] = []
  const seen = new Map<string, string>()
  for (const rule of rules) {
    const profile = profiles[rule.collection]
    if (!profile) throw new Error(`accessRules: "${rule.spec}" names ${rule.collection}, which has no profile`)
    for (const operation of rule.operations) {
      if (operation === 'findVersions' && !profile.versions) {
        throw new Error(`accessRules: ${rule.collection} has no versions, so it cannot have a findVersions rule`)
      }
      for (const target of rule.targets) {
        const variant = targetVariant(target)
        if (variant !== undefined && !(profile.variants ?? []).includes(variant)) {
          throw new Error(`accessRules: "${rule.spec}" names ${target}, but ${rule.collection} has no ${variant} fixtures`)
        }
        for (const role of rule.roles ?? roles) {
          if (target === 'self' && role === 'anonymous') {
            throw new Error(`accessRules: "${rule.spec}" has target self for anonymous`)
          }
          const expected = rule.allow.includes(role) ? 'allowed' : 'denied'
          for (const channel of channels) {
            const name = `${roleLabel[role]} · ${rule.collection} · ${operation} · ${target} · ${channel} → ${expected}`
            const key = `${role}|${rule.collection}|${operation}|${target}|${channel}`
            const earlier = seen.get(key)
            if (earlier !== undefined) {
              throw new Error(`accessRules: "${rule.spec}" repeats a case of "${earlier}": ${name}`)
            }
            seen.set(key, rule.spec)
            const unsupported = profile.unsupported?.[channel]?.[operation]
            if (unsupported) {
              skipped.push({ name, reason: unsupported })
              continue
            }
            cases.push({ name, collection: rule.collection, operation, target, role, channel, expected, spec: rule.spec })
          }
        }
      }
    }
  }
  return { cases, skipped }
}

// ── rows derived from tenantScoped()'s declaration ─────────────────────────────────────────────

/**
 * Collections whose access is tested in a file of their own instead of the matrix (an owner-only
 * one, say), with that file. tests/int/accessCoverage.test.ts checks each file names its collection.
 */
export const testedElsewhere: Readonly<Record<string, string>> = {
  incidents: 'tests/int/incidents.test.ts',
  'incident-history': 'tests/int/incidents.test.ts',
  'incident-drafts': 'tests/int/incidentLogCare.test.ts',
  invitations: 'tests/int/invitations.test.ts',
  'content-releases': 'tests/int/contentRelease.test.ts',
  'search-synonyms': 'tests/int/search.test.ts',
  'incident-reports': 'tests/int/incidentReports.test.ts',
  'incident-helpers': 'tests/int/incidentHelpers.test.ts',
  'two-factor-credentials': 'tests/int/twoFactor.test.ts',
  // Written only by the server: refused to every caller there.
  'contact-reminders': 'tests/int/accessCoverage.test.ts',
  'payload-jobs': 'tests/int/accessCoverage.test.ts',
  'payload-kv': 'tests/int/accessCoverage.test.ts',
  'payload-migrations': 'tests/int/accessCoverage.test.ts',
}

/** What `tenantScoped()` records on a collection as `custom.tenantScoped` (src/collections/tenantScoped.ts). */
export type ScopedDeclaration = { slug: string; readers: string; replaced: readonly string[]; versions: boolean }

/** A collection of Payload's sanitized config, as much of it as the matrix derives from. */
export type ConfigCollection = {
  slug: string
  labels?: { singular?: unknown; plural?: unknown }
  upload?: unknown
  custom?: Record<string, unknown>
}

/** How the matrix makes a document of a derived collection: the field an update marks, and the rest of a valid document. */
export type SampleDocument = { markerField: string; data: (marker: string) => Record<string, string | number | boolean> }

function declarationOf(collection: ConfigCollection): ScopedDeclaration | undefined {
  const declared = collection.custom?.tenantScoped
  if (declared === null || typeof declared !== 'object') return undefined
  return declared as ScopedDeclaration
}

/** Payload's GraphQL names for a collection: its labels in PascalCase, `all…` when singular and plural are alike. */
export function graphqlNamesOf(collection: ConfigCollection): CollectionProfile['graphql'] {
  const pascal = (label: unknown): string => {
    if (typeof label !== 'string') throw new Error(`${collection.slug}: the matrix derives GraphQL names from string labels only`)
    return label
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join('')
  }
  const one = pascal(collection.labels?.singular)
  const plural = pascal(collection.labels?.plural)
  const many = plural === one ? `all${plural}` : plural
  return {
    one,
    many,
    count: `count${many}`,
    versions: `versions${many}`,
    create: `create${one}`,
    update: `update${one}`,
    delete: `delete${one}`,
    whereType: `${one}_where`,
    createInput: `mutation${one}Input`,
    updateInput: `mutation${one}UpdateInput`,
  }
}

/**
 * The rows a tenant-scoped collection's declaration implies, or undefined when it states rules of
 * its own (its own read rule, one person's documents, a replaced operation, or versions, whose
 * drafts change who reads what): those are written in `accessRules` by hand.
 *
 * - `readers: 'public'`: anyone reads documents of A, B and the baseline; members their own;
 *   only platform admins an inactive tenant's (`readPublicTenantContent`);
 * - `readers: 'staff'`: editors and tenant admins of A read A's; only platform admins the rest;
 * - every such collection: editors and tenant admins of A create, update and delete in A, only
 *   platform admins elsewhere (the factory's `createTenantContent`, `writeOwnTenantContent` and
 *   `enforceTenantScope`).
 */
export function derivedRules(declaration: ScopedDeclaration): AccessRule[] | undefined {
  const { slug: collection, readers, replaced, versions } = declaration
  if ((readers !== 'public' && readers !== 'staff') || replaced.length > 0 || versions) return undefined
  const publicly = readers === 'public'
  return [
    {
      collection,
      operations: readOperations,
      targets: ['A'],
      allow: publicly ? EVERYONE : CONTENT_OF_A,
      spec: publicly ? `tenantScoped readers public: anyone reads ${collection} of active tenants` : `tenantScoped readers staff: editors and tenant admins of A read A's ${collection}`,
    },
    {
      collection,
      operations: readOperations,
      targets: ['B', 'baseline'],
      allow: publicly ? PUBLIC_READERS_OUTSIDE_A : PLATFORM,
      spec: publicly ? `tenantScoped readers public: another active tenant's and the baseline's ${collection} too` : `tenantScoped readers staff: nobody of A reads another tenant's ${collection}`,
    },
    {
      collection,
      operations: readOperations,
      targets: ['inactive'],
      allow: PLATFORM,
      spec: `tenantScoped: only platform admins read an inactive tenant's ${collection}`,
    },
    {
      collection,
      operations: writeOperations,
      targets: ['A'],
      allow: CONTENT_OF_A,
      spec: `tenantScoped: editors and tenant admins of A write A's ${collection}; councillors, officers and anonymous nothing`,
    },
    {
      collection,
      operations: writeOperations,
      targets: ['B', 'baseline', 'inactive'],
      allow: PLATFORM,
      spec: `tenantScoped: writing ${collection} within A only; platform admins everywhere`,
    },
  ]
}

/**
 * The whole matrix for a config: the written profiles and rules, and for every tenant-scoped
 * collection whose declaration implies its rows (and that has none written), a derived profile
 * (GraphQL names from its labels, the marker field of its sample document) and those rows.
 * `derived` names the collections made so, which the matrix gives generic fixtures.
 */
export function matrixOf(
  collections: readonly ConfigCollection[],
  samples: Readonly<Record<string, SampleDocument>>,
  written: { profiles: Readonly<Record<string, CollectionProfile>>; rules: readonly AccessRule[] } = { profiles: collectionProfiles, rules: accessRules },
): { profiles: Record<string, CollectionProfile>; rules: AccessRule[]; derived: string[] } {
  const profiles: Record<string, CollectionProfile> = { ...written.profiles }
  const rules = [...written.rules]
  const derived: string[] = []
  for (const collection of collections) {
    const declaration = declarationOf(collection)
    if (!declaration || collection.slug in written.profiles) continue
    const rows = derivedRules(declaration)
    if (!rows) continue
    const sample = samples[collection.slug]
    if (!sample) throw new Error(`${collection.slug}: its access rows are derived, but it has no sample document in tests/helpers/sampleDocuments.ts`)
    const upload = collection.upload !== undefined && collection.upload !== false
    profiles[collection.slug] = {
      slug: collection.slug,
      graphql: graphqlNamesOf(collection),
      versions: false,
      upload,
      markerField: sample.markerField,
      ...(upload ? { unsupported: { graphql: { create: 'GraphQL cannot carry a file, and an upload collection requires one on create' } } } : {}),
    }
    rules.push(...rows)
    derived.push(collection.slug)
  }
  return { profiles, rules, derived }
}

/**
 * The collections of a config with no rows in the matrix and no file of their own: each is access
 * nobody checks, and the matrix fails naming it.
 */
export function collectionsWithoutRows(slugs: readonly string[], rules: readonly AccessRule[], elsewhere: Readonly<Record<string, string>> = testedElsewhere): string[] {
  const covered = new Set(rules.map((rule) => rule.collection))
  return slugs.filter((slug) => !covered.has(slug) && !(slug in elsewhere))
}
