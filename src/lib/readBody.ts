import type { PayloadRequest } from 'payload'

/** The request body, read up to `limit` bytes and no further (null: over the limit). */
export async function readBody(req: PayloadRequest, limit: number): Promise<Uint8Array | null> {
  const body = req.body
  if (!body) return new Uint8Array()
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const all = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.byteLength
  }
  return all
}
