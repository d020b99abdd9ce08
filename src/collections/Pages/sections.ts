/**
 * The toolkit's sections (domain brief): a tenant's own pages go into one of them, or into
 * "local" for what only that tenant needs.
 */
export const sections = [
  { value: '1', label: 'Abuse happening now' },
  { value: '2', label: 'Before you start' },
  { value: '3', label: 'Rules of engagement' },
  { value: '4', label: 'Setting up accounts securely' },
  { value: '5', label: 'Documenting abuse' },
  { value: '6', label: 'Reporting and escalation' },
  { value: '7', label: 'The law' },
  { value: '8', label: 'Protecting your home address' },
  { value: '9', label: 'Canvassing and in-person safety' },
  { value: '10', label: 'Wellbeing' },
  { value: '11', label: 'Supporting colleagues' },
  { value: 'local', label: 'Local information' },
] as const

export type SectionValue = (typeof sections)[number]['value']

/** Sort key: the numbered sections in order, local pages last. */
export function sectionRank(value: string | null | undefined): number {
  const index = sections.findIndex((section) => section.value === value)
  return index === -1 ? sections.length : index
}
