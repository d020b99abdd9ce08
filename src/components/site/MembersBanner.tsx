import { getTranslations } from 'next-intl/server'

import { signOutAction } from '@/app/(site)/[tenant]/[locale]/login/actions'
import type { Locale } from '@/i18n/locales'

/** Who is signed in, and a sign-out button (a form, so it works without JavaScript). */
export async function MembersBanner({ email, segment, locale }: { email: string; segment: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Members' })
  return (
    <div className="members-banner">
      <p>{t('signedInAs', { email })}</p>
      <form action={signOutAction.bind(null, segment, locale)}>
        <button type="submit" className="button button--secondary">
          {t('signOut')}
        </button>
      </form>
    </div>
  )
}
