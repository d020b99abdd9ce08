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
  // A fetch-made server action (JavaScript on) carries this header; the builder never makes one,
  // but Next answers an unknown one itself with a 404, so it is left to Next.
  if (request.headers.has('next-action')) return null
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
