import type { VCardFile } from '@/data/contactVCards'
import { attachmentDisposition } from '@/lib/vcard'

/** A vCard download, or the plain 404 every refusal gets (unknown site, contact or id). */
export function vcardResponse(file: VCardFile | null): Response {
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(file.body, {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': attachmentDisposition(file.filename),
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
