/*
 * What an evidence file may be, judged from its bytes (never its name): the allowed types, and a
 * structural check that finds a file cut short or broken, read as the bytes flow past (only the
 * first and last kilobytes are kept, plus a walk over the box headers of HEIC files).
 *
 * "Corrupt" here means the container is broken (truncated, lengths that do not add up, missing
 * end marker), not that every pixel decodes: decoding would need the whole file in memory.
 */

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024
export const EVIDENCE_PER_INCIDENT = 20

/** Sniffed type → the extension a download is named with. */
export const evidenceTypes = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/pdf': 'pdf',
} as const

export type EvidenceType = keyof typeof evidenceTypes

export function isEvidenceType(value: unknown): value is EvidenceType {
  return typeof value === 'string' && Object.hasOwn(evidenceTypes, value)
}

/** What the file input offers (a hint for the picker only: the server decides by content). */
export const evidenceAccept = Object.keys(evidenceTypes).join(',')

/** How many bytes the type is sniffed from, and how many of the end are kept for the check. */
export const SNIFF_BYTES = 4100
export const TAIL_BYTES = 1024

/**
 * The top-level boxes of an ISO base media file (HEIC), walked as the bytes flow: each box's
 * length must lead exactly to the next, and the last must end where the file ends.
 */
export class BoxWalker {
  private position = 0
  private next = 0
  private header: number[] = []
  private want = 8
  private toEnd = false
  private broken = false
  private boxes = 0

  feed(chunk: Uint8Array): void {
    let index = 0
    while (!this.toEnd && !this.broken) {
      if (this.header.length === 0) {
        index = this.next - this.position
        if (index >= chunk.length) break
      }
      while (this.header.length < this.want && index < chunk.length) this.header.push(chunk[index++] as number)
      if (this.header.length < this.want) break
      const bytes = Uint8Array.from(this.header)
      const view = new DataView(bytes.buffer)
      const size32 = view.getUint32(0)
      if (size32 === 1 && this.want === 8) {
        this.want = 16
        continue
      }
      if (size32 === 0) {
        this.toEnd = true
        break
      }
      const size = size32 === 1 ? Number(view.getBigUint64(8)) : size32
      if (size < this.want) {
        this.broken = true
        break
      }
      this.next += size
      this.header = []
      this.want = 8
      this.boxes += 1
    }
    this.position += chunk.length
  }

  /** True when the boxes tile the whole file. */
  intact(): boolean {
    if (this.broken) return false
    if (this.toEnd) return true
    return this.boxes > 0 && this.header.length === 0 && this.next === this.position
  }
}

const ascii = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1')
const PNG_END = Buffer.from('0000000049454e44ae426082', 'hex')

/**
 * Whether a file of `type` looks whole: `head` is its first bytes (up to SNIFF_BYTES), `tail` its
 * last (up to TAIL_BYTES), `size` its length, `boxes` the walker fed every byte (HEIC only).
 */
export function looksIntact(type: EvidenceType, head: Uint8Array, tail: Uint8Array, size: number, boxes?: BoxWalker): boolean {
  const tailText = ascii(tail)
  switch (type) {
    case 'image/png':
      // The IHDR chunk first, the IEND chunk last.
      return ascii(head.subarray(12, 16)) === 'IHDR' && Buffer.from(tail).subarray(-PNG_END.length).equals(PNG_END)
    case 'image/jpeg':
      // The end-of-image marker; it cannot occur inside the compressed data (0xFF is stuffed there),
      // and some cameras append padding or a trailer after it, hence the last kilobyte.
      return head[0] === 0xff && head[1] === 0xd8 && Buffer.from(tail).includes(Buffer.from([0xff, 0xd9]))
    case 'image/webp': {
      // RIFF's length field counts everything after its first eight bytes.
      if (head.length < 12 || ascii(head.subarray(0, 4)) !== 'RIFF' || ascii(head.subarray(8, 12)) !== 'WEBP') return false
      const declared = new DataView(Uint8Array.from(head.subarray(4, 8)).buffer).getUint32(0, true)
      return declared + 8 === size || declared + 9 === size
    }
    case 'image/heic':
    case 'image/heif':
      return ascii(head.subarray(4, 8)) === 'ftyp' && boxes !== undefined && boxes.intact()
    case 'application/pdf':
      return ascii(head.subarray(0, 5)) === '%PDF-' && tailText.includes('%%EOF')
  }
}
