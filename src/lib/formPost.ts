/**
 * The site's forms (the bio builder, sign-in, sign-out), posted without JavaScript, are server
 * actions: a multipart POST to the page itself. Next answers a multipart POST it cannot decode (no action in it, a
 * broken body, one over its size limit) with a 500, and any other POST by rendering the page as
 * if it were a GET. This check runs first (in `src/proxy.ts`) and refuses what cannot be our form
 * with the right 4xx, so bad input never reaches the action and never looks like a server fault.
 */

/** The largest form (the bio builder: six short fields, seven checkboxes, the action's own fields) fits in a few kilobytes. */
export const MAX_FORM_POST_BYTES = 32 * 1024

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

/** `null` when the request may be our form; otherwise the response that refuses it. */
export async function refuseBadFormPost(request: Request): Promise<Response | null> {
  if (request.method !== 'POST') return null
  if (request.headers.has('next-action')) return refuseBadActionFetch(request)
  const type = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) return refuse(415, 'The form is sent as multipart/form-data.')
  const length = request.headers.get('content-length')
  if (length === null) return refuse(411, 'A Content-Length is required.')
  if (!/^\d+$/.test(length) || Number(length) > MAX_FORM_POST_BYTES) return refuse(413, `The form is limited to ${MAX_FORM_POST_BYTES} bytes.`)
  let form: FormData
  try {
    form = await request.clone().formData()
  } catch {
    return refuse(400, 'The form could not be read.')
  }
  // A form rendered by React for a server action names its action in a `$ACTION_…` field.
  if (![...form.keys()].some((key) => key.startsWith('$ACTION_'))) return refuse(400, 'This is not one of this site\'s forms.')
  return null
}

/** Next's own limit for a server action's body (`serverActions.bodySizeLimit`, 1 MB by default). */
export const MAX_ACTION_FETCH_BYTES = 1024 * 1024

/**
 * A server action called with JavaScript on (a `Next-Action` header): an unknown action Next
 * answers itself with a 404, but a body it cannot decode, or one over its limit, with a 500. React
 * sends the arguments as JSON text, or as multipart when they hold files or forms.
 */
async function refuseBadActionFetch(request: Request): Promise<Response | null> {
  const length = request.headers.get('content-length')
  if (length === null) return refuse(411, 'A Content-Length is required.')
  if (!/^\d+$/.test(length) || Number(length) > MAX_ACTION_FETCH_BYTES) return refuse(413, `A request to the server is limited to ${MAX_ACTION_FETCH_BYTES} bytes.`)
  const type = request.headers.get('content-type') ?? ''
  try {
    if (/^multipart\/form-data;\s*boundary=/i.test(type)) await request.clone().formData()
    else JSON.parse(await request.clone().text())
  } catch {
    return refuse(400, 'The request could not be read.')
  }
  return null
}

/**
 * A POST from a page of another site. Next refuses a server action whose `Origin` is not this
 * host (CSRF), but with a 500; this says 403 first. No `Origin` (a hand-made request, an old
 * browser) is left to the action, which checks who is asking as every request does.
 */
export function refuseForeignOrigin(request: Request): Response | null {
  if (request.method !== 'POST' || !comesFromAnotherSite(request.headers)) return null
  return refuse(403, 'This request came from another site.')
}

/**
 * Whether a request's `Origin` names another site than the host it was sent to (also used by the
 * evidence upload, an API route the proxy does not check). No `Origin` is not "another site".
 */
export function comesFromAnotherSite(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (origin === null) return false
  let originHost: string
  try {
    originHost = new URL(origin).host
  } catch {
    return true
  }
  const hosts = [headers.get('host'), headers.get('x-forwarded-host')].filter((host) => host !== null)
  return hosts.length === 0 || hosts.some((host) => host.toLowerCase() !== originHost.toLowerCase())
}
