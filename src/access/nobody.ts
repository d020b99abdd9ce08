import type { Access } from 'payload'

/**
 * False for everyone. Used where only the server itself writes (through the Local API with
 * overrideAccess), e.g. the email outbox, so that no REST or GraphQL caller can.
 */
export const nobody: Access = () => false
