import { createHash } from 'node:crypto'

/*
 * The incident history's hash chain. Each entry stores the SHA-256 of the entry before it and its
 * own hash over everything it says, so removing, reordering or altering any entry breaks the
 * chain from that point. What a chain cannot show by itself is that its newest entries were cut
 * off: that is why the incident keeps its chain's head and length beside it, and why the head is
 * meant to be handed out (in the evidence bundle's manifest, a later issue).
 */

/** The hash the first entry of every chain points back to. */
export const GENESIS_HASH = '0'.repeat(64)

/** What an entry says, in the fields its hash covers. */
export type ChainEntryContent = {
  incident: number
  seq: number
  action: string
  actor: number | null
  at: string
  changedFields: string[]
  /** The earlier version, encrypted (null for the entry that records the creation). */
  previous: string | null
  prevHash: string
  /**
   * For an entry recording a file of evidence: its id and SHA-256. Hashed only when present, so
   * entries written before evidence existed keep their hashes.
   */
  evidence?: { id: number; sha256: string } | null
  /** For an entry recording an evidence bundle downloaded: the bundle's SHA-256. Hashed only when present, likewise. */
  bundle?: { sha256: string } | null
}

export type ChainEntry = ChainEntryContent & { hash: string }

/** SHA-256 over the entry's fields in a fixed order (an array, so key order cannot vary). */
export function entryHash(entry: ChainEntryContent): string {
  const fields: unknown[] = [
    'incident-history-v1',
    entry.incident,
    entry.seq,
    entry.action,
    entry.actor,
    entry.at,
    entry.changedFields,
    entry.previous,
    entry.prevHash,
  ]
  if (entry.evidence) fields.push(['evidence', entry.evidence.id, entry.evidence.sha256])
  if (entry.bundle) fields.push(['bundle', entry.bundle.sha256])
  const canonical = JSON.stringify(fields)
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

export type ChainProblem =
  | { kind: 'altered'; seq: number }
  | { kind: 'broken-link'; seq: number }
  | { kind: 'gap'; expectedSeq: number; foundSeq: number | null }
  | { kind: 'other-incident'; seq: number }
  | { kind: 'head-mismatch'; expected: string; found: string }
  | { kind: 'length-mismatch'; expected: number; found: number }

export type ChainVerdict = { ok: true; head: string; length: number } | { ok: false; problems: ChainProblem[] }

/**
 * Checks an incident's entries, in any order: numbered 1…n without gaps, each pointing at the
 * hash of the one before, each hash matching its content, and (when given) ending at the head and
 * length the incident recorded.
 */
export function verifyChain(incident: number, entries: readonly ChainEntry[], expected?: { head: string | null; length: number | null }): ChainVerdict {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq)
  const problems: ChainProblem[] = []
  let prev = GENESIS_HASH
  sorted.forEach((entry, index) => {
    const expectedSeq = index + 1
    if (entry.seq !== expectedSeq) problems.push({ kind: 'gap', expectedSeq, foundSeq: entry.seq })
    if (entry.incident !== incident) problems.push({ kind: 'other-incident', seq: entry.seq })
    if (entry.prevHash !== prev) problems.push({ kind: 'broken-link', seq: entry.seq })
    if (entryHash(entry) !== entry.hash) problems.push({ kind: 'altered', seq: entry.seq })
    prev = entry.hash
  })
  if (expected) {
    if (expected.length !== null && expected.length !== sorted.length) problems.push({ kind: 'length-mismatch', expected: expected.length, found: sorted.length })
    if (expected.head !== null && expected.head !== prev) problems.push({ kind: 'head-mismatch', expected: expected.head, found: prev })
  }
  return problems.length === 0 ? { ok: true, head: prev, length: sorted.length } : { ok: false, problems }
}

/** The next entry after `last` (or the first), with its hash. */
export function nextEntry(last: Pick<ChainEntry, 'seq' | 'hash'> | null, content: Omit<ChainEntryContent, 'seq' | 'prevHash'>): ChainEntry {
  const linked: ChainEntryContent = { ...content, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH }
  return { ...linked, hash: entryHash(linked) }
}

/*
 * The helpers' register: who the owner of a log has named to read and add to it, and when that
 * ended. It is a chain of its own per log (one owner, one tenant), because naming a helper is an
 * act on the whole log, not on one incident, and must be recorded even when the log is empty.
 * The same rules as an incident's chain: each entry holds the hash of the one before.
 */

/** What a helpers' register entry says, in the fields its hash covers. */
export type HelperEntryContent = {
  owner: number
  tenant: number
  seq: number
  /** 'helper-added' or 'helper-revoked'. */
  action: string
  /** Who did it (the owner). */
  actor: number | null
  /** The helper the entry is about. */
  helper: number
  at: string
  prevHash: string
}

export type HelperEntry = HelperEntryContent & { hash: string }

export function helperEntryHash(entry: HelperEntryContent): string {
  const canonical = JSON.stringify(['incident-helpers-v1', entry.owner, entry.tenant, entry.seq, entry.action, entry.actor, entry.helper, entry.at, entry.prevHash])
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

/** The next register entry after `last` (or the first), with its hash. */
export function nextHelperEntry(last: Pick<HelperEntry, 'seq' | 'hash'> | null, content: Omit<HelperEntryContent, 'seq' | 'prevHash'>): HelperEntry {
  const linked: HelperEntryContent = { ...content, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH }
  return { ...linked, hash: helperEntryHash(linked) }
}

/** Whether a log's register entries (any order) run 1…n, each linked to the one before and matching its own hash. */
export function helperChainIntact(entries: readonly HelperEntry[]): boolean {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq)
  let prev = GENESIS_HASH
  return sorted.every((entry, index) => {
    const ok = entry.seq === index + 1 && entry.prevHash === prev && helperEntryHash(entry) === entry.hash
    prev = entry.hash
    return ok
  })
}
