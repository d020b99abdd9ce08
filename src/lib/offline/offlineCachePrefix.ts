/** Every cache the service worker opens starts with this, so "Delete saved pages" finds them all. */
export const OFFLINE_CACHE_PREFIX = 'portal-offline-'
