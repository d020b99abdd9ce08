import { z } from 'zod'

/**
 * Server configuration, read once from the environment and validated, so that a wrong value
 * fails at start with the variable's name rather than deep inside a request.
 *
 * No secret has a default. In development `scripts/run.ts` generates PAYLOAD_SECRET and
 * INCIDENT_ENCRYPTION_KEY and keeps them under `.data/`; in production they must be set.
 */
const serverEnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set' })
    .regex(/^postgres(ql)?:\/\/[^\s]+$/, 'DATABASE_URL must be a postgres:// or postgresql:// URL'),
  PAYLOAD_SECRET: z
    .string({ error: 'PAYLOAD_SECRET is not set' })
    .min(32, 'PAYLOAD_SECRET must be at least 32 characters'),
  NEXT_PUBLIC_SERVER_URL: z
    .url({ protocol: /^https?$/, error: 'NEXT_PUBLIC_SERVER_URL must be an http(s) URL' })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  LOGIN_RATE_LIMIT: z.coerce
    .number({ error: 'LOGIN_RATE_LIMIT must be a whole number' })
    .int('LOGIN_RATE_LIMIT must be a whole number')
    .min(1, 'LOGIN_RATE_LIMIT must be at least 1')
    .max(10_000, 'LOGIN_RATE_LIMIT must be at most 10000')
    .default(20),
  // How many proxies in front append to X-Forwarded-For (src/lib/rateLimit.ts, clientAddress).
  // Required in production; in development the one hop is Next's own, filled from the socket.
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: 'TRUSTED_PROXY_HOPS must be a whole number' })
    .int('TRUSTED_PROXY_HOPS must be a whole number')
    .min(1, 'TRUSTED_PROXY_HOPS must be at least 1: the app cannot see the client socket behind `next start`')
    .max(10, 'TRUSTED_PROXY_HOPS must be at most 10')
    .optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  // The signing secret of the Resend webhook endpoint (POST /api/resend/webhook), as Resend shows it.
  // Unset: the endpoint answers 503 and outbox rows stay at `sent`.
  RESEND_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'RESEND_WEBHOOK_SECRET must be the endpoint\'s signing secret as Resend shows it: whsec_ followed by base64')
    .optional(),
  EMAIL_FROM_ADDRESS: z.email().default('no-reply@safety-portal.invalid'),
  EMAIL_FROM_NAME: z.string().min(1).default('Councillor Safety Portal'),
  // `off`: this process does not poll the email outbox (integration tests drain it by hand; a
  // process that should not run jobs). Mail is still queued; another process sends it.
  EMAIL_OUTBOX_POLL: z.enum(['on', 'off'], { error: 'EMAIL_OUTBOX_POLL must be on or off' }).default('on'),
  // `off`: this process serves requests and runs no scheduled jobs (web processes of a deployment
  // with several; `npm run worker` runs them in one process of its own). Default `on`: one process
  // does everything, as `npm run dev` and `npm start` always have.
  PORTAL_JOBS: z.enum(['on', 'off'], { error: 'PORTAL_JOBS must be on or off' }).default('on'),
  // The incident log's master keys (src/lib/incidents/keys.ts checks their form). No default:
  // production refuses to serve without the current one; development generates it under .data/.
  INCIDENT_ENCRYPTION_KEY: z.string().min(1).optional(),
  INCIDENT_ENCRYPTION_KEY_PREVIOUS: z.string().min(1).optional(),
  // Where evidence files are stored, encrypted (src/storage). Default: .data/evidence; never under public/.
  EVIDENCE_STORAGE_DIR: z.string().min(1).optional(),
  // S3-compatible object storage for media and evidence (src/storage/s3.ts). Set S3_BUCKET to use
  // it; leave every S3_* unset to keep files on local disk (the default, and `npm run dev`'s).
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens')
    .optional(),
  S3_REGION: z.string().regex(/^[a-z0-9-]{2,32}$/, 'S3_REGION must be a region name such as eu-west-2').default('us-east-1'),
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'S3_ENDPOINT must be an http(s) URL, e.g. https://s3.example.net (leave unset for AWS)' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false'], { error: 'S3_FORCE_PATH_STYLE must be true or false' }).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
})

export type ServerEnv = z.infer<typeof serverEnvSchema>

export class EnvError extends Error {}

export function parseServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  // Empty strings come from `VAR= npm run dev`; treat them as unset rather than as values.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const result = serverEnvSchema.safeParse(cleaned)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  // A production server without it would take the client's own X-Forwarded-For as its address
  // and let anyone choose their rate-limit bucket. `next build` also runs as production; it
  // serves nobody, so it may go without.
  const serving = cleaned['NODE_ENV'] === 'production' && cleaned['NEXT_PHASE'] !== 'phase-production-build'
  if (serving && result.data.TRUSTED_PROXY_HOPS === undefined) {
    throw new EnvError(
      'Invalid configuration:\n  TRUSTED_PROXY_HOPS: must be set in production to the number of proxies in front of the app (see README, Security)',
    )
  }
  const s3Problems = s3ConfigProblems(result.data)
  if (s3Problems.length > 0) throw new EnvError(`Invalid configuration:\n${s3Problems.map((line) => `  ${line}`).join('\n')}`)
  if (serving && result.data.INCIDENT_ENCRYPTION_KEY === undefined) {
    throw new EnvError(
      'Invalid configuration:\n  INCIDENT_ENCRYPTION_KEY: must be set in production (32 random bytes as base64, e.g. `openssl rand -base64 32`; see README, Privacy)',
    )
  }
  return result.data
}

/**
 * S3 settings that only make sense together: without S3_BUCKET the others would be silently
 * ignored (files would go to local disk while the operator believes they go to the bucket).
 */
function s3ConfigProblems(env: ServerEnv): string[] {
  const problems: string[] = []
  const others = (['S3_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => env[name] !== undefined)
  if (!env.S3_BUCKET && others.length > 0) {
    problems.push(`S3_BUCKET: must be set when ${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} set (or unset them all to store files on local disk)`)
  }
  if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
    problems.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both or neither (neither: the AWS SDK finds credentials itself, e.g. an instance role)')
  }
  return problems
}

let cached: ServerEnv | undefined

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv()
  return cached
}
