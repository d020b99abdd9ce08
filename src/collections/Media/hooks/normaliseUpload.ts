import path from 'node:path'

import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

/** Larger images are refused before any decoding: a 40-megapixel photo is ~160 MB in memory. */
export const MAX_UPLOAD_PIXELS = 40_000_000

/** What the bytes are, as sharp reads them, and the extension and type each is stored with. */
const FORMATS: Record<string, { extension: string; mimetype: string }> = {
  png: { extension: 'png', mimetype: 'image/png' },
  jpeg: { extension: 'jpg', mimetype: 'image/jpeg' },
  webp: { extension: 'webp', mimetype: 'image/webp' },
  gif: { extension: 'gif', mimetype: 'image/gif' },
}

/**
 * An uploaded file is stored under a name whose extension says what its bytes are (a PNG sent as
 * `logo.html` is stored as `logo.png`, and served as an image), and an image over the pixel limit
 * is refused before Payload resizes it. Reads only the file's header.
 */
export const normaliseUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const file = req.file
  let format: string | undefined
  let pixels = 0
  try {
    const metadata = await sharp(file.data, { limitInputPixels: false }).metadata()
    format = metadata.format
    pixels = (metadata.width ?? 0) * (metadata.height ?? 0) * Math.max(1, metadata.pages ?? 1)
  } catch {
    format = undefined
  }
  const stored = format ? FORMATS[format] : undefined
  if (!stored) throw new APIError('file: upload a PNG, JPEG, WebP or GIF image.', 400, undefined, true)
  if (pixels > MAX_UPLOAD_PIXELS) {
    throw new APIError(`file: the image is ${Math.round(pixels / 1e6)} megapixels; the limit is ${MAX_UPLOAD_PIXELS / 1e6}.`, 413, undefined, true)
  }
  const base = path.basename(file.name, path.extname(file.name)) || 'image'
  file.name = `${base}.${stored.extension}`
  file.mimetype = stored.mimetype
  return args
}
