import type { NextRequest } from 'next/server'

import { refuseBadBioPost } from '@/lib/bio/post'

/**
 * Runs only for the rules-of-engagement page, where the bio builder posts without JavaScript:
 * refuses POSTs that cannot be its form with a 4xx before Next's action handler sees them (it
 * would answer some with a 500). Not an access check: the action validates everything itself.
 */
export async function proxy(request: NextRequest): Promise<Response | undefined> {
  return (await refuseBadBioPost(request)) ?? undefined
}

export const config = { matcher: '/:tenant/:locale/rules-of-engagement' }
