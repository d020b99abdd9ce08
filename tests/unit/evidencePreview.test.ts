import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { hasGpsInExif, hasGpsInXmp, inspectImage, scanForLocation } from '@/lib/evidencePreview'

/**
 * A TIFF structure by hand: IFD0 with one entry (the GPS IFD pointer), then a GPS IFD with the
 * given tags. `order` is II (little-endian, most phones) or MM (big-endian, some cameras).
 */
function tiff(order: 'II' | 'MM', gpsTags: number[]): Buffer {
  const little = order === 'II'
  const ifd0 = 8
  const gps = ifd0 + 2 + 12 + 4
  const out = Buffer.alloc(gps + 2 + gpsTags.length * 12 + 4)
  const u16 = (value: number, at: number) => (little ? out.writeUInt16LE(value, at) : out.writeUInt16BE(value, at))
  const u32 = (value: number, at: number) => (little ? out.writeUInt32LE(value, at) : out.writeUInt32BE(value, at))
  out.write(order, 0, 'latin1')
  u16(42, 2)
  u32(ifd0, 4)
  u16(1, ifd0)
  u16(0x8825, ifd0 + 2)
  u16(4, ifd0 + 4)
  u32(1, ifd0 + 6)
  u32(gps, ifd0 + 10)
  u16(gpsTags.length, gps)
  gpsTags.forEach((tag, index) => {
    u16(tag, gps + 2 + index * 12)
    u16(5, gps + 4 + index * 12)
    u32(3, gps + 6 + index * 12)
  })
  return out
}

const exif = (body: Buffer) => Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), body])

describe('hasGpsInExif', () => {
  it('finds a latitude or longitude in either byte order, with or without the Exif prefix', () => {
    for (const order of ['II', 'MM'] as const) {
      expect(hasGpsInExif(exif(tiff(order, [0x0001, 0x0002, 0x0003, 0x0004])))).toBe(true)
      expect(hasGpsInExif(tiff(order, [0x0004]))).toBe(true)
    }
  })

  it('a GPS block with only its version or a time (location off on the phone) is not location data', () => {
    expect(hasGpsInExif(exif(tiff('II', [0x0000, 0x0007])))).toBe(false)
    expect(hasGpsInExif(exif(tiff('MM', [])))).toBe(false)
  })

  it('nothing, garbage, or a block cut short: no, and never a throw', () => {
    const whole = exif(tiff('II', [0x0002]))
    expect(hasGpsInExif(undefined)).toBe(false)
    expect(hasGpsInExif(Buffer.from('not exif at all'))).toBe(false)
    for (let length = 0; length < whole.length; length += 1) expect(() => hasGpsInExif(whole.subarray(0, length))).not.toThrow()
    expect(hasGpsInExif(whole.subarray(0, whole.length - 16))).toBe(false)
  })

  it('reads what sharp writes for a phone photo', async () => {
    const photo = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '33/1 51/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '151/1 12/1 0/1' } })
      .toBuffer()
    expect(hasGpsInExif((await sharp(photo).metadata()).exif)).toBe(true)
    const camera = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).jpeg().withExif({ IFD0: { Make: 'NoGps' } }).toBuffer()
    expect(hasGpsInExif((await sharp(camera).metadata()).exif)).toBe(false)
  })
})

describe('hasGpsInXmp and scanForLocation', () => {
  it('an XMP packet with a GPS coordinate, as element or attribute', () => {
    expect(hasGpsInXmp(Buffer.from('<rdf:Description exif:GPSLatitude="51,28.1N"/>'))).toBe(true)
    expect(hasGpsInXmp(Buffer.from('<exif:GPSLongitude>3,10.7W</exif:GPSLongitude>'))).toBe(true)
    expect(hasGpsInXmp(Buffer.from('<exif:GPSVersionID>2.3.0.0</exif:GPSVersionID>'))).toBe(false)
  })

  it('finds an EXIF block inside bytes sharp cannot open (a HEIC), and says "not checked" when there is none', () => {
    const wrapped = Buffer.concat([Buffer.from('....ftypheic....mdat'), exif(tiff('MM', [0x0002])), Buffer.from('rest of the file')])
    expect(scanForLocation(wrapped)).toBe(true)
    expect(scanForLocation(Buffer.concat([Buffer.from('ftypheic'), exif(tiff('II', [0x0000]))]))).toBe(false)
    expect(scanForLocation(Buffer.from('ftypheic and no metadata'))).toBeNull()
  })
})

describe('inspectImage', () => {
  it('a preview with no metadata, turned upright, and the location flag', async () => {
    // 40 × 20 stored, EXIF orientation 6 (turn 90° clockwise to show): the preview is 20 × 40.
    const photo = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#c00' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '1/1 0/1 0/1' } })
      .toBuffer()
    const facts = await inspectImage(photo)
    expect(facts.hasLocation).toBe(true)
    expect(facts.preview).not.toBeNull()
    const meta = await sharp(facts.preview!.webp).metadata()
    expect([meta.format, meta.width, meta.height, meta.orientation, meta.exif]).toEqual(['webp', 20, 40, undefined, undefined])
  })

  it('bytes that are no image: no preview, no throw', async () => {
    const facts = await inspectImage(Buffer.from('%PDF-1.4 not an image'))
    expect(facts.preview).toBeNull()
    expect(facts.hasLocation).toBeNull()
  })
})
