import { z } from 'zod'

/**
 * Server configuration, read once from the environment and validated, so that a wrong value
 * fails at start with the variable's name rather than deep inside a request.
 *
 * No secret has a default. In development `scripts/run.ts` generates PAYLOAD_SECRET and keeps it
 * under `.data/`; in production it must be set.
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
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  EMAIL_FROM_ADDRESS: z.email().default('no-reply@safety-portal.invalid'),
  EMAIL_FROM_NAME: z.string().min(1).default('Councillor Safety Portal'),
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
  return result.data
}

let cached: ServerEnv | undefined

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv()
  return cached
}
