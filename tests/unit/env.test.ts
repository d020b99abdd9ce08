import { describe, expect, it } from 'vitest'

import { EnvError, parseServerEnv } from '@/env'

const valid = {
  DATABASE_URL: 'postgres://portal:secret@127.0.0.1:5432/portal',
  PAYLOAD_SECRET: 'x'.repeat(48),
}

describe('parseServerEnv', () => {
  it('accepts a minimal configuration and fills the non-secret defaults', () => {
    const env = parseServerEnv(valid)
    expect(env.NEXT_PUBLIC_SERVER_URL).toBe('http://localhost:3000')
    expect(env.RESEND_API_KEY).toBeUndefined()
    expect(env.EMAIL_FROM_ADDRESS).toMatch(/@/)
  })

  it('has no default for the secret: a missing PAYLOAD_SECRET is an error naming it', () => {
    expect(() => parseServerEnv({ DATABASE_URL: valid.DATABASE_URL })).toThrow(/PAYLOAD_SECRET: PAYLOAD_SECRET is not set/)
  })

  it('treats an empty value as unset', () => {
    expect(() => parseServerEnv({ ...valid, PAYLOAD_SECRET: '' })).toThrow(EnvError)
  })

  it('refuses a short secret', () => {
    expect(() => parseServerEnv({ ...valid, PAYLOAD_SECRET: 'short' })).toThrow(/at least 32 characters/)
  })

  it('refuses a DATABASE_URL that is not a postgres URL', () => {
    expect(() => parseServerEnv({ ...valid, DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL must be a postgres/)
  })

  it('refuses a server URL that is not http(s) and strips a trailing slash', () => {
    expect(() => parseServerEnv({ ...valid, NEXT_PUBLIC_SERVER_URL: 'javascript:alert(1)' })).toThrow(/NEXT_PUBLIC_SERVER_URL/)
    expect(parseServerEnv({ ...valid, NEXT_PUBLIC_SERVER_URL: 'https://portal.example.org/' }).NEXT_PUBLIC_SERVER_URL).toBe(
      'https://portal.example.org',
    )
  })

  it('reads the login budget as a whole number, 20 by default, and names the variable when it is wrong', () => {
    expect(parseServerEnv(valid).LOGIN_RATE_LIMIT).toBe(20)
    expect(parseServerEnv({ ...valid, LOGIN_RATE_LIMIT: '500' }).LOGIN_RATE_LIMIT).toBe(500)
    for (const wrong of ['0', '-1', '2.5', 'many', '100000']) {
      expect(() => parseServerEnv({ ...valid, LOGIN_RATE_LIMIT: wrong }), wrong).toThrow(/LOGIN_RATE_LIMIT/)
    }
  })

  it('refuses a production server without TRUSTED_PROXY_HOPS, and lets the build go without', () => {
    expect(() => parseServerEnv({ ...valid, NODE_ENV: 'production' })).toThrow(/TRUSTED_PROXY_HOPS: must be set in production/)
    expect(parseServerEnv({ ...valid, NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).TRUSTED_PROXY_HOPS).toBeUndefined()
    expect(parseServerEnv({ ...valid, NODE_ENV: 'production', TRUSTED_PROXY_HOPS: '2', INCIDENT_ENCRYPTION_KEY: 'k'.repeat(44) }).TRUSTED_PROXY_HOPS).toBe(2)
    expect(parseServerEnv(valid).TRUSTED_PROXY_HOPS).toBeUndefined()
    for (const wrong of ['0', '-1', '1.5', 'many', '11']) {
      expect(() => parseServerEnv({ ...valid, TRUSTED_PROXY_HOPS: wrong }), wrong).toThrow(/TRUSTED_PROXY_HOPS/)
    }
  })

  it('refuses a production server without INCIDENT_ENCRYPTION_KEY (no default), and lets the build go without', () => {
    const production = { ...valid, NODE_ENV: 'production', TRUSTED_PROXY_HOPS: '1' }
    expect(() => parseServerEnv(production)).toThrow(/INCIDENT_ENCRYPTION_KEY: must be set in production/)
    expect(parseServerEnv({ ...production, NEXT_PHASE: 'phase-production-build' }).INCIDENT_ENCRYPTION_KEY).toBeUndefined()
    expect(parseServerEnv({ ...valid }).INCIDENT_ENCRYPTION_KEY).toBeUndefined()
  })

  it('keeps files on local disk unless S3_BUCKET is set, and reads the S3 settings with path-style for a custom endpoint', async () => {
    const { s3LocationFromEnv } = await import('@/storage/s3')
    expect(s3LocationFromEnv(parseServerEnv(valid))).toBeNull()
    const custom = s3LocationFromEnv(
      parseServerEnv({ ...valid, S3_BUCKET: 'portal-files', S3_ENDPOINT: 'http://127.0.0.1:9000/', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }),
    )
    expect(custom).toEqual({
      bucket: 'portal-files',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    })
    // AWS itself: virtual-hosted style, credentials from the SDK's own chain (an instance role).
    const aws = s3LocationFromEnv(parseServerEnv({ ...valid, S3_BUCKET: 'portal-files', S3_REGION: 'eu-west-2' }))
    expect(aws).toMatchObject({ region: 'eu-west-2', forcePathStyle: false, credentials: undefined, endpoint: undefined })
    expect(s3LocationFromEnv(parseServerEnv({ ...valid, S3_BUCKET: 'portal-files', S3_ENDPOINT: 'https://s3.example.net', S3_FORCE_PATH_STYLE: 'false' }))?.forcePathStyle).toBe(false)
  })

  it('refuses S3 settings that do not make sense, naming the variable and what to do', () => {
    expect(() => parseServerEnv({ ...valid, S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET: must be set when S3_ENDPOINT is set/)
    expect(() => parseServerEnv({ ...valid, S3_BUCKET: 'Not_A_Bucket' })).toThrow(/S3_BUCKET must be a bucket name/)
    expect(() => parseServerEnv({ ...valid, S3_BUCKET: 'files', S3_ENDPOINT: 'ftp://files.example' })).toThrow(/S3_ENDPOINT must be an http\(s\) URL/)
    expect(() => parseServerEnv({ ...valid, S3_BUCKET: 'files', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/S3_FORCE_PATH_STYLE must be true or false/)
    expect(() => parseServerEnv({ ...valid, S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'id' })).toThrow(/set both or neither/)
  })
})
