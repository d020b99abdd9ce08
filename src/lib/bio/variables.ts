/**
 * Template variables and the check editors get when they save a template. A template is plain
 * text with `{variable}` placeholders; there is no escaping syntax, so a lone brace is an error.
 */
export const bioVariables = ['name', 'role', 'days', 'hours', 'email', 'website'] as const
export type BioVariable = (typeof bioVariables)[number]

export function isBioVariable(value: string): value is BioVariable {
  return (bioVariables as readonly string[]).includes(value)
}

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'variable'; name: BioVariable }

export type TemplateProblem =
  | { kind: 'unknown-variable'; name: string }
  | { kind: 'unbalanced-braces'; index: number }

export type ParsedTemplate = { ok: true; parts: TemplatePart[] } | { ok: false; problems: TemplateProblem[] }

const PLACEHOLDER = /^[A-Za-z][A-Za-z0-9_-]*$/

/** Splits a template into text and variables, or lists every problem found in it. */
export function parseTemplate(template: string): ParsedTemplate {
  const parts: TemplatePart[] = []
  const problems: TemplateProblem[] = []
  let text = ''
  let index = 0
  while (index < template.length) {
    const char = template[index]
    if (char === '}') {
      problems.push({ kind: 'unbalanced-braces', index })
      index += 1
      continue
    }
    if (char !== '{') {
      text += char
      index += 1
      continue
    }
    const close = template.indexOf('}', index + 1)
    const nextOpen = template.indexOf('{', index + 1)
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      problems.push({ kind: 'unbalanced-braces', index })
      index += 1
      continue
    }
    const name = template.slice(index + 1, close)
    if (isBioVariable(name)) {
      if (text) parts.push({ kind: 'text', text })
      text = ''
      parts.push({ kind: 'variable', name })
    } else {
      problems.push({ kind: 'unknown-variable', name: PLACEHOLDER.test(name) ? name : name.slice(0, 40) })
    }
    index = close + 1
  }
  if (text) parts.push({ kind: 'text', text })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, parts }
}

/** The variables a template uses, in order of first use. */
export function variablesIn(parts: TemplatePart[]): BioVariable[] {
  const seen = new Set<BioVariable>()
  for (const part of parts) if (part.kind === 'variable') seen.add(part.name)
  return [...seen]
}

/** One sentence for an editor, naming what is wrong; `null` when the template is sound. */
export function describeTemplateProblems(template: string): string | null {
  const parsed = parseTemplate(template)
  if (parsed.ok) return null
  const unknown = [...new Set(parsed.problems.flatMap((p) => (p.kind === 'unknown-variable' ? [`{${p.name}}`] : [])))]
  const unbalanced = parsed.problems.some((p) => p.kind === 'unbalanced-braces')
  const known = bioVariables.map((name) => `{${name}}`).join(', ')
  const sentences: string[] = []
  if (unknown.length > 0) {
    sentences.push(
      `Unknown variable${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: use only ${known}.`,
    )
  }
  if (unbalanced) sentences.push('A brace is not matched: every { needs a } after it, with a variable name between.')
  return sentences.join(' ')
}
