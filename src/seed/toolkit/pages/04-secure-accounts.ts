import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'secure-accounts',
  section: 4,
  order: 4,
  contentVersion: 2,
  title: {
    en: 'Setting up your accounts securely',
    cy: 'Sefydlu eich cyfrifon yn ddiogel',
  },
  summary: {
    en: 'Simple steps that make it much harder for anyone to break into your accounts or find out where you live.',
    cy: 'Camau syml sy’n ei gwneud yn llawer anoddach i unrhyw un dorri i mewn i’ch cyfrifon neu ddarganfod ble rydych chi’n byw.',
  },
  lastReviewed: '2026-12-02',
  layout: [
    {
      blockType: 'richText',
      body: {
        en: [
          { p: 'People in public life are a target for hackers and for people who want to find out about them. A hacked account can be used to post in your name. Most of the protection takes less than an hour to set up.' },
        ],
        cy: [
          { p: 'Mae pobl mewn bywyd cyhoeddus yn darged i hacwyr ac i bobl sydd eisiau dod i wybod amdanynt. Gellir defnyddio cyfrif sydd wedi’i hacio i bostio yn eich enw chi. Mae’r rhan fwyaf o’r amddiffyniad yn cymryd llai nag awr i’w sefydlu.' },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'Do these things',
        cy: 'Gwnewch y pethau hyn',
      },
      style: 'checklist',
      items: [
        {
          title: {
            en: 'Keep separate accounts for your role',
            cy: 'Cadwch gyfrifon ar wahân ar gyfer eich rôl',
          },
          detail: {
            en: [{ p: 'Use one set of accounts and one email address for council or campaign work. Keep your personal accounts private. Then abuse aimed at the role does not reach your family’s pages.' }],
            cy: [{ p: 'Defnyddiwch un set o gyfrifon ac un cyfeiriad e-bost ar gyfer gwaith y cyngor neu’r ymgyrch. Cadwch eich cyfrifon personol yn breifat. Wedyn nid yw cam-drin sydd wedi’i anelu at y rôl yn cyrraedd tudalennau eich teulu.' }],
          },
        },
        {
          title: {
            en: 'Use long passwords, kept in a password manager',
            cy: 'Defnyddiwch gyfrineiriau hir, wedi’u cadw mewn rheolwr cyfrineiriau',
          },
          detail: {
            en: [
              { p: 'Make each password long. The National Cyber Security Centre advises **three random words** joined together: easy to remember and hard to guess.' },
              { p: 'Use a different password for every account. A password manager is an app that remembers them all for you, so you only need to remember one.' },
            ],
            cy: [
              { p: 'Gwnewch bob cyfrinair yn hir. Mae’r Ganolfan Seiberddiogelwch Genedlaethol yn cynghori **tri gair ar hap** wedi’u huno: hawdd i’w cofio ac anodd eu dyfalu.' },
              { p: 'Defnyddiwch gyfrinair gwahanol ar gyfer pob cyfrif. Ap sy’n cofio’r cyfan ar eich rhan yw rheolwr cyfrineiriau, felly dim ond un sydd angen i chi ei gofio.' },
            ],
          },
        },
        {
          title: {
            en: 'Turn on two-factor authentication',
            cy: 'Trowch ddilysu dau ffactor ymlaen',
          },
          detail: {
            en: [{ p: 'Two-factor authentication (sometimes called 2-step verification) means you need your password **and** a code, often from your phone. Someone who steals your password still cannot get in. Turn it on for email first, then every social media account.' }],
            cy: [{ p: 'Mae dilysu dau ffactor (neu ddilysu dau gam) yn golygu bod angen eich cyfrinair **a** chod arnoch, yn aml o’ch ffôn. Ni all rhywun sy’n dwyn eich cyfrinair fynd i mewn o hyd. Trowch ef ymlaen ar gyfer e-bost yn gyntaf, yna pob cyfrif cyfryngau cymdeithasol.' }],
          },
        },
        {
          title: {
            en: 'Watch out for phishing',
            cy: 'Byddwch yn wyliadwrus o we-rwydo',
          },
          detail: {
            en: [
              { p: 'Phishing is a fake message that tries to get your password or money. It may look like it comes from a platform, a bank or the council.' },
              { p: 'Be wary of messages that rush you, or ask you to log in through a link. Go to the site yourself instead. You can forward suspicious emails to **report@phishing.gov.uk**.' },
            ],
            cy: [
              { p: 'Neges ffug sy’n ceisio cael eich cyfrinair neu eich arian yw gwe-rwydo. Gall edrych fel pe bai’n dod gan blatfform, banc neu’r cyngor.' },
              { p: 'Byddwch yn ofalus o negeseuon sy’n eich rhuthro, neu’n gofyn i chi fewngofnodi drwy ddolen. Ewch i’r wefan eich hun yn lle hynny. Gallwch anfon e-byst amheus ymlaen at **report@phishing.gov.uk**.' },
            ],
          },
        },
        {
          title: {
            en: 'Check if your details have leaked',
            cy: 'Gwiriwch a yw eich manylion wedi gollwng',
          },
          detail: {
            en: [{ p: 'Put your email address into [Have I Been Pwned](https://haveibeenpwned.com/). It tells you if the address was in a known data breach, when a company lost its users’ details. If it was, change that password and any others like it.' }],
            cy: [{ p: 'Rhowch eich cyfeiriad e-bost yn [Have I Been Pwned](https://haveibeenpwned.com/). Mae’n dweud wrthych a oedd y cyfeiriad mewn achos hysbys o dorri data, pan gollodd cwmni fanylion ei ddefnyddwyr. Os oedd, newidiwch y cyfrinair hwnnw ac unrhyw rai tebyg.' }],
          },
        },
        {
          title: {
            en: 'Search for your own name',
            cy: 'Chwiliwch am eich enw eich hun',
          },
          detail: {
            en: [
              { p: 'Search the web and each platform for your name, with and without your ward or town. Look at images too.' },
              { p: 'Note anything that shows your home, your car, your children or your routine. Remove it if you can, or ask the person who posted it to remove it.' },
            ],
            cy: [
              { p: 'Chwiliwch y we a phob platfform am eich enw, gyda’ch ward neu’ch tref a hebddynt. Edrychwch ar luniau hefyd.' },
              { p: 'Nodwch unrhyw beth sy’n dangos eich cartref, eich car, eich plant neu eich trefn ddyddiol. Tynnwch ef i lawr os gallwch chi, neu gofynnwch i’r sawl a’i postiodd ei dynnu i lawr.' },
            ],
          },
        },
      ],
    },
    {
      blockType: 'steps',
      heading: {
        en: 'Two-factor authentication, platform by platform',
        cy: 'Dilysu dau ffactor, fesul platfform',
      },
      style: 'checklist',
      items: [
        {
          title: { en: 'Your email (Gmail, Outlook and others)', cy: 'Eich e-bost (Gmail, Outlook ac eraill)' },
          detail: {
            en: [{ p: 'Start here: whoever controls your email can reset every other password. For Gmail (and YouTube), open your Google Account, then “Security”, then “2-Step Verification”. Other providers have the same setting under security.' }],
            cy: [{ p: 'Dechreuwch yma: gall pwy bynnag sy’n rheoli eich e-bost ailosod pob cyfrinair arall. Ar gyfer Gmail (a YouTube), agorwch eich Cyfrif Google, yna “Security”, yna “2-Step Verification”. Mae gan ddarparwyr eraill yr un gosodiad o dan ddiogelwch.' }],
          },
        },
        {
          title: { en: 'X', cy: 'X' },
          detail: {
            en: [{ p: 'In “Settings and privacy”, open “Security and account access”, then “Security”, then “Two-factor authentication”. Choose an authentication app or a security key: on X, codes by text message are for paying subscribers only.' }],
            cy: [{ p: 'Yn “Settings and privacy”, agorwch “Security and account access”, yna “Security”, yna “Two-factor authentication”. Dewiswch ap dilysu neu allwedd ddiogelwch: ar X, dim ond tanysgrifwyr sy’n talu sy’n cael codau drwy neges destun.' }],
          },
        },
        {
          title: { en: 'Facebook, Instagram and Threads', cy: 'Facebook, Instagram a Threads' },
          detail: {
            en: [{ p: 'Open “Accounts Centre”, then “Password and security”, then “Two-factor authentication”. Choose the account, then a method: an authentication app is safer than text messages. If you log in to Threads with Instagram, protecting Instagram protects Threads too.' }],
            cy: [{ p: 'Agorwch “Accounts Centre”, yna “Password and security”, yna “Two-factor authentication”. Dewiswch y cyfrif, yna dull: mae ap dilysu yn fwy diogel na negeseuon testun. Os ydych chi’n mewngofnodi i Threads gydag Instagram, mae diogelu Instagram yn diogelu Threads hefyd.' }],
          },
        },
        {
          title: { en: 'TikTok', cy: 'TikTok' },
          detail: {
            en: [{ p: 'In “Settings and privacy”, open “Security”, then “2-step verification”, and choose at least two ways to get a code.' }],
            cy: [{ p: 'Yn “Settings and privacy”, agorwch “Security”, yna “2-step verification”, a dewiswch o leiaf ddwy ffordd o gael cod.' }],
          },
        },
        {
          title: { en: 'YouTube', cy: 'YouTube' },
          detail: {
            en: [{ p: 'YouTube uses your Google Account: turn on 2-Step Verification there, as for Gmail above.' }],
            cy: [{ p: 'Mae YouTube yn defnyddio eich Cyfrif Google: trowch 2-Step Verification ymlaen yno, fel ar gyfer Gmail uchod.' }],
          },
        },
        {
          title: { en: 'LinkedIn', cy: 'LinkedIn' },
          detail: {
            en: [{ p: 'In “Settings”, open “Sign in & security”, then “Two-step verification”, and turn it on.' }],
            cy: [{ p: 'Yn “Settings”, agorwch “Sign in & security”, yna “Two-step verification”, a’i droi ymlaen.' }],
          },
        },
        {
          title: { en: 'Bluesky', cy: 'Bluesky' },
          detail: {
            en: [{ p: 'Bluesky sends a code to your email address when you log in. Verify your email address first, then turn on two-factor authentication in your account settings.' }],
            cy: [{ p: 'Mae Bluesky yn anfon cod i’ch cyfeiriad e-bost pan fyddwch chi’n mewngofnodi. Dilyswch eich cyfeiriad e-bost yn gyntaf, yna trowch ddilysu dau ffactor ymlaen yng ngosodiadau eich cyfrif.' }],
          },
        },
      ],
    },
    {
      blockType: 'callout',
      variant: 'warning',
      heading: {
        en: 'Watch what your photos give away',
        cy: 'Gwyliwch beth mae eich lluniau’n ei ddatgelu',
      },
      body: {
        en: [{ p: 'A house number, a street sign or a school logo in the background can show where you are. Turn off live location sharing. Post photos of events after you have left, not while you are there.' }],
        cy: [{ p: 'Gall rhif tŷ, arwydd stryd neu logo ysgol yn y cefndir ddangos ble rydych chi. Diffoddwch rannu lleoliad byw. Postiwch luniau o ddigwyddiadau ar ôl i chi adael, nid tra byddwch chi yno.' }],
      },
    },
    {
      blockType: 'contactCard',
      kind: 'member-support',
      heading: {
        en: 'Help from {{tenant.name}}',
        cy: 'Help gan {{tenant.name}}',
      },
    },
  ],
  sources: [
    { title: 'National Cyber Security Centre: top tips for staying secure online', url: 'https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online' },
    { title: 'National Cyber Security Centre: three random words', url: 'https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/three-random-words' },
    { title: 'Report Fraud: how to report suspicious emails (report@phishing.gov.uk)', url: 'https://www.reportfraud.police.uk/how-to-report-suspicious-activity/' },
    { title: 'Have I Been Pwned', url: 'https://haveibeenpwned.com/' },
    { title: 'Google Account Help: turn on 2-Step Verification', url: 'https://support.google.com/accounts/answer/185839' },
    { title: 'X Help Center: how to use two-factor authentication', url: 'https://help.x.com/en/managing-your-account/two-factor-authentication' },
    { title: 'Facebook Help Centre: two-factor authentication (Accounts Centre)', url: 'https://www.facebook.com/help/' },
    { title: 'Instagram and Threads Help Centre: two-factor authentication', url: 'https://help.instagram.com/' },
    { title: 'TikTok Support: 2-step verification', url: 'https://support.tiktok.com/en/' },
    { title: 'LinkedIn Help: two-step verification', url: 'https://www.linkedin.com/help/linkedin' },
    { title: 'Bluesky support', url: 'https://bsky.social/about/support' },
    {
      title: 'Local Government Association: councillors’ guide to handling intimidation',
      url: 'https://www.local.gov.uk/councillors-guide-handling-intimidation',
    },
  ],
}
