/**
 * Whether a tailored page has drifted: the national page it replaces has been saved since the
 * moment it was tailored (a platform admin's edit or a content release, which always writes a
 * new version).
 */
export function hasDrifted(nationalUpdatedAt: string, tailoredFromUpdatedAt: string): boolean {
  return new Date(nationalUpdatedAt).getTime() > new Date(tailoredFromUpdatedAt).getTime()
}
