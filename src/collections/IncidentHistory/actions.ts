/** Every kind of history entry, in one list: the collection's options, the chain and the site's view use it. */
export const historyActions = ['create', 'update', 'evidence-added', 'bundle-downloaded', 'report-sent', 'report-viewed', 'report-evidence-viewed', 'deleted', 'log-deleted', 'helper-viewed', 'helper-evidence-downloaded'] as const
export type HistoryAction = (typeof historyActions)[number]
