import { cookies } from 'next/headers'
import { generatePayloadCookie, getPayload } from 'payload'

/** Puts a Payload session token into this response's cookie, as Payload's own login would. */
export async function setSessionCookie(token: string): Promise<void> {
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  const authConfig = payload.collections.users.config.auth
  const cookie = generatePayloadCookie({ collectionAuthConfig: authConfig, cookiePrefix: payload.config.cookiePrefix, returnCookieAsObject: true, token })
  if (!cookie.value) return
  ;(await cookies()).set(cookie.name, cookie.value, {
    expires: cookie.expires ? new Date(cookie.expires) : undefined,
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secure: Boolean(authConfig.cookies.secure),
  })
}
