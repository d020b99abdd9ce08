import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

/**
 * A local S3-compatible server (s3rver: the S3 REST API over HTTP, objects as files), on
 * loopback and a free port, with one empty bucket. For tests and the storage bench: the app's
 * real AWS SDK code path runs against it.
 */
export type LocalS3 = {
  endpoint: string
  bucket: string
  /** Where s3rver keeps objects (`<bucket>/<key>._S3rver_object`), to look at what was stored. */
  directory: string
  /** The S3_* variables that point the app at it. */
  env: Record<string, string>
  stop(): Promise<void>
}

export async function startLocalS3(bucket = 'portal-files'): Promise<LocalS3> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'portal-s3-'))
  const server = new S3rver({ port: 0, address: '127.0.0.1', directory, silent: true, configureBuckets: [{ name: bucket, configs: [] }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  let stopped = false
  return {
    endpoint,
    bucket,
    directory,
    // s3rver accepts any credentials that are given; real ones are still signed and sent.
    env: { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' },
    async stop() {
      if (stopped) return
      stopped = true
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
