import path from 'node:path'

import PDFDocument from 'pdfkit'

import { chronological } from './names'
import { ukDate, ukDateTime, utcStamp, type BundleTranslator } from './strings'
import type { BundleIncident, BundleMeta } from './types'

/*
 * The bundle's chronology, a PDF made with pdfkit: a cover page (whose log, which council, when
 * made, how many incidents and files, each incident's history chain head), then each incident in
 * the order it happened, with every field and its evidence listed by SHA-256.
 *
 * The text is set in DejaVu Sans, embedded (subset) from the dejavu-fonts-ttf package, because
 * the PDF standard fonts have no ŵ or ŷ (Welsh) and a police officer's reader may have no font
 * that does. The document is text only (a few hundred kilobytes for a long log), so it is
 * written whole before the ZIP reads it; the evidence files themselves stream.
 */

/** Where the fonts are: the package in node_modules (the server runs from the project's root). */
export function fontDirectory(): string {
  return process.env.BUNDLE_FONT_DIR ?? path.resolve(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')
}

const REGULAR = 'Body'
const BOLD = 'Bold'
const MONO = 'Mono'

const MARGIN = 56
const GREY = '#444444'

export type ChronologyInput = {
  meta: BundleMeta
  incidents: readonly BundleIncident[]
  /** Each evidence file's path inside the ZIP, by evidence id. */
  paths: ReadonlyMap<number, string>
  /** The platform and kind labels, in the bundle's language. */
  label: { platform: (value: string) => string; kind: (value: string) => string }
}

/** Lets the event loop run between incidents: a long log is written in steps, not one long block. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * The chronology as a pdfkit document (a readable stream of the PDF's bytes). It is written in
 * steps, one incident at a time with the event loop let run between them, so that a long log does
 * not hold up the server's other requests; it ends itself, or is destroyed with the error.
 */
export function chronologyPdf(input: ChronologyInput, t: BundleTranslator): PDFKit.PDFDocument {
  const doc = newDocument(input, t)
  writeChronology(doc, input, t).catch((error: unknown) => (doc as unknown as { destroy(error?: Error): void }).destroy(error instanceof Error ? error : new Error(String(error))))
  return doc
}

function newDocument({ meta }: ChronologyInput, t: BundleTranslator): PDFKit.PDFDocument {
  const fonts = fontDirectory()
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    // Page numbers ("Page 2 of 9") are written once the number of pages is known.
    bufferPages: true,
    font: path.join(fonts, 'DejaVuSans.ttf'),
    lang: meta.locale,
    displayTitle: true,
    info: { Title: t('pdf.title'), Author: meta.councillor, Subject: meta.council, CreationDate: meta.generatedAt },
  })
  doc.registerFont(REGULAR, path.join(fonts, 'DejaVuSans.ttf'))
  doc.registerFont(BOLD, path.join(fonts, 'DejaVuSans-Bold.ttf'))
  doc.registerFont(MONO, path.join(fonts, 'DejaVuSansMono.ttf'))
  return doc
}

async function writeChronology(doc: PDFKit.PDFDocument, { meta, incidents, paths, label }: ChronologyInput, t: BundleTranslator): Promise<void> {
  const ordered = chronological(incidents)
  const fileCount = ordered.reduce((sum, incident) => sum + incident.evidence.length, 0)
  const width = doc.page.width - MARGIN * 2
  const heading = (text: string, size: number) => {
    doc.font(BOLD).fontSize(size).fillColor('black').text(text, { width })
    doc.moveDown(0.4)
  }
  /** A label and its value, the label in bold above; an empty value says so. */
  const field = (name: string, value: string | string[], { mono = false }: { mono?: boolean } = {}) => {
    const lines = (Array.isArray(value) ? value : [value]).map((line) => line.trim()).filter((line) => line !== '')
    doc.font(BOLD).fontSize(9.5).fillColor(GREY).text(name, { width })
    if (lines.length === 0) doc.font(REGULAR).fontSize(10.5).fillColor(GREY).text(t('pdf.notGiven'), { width })
    else doc.font(mono ? MONO : REGULAR).fontSize(mono ? 9 : 10.5).fillColor('black').text(lines.join('\n'), { width })
    doc.moveDown(0.5)
  }

  // The cover page.
  heading(t('pdf.title'), 20)
  doc.moveDown(0.5)
  field(t('pdf.councillor'), meta.councillor)
  field(t('pdf.council'), meta.council)
  field(t('pdf.generatedAt'), `${ukDateTime(meta.generatedAt.toISOString(), meta.locale)} (${utcStamp(meta.generatedAt.toISOString())})`)
  field(t('pdf.incidentCount'), String(ordered.length))
  field(t('pdf.fileCount'), String(fileCount))
  doc.moveDown(0.5)
  doc.font(REGULAR).fontSize(10).fillColor('black').text(t('pdf.verify'), { width })
  doc.moveDown(1)
  heading(t('pdf.heads'), 13)
  doc.font(REGULAR).fontSize(10).text(t('pdf.headsIntro'), { width })
  doc.moveDown(0.5)
  ordered.forEach((incident, index) => {
    doc
      .font(BOLD)
      .fontSize(9.5)
      .text(`${t('pdf.incident', { seq: index + 1, total: ordered.length })} (${t('pdf.reference')} ${incident.id}): ${incident.history.intact ? t('pdf.intact') : t('pdf.broken')}`, { width })
    doc.font(MONO).fontSize(8.5).text(incident.history.head ?? '—', { width })
    doc.moveDown(0.3)
  })

  // One incident after another, each from a new page.
  for (const [index, incident] of ordered.entries()) {
    await breathe()
    doc.addPage()
    const happened = ukDateTime(incident.happenedAt, meta.locale)
    heading(`${t('pdf.incident', { seq: index + 1, total: ordered.length })}: ${happened}`, 15)
    field(t('pdf.reference'), String(incident.id))
    field(t('pdf.happened'), incident.happenedUntil ? t('pdf.until', { start: happened, end: ukDateTime(incident.happenedUntil, meta.locale) }) : happened)
    field(t('pdf.recordedAt'), incident.recordedAt ? `${ukDateTime(incident.recordedAt, meta.locale)} (${utcStamp(incident.recordedAt)})` : '')
    field(t('pdf.platform'), incident.platform ? label.platform(incident.platform) : '')
    field(t('pdf.kinds'), incident.kinds.map(label.kind).join(', '))
    field(t('pdf.handles'), incident.handles)
    field(t('pdf.links'), incident.links, { mono: true })
    field(t('pdf.whatHappened'), incident.whatHappened)
    field(t('pdf.impact'), incident.impact)
    field(t('pdf.witnesses'), incident.witnesses)
    const platform = incident.platformReport
    field(t('pdf.platformReport'), [
      platform.reportedOn ? `${t('pdf.reportedOn')}: ${ukDate(platform.reportedOn, meta.locale)}` : '',
      platform.reference ? `${t('pdf.reference2')}: ${platform.reference}` : '',
      platform.outcome ? `${t('pdf.outcome')}: ${platform.outcome}` : '',
    ])
    const police = incident.policeReport
    field(t('pdf.policeReport'), [
      police.reportedOn ? `${t('pdf.reportedOn')}: ${ukDate(police.reportedOn, meta.locale)}` : '',
      police.crimeReference ? `${t('pdf.crimeReference')}: ${police.crimeReference}` : '',
      police.officer ? `${t('pdf.officer')}: ${police.officer}` : '',
      `${t('pdf.operationFord')}: ${police.operationFord ? t('pdf.yes') : t('pdf.no')}`,
    ])
    field(t('pdf.chainHead'), `${incident.history.head ?? '—'} (${incident.history.intact ? t('pdf.intact') : t('pdf.broken')})`, { mono: true })
    doc.moveDown(0.3)
    heading(t('pdf.evidence'), 12)
    if (incident.evidence.length === 0) doc.font(REGULAR).fontSize(10.5).fillColor(GREY).text(t('pdf.noEvidence'), { width })
    incident.evidence.forEach((file) => {
      doc.font(BOLD).fontSize(10).fillColor('black').text(paths.get(file.id) ?? '', { width })
      doc.font(REGULAR).fontSize(9.5)
      if (file.fileName) doc.text(`${t('pdf.originalName')}: ${file.fileName}`, { width })
      doc.text(`${t('pdf.size')}: ${t('pdf.bytes', { count: file.size })} · ${t('pdf.type')}: ${file.mimeType}`, { width })
      doc.text(`${t('pdf.uploadedAt')}: ${utcStamp(file.uploadedAt)}`, { width })
      doc.font(MONO).fontSize(8.5).text(`${t('pdf.sha256')}: ${file.sha256}`, { width })
      doc.moveDown(0.5)
    })
  }

  // Page numbers and the font's credit, at the foot of every page.
  const range = doc.bufferedPageRange()
  for (let page = range.start; page < range.start + range.count; page += 1) {
    doc.switchToPage(page)
    const bottom = doc.page.margins.bottom
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0
    doc
      .font(REGULAR)
      .fontSize(7.5)
      .fillColor(GREY)
      .text(`${t('pdf.page', { page: page + 1, pages: range.count })} · ${meta.council}`, MARGIN, doc.page.height - bottom + 16, { width, align: 'center', lineBreak: false })
    if (page === range.start) doc.text(t('pdf.font'), MARGIN, doc.page.height - bottom + 28, { width, align: 'center', lineBreak: false })
    doc.page.margins.bottom = bottom
  }
  doc.end()
}
