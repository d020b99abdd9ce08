/**
 * The id of a block's heading, for the page's contents list to link to: from the block's own
 * id, which Payload keeps stable across edits and translations, so a shared link to a section
 * keeps working in every language.
 */
export function blockHeadingId(block: { id?: string | null }): string | undefined {
  return block.id ? `part-${block.id}` : undefined
}
