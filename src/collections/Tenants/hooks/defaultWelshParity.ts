import type { CollectionBeforeValidateHook } from 'payload'

import type { Tenant } from '@/payload-types'

/**
 * Welsh Language Standards bind councils in Wales, so a Welsh tenant starts with parity on and
 * Welsh enabled. An explicit choice by the admin is kept.
 */
export const defaultWelshParity: CollectionBeforeValidateHook<Tenant> = ({ data, operation }) => {
  if (!data || operation !== 'create' || data.nation !== 'wales') return data
  const locales = data.locales ?? []
  return {
    ...data,
    welshParity: data.welshParity ?? true,
    locales: locales.includes('cy') ? locales : [...locales, 'cy'],
  }
}
