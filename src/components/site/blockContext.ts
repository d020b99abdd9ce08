import { getTranslations } from 'next-intl/server'

import { platformNames } from '@/blocks/PlatformGuide/config'
import type { TenantValueContext } from '@/blocks/TenantValue/Component'
import type { BlockContext } from '@/blocks/types'
import { getEffectiveContacts } from '@/data/contacts'
import type { Site } from '@/data/site'
import { contactKinds, type ContactKind } from '@/collections/Contacts/kindOptions'

/**
 * Everything the block renderers need for one tenant and language: words, and tenant values.
 * `preview` (editors previewing a draft) marks a missing tenant value as "not set" instead of
 * quietly showing the national wording that the public sees.
 */
export async function blockContextFor(site: Site, { preview }: { preview: boolean }): Promise<BlockContext> {
  const { tenant, locale } = site
  const [t, values, effective] = await Promise.all([
    getTranslations({ locale, namespace: 'Blocks' }),
    getTranslations({ locale, namespace: 'TenantValue' }),
    getEffectiveContacts(site),
  ])
  // The first contact of each kind (the tenant's own where it has one, else the national one).
  const contacts: TenantValueContext['contacts'] = {}
  for (const group of effective) {
    const first = group.contacts[0]
    if (first) contacts[group.kind] = { label: first.label, phone: first.phone?.display ?? null }
  }
  const police = effective.find((group) => group.kind === 'police-non-emergency')?.contacts.find((contact) => contact.source === 'tenant')
  const fallbacks = Object.fromEntries(contactKinds.map((kind) => [kind, values(kind)])) as Record<ContactKind, string>
  // Hacked accounts: Report Fraud does not cover Scotland, where Police Scotland takes reports.
  if (tenant.nation === 'scotland') fallbacks['fraud-hacked-accounts'] = values('fraud-hacked-accounts-scotland')
  return {
    headingLevel: 2,
    labels: {
      calloutVariant: { information: t('information'), warning: t('warning'), emergency: t('emergency') },
      step: t('step'),
      whenToUse: t('whenToUse'),
      call: t('call'),
      email: t('email'),
      website: t('website'),
      hours: t('hours'),
      contactNotSet: t('contactNotSet'),
      report: t('report'),
      block: t('block'),
      mute: t('mute'),
      lockOrHide: t('lockOrHide'),
      officialHelp: t('officialHelp'),
      sources: t('sources'),
      opensInNewTab: t('opensInNewTab'),
      platformNames,
    },
    values: {
      tenantName: tenant.name,
      policeForce: police?.organisation ?? null,
      contacts,
      fallbacks: { ...fallbacks, 'police-force': values('police-force') },
      preview,
      notSetLabel: values('notSet'),
    },
  }
}
