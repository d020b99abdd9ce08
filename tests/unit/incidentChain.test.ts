import { describe, expect, it } from 'vitest'

import { entryHash, GENESIS_HASH, nextEntry, verifyChain, type ChainEntry } from '@/lib/incidents/chain'

function chainOf(length: number, incident = 7): ChainEntry[] {
  const entries: ChainEntry[] = []
  for (let index = 0; index < length; index += 1) {
    entries.push(
      nextEntry(entries.at(-1) ?? null, {
        incident,
        action: index === 0 ? 'create' : 'update',
        actor: 42,
        at: new Date(Date.UTC(2026, 10, 1, 10, index)).toISOString(),
        changedFields: index === 0 ? ['whatHappened'] : ['impact'],
        previous: index === 0 ? null : `v1.ciphertext-${index}`,
      }),
    )
  }
  return entries
}

describe('the incident history chain', () => {
  it('links each entry to the one before by SHA-256, starting from the genesis hash', () => {
    const entries = chainOf(3)
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH)
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash)
    expect(entries[2]?.seq).toBe(3)
    expect(entries.every((entry) => /^[0-9a-f]{64}$/.test(entry.hash) && entryHash(entry) === entry.hash)).toBe(true)
    expect(verifyChain(7, entries)).toEqual({ ok: true, head: entries[2]?.hash, length: 3 })
    expect(verifyChain(7, [...entries].reverse()).ok).toBe(true)
  })

  it('detects an altered entry: any field its hash covers', () => {
    for (const change of [{ changedFields: ['nothing'] }, { actor: 1 }, { at: '2020-01-01T00:00:00.000Z' }, { previous: 'v1.other' }, { action: 'create' }]) {
      const entries = chainOf(3)
      entries[1] = { ...(entries[1] as ChainEntry), ...change }
      const verdict = verifyChain(7, entries)
      expect(verdict.ok, JSON.stringify(change)).toBe(false)
      if (!verdict.ok) expect(verdict.problems).toContainEqual({ kind: 'altered', seq: 2 })
    }
  })

  it('detects an altered entry whose hash was recomputed: the next entry no longer links to it', () => {
    const entries = chainOf(3)
    const forged = { ...(entries[1] as ChainEntry), changedFields: ['forged'] }
    entries[1] = { ...forged, hash: entryHash(forged) }
    const verdict = verifyChain(7, entries)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.problems).toContainEqual({ kind: 'broken-link', seq: 3 })
  })

  it('detects a removed entry in the middle, and the last one removed against the recorded head', () => {
    const entries = chainOf(4)
    const middle = verifyChain(7, [entries[0], entries[2], entries[3]] as ChainEntry[])
    expect(middle.ok).toBe(false)
    if (!middle.ok) expect(middle.problems.map((problem) => problem.kind)).toEqual(expect.arrayContaining(['gap', 'broken-link']))
    const head = { head: entries[3]?.hash ?? null, length: 4 }
    expect(verifyChain(7, entries, head).ok).toBe(true)
    const cut = verifyChain(7, entries.slice(0, 3), head)
    expect(cut.ok).toBe(false)
    if (!cut.ok) expect(cut.problems.map((problem) => problem.kind)).toEqual(['length-mismatch', 'head-mismatch'])
  })

  it('detects an entry taken from another incident\'s chain', () => {
    const entries = chainOf(2)
    const verdict = verifyChain(8, entries)
    expect(verdict.ok).toBe(false)
  })

  it("seals an evidence bundle's SHA-256 into its entry: a changed bundle hash is detected, and entries without one keep their hashes", () => {
    const entries = chainOf(2)
    const bundled = nextEntry(entries[1] ?? null, { incident: 7, action: 'bundle-downloaded', actor: 1, at: '2026-12-02T12:00:00.000Z', changedFields: [], previous: null, bundle: { sha256: 'c'.repeat(64) } })
    const chain = [...entries, bundled]
    expect(verifyChain(7, chain, { head: bundled.hash, length: 3 }).ok).toBe(true)
    const { bundle: _bundle, ...withoutBundle } = bundled
    expect(entryHash(withoutBundle)).not.toBe(bundled.hash)
    const swapped = verifyChain(7, [...entries, { ...bundled, bundle: { sha256: 'd'.repeat(64) } }])
    expect(swapped.ok).toBe(false)
    if (!swapped.ok) expect(swapped.problems.map((problem) => problem.kind)).toEqual(['altered'])
  })
})
