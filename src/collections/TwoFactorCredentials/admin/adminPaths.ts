/** Where the admin's sign-in may send someone afterwards: a path inside the admin, never another host. */
export function adminReturnPath(wanted: unknown): string {
  if (typeof wanted !== 'string') return '/admin'
  return /^\/admin(\/[A-Za-z0-9._~%/?=&-]*)?$/.test(wanted) && !wanted.includes('//') && !wanted.includes('..') ? wanted : '/admin'
}
