import { readFile } from 'node:fs/promises'

import sharp from 'sharp'

import { contrastRatio, isHexColour, PAGE_BACKGROUND } from '@/lib/colour'
import { escapeXml } from '@/lib/xml'

import { DEFAULT_THEME_COLOUR, initialsOf } from './manifest'

export type AppIconInput = {
  size: number
  name: string
  shortName: string | null
  primaryColour: string | null
  /** The logo's file on disk, or its bytes from the bucket; null when the tenant has none. */
  logo: string | Buffer | null
}

/** The darkest and lightest text the initials may take. */
const DARK_TEXT = '#0b0c0c'
const LIGHT_TEXT = '#ffffff'

/**
 * The tenant's home-screen icon as a square PNG: its logo centred on white when it has one that
 * sharp can read, else its initials on its primary colour in whichever of white or near-black
 * contrasts more (a primary colour passes 4.5:1 with white on save, but old or default colours
 * are checked here again). The logo and the letters stay inside the middle 60%, the safe zone
 * that a launcher's round or squircle mask never cuts.
 */
export async function renderAppIcon(input: AppIconInput): Promise<Buffer> {
  const fromLogo = input.logo ? await logoIcon(input.logo, input.size).catch(() => null) : null
  return fromLogo ?? initialsIcon(input)
}

async function logoIcon(logo: string | Buffer, size: number): Promise<Buffer> {
  const bytes = typeof logo === 'string' ? await readFile(logo) : logo
  const inner = Math.round(size * 0.6)
  const resized = await sharp(bytes).resize(inner, inner, { fit: 'contain', background: PAGE_BACKGROUND }).flatten({ background: PAGE_BACKGROUND }).png().toBuffer()
  return sharp({ create: { width: size, height: size, channels: 3, background: PAGE_BACKGROUND } })
    .composite([{ input: resized, gravity: 'centre' }])
    .png({ compressionLevel: 9 })
    .toBuffer()
}

/** White or near-black, whichever reads better on `background`. */
export function textColourOn(background: string): string {
  return contrastRatio(background, LIGHT_TEXT) >= contrastRatio(background, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT
}

async function initialsIcon(input: AppIconInput): Promise<Buffer> {
  const background = input.primaryColour && isHexColour(input.primaryColour) ? input.primaryColour : DEFAULT_THEME_COLOUR
  const initials = initialsOf(input.shortName ?? input.name)
  const { size } = input
  // Three letters must fit the 60% safe zone: DejaVu Sans Bold capitals are about 0.75 em wide.
  const fontSize = Math.round((size * (initials.length >= 3 ? 0.26 : 0.34)))
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `<rect width="${size}" height="${size}" fill="${background}"/>`,
    `<text x="50%" y="50%" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="bold" font-size="${fontSize}" fill="${textColourOn(background)}">${escapeXml(initials)}</text>`,
    '</svg>',
  ].join('')
  return sharp(Buffer.from(svg, 'utf8')).png({ compressionLevel: 9 }).toBuffer()
}
