import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'reporting-and-escalation',
  section: 6,
  order: 6,
  contentVersion: 2,
  title: {
    en: 'Reporting and escalation',
    cy: 'Riportio ac uwchgyfeirio',
  },
  summary: {
    en: 'Who to tell, in what order, and when to go to the police.',
    cy: 'Pwy i ddweud wrthyn nhw, ym mha drefn, a phryd i fynd at yr heddlu.',
  },
  lastReviewed: '2026-12-02',
  layout: [
    {
      blockType: 'callout',
      variant: 'emergency',
      heading: {
        en: 'Immediate danger: call 999',
        cy: 'Perygl uniongyrchol: ffoniwch 999',
      },
      body: {
        en: [{ p: 'If anyone is at risk of harm right now, skip the rest of this page and call **999**.' }],
        cy: [{ p: 'Os oes unrhyw un mewn perygl o niwed nawr, anwybyddwch weddill y dudalen hon a ffoniwch **999**.' }],
      },
    },
    {
      blockType: 'richText',
      body: {
        en: [
          { p: 'You can use more than one step at once. For example, you can report a post to the platform and to the police on the same day. Keep a record at every step: who you told, when, and any reference number.' },
        ],
        cy: [
          { p: 'Gallwch ddefnyddio mwy nag un cam ar yr un pryd. Er enghraifft, gallwch riportio postiad i’r platfform ac i’r heddlu ar yr un diwrnod. Cadwch gofnod ym mhob cam: pwy y gwnaethoch chi ddweud wrthyn nhw, pryd, ac unrhyw gyfeirnod.' },
        ],
      },
    },
    {
      blockType: 'escalationLadder',
      heading: {
        en: 'The escalation ladder',
        cy: 'Yr ysgol uwchgyfeirio',
      },
      rungs: [
        {
          title: { en: 'Call 999', cy: 'Ffonio 999' },
          whenToUse: {
            en: 'Someone is in immediate danger, or a threat could be carried out soon.',
            cy: 'Mae rhywun mewn perygl uniongyrchol, neu gallai bygythiad gael ei gyflawni’n fuan.',
          },
          contactKind: 'emergency',
        },
        {
          title: { en: 'Report, block or mute on the platform', cy: 'Riportio, blocio neu dewi ar y platfform' },
          whenToUse: {
            en: 'A post or message breaks the platform’s rules, such as abuse, hate or threats. Keep evidence first.',
            cy: 'Mae postiad neu neges yn torri rheolau’r platfform, fel cam-drin, casineb neu fygythiadau. Cadwch dystiolaeth yn gyntaf.',
          },
        },
        {
          title: { en: 'Report Harmful Content', cy: 'Report Harmful Content' },
          whenToUse: {
            en: 'You have already reported to the platform. It said no rules were broken, or you have waited over a week with no reply.',
            cy: 'Rydych chi eisoes wedi riportio i’r platfform. Dywedodd nad oedd unrhyw reolau wedi’u torri, neu rydych chi wedi aros dros wythnos heb ateb.',
          },
          contactKind: 'harmful-content',
        },
        {
          title: { en: 'Your council’s named officer or Monitoring Officer', cy: 'Swyddog enwebedig neu Swyddog Monitro eich cyngor' },
          whenToUse: {
            en: 'Any abuse linked to your role. They can support you, keep a record, and help with the police and the platform.',
            cy: 'Unrhyw gam-drin sy’n gysylltiedig â’ch rôl. Gallant eich cefnogi, cadw cofnod, a helpu gyda’r heddlu a’r platfform.',
          },
          contactKind: 'monitoring-officer',
        },
        {
          title: { en: 'Your political group or party', cy: 'Eich grŵp gwleidyddol neu’ch plaid' },
          whenToUse: {
            en: 'Abuse linked to your party or campaign, or when you need practical help from people who know your situation.',
            cy: 'Cam-drin sy’n gysylltiedig â’ch plaid neu’ch ymgyrch, neu pan fydd angen help ymarferol arnoch gan bobl sy’n deall eich sefyllfa.',
          },
          contactKind: 'party-safety-lead',
        },
        {
          title: { en: 'The police on 101', cy: 'Yr heddlu ar 101' },
          whenToUse: {
            en: 'You think a crime has happened but no one is in immediate danger. If you are a councillor or candidate covered by Operation Ford, say it is an Operation Ford incident. (It does not cover parish or town councillors in England, or community councillors in Scotland.)',
            cy: 'Rydych chi’n credu bod trosedd wedi digwydd ond nid oes neb mewn perygl uniongyrchol. Os ydych chi’n gynghorydd neu’n ymgeisydd y mae Ymgyrch Ford yn ei gynnwys, dywedwch ei fod yn ddigwyddiad Ymgyrch Ford. (Nid yw’n cynnwys cynghorwyr plwyf neu dref yn Lloegr, na chynghorwyr cymuned yn yr Alban.)',
          },
          contactKind: 'police-non-emergency',
        },
        {
          title: { en: 'The force’s elected-official adviser', cy: 'Cynghorydd swyddogion etholedig yr heddlu' },
          whenToUse: {
            en: 'For advice on your personal security, and so the police link incidents together. They do not take crime reports: report crimes on 999 or 101 first.',
            cy: 'Am gyngor ar eich diogelwch personol, ac fel bod yr heddlu’n cysylltu digwyddiadau â’i gilydd. Nid ydynt yn derbyn adroddiadau am droseddau: riportiwch droseddau ar 999 neu 101 yn gyntaf.',
          },
          contactKind: 'police-elected-official-adviser',
        },
      ],
    },
    {
      blockType: 'richText',
      heading: {
        en: 'About Report Harmful Content',
        cy: 'Ynglŷn â Report Harmful Content',
      },
      body: {
        en: [
          { p: '[Report Harmful Content](https://reportharmfulcontent.com/) is a free national service. It helps people whose reports to a platform have gone nowhere.' },
          { p: 'It only steps in after you have reported to the platform yourself. Keep the platform’s reply, because they will ask to see it. If there was no reply after more than a week, they may still help. They cannot promise that a post will be taken down.' },
        ],
        cy: [
          { p: 'Gwasanaeth cenedlaethol am ddim yw [Report Harmful Content](https://reportharmfulcontent.com/). Mae’n helpu pobl nad yw eu hadroddiadau i blatfform wedi arwain at ddim.' },
          { p: 'Dim ond ar ôl i chi riportio i’r platfform eich hun y mae’n camu i mewn. Cadwch ateb y platfform, oherwydd byddant yn gofyn am ei weld. Os na chafwyd ateb ar ôl mwy nag wythnos, efallai y byddant yn dal i helpu. Ni allant addo y bydd postiad yn cael ei dynnu i lawr.' },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'When to tell the police',
        cy: 'Pryd i ddweud wrth yr heddlu',
      },
      style: 'checklist',
      items: [
        {
          title: { en: 'A threat to life, safety or property', cy: 'Bygythiad i fywyd, diogelwch neu eiddo' },
          detail: {
            en: [{ p: 'Including threats to your family, staff or home.' }],
            cy: [{ p: 'Gan gynnwys bygythiadau i’ch teulu, eich staff neu’ch cartref.' }],
          },
        },
        {
          title: { en: 'Persistent targeting', cy: 'Targedu parhaus' },
          detail: {
            en: [{ p: 'The same person or group keeps coming after you, online or in person.' }],
            cy: [{ p: 'Mae’r un person neu grŵp yn dal i ddod ar eich ôl, ar-lein neu wyneb yn wyneb.' }],
          },
        },
        {
          title: { en: 'A breach of a court order', cy: 'Torri gorchymyn llys' },
          detail: {
            en: [{ p: 'For example, someone contacts you when a court has told them not to.' }],
            cy: [{ p: 'Er enghraifft, mae rhywun yn cysylltu â chi pan fydd llys wedi dweud wrthyn nhw am beidio.' }],
          },
        },
        {
          title: { en: 'Grossly offensive, false or malicious content', cy: 'Cynnwys hynod dramgwyddus, ffug neu faleisus' },
          detail: {
            en: [{ p: 'Content meant to cause serious distress, or lies spread to harm you.' }],
            cy: [{ p: 'Cynnwys sydd â’r bwriad o achosi gofid mawr, neu gelwyddau sy’n cael eu lledaenu i’ch niweidio.' }],
          },
        },
      ],
    },
    {
      blockType: 'callout',
      variant: 'information',
      heading: {
        en: 'These are a guide, not a test',
        cy: 'Canllaw yw hwn, nid prawf',
      },
      body: {
        en: [{ p: 'These examples follow the Local Government Association’s national guide to Operation Ford, which says when to call the police. You do not have to be sure a crime has happened. If you are worried, call 101 and ask. {{tenant.police}} would rather hear from you early.' }],
        cy: [{ p: 'Mae’r enghreifftiau hyn yn dilyn canllaw cenedlaethol Cymdeithas Llywodraeth Leol ar Ymgyrch Ford, sy’n dweud pryd i ffonio’r heddlu. Does dim rhaid i chi fod yn siŵr bod trosedd wedi digwydd. Os ydych chi’n poeni, ffoniwch 101 a gofynnwch. Byddai’n well gan {{tenant.police}} glywed gennych yn gynnar.' }],
      },
    },
    { blockType: 'contactCard', kind: 'harmful-content' },
    { blockType: 'contactCard', kind: 'monitoring-officer' },
    { blockType: 'contactCard', kind: 'police-non-emergency' },
    { blockType: 'contactCard', kind: 'police-elected-official-adviser' },
  ],
  sources: [
    { title: 'Report Harmful Content', url: 'https://reportharmfulcontent.com/' },
    {
      title: 'Report Harmful Content: what to remember when reporting to us',
      url: 'https://reportharmfulcontent.com/advice/what-to-remember-when-reporting-to-us/',
    },
    {
      title: 'Local Government Association: councillors’ guide to handling intimidation',
      url: 'https://www.local.gov.uk/councillors-guide-handling-intimidation',
    },
    {
      title: 'Electoral Commission: guidance about harassment and intimidation',
      url: 'https://www.electoralcommission.org.uk/our-guidance/candidate-or-agent/guidance-about-harassment-and-intimidation',
    },
    {
      title: 'Local Government Association: Must Know – Operation Ford',
      url: 'https://www.local.gov.uk/publications/must-know-operation-ford',
    },
    { title: 'COSLA: guide to Operation Ford', url: 'https://www.cosla.gov.uk/about-cosla/our-teams/corporate/operation-ford-guide' },
    { title: 'Police.uk', url: 'https://www.police.uk/' },
  ],
}
