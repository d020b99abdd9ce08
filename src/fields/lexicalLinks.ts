import { linkProblem } from '@/lib/safeUrl'

type LexicalNode = { type?: string; fields?: { url?: unknown; linkType?: unknown }; children?: LexicalNode[] }

/** Every problem with a link in a Lexical document, in document order. */
export function lexicalLinkProblems(value: unknown): string[] {
  const problems: string[] = []
  const visit = (node: LexicalNode | undefined) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'link' || node.type === 'autolink') {
      // No collection is linkable in the editor, so an "internal" link can only be hand-made.
      const problem = node.fields?.linkType === 'internal' ? 'Links to documents are not available; link to an address.' : linkProblem(node.fields?.url)
      if (problem) problems.push(`${String(node.fields?.url ?? '')}: ${problem}`)
    }
    for (const child of node.children ?? []) visit(child)
  }
  visit((value as { root?: LexicalNode } | null | undefined)?.root)
  return problems
}
