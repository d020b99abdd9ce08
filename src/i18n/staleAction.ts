import { readFileSync } from 'node:fs'
import path from 'node:path'

import { isLocale, type Locale } from '@/i18n/locales'
import cy from '@/messages/cy.json'
import en from '@/messages/en.json'
import ga from '@/messages/ga.json'
import gd from '@/messages/gd.json'

/**
 * A form loaded before a deploy names a server action the new build no longer has. Posted without
 * JavaScript, Next answers it with a 500; this answers 409 with a page, in the reader's language,
 * that asks them to reload (their typed values are lost either way: the form is from another
 * build). The build's action ids are in its server-reference manifest.
 */
const STRINGS: Record<Locale, { title: string; body: string; reload: string }> = {
  en: en.StaleForm,
  cy: cy.StaleForm,
  gd: gd.StaleForm,
  ga: ga.StaleForm,
}

let knownActions: Set<string> | null | undefined

/** The action ids of the running build; null when they cannot be read (then nothing is refused). */
function actionsOfThisBuild(): Set<string> | null {
  if (knownActions !== undefined) return knownActions
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8'))
    const node = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'node') : undefined
    knownActions = typeof node === 'object' && node !== null ? new Set(Object.keys(node)) : null
  } catch {
    knownActions = null
  }
  return knownActions
}

/** The action a no-JavaScript form post names: `$ACTION_ID_<id>`, or `{"id":…}` in `$ACTION_<n>:0`. */
export function postedActionId(form: FormData): string | null {
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION_ID_')) return key.slice('$ACTION_ID_'.length)
    if (/^\$ACTION_\d+:0$/.test(key) && typeof value === 'string') {
      try {
        const id: unknown = Reflect.get(JSON.parse(value) as object, 'id')
        if (typeof id === 'string') return id
      } catch {
        return null
      }
    }
  }
  return null
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The 409 page for a form from another build, or null when its action is known (or unknowable). */
export async function refuseStaleAction(request: Request, routedPath: string): Promise<Response | null> {
  if (request.method !== 'POST' || request.headers.has('next-action')) return null
  const known = actionsOfThisBuild()
  if (!known) return null
  let form: FormData
  try {
    form = await request.clone().formData()
  } catch {
    return null
  }
  const id = postedActionId(form)
  if (id === null || known.has(id)) return null
  const segment = routedPath.split('/').filter(Boolean)[1] ?? 'en'
  const locale: Locale = isLocale(segment) ? segment : 'en'
  const text = STRINGS[locale]
  const page = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text.title)}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1.5rem}a{color:#1d4f91}</style></head>
<body><main><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.body)}</p><p><a href="${escapeHtml(new URL(request.url).pathname)}">${escapeHtml(text.reload)}</a></p></main></body></html>
`
  return new Response(page, { status: 409, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}

