import { chooseForPlatforms } from './fill'
import { platforms, type Platform } from './platforms'
import type { BioValues } from './fill'

/**
 * The least a councillor gives the bio builder: a name as long as most people's (30 graphemes;
 * "Cllr Bethan Rhys-Llewellyn-Jones" is 32) and a role like the builder's own example. A template
 * must fit every platform with these, or some councillors are told their bio is too long in
 * every form, which they cannot fix.
 */
export const fitCheckValues: BioValues = {
  name: 'N'.repeat(30),
  role: 'Councillor for Riverside ward',
}

export type FitProblem = { platform: Platform; shortest: number | null }

/**
 * The platforms on which no variant fits with only a name and role given: `shortest` is the
 * length of the shortest filled variant, or null when every variant needs more than a name and
 * role. Templates that do not parse are left to the per-variant check, which names the problem.
 */
export function platformsThatCannotFit(variants: readonly string[]): FitProblem[] {
  const results = chooseForPlatforms(variants, fitCheckValues, platforms)
  return results.flatMap((result) => {
    if (result.status === 'fits') return []
    const platform = platforms.find((candidate) => candidate.id === result.platform)
    if (!platform) return []
    return [{ platform, shortest: result.status === 'too-long' ? result.graphemes : null }]
  })
}

/** One sentence per platform, naming it, its limit and the shortest length found. */
export function describeFitProblems(problems: readonly FitProblem[]): string | undefined {
  if (problems.length === 0) return undefined
  const parts = problems.map(({ platform, shortest }) =>
    shortest === null
      ? `${platform.name} (limit ${platform.maxGraphemes}): every variant needs more than a name and role`
      : `${platform.name} (limit ${platform.maxGraphemes}): the shortest variant comes to ${shortest} characters`,
  )
  return `No bio variant fits ${parts.join('; ')}, with a 30-character name and the role "${fitCheckValues.role}". Add a shorter variant that uses only {name} and {role}.`
}
