import type { DirectoryGroup } from '@/lib/directory'

/** The message key (namespace `Directory`) of each group's name. */
export const groupNameKey = {
  england: 'groupEngland',
  wales: 'groupWales',
  scotland: 'groupScotland',
  'northern-ireland': 'groupNorthernIreland',
  parties: 'groupParties',
  other: 'groupOther',
} as const satisfies Record<DirectoryGroup, string>
