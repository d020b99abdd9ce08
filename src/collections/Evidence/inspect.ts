import { createHash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'

import { fileTypeFromBuffer } from 'file-type'

import { BoxWalker, EVIDENCE_MAX_BYTES, isEvidenceType, looksIntact, SNIFF_BYTES, TAIL_BYTES, type EvidenceType } from '@/lib/evidenceFiles'

import { EvidenceRefusal } from './refusals'

export type InspectedFile = { sha256: string; size: number; type: EvidenceType }

/**
 * A pass-through that judges an upload as it streams: its SHA-256 and size, its type sniffed from
 * the first bytes (nothing leaves until the type is known to be allowed), and at the end whether
 * it is whole. It fails the stream with an EvidenceRefusal (too large, wrong type, empty,
 * corrupt), so the encrypted copy being written behind it is abandoned. `result` is set once the
 * stream has ended cleanly.
 */
export class EvidenceInspector extends Transform {
  result: InspectedFile | null = null
  private readonly hash = createHash('sha256')
  private size = 0
  private held: Buffer[] = []
  private heldBytes = 0
  private head: Buffer | null = null
  private type: EvidenceType | null = null
  private tail: Buffer = Buffer.alloc(0)
  private readonly boxes = new BoxWalker()

  constructor(private readonly maxBytes = EVIDENCE_MAX_BYTES) {
    super()
  }

  private async sniff(): Promise<void> {
    const head = Buffer.concat(this.held)
    this.head = head.subarray(0, SNIFF_BYTES)
    const found = await fileTypeFromBuffer(this.head)
    if (!found || !isEvidenceType(found.mime)) throw new EvidenceRefusal('wrong-type')
    this.type = found.mime
    if (this.type === 'image/heic' || this.type === 'image/heif') this.boxes.feed(head)
    this.push(head)
    this.held = []
    this.heldBytes = 0
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length
    if (this.size > this.maxBytes) return callback(new EvidenceRefusal('too-large'))
    this.hash.update(chunk)
    this.tail = Buffer.concat([this.tail, chunk.subarray(Math.max(0, chunk.length - TAIL_BYTES))]).subarray(-TAIL_BYTES)
    if (this.type === null) {
      this.held.push(chunk)
      this.heldBytes += chunk.length
      if (this.heldBytes < SNIFF_BYTES) return callback()
      this.sniff().then(() => callback(), (error: Error) => callback(error))
      return
    }
    if (this.type === 'image/heic' || this.type === 'image/heif') this.boxes.feed(chunk)
    callback(null, chunk)
  }

  override _flush(callback: TransformCallback): void {
    const finish = async () => {
      if (this.size === 0) throw new EvidenceRefusal('empty')
      if (this.type === null) await this.sniff()
      const type = this.type as EvidenceType
      if (!looksIntact(type, this.head ?? Buffer.alloc(0), this.tail, this.size, this.boxes)) throw new EvidenceRefusal('corrupt')
      this.result = { sha256: this.hash.digest('hex'), size: this.size, type }
    }
    finish().then(() => callback(), (error: Error) => callback(error))
  }
}
