import type { SeedPage } from './toolkit/types'

/**
 * A members-only page for a demo tenant, so the members' area has something to show. Fictional
 * arrangements of a fictional council: real councils write their own.
 */
export const demoMembersPages: Record<string, SeedPage[]> = {
  'example-county': [
    {
      slug: 'personal-safety-support',
      section: 10,
      order: 90,
      contentVersion: 1,
      title: { en: 'Personal safety support for members', cy: 'Cymorth diogelwch personol i aelodau' },
      summary: {
        en: 'What Example County Council offers its councillors: a named officer, safety advice before surgeries, and help to keep your address private.',
        cy: 'Beth mae Cyngor Sir Enghraifft yn ei gynnig i’w gynghorwyr: swyddog penodol, cyngor diogelwch cyn cymorthfeydd, a help i gadw eich cyfeiriad yn breifat.',
      },
      lastReviewed: '2026-11-24',
      layout: [
        {
          blockType: 'richText',
          body: {
            en: [
              { p: 'This page is for councillors of {{tenant.name}} only. Please do not share it: it describes how the council protects you. The Member Support contacts are in the members’ area.' },
              { ul: ['A named officer in Member Support answers safety questions on working days.', 'Before a surgery or a home visit, ask Member Support for a safety check of the venue.', 'If your home address is published anywhere the council controls, Democratic Services will remove it.'] },
            ],
            cy: [
              { p: 'Mae’r dudalen hon ar gyfer cynghorwyr {{tenant.name}} yn unig. Peidiwch â’i rhannu: mae’n disgrifio sut mae’r cyngor yn eich diogelu. Mae cysylltiadau’r tîm Cymorth i Aelodau yn ardal yr aelodau.' },
              { ul: ['Mae swyddog penodol yn y tîm Cymorth i Aelodau yn ateb cwestiynau diogelwch ar ddiwrnodau gwaith.', 'Cyn cymhorthfa neu ymweliad cartref, gofynnwch i’r tîm Cymorth i Aelodau wirio diogelwch y lleoliad.', 'Os yw eich cyfeiriad cartref wedi’i gyhoeddi yn unrhyw le y mae’r cyngor yn ei reoli, bydd y Gwasanaethau Democrataidd yn ei dynnu i lawr.'] },
            ],
          },
        },
      ],
      sources: [{ title: 'Local Government Association: Councillors’ guide to handling intimidation', url: 'https://www.local.gov.uk/publications/councillors-guide-handling-intimidation' }],
    },
  ],
}
