import type { SeedPage } from './types'

import { page as abuseHappeningNow } from './pages/01-abuse-happening-now'
import { page as beforeYouStart } from './pages/02-before-you-start'
import { page as rulesOfEngagementAdvice } from './pages/03-rules-of-engagement-advice'
import { page as secureAccounts } from './pages/04-secure-accounts'
import { page as documentingAbuse } from './pages/05-documenting-abuse'
import { page as reportingAndEscalation } from './pages/06-reporting-and-escalation'
import { page as theLaw } from './pages/07-the-law'
import { page as protectingYourAddress } from './pages/08-protecting-your-address'
import { page as canvassingAndInPersonSafety } from './pages/09-canvassing-and-in-person-safety'
import { page as wellbeing } from './pages/10-wellbeing'
import { page as supportingColleagues } from './pages/11-supporting-colleagues'

/** The national baseline toolkit, in section order (1..11). */
export const baselinePages: SeedPage[] = [
  abuseHappeningNow,
  beforeYouStart,
  rulesOfEngagementAdvice,
  secureAccounts,
  documentingAbuse,
  reportingAndEscalation,
  theLaw,
  protectingYourAddress,
  canvassingAndInPersonSafety,
  wellbeing,
  supportingColleagues,
]
