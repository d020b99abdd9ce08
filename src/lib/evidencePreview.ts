import sharp, { type Metadata } from 'sharp'

import type { EvidenceType } from './evidenceFiles'

/*
 * What the server learns from an evidence image besides its hash: a small preview to show on the
 * incident page, and whether the original says where it was taken. The original is never changed
 * (it is stored and hashed before this runs); the preview is a new picture made from it.
 *
 * The preview is re-encoded by sharp (libvips) without `withMetadata`, so it carries no EXIF, no
 * GPS, no XMP and no ICC profile: only pixels (tests/int/evidencePreviews.test.ts checks it with a
 * photo carrying GPS). The EXIF orientation is applied to the pixels first (`rotate()`), since the
 * tag that would say it is dropped.
 *
 * Whether there is location data is a yes or no, recorded beside the file; the location itself
 * is never read out, stored or logged.
 */

/** A preview's widest side: enough for a phone's screen at 2x, small enough to show a list of them. */
export const PREVIEW_MAX_WIDTH = 1024

/**
 * The types a preview is attempted for: every allowed image. A phone's HEIC (HEVC inside) is not
 * among what sharp's prebuilt libvips decodes (patents), so those end with no preview, like a PDF.
 */
const PREVIEWABLE = new Set<EvidenceType>(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'])

export type EvidencePreview = { webp: Buffer; width: number; height: number }

export type ImageFacts = {
  /** The preview (WebP), or null when the image could not be decoded here (HEIC, a damaged file). */
  preview: EvidencePreview | null
  /** Whether the original carries GPS coordinates (EXIF or XMP); null when it could not be read. */
  hasLocation: boolean | null
}

export const isPreviewable = (type: EvidenceType): boolean => PREVIEWABLE.has(type)

/**
 * The preview and location flag of one original image. Never throws for a file it cannot read:
 * an image that does not decode is still evidence; it just has no preview.
 */
export async function inspectImage(original: Buffer): Promise<ImageFacts> {
  // failOn 'none': a phone's slightly malformed JPEG still makes a preview; limitInputPixels
  // (sharp's default, 268 MP) stops a decompression bomb.
  let metadata: Metadata | null = null
  try {
    metadata = await sharp(original, { failOn: 'none' }).metadata()
  } catch {
    metadata = null
  }
  const hasLocation = metadata ? hasGpsInExif(metadata.exif) || hasGpsInXmp(metadata.xmp) : scanForLocation(original)
  let preview: EvidencePreview | null = null
  try {
    const { data, info } = await sharp(original, { failOn: 'none' })
      .rotate()
      .resize({ width: PREVIEW_MAX_WIDTH, height: PREVIEW_MAX_WIDTH * 2, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer({ resolveWithObject: true })
    preview = { webp: data, width: info.width, height: info.height }
  } catch {
    preview = null
  }
  return { preview, hasLocation }
}

const EXIF_PREFIX = Buffer.from('Exif\0\0', 'latin1')
const GPS_IFD_POINTER = 0x8825
const GPS_LATITUDE = 0x0002
const GPS_LONGITUDE = 0x0004

/**
 * Whether an EXIF block (as sharp returns it: `Exif\0\0` then a TIFF structure, or the TIFF alone)
 * holds a GPS latitude or longitude. Only the tags' presence is read, never their values. Every
 * offset is bounds-checked: the block comes from an uploaded file.
 */
export function hasGpsInExif(exif: Buffer | undefined): boolean {
  if (!exif || exif.length < 8) return false
  const tiff = exif.subarray(0, EXIF_PREFIX.length).equals(EXIF_PREFIX) ? exif.subarray(EXIF_PREFIX.length) : exif
  if (tiff.length < 8) return false
  const order = tiff.toString('latin1', 0, 2)
  if (order !== 'II' && order !== 'MM') return false
  const little = order === 'II'
  const u16 = (at: number): number | null => (at >= 0 && at + 2 <= tiff.length ? (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at)) : null)
  const u32 = (at: number): number | null => (at >= 0 && at + 4 <= tiff.length ? (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at)) : null)
  if (u16(2) !== 42) return false
  /** The value (or offset) of `tag` in the IFD at `offset`, or null. */
  const entry = (offset: number, tag: number): number | null => {
    const count = u16(offset)
    if (count === null || count > 1000) return null
    for (let index = 0; index < count; index += 1) {
      const at = offset + 2 + index * 12
      if (u16(at) === tag) return u32(at + 8)
    }
    return null
  }
  const ifd0 = u32(4)
  if (ifd0 === null) return false
  const gps = entry(ifd0, GPS_IFD_POINTER)
  if (gps === null || gps === 0) return false
  return entry(gps, GPS_LATITUDE) !== null || entry(gps, GPS_LONGITUDE) !== null
}

/** Whether an XMP packet names a GPS coordinate (exif:GPSLatitude / GPSLongitude, as an element or an attribute). */
export function hasGpsInXmp(xmp: Buffer | undefined): boolean {
  if (!xmp) return false
  return /exif:GPS(?:Latitude|Longitude)\b/.test(xmp.toString('utf8'))
}

/**
 * For an image sharp cannot open (HEIC from a phone): its EXIF block is usually stored whole in
 * the file, after an `Exif\0\0` marker, so it is looked for in the raw bytes; and any XMP packet.
 * Null when neither is found: not checked, rather than "no location".
 */
export function scanForLocation(original: Buffer): boolean | null {
  let found: boolean | null = null
  for (let at = original.indexOf(EXIF_PREFIX); at !== -1; at = original.indexOf(EXIF_PREFIX, at + 1)) {
    const start = at + EXIF_PREFIX.length
    const order = original.toString('latin1', start, start + 2)
    if (order !== 'II' && order !== 'MM') continue
    if (hasGpsInExif(original.subarray(start))) return true
    found = false
  }
  const xmpAt = original.indexOf('<x:xmpmeta')
  if (xmpAt !== -1) {
    if (hasGpsInXmp(original.subarray(xmpAt, xmpAt + 256 * 1024))) return true
    found = false
  }
  return found
}
