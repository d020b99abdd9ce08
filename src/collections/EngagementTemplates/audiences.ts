/** Who a set of rules of engagement is written for (a contract: the API's `audience` values). */
export const engagementAudiences = ['councillor', 'candidate'] as const
export type EngagementAudience = (typeof engagementAudiences)[number]
