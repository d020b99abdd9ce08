import { readFile } from 'node:fs/promises'

import sharp from 'sharp'

/**
 * Rasterises an infographic SVG at its own width and height (72 dpi: one unit, one pixel). Kept
 * (reviewed): sharp (libvips) is already the image library Payload uses, so PNG costs no new one.
 */
export async function renderInfographicPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg, 'utf8')).png({ compressionLevel: 9 }).toBuffer()
}

/**
 * A tenant's logo as a small PNG data URI, so the SVG carries it inside: an SVG shown through
 * `<img>` may not load anything external, and rendering must never fetch a URL. `null` when the
 * file is missing or is not an image sharp can read.
 */
export async function logoDataUri(file: string | Buffer, maxSize = 440): Promise<string | null> {
  try {
    // A path on local disk, or the bytes themselves when media live in a bucket.
    const input = typeof file === 'string' ? await readFile(file) : file
    const png = await sharp(input).resize(maxSize, maxSize, { fit: 'inside', withoutEnlargement: true }).png().toBuffer()
    return `data:image/png;base64,${png.toString('base64')}`
  } catch {
    return null
  }
}
