import { APIError, type AfterErrorHook, type CollectionBeforeOperationHook, type FlattenedField } from 'payload'

/**
 * Ids, `page`, `sort` and `where` values that PostgreSQL would reject arrive at the database as a
 * query it cannot run, and Payload answers that with a 500. This hook runs before every
 * operation of every collection (REST, GraphQL and the Local API alike) and refuses them with a
 * 4xx that names the parameter and why.
 */

/** Ids are PostgreSQL `serial` (int4) values. */
const MAX_ID = 2_147_483_647
/** Far beyond any real listing (a hundred per page), well inside what an OFFSET can hold. */
export const MAX_PAGE = 100_000

const NUMERIC_TYPES = new Set(['number', 'relationship', 'upload'])
/** Values that hold many things or a document of their own: PostgreSQL cannot order by them. */
const UNSORTABLE_TYPES = new Set(['array', 'blocks', 'join', 'json', 'richText', 'group', 'tabs'])

/** The request's fault, not the server's: named so in Payload's log. */
export class MalformedQueryError extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, undefined, true)
    this.name = 'MalformedQueryError'
  }
}

function refuse(message: string): never {
  throw new MalformedQueryError(message)
}

/** A number, or the digits of one (the Local API takes either). */
export function isValidId(id: unknown): boolean {
  const value = typeof id === 'string' && /^\d{1,10}$/.test(id) ? Number(id) : id
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1 && value <= MAX_ID
}

// A versions query (the admin's Versions view, drift and diff reads) names the document's fields
// under `version.` and the version row's own columns beside them.
const VERSION_COLUMNS: ReadonlySet<string> = new Set(['parent', 'latest', 'autosave', 'snapshot', 'publishedLocale', 'createdAt', 'updatedAt'])

/** The field a query path starts at; 'unchecked' for a version row's own column. */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | 'id' | 'unchecked' | undefined {
  const [head, ...rest] = path.split('.')
  if (head === 'version' && rest.length > 0) return fieldAt(fields, rest.join('.'))
  if (head === 'id') return 'id'
  const field = fields.find((candidate) => candidate.name === head)
  if (!field && head !== undefined && VERSION_COLUMNS.has(head)) return 'unchecked'
  return field
}

function sortProblem(sort: unknown, fields: FlattenedField[]): string | null {
  const paths = (Array.isArray(sort) ? sort : String(sort).split(',')).map((part) => String(part).trim().replace(/^-/, ''))
  for (const path of paths) {
    if (path === '') continue
    const field = fieldAt(fields, path)
    if (field === 'id' || field === 'unchecked') continue
    if (!field) return `"sort": there is no field "${path}".`
    const many = 'hasMany' in field && field.hasMany === true
    if (UNSORTABLE_TYPES.has(field.type) || many) return `"sort": "${path}" is a ${field.type} field, which cannot be sorted by.`
  }
  return null
}

function isNumeric(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return [value]
}

/** The problem with one `where[path][operator]=value`, or null. */
function conditionProblem(path: string, operator: string, value: unknown, fields: FlattenedField[]): string | null {
  const field = fieldAt(fields, path)
  if (field === 'unchecked') return null
  const type = field === 'id' ? 'id' : field?.type
  if (operator === 'near' || operator === 'within' || operator === 'intersects') {
    if (type !== 'point') return `"where[${path}][${operator}]": only a point field can be searched by distance.`
    const parts = listOf(value)
    if (operator === 'near' && (parts.length < 2 || parts.length > 4 || !parts.every(isNumeric))) {
      return `"where[${path}][near]" takes "longitude,latitude[,maxDistance[,minDistance]]" as numbers.`
    }
    return null
  }
  // A path into a related document (`tenant.kind`) compares that document's field: not checked.
  if (operator === 'exists' || path.includes('.')) return null
  const numeric = type === 'id' || (type !== undefined && NUMERIC_TYPES.has(type))
  if (!numeric) return null
  const values = operator === 'in' || operator === 'not_in' || operator === 'all' ? listOf(value) : [value]
  const ok = values.every((one) => one === null || one === 'null' || (type === 'id' ? isValidId(typeof one === 'string' ? one.trim() : one) : isNumeric(one)))
  return ok ? null : `"where[${path}][${operator}]": ${type === 'id' ? 'ids are whole numbers' : 'the field holds numbers'}.`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function whereProblem(where: unknown, fields: FlattenedField[]): string | null {
  if (!isRecord(where)) return null
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const nested of Array.isArray(condition) ? condition : [condition]) {
        const problem = whereProblem(nested, fields)
        if (problem) return problem
      }
      continue
    }
    if (!isRecord(condition)) continue
    for (const [operator, value] of Object.entries(condition)) {
      const problem = conditionProblem(key, operator, value, fields)
      if (problem) return problem
    }
  }
  return null
}

export const refuseMalformedQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const query = { id: Reflect.get(args, 'id'), page: Reflect.get(args, 'page'), sort: Reflect.get(args, 'sort'), where: Reflect.get(args, 'where') }
  const numericIds = req.payload.collections[collection.slug]?.customIDType === undefined
  if (query.id !== undefined && query.id !== null && numericIds && !isValidId(query.id)) {
    throw new MalformedQueryError(`Not found: ids of ${collection.slug} are whole numbers from 1 to ${MAX_ID}.`, 404)
  }
  if (query.page !== undefined && query.page !== null) {
    const page = Number(query.page)
    if (!Number.isSafeInteger(page) || page < 1 || page > MAX_PAGE) refuse(`"page" is a whole number from 1 to ${MAX_PAGE}.`)
  }
  if (query.sort !== undefined && query.sort !== null && query.sort !== '') {
    const problem = sortProblem(query.sort, collection.flattenedFields)
    if (problem) refuse(problem)
  }
  const problem = whereProblem(query.where, collection.flattenedFields)
  if (problem) refuse(problem)
  return args
}

/** The SQLSTATE of a PostgreSQL error, wherever the driver and ORM put it. */
function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; isRecord(current) || current instanceof Error; depth++) {
    if (depth > 4) return undefined
    const code: unknown = Reflect.get(current, 'code')
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current = Reflect.get(current, 'cause')
  }
  return undefined
}

/**
 * The net under the hook above, for Payload's own collections and any shape it does not know:
 * a value PostgreSQL refused as data (SQLSTATE class 22: bad number, out of range, negative
 * offset) is the request's fault, so it is a 400, not a 500.
 */
export const databaseDataErrorsAre400: AfterErrorHook = ({ error }) => {
  if (!sqlState(error)?.startsWith('22')) return
  return { status: 400, response: { errors: [{ message: 'A value in the request does not fit the field it is used with.' }] } }
}
