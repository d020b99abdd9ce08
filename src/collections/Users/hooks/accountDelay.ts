/** Failed sign-ins to one account that cost nothing extra; each one after waits twice as long. */
export const FREE_FAILURES = 5
export const MAX_ACCOUNT_DELAY_SECONDS = 5 * 60

/** Seconds the next attempt must wait after `failures` failed ones in a row (0 while they are free). */
export function accountDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0
  return Math.min(MAX_ACCOUNT_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES))
}
