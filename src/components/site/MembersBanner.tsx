import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/**
 * Who is signed in, and a sign-out button (a form, so it works without JavaScript). The page binds
 * the sign-out server action to its own site and passes it in.
 */
export async function MembersBanner({ email, locale, signOut }: { email: string; locale: Locale; signOut: () => Promise<void> }) {
  const t = await getTranslations({ locale, namespace: 'Members' })
  return (
    <div className="members-banner">
      <p>{t('signedInAs', { email })}</p>
      <form action={signOut}>
        <button type="submit" className="button button--secondary">
          {t('signOut')}
        </button>
      </form>
    </div>
  )
}
