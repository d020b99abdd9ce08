import { randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { BlobNotFoundError, STORAGE_KEY, type BlobStore } from './types'

/**
 * Evidence on the server's own disk, under one folder (never under `public/`: Next would serve it).
 * Files are spread over 256 subfolders by their key's first two digits, written to a temporary
 * name and renamed into place (so a half-written file never has a key), readable only by the
 * server's user (0600 files in 0700 folders).
 */
export class LocalDiskStore implements BlobStore {
  readonly kind = 'local-disk'

  constructor(readonly root: string) {
    const resolved = path.resolve(root)
    const publicDir = path.resolve(process.cwd(), 'public')
    if (resolved === publicDir || resolved.startsWith(`${publicDir}${path.sep}`)) {
      throw new Error('EVIDENCE_STORAGE_DIR must not be under public/: Next would serve every file in it')
    }
    this.root = resolved
  }

  private pathOf(key: string): string {
    // The key is the only thing that becomes a path, so it is checked here, whatever the caller.
    if (!STORAGE_KEY.test(key)) throw new Error('Not a storage key')
    return path.join(this.root, key.slice(0, 2), key)
  }

  async put(key: string, source: Readable): Promise<{ bytes: number }> {
    const final = this.pathOf(key)
    await mkdir(path.dirname(final), { recursive: true, mode: 0o700 })
    const temporary = `${final}.${randomBytes(6).toString('hex')}.part`
    try {
      // 'wx': never overwrite (two random keys colliding would be a bug worth an error).
      await pipeline(source, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }))
      await rename(temporary, final)
    } catch (error) {
      await rm(temporary, { force: true })
      throw error
    }
    return { bytes: (await stat(final)).size }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key)
    try {
      await stat(file)
    } catch {
      throw new BlobNotFoundError()
    }
    return createReadStream(file)
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true })
  }
}
