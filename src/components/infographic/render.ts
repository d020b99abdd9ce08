import type { EngagementAudience } from '@/collections/EngagementTemplates/audiences'
import type { Locale } from '@/i18n/locales'
import { isHexColour } from '@/lib/colour'
import cy from '@/messages/cy.json'
import en from '@/messages/en.json'
import ga from '@/messages/ga.json'
import gd from '@/messages/gd.json'

import { wrapText } from './wrap'
import { escapeXml } from '@/lib/xml'

export const infographicFormats = ['square', 'a4'] as const
export type InfographicFormat = (typeof infographicFormats)[number]

/** Square for social media; A4 portrait at 150 dpi for printing. */
export const infographicSizes: Record<InfographicFormat, { width: number; height: number }> = {
  square: { width: 1080, height: 1080 },
  a4: { width: 1240, height: 1754 },
}

export const DEFAULT_PRIMARY = '#1d4f91'
export const DEFAULT_ACCENT = '#b35900'
const TEXT = '#0b0c0c'
const MUTED = '#484949'
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif'

export type InfographicInput = {
  tenantName: string
  /** A `data:image/...;base64,` URI or an https URL; anything else is left out. */
  logoUrl: string | null
  primaryColour: string | null | undefined
  accentColour: string | null | undefined
  locale: Locale
  audience: EngagementAudience
  /** The template's heading; the locale's "Rules of engagement" when empty. */
  title?: string
  intro: string
  rules: readonly string[]
  format: InfographicFormat
}

const messages = { en, cy, gd, ga } as const

function labels(locale: Locale, audience: EngagementAudience) {
  const strings = messages[locale].RulesOfEngagement
  return { heading: strings.heading, audience: strings.audience[audience], titleFormat: strings.infographic.title, footerFormat: strings.infographic.footer }
}

function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match)
}

const SAFE_LOGO = /^(data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2}|https:\/\/[^\s"'<>]+)$/

/** Only a colour of the form #rrggbb reaches the SVG; anything else gets the default. */
export function safeColour(value: string | null | undefined, fallback: string): string {
  return typeof value === 'string' && isHexColour(value) ? value.toLowerCase() : fallback
}

type Layout = {
  margin: number
  headerHeight: number
  titleSize: number
  nameSize: number
  bodySize: number
  minBodySize: number
  footerSize: number
  logoSize: number
}

const layouts: Record<InfographicFormat, Layout> = {
  square: { margin: 64, headerHeight: 240, titleSize: 60, nameSize: 32, bodySize: 32, minBodySize: 18, footerSize: 24, logoSize: 150 },
  a4: { margin: 90, headerHeight: 360, titleSize: 84, nameSize: 44, bodySize: 44, minBodySize: 22, footerSize: 32, logoSize: 220 },
}

function textBlock(lines: string[], x: number, y: number, size: number, options: { fill: string; bold?: boolean; lineHeight?: number }): string {
  const lineHeight = options.lineHeight ?? 1.3
  const spans = lines
    .map((line, index) => `<tspan x="${x}" y="${Math.round(y + index * size * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('')
  return `<text font-family="${FONT}" font-size="${size}"${options.bold ? ' font-weight="bold"' : ''} fill="${options.fill}">${spans}</text>`
}

/**
 * The rules of engagement as an SVG poster: the tenant's colours and logo, the title, the
 * introduction and the numbered rules. Accessible as an image: `role="img"` labelled by its
 * `<title>`, and a `<desc>` that is the long description (every rule, in order), so the
 * picture says nothing that is not also text. Every piece of text is XML-escaped.
 *
 * Built as strings, not JSX rendered to static markup: the routes that serve it are route
 * handlers, which Next 16 runs in the react-server layer, where `react-dom/server` is replaced by a
 * module that throws ("react-dom/server is not supported in React Server Components"). React's
 * escaping would also keep the XML-illegal characters that `escapeXml` drops.
 */
export function renderInfographicSvg(input: InfographicInput): string {
  const { width, height } = infographicSizes[input.format]
  const layout = layouts[input.format]
  const primary = safeColour(input.primaryColour, DEFAULT_PRIMARY)
  const accent = safeColour(input.accentColour, DEFAULT_ACCENT)
  const strings = labels(input.locale, input.audience)
  const title = input.title?.trim() || strings.heading
  const tenantName = input.tenantName.trim()
  const rules = input.rules.map((rule) => rule.trim()).filter(Boolean)
  const logo = input.logoUrl && SAFE_LOGO.test(input.logoUrl) ? input.logoUrl : null
  const { margin } = layout

  // Header: title and tenant name in white on the primary colour, the logo on a white tile.
  const headerTextWidth = width - 2 * margin - (logo ? layout.logoSize + 32 : 0)
  const titleLines = wrapText(title, headerTextWidth, layout.titleSize, true).slice(0, 2)
  const nameLines = wrapText(tenantName, headerTextWidth, layout.nameSize, true).slice(0, 2)
  const headerContent = (titleLines.length + nameLines.length) * 1.2
  const headerHeight = Math.max(layout.headerHeight, Math.round(margin * 1.5 + headerContent * layout.titleSize))
  const header = [
    `<rect x="0" y="0" width="${width}" height="${headerHeight}" fill="${primary}"/>`,
    `<rect x="0" y="${headerHeight}" width="${width}" height="14" fill="${accent}"/>`,
    textBlock(titleLines, margin, margin + layout.titleSize * 0.9, layout.titleSize, { fill: '#ffffff', bold: true, lineHeight: 1.15 }),
    textBlock(nameLines, margin, margin + layout.titleSize * 0.9 + titleLines.length * layout.titleSize * 1.15 + layout.nameSize * 0.4, layout.nameSize, {
      fill: '#ffffff',
      bold: true,
      lineHeight: 1.2,
    }),
  ]
  if (logo) {
    const x = width - margin - layout.logoSize
    const y = Math.round((headerHeight - layout.logoSize) / 2)
    header.push(
      `<rect x="${x - 12}" y="${y - 12}" width="${layout.logoSize + 24}" height="${layout.logoSize + 24}" rx="12" fill="#ffffff"/>`,
      `<image x="${x}" y="${y}" width="${layout.logoSize}" height="${layout.logoSize}" preserveAspectRatio="xMidYMid meet" href="${escapeXml(logo)}"/>`,
    )
  }

  // Body: the largest font size at which the introduction and every rule fit above the footer.
  const footerTop = height - margin - layout.footerSize
  const top = headerHeight + 14 + margin * 0.9
  const available = footerTop - margin * 0.5 - top
  const badge = (size: number) => Math.round(size * 1.5)
  const measure = (size: number) => {
    const introLines = wrapText(input.intro, width - 2 * margin, size)
    const ruleLines = rules.map((rule) => wrapText(rule, width - 2 * margin - badge(size) - size * 0.8, size))
    const lineHeight = size * 1.3
    const introHeight = introLines.length * lineHeight + (introLines.length > 0 ? size * 1.1 : 0)
    const rulesHeight = ruleLines.reduce((sum, lines) => sum + Math.max(lines.length * lineHeight, badge(size)) + size * 0.7, 0)
    return { introLines, ruleLines, total: introHeight + rulesHeight }
  }
  let size = layout.bodySize
  let measured = measure(size)
  while (measured.total > available && size > layout.minBodySize) {
    size -= 1
    measured = measure(size)
  }

  const body: string[] = []
  let y = top
  if (measured.introLines.length > 0) {
    body.push(textBlock(measured.introLines, margin, y + size * 0.8, size, { fill: TEXT }))
    y += measured.introLines.length * size * 1.3 + size * 1.1
  }
  measured.ruleLines.forEach((lines, index) => {
    const diameter = badge(size)
    const radius = diameter / 2
    const textX = margin + diameter + Math.round(size * 0.8)
    body.push(
      `<circle cx="${margin + radius}" cy="${Math.round(y + radius)}" r="${radius}" fill="${accent}"/>`,
      `<text x="${margin + radius}" y="${Math.round(y + radius + size * 0.35)}" text-anchor="middle" font-family="${FONT}" font-size="${size}" font-weight="bold" fill="#ffffff">${index + 1}</text>`,
      textBlock(lines, textX, y + (diameter - size * 1.3) / 2 + size * 0.95, size, { fill: TEXT }),
    )
    y += Math.max(lines.length * size * 1.3, diameter) + size * 0.7
  })

  const footerText = format(strings.footerFormat, { audience: strings.audience, tenant: tenantName })
  const footerLines = wrapText(footerText, width - 2 * margin, layout.footerSize).slice(0, 1)
  const footer = [
    `<rect x="${margin}" y="${footerTop - layout.footerSize * 0.9}" width="${width - 2 * margin}" height="3" fill="${accent}"/>`,
    textBlock(footerLines, margin, footerTop + layout.footerSize * 0.4, layout.footerSize, { fill: MUTED }),
  ]

  const accessibleTitle = `${format(strings.titleFormat, { title, tenant: tenantName })} (${strings.audience})`
  const longDescription = [input.intro.trim(), ...rules.map((rule, index) => `${index + 1}. ${rule}`)].filter(Boolean).join(' ')

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="roe-title roe-desc" xml:lang="${input.locale}" lang="${input.locale}">`,
    `<title id="roe-title">${escapeXml(accessibleTitle)}</title>`,
    `<desc id="roe-desc">${escapeXml(longDescription)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...header,
    ...body,
    ...footer,
    '</svg>',
  ].join('\n')
}
