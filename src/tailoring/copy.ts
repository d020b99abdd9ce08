type Row = { id?: string | null }
type Fields = Record<string, unknown>

// Blocks and array rows are unions of generated shapes; ids are handled generically here.
const rowsOf = (value: unknown): Fields[] | undefined => (Array.isArray(value) ? (value as Fields[]) : undefined)

/**
 * Block and row ids are primary keys: a copy must get its own. Clears `id` on each row of `rows`
 * and on the rows of the nested arrays named in `nested` (a block's steps, rungs, platforms).
 */
export function withoutIds<T>(rows: readonly T[] | null | undefined, nested: readonly string[] = []): T[] {
  return (rows ?? []).map((row) => {
    const next: Fields = { ...(row as Fields), id: undefined }
    for (const key of nested) {
      const inner = rowsOf(next[key])
      if (inner) next[key] = inner.map((innerRow) => ({ ...innerRow, id: undefined }))
    }
    return next as T
  })
}

/**
 * One language's rows laid onto the copy's own row ids. For a structure shared by every
 * language (a page's blocks, whose text inside is localized) a translation must name the rows
 * the English save created, or it would make new ones.
 */
export function ontoIds<T>(copy: readonly T[] | null | undefined, source: readonly T[] | null | undefined, nested: readonly string[] = []): T[] {
  const targets = (copy ?? []) as readonly Fields[]
  return (source ?? []).map((row, index) => {
    const target = targets[index]
    const next: Fields = { ...(row as Fields), id: target?.id }
    for (const key of nested) {
      const rows = rowsOf(next[key])
      const targetRows = rowsOf(target?.[key])
      if (rows && targetRows) next[key] = rows.map((inner, rowIndex) => ({ ...inner, id: (targetRows[rowIndex] as Row | undefined)?.id }))
    }
    return next as T
  })
}
