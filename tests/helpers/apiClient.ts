/**
 * Calls Payload's REST and GraphQL route handlers (the ones `src/app/(payload)/api` mounts) in
 * process, without a Next server: each handler takes a web `Request` and returns a `Response`.
 * The config is imported lazily so that a test can set environment (e.g. MEDIA_DIR) first.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const ORIGIN = 'http://localhost:3000'

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type GraphqlHandler = (request: Request) => Promise<Response>

type Handlers = { GET: RouteHandler; POST: RouteHandler; PATCH: RouteHandler; DELETE: RouteHandler; GRAPHQL: GraphqlHandler }

let handlers: Promise<Handlers> | undefined

function routeHandlers(): Promise<Handlers> {
  handlers ??= (async () => {
    const { default: config } = await import('@payload-config')
    return {
      GET: REST_GET(config),
      POST: REST_POST(config),
      PATCH: REST_PATCH(config),
      DELETE: REST_DELETE(config),
      GRAPHQL: GRAPHQL_POST(config),
    }
  })()
  return handlers
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

export type ApiResponse = { status: number; json: JsonObject }

export type RestMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type UploadFile = { data: Buffer; mimetype: string; name: string }

export type RestOptions = {
  token?: string
  /** A JSON body; with `file`, it is sent as the `_payload` part of a multipart body. */
  body?: JsonObject
  file?: UploadFile
  /** Query string parameters in Payload's bracket form, e.g. `{ 'where[id][equals]': '5' }`. */
  query?: Record<string, string>
}

function headersFor(token: string | undefined): Headers {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  return headers
}

async function readJson(response: Response): Promise<JsonObject> {
  const text = await response.text()
  if (text === '') return {}
  try {
    const parsed = JSON.parse(text) as Json
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : { value: parsed }
  } catch {
    return { text }
  }
}

/** `rest('GET', 'media/5', { token })` calls the handler of `GET /api/media/5`. */
export async function rest(method: RestMethod, path: string, options: RestOptions = {}): Promise<ApiResponse> {
  const { GET, POST, PATCH, DELETE } = await routeHandlers()
  const url = new URL(`/api/${path}`, ORIGIN)
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.append(key, value)

  const headers = headersFor(options.token)
  let body: BodyInit | undefined
  if (options.file) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(options.file.data)], { type: options.file.mimetype }), options.file.name)
    if (options.body) form.append('_payload', JSON.stringify(options.body))
    body = form
  } else if (options.body) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }

  const request = new Request(url, { method, headers, body })
  const handler = { GET, POST, PATCH, DELETE }[method]
  const response = await handler(request, { params: Promise.resolve({ slug: path.split('/') }) })
  return { status: response.status, json: await readJson(response) }
}

export type GraphqlError = { message: string; statusCode?: number; path: string[]; data?: Json }
export type GraphqlResponse = { status: number; data: JsonObject | null; errors: GraphqlError[] }

function asGraphqlError(value: Json): GraphqlError {
  const error = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}
  const extensions = error.extensions
  const ext = extensions !== null && typeof extensions === 'object' && !Array.isArray(extensions) ? extensions : {}
  const statusCode = typeof ext.statusCode === 'number' ? ext.statusCode : undefined
  const path = Array.isArray(error.path) ? error.path.map(String) : []
  return {
    message: typeof error.message === 'string' ? error.message : JSON.stringify(error),
    ...(statusCode !== undefined ? { statusCode } : {}),
    path,
    ...(ext.data !== undefined ? { data: ext.data } : {}),
  }
}

/** POST /api/graphql with the query and its variables. */
export async function graphql(query: string, variables: JsonObject = {}, token?: string): Promise<GraphqlResponse> {
  const { GRAPHQL } = await routeHandlers()
  const headers = headersFor(token)
  headers.set('Content-Type', 'application/json')
  const request = new Request(new URL('/api/graphql', ORIGIN), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  })
  const response = await GRAPHQL(request)
  const json = await readJson(response)
  const data = json.data !== null && typeof json.data === 'object' && !Array.isArray(json.data) ? json.data : null
  const errors = Array.isArray(json.errors) ? json.errors.map(asGraphqlError) : []
  return { status: response.status, data, errors }
}

/** The messages (and field paths) of a Payload REST error body, flattened to one string for matching. */
export function restErrorText(json: JsonObject): string {
  return JSON.stringify(json.errors ?? json)
}
