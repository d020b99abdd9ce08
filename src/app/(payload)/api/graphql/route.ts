import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

// Cost limits are validation rules (payload.config.ts); loginUser and forgotPasswordUser are
// limited inside the operations, once per aliased field (src/collections/Users/hooks/authLimits.ts).
export const POST = GRAPHQL_POST(config)
export const OPTIONS = REST_OPTIONS(config)
