/*
 * The file of tombstones an operator carries from the newest copy of the database to a restored one
 * (tombstones.ts, docs/operations.md): one JSON object a line. No imports, so the command line can
 * check a file before Payload starts.
 */

export type Tombstone = {
  incident: number
  owner: number
  /** When the owner (or the expiry) deleted it, ISO 8601. */
  deletedAt: string
  /** The whole log was deleted at once: its unsent drafts went too. */
  wholeLog: boolean
}

/** One tombstone a line, as JSON: a file an operator can read, count and diff. */
export function formatTombstones(tombstones: Tombstone[]): string {
  return tombstones.map((tombstone) => JSON.stringify(tombstone)).join('\n') + (tombstones.length > 0 ? '\n' : '')
}

export class TombstoneFileError extends Error {}

const positiveId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0

/**
 * Reads a file written by `formatTombstones`. Refuses the whole file at the first line that is not
 * a tombstone, naming the line and what is wrong with it: a replay that skipped lines would leave
 * deleted incidents restored without saying so.
 */
export function parseTombstones(text: string): Tombstone[] {
  const tombstones: Tombstone[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const where = `line ${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      throw new TombstoneFileError(`${where} is not JSON. Each line must be one tombstone as \`npm run incidents:export-deletions\` writes it.`)
    }
    const row = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
    if (!positiveId(row.incident)) throw new TombstoneFileError(`${where}: "incident" must be an incident's id (a positive whole number).`)
    if (!positiveId(row.owner)) throw new TombstoneFileError(`${where}: "owner" must be a user's id (a positive whole number).`)
    if (typeof row.deletedAt !== 'string' || Number.isNaN(Date.parse(row.deletedAt))) throw new TombstoneFileError(`${where}: "deletedAt" must be a date and time (ISO 8601).`)
    if (typeof row.wholeLog !== 'boolean') throw new TombstoneFileError(`${where}: "wholeLog" must be true or false.`)
    tombstones.push({ incident: row.incident, owner: row.owner, deletedAt: new Date(row.deletedAt).toISOString(), wholeLog: row.wholeLog })
  })
  return tombstones
}
