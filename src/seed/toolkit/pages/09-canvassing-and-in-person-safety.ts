import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'canvassing-and-in-person-safety',
  section: 9,
  order: 9,
  contentVersion: 2,
  title: {
    en: 'Canvassing and in-person safety',
    cy: 'Canfasio a diogelwch wyneb yn wyneb',
  },
  summary: {
    en: 'How to stay safe on the doorstep, at surgeries and at events, and the police support open to you.',
    cy: 'Sut i gadw’n ddiogel ar garreg y drws, mewn cymorthfeydd ac mewn digwyddiadau, a’r cymorth gan yr heddlu sydd ar gael i chi.',
  },
  lastReviewed: '2026-12-02',
  layout: [
    {
      blockType: 'richText',
      body: {
        en: [
          { p: 'Online abuse can spill over into real life. Someone angry on social media may turn up at a street stall or a ward surgery. A few simple habits lower the risk a lot.' },
        ],
        cy: [
          { p: 'Gall cam-drin ar-lein ymledu i fywyd go iawn. Gall rhywun sy’n ddig ar y cyfryngau cymdeithasol ymddangos wrth stondin stryd neu gymhorthfa ward. Mae ychydig o arferion syml yn lleihau’r risg yn fawr.' },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'On the doorstep and out and about',
        cy: 'Ar garreg y drws ac allan yn y gymuned',
      },
      style: 'checklist',
      items: [
        {
          title: { en: 'Go in pairs', cy: 'Ewch mewn parau' },
          detail: {
            en: [{ p: 'Stay in sight of each other. Do not go into a house alone.' }],
            cy: [{ p: 'Arhoswch lle gallwch weld eich gilydd. Peidiwch â mynd i mewn i dŷ ar eich pen eich hun.' }],
          },
        },
        {
          title: { en: 'Tell someone your route', cy: 'Dywedwch wrth rywun beth yw eich llwybr' },
          detail: {
            en: [{ p: 'Say where you are going and when you expect to finish. Agree what they should do if you do not check in.' }],
            cy: [{ p: 'Dywedwch ble rydych chi’n mynd a phryd rydych chi’n disgwyl gorffen. Cytunwch beth ddylent ei wneud os na fyddwch chi’n cysylltu.' }],
          },
        },
        {
          title: { en: 'Keep your phone charged and to hand', cy: 'Cadwch eich ffôn wedi’i wefru ac wrth law' },
        },
        {
          title: { en: 'Leave if you feel unsafe', cy: 'Gadewch os ydych chi’n teimlo’n anniogel' },
          detail: {
            en: [{ p: 'You do not need a reason. Trust your instincts. Walk away calmly, and call 999 if you are threatened.' }],
            cy: [{ p: 'Does dim angen rheswm arnoch. Ymddiriedwch yn eich greddf. Cerddwch i ffwrdd yn dawel, a ffoniwch 999 os cewch eich bygwth.' }],
          },
        },
        {
          title: { en: 'Keep an incident log', cy: 'Cadwch gofnod o ddigwyddiadau' },
          detail: {
            en: [{ p: 'Write down what happened, where and when, as soon as you can. Note any names, addresses or descriptions. Use the same record you keep for online abuse.' }],
            cy: [{ p: 'Ysgrifennwch beth ddigwyddodd, ble a phryd, cyn gynted ag y gallwch. Nodwch unrhyw enwau, cyfeiriadau neu ddisgrifiadau. Defnyddiwch yr un cofnod ag a gadwch ar gyfer cam-drin ar-lein.' }],
          },
        },
      ],
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Surgeries, meetings and events',
        cy: 'Cymorthfeydd, cyfarfodydd a digwyddiadau',
      },
      body: {
        en: [
          {
            ul: [
              'Hold surgeries in public buildings where staff are nearby, not at home.',
              'Sit nearest the door, so you can leave easily.',
              'Ask people to book ahead if you can.',
              'Do not post your exact location live. Share photos after you have left.',
            ],
          },
        ],
        cy: [
          {
            ul: [
              'Cynhaliwch gymorthfeydd mewn adeiladau cyhoeddus lle mae staff gerllaw, nid gartref.',
              'Eisteddwch agosaf at y drws, fel y gallwch adael yn hawdd.',
              'Gofynnwch i bobl drefnu ymlaen llaw os gallwch chi.',
              'Peidiwch â phostio eich union leoliad yn fyw. Rhannwch luniau ar ôl i chi adael.',
            ],
          },
        ],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Police support for elected members',
        cy: 'Cymorth yr heddlu i aelodau etholedig',
      },
      body: {
        en: [
          { p: '**Operation Ford**, in place since March 2025, is police support for councillors, elected mayors, police and crime commissioners, and candidates for those roles. (**Operation Bridger** is the same kind of support for MPs.)' },
          { p: '**It does not cover parish or town councillors in England, or community councillors in Scotland.** If that is you, report crimes on 999 or 101 in the usual way, and tell {{contact:monitoring-officer}}.' },
          { p: 'Each police force has at least one **Force Elected-Official Adviser**. They give security advice and briefings, and make sure incidents against elected members are linked up. In Scotland, Police Scotland has two advisers, supported by 13 local liaison officers. At {{tenant.police}}, contact {{contact:police-elected-official-adviser}}.' },
          { p: 'In Northern Ireland, ask the Police Service of Northern Ireland (PSNI) on 101 what support it offers elected members.' },
          { p: 'The adviser does not take crime reports. Report a crime on 999 or 101, and say it is an **Operation Ford** incident.' },
        ],
        cy: [
          { p: '**Ymgyrch Ford** (Operation Ford), sydd ar waith ers mis Mawrth 2025, yw cymorth yr heddlu i gynghorwyr, meiri etholedig, comisiynwyr heddlu a throseddu, ac ymgeiswyr ar gyfer y rolau hynny. (**Ymgyrch Bridger** yw’r un math o gymorth i Aelodau Seneddol.)' },
          { p: '**Nid yw’n cynnwys cynghorwyr plwyf neu dref yn Lloegr, na chynghorwyr cymuned yn yr Alban.** Os mai dyna chi, riportiwch droseddau ar 999 neu 101 yn y ffordd arferol, a rhowch wybod i {{contact:monitoring-officer}}.' },
          { p: 'Mae gan bob heddlu o leiaf un **Cynghorydd Swyddogion Etholedig**. Maen nhw’n rhoi cyngor a sesiynau briffio ar ddiogelwch, ac yn sicrhau bod digwyddiadau yn erbyn aelodau etholedig yn cael eu cysylltu. Yn yr Alban, mae gan Heddlu’r Alban ddau gynghorydd, gyda 13 o swyddogion cyswllt lleol yn eu cefnogi. Yn {{tenant.police}}, cysylltwch â {{contact:police-elected-official-adviser}}.' },
          { p: 'Yng Ngogledd Iwerddon, gofynnwch i Wasanaeth Heddlu Gogledd Iwerddon (PSNI) ar 101 pa gymorth y mae’n ei gynnig i aelodau etholedig.' },
          { p: 'Nid yw’r cynghorydd yn derbyn adroddiadau am droseddau. Riportiwch drosedd ar 999 neu 101, a dywedwch ei fod yn ddigwyddiad **Ymgyrch Ford** (Operation Ford).' },
        ],
      },
    },
    { blockType: 'contactCard', kind: 'police-elected-official-adviser' },
    { blockType: 'contactCard', kind: 'party-safety-lead' },
  ],
  sources: [
    {
      title: 'Local Government Association: councillors’ guide to handling intimidation',
      url: 'https://www.local.gov.uk/councillors-guide-handling-intimidation',
    },
    {
      title: 'Local Government Association: Must Know – Operation Ford',
      url: 'https://www.local.gov.uk/publications/must-know-operation-ford',
    },
    { title: 'COSLA: guide to Operation Ford', url: 'https://www.cosla.gov.uk/about-cosla/our-teams/corporate/operation-ford-guide' },
    {
      title: 'Electoral Commission: guidance about harassment and intimidation',
      url: 'https://www.electoralcommission.org.uk/our-guidance/candidate-or-agent/guidance-about-harassment-and-intimidation',
    },
    { title: 'Police.uk', url: 'https://www.police.uk/' },
  ],
}
