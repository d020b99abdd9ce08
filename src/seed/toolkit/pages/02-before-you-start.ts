import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'before-you-start',
  section: 2,
  order: 2,
  contentVersion: 1,
  title: {
    en: 'Before you start',
    cy: 'Cyn i chi ddechrau',
  },
  summary: {
    en: 'How to get the good out of social media as a councillor or candidate, and how to set limits that protect you.',
    cy: 'Sut i gael y gorau o’r cyfryngau cymdeithasol fel cynghorydd neu ymgeisydd, a sut i osod terfynau sy’n eich diogelu.',
  },
  lastReviewed: '2026-11-24',
  layout: [
    {
      blockType: 'callout',
      variant: 'information',
      heading: {
        en: 'Being abused online? You do not have to deal with it alone',
        cy: 'Yn cael eich cam-drin ar-lein? Does dim rhaid i chi ddelio â hyn ar eich pen eich hun',
      },
      body: {
        en: [
          { p: 'Tell a colleague you trust. Tell {{contact:monitoring-officer}} at {{tenant.name}}.' },
          { p: 'If there is a threat or a crime, tell the police. Report the posts to the platform as well.' },
          { p: 'If you are in danger now, call **999**.' },
        ],
        cy: [
          { p: 'Dywedwch wrth gydweithiwr rydych chi’n ymddiried ynddo. Dywedwch wrth {{contact:monitoring-officer}} yn {{tenant.name}}.' },
          { p: 'Os oes bygythiad neu drosedd, dywedwch wrth yr heddlu. Riportiwch y postiadau i’r platfform hefyd.' },
          { p: 'Os ydych chi mewn perygl nawr, ffoniwch **999**.' },
        ],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Why social media is worth it, and why it can be hard',
        cy: 'Pam mae’r cyfryngau cymdeithasol yn werth chweil, a pham y gall fod yn anodd',
      },
      body: {
        en: [
          { p: 'Social media lets you speak to residents directly. Nobody edits your words first, such as a newspaper. You can share news about your work and answer questions quickly.' },
          { p: 'It also never sleeps. Messages and comments can arrive at any hour. Some will be rude. A few may be abusive or threatening.' },
          { p: 'This toolkit helps you use social media as safely as you can. It also tells you what to do and who to contact if things go wrong.' },
        ],
        cy: [
          { p: 'Mae’r cyfryngau cymdeithasol yn gadael i chi siarad â thrigolion yn uniongyrchol. Does neb, fel papur newydd, yn golygu eich geiriau yn gyntaf. Gallwch rannu newyddion am eich gwaith ac ateb cwestiynau’n gyflym.' },
          { p: 'Ond dydyn nhw byth yn cysgu. Gall negeseuon a sylwadau gyrraedd ar unrhyw awr. Bydd rhai yn anghwrtais. Gall rhai fod yn sarhaus neu’n fygythiol.' },
          { p: 'Mae’r pecyn cymorth hwn yn eich helpu i ddefnyddio’r cyfryngau cymdeithasol mor ddiogel â phosibl. Mae hefyd yn dweud wrthych beth i’w wneud a phwy i gysylltu â nhw os aiff pethau o chwith.' },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'Set your boundaries',
        cy: 'Gosodwch eich ffiniau',
      },
      style: 'checklist',
      items: [
        {
          title: {
            en: 'Decide when you will check your accounts',
            cy: 'Penderfynwch pryd y byddwch chi’n edrych ar eich cyfrifon',
          },
          detail: {
            en: [{ p: 'For example, once in the morning and once in the early evening. Turn off notifications at other times.' }],
            cy: [{ p: 'Er enghraifft, unwaith yn y bore ac unwaith yn gynnar gyda’r nos. Diffoddwch hysbysiadau ar adegau eraill.' }],
          },
        },
        {
          title: {
            en: 'Decide which messages will get a reply',
            cy: 'Penderfynwch pa negeseuon fydd yn cael ateb',
          },
          detail: {
            en: [{ p: 'You do not have to answer everything. You can ignore messages that are rude or abusive.' }],
            cy: [{ p: 'Does dim rhaid i chi ateb popeth. Gallwch anwybyddu negeseuon anghwrtais neu sarhaus.' }],
          },
        },
        {
          title: {
            en: 'Ask for casework by email',
            cy: 'Gofynnwch i bobl anfon gwaith achos drwy e-bost',
          },
          detail: {
            en: [{ p: 'Casework means a resident’s own problem that they want your help with. Many councillors ask for it by email, not on social media. Email keeps personal details private and gives you a proper record.' }],
            cy: [{ p: 'Gwaith achos yw problem bersonol preswylydd y mae eisiau eich help gyda hi. Mae llawer o gynghorwyr yn gofyn amdano drwy e-bost, nid ar y cyfryngau cymdeithasol. Mae e-bost yn cadw manylion personol yn breifat ac yn rhoi cofnod iawn i chi.' }],
          },
        },
        {
          title: {
            en: 'Say all this in your bio',
            cy: 'Dywedwch hyn i gyd yn eich bywgraffiad',
          },
          detail: {
            en: [
              { p: 'Your bio is the short text on your profile. Use it to tell people when you reply and how to reach you. Then people know what to expect.' },
              { p: 'You can also point to the Local Government Association’s rules of engagement. See the next section of this toolkit.' },
            ],
            cy: [
              { p: 'Eich bywgraffiad yw’r testun byr ar eich proffil. Defnyddiwch ef i ddweud wrth bobl pryd y byddwch chi’n ateb a sut i gysylltu â chi. Wedyn bydd pobl yn gwybod beth i’w ddisgwyl.' },
              { p: 'Gallwch hefyd gyfeirio at reolau ymgysylltu Cymdeithas Llywodraeth Leol. Gweler yr adran nesaf yn y pecyn cymorth hwn.' },
            ],
          },
        },
      ],
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Deal with old accounts and old posts',
        cy: 'Delio â hen gyfrifon a hen bostiadau',
      },
      body: {
        en: [
          { p: 'Old posts can come back to cause trouble once you are elected. People may dig them up years later. Before you use an account for your role, look back through it.' },
          {
            ul: [
              '**Delete** posts you would not want to see in a newspaper.',
              '**Purge** personal details, such as your home, your children’s school or your daily routine.',
              '**Lock** a personal account so only people you know can see it.',
              'Or **start a new account** just for your role, and keep your personal one private.',
            ],
          },
          { p: 'If you keep a personal account, check who can see your posts and who can share them. Check your friends’ and family’s accounts too: photos they post of you can show where you live.' },
        ],
        cy: [
          { p: 'Gall hen bostiadau ddod yn ôl i achosi trafferth ar ôl i chi gael eich ethol. Gall pobl eu canfod flynyddoedd wedyn. Cyn i chi ddefnyddio cyfrif ar gyfer eich rôl, edrychwch yn ôl drwyddo.' },
          {
            ul: [
              '**Dilëwch** bostiadau na fyddech chi eisiau eu gweld mewn papur newydd.',
              '**Cliriwch** fanylion personol, fel eich cartref, ysgol eich plant neu eich trefn ddyddiol.',
              '**Cloiwch** gyfrif personol fel mai dim ond pobl rydych chi’n eu hadnabod sy’n gallu ei weld.',
              'Neu **dechreuwch gyfrif newydd** ar gyfer eich rôl yn unig, a chadwch eich cyfrif personol yn breifat.',
            ],
          },
          { p: 'Os ydych chi’n cadw cyfrif personol, gwiriwch pwy all weld eich postiadau a phwy all eu rhannu. Gwiriwch gyfrifon eich ffrindiau a’ch teulu hefyd: gall lluniau maen nhw’n eu postio ohonoch chi ddangos ble rydych chi’n byw.' },
        ],
      },
    },
    {
      blockType: 'contactCard',
      kind: 'member-support',
      heading: {
        en: 'Help with setting up your accounts',
        cy: 'Help i sefydlu eich cyfrifon',
      },
    },
  ],
  sources: [
    {
      title: 'Local Government Association: handling abuse on social media',
      url: 'https://www.local.gov.uk/our-support/guidance-and-resources/civility-public-life-resources-councillors/handling-abuse-and-0',
    },
    {
      title: 'Local Government Association: councillors’ guide to handling intimidation',
      url: 'https://www.local.gov.uk/councillors-guide-handling-intimidation',
    },
    { title: 'Welsh Local Government Association', url: 'https://www.wlga.gov.uk/' },
  ],
}
