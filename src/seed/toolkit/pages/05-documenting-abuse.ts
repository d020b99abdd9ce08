import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'documenting-abuse',
  section: 5,
  order: 5,
  contentVersion: 2,
  title: {
    en: 'Keeping a record of abuse',
    cy: 'Cadw cofnod o gam-drin',
  },
  summary: {
    en: 'A clear record of each incident helps the platform, your council and the police act, and links incidents into a pattern.',
    cy: 'Mae cofnod clir o bob digwyddiad yn helpu’r platfform, eich cyngor a’r heddlu i weithredu, ac yn cysylltu digwyddiadau â’i gilydd yn batrwm.',
  },
  lastReviewed: '2026-12-02',
  layout: [
    {
      blockType: 'richText',
      heading: {
        en: 'Why a record matters',
        cy: 'Pam mae cofnod yn bwysig',
      },
      body: {
        en: [
          { p: 'Posts get deleted. Accounts vanish. Memories blur. A record made at the time is much stronger than one pieced together later.' },
          { p: 'A record also shows a pattern. In England and Wales, the law on harassment needs a **course of conduct**. Where one person is targeted, that means conduct on at least two occasions; where two or more people are targeted, one occasion towards each of them is enough. One nasty message may not be enough on its own. Two or more, linked together, may be. So note each incident, even small ones, and note if the same person was involved before.' },
        ],
        cy: [
          { p: 'Mae postiadau’n cael eu dileu. Mae cyfrifon yn diflannu. Mae atgofion yn pylu. Mae cofnod a wnaed ar y pryd yn llawer cryfach nag un sy’n cael ei roi at ei gilydd wedyn.' },
          { p: 'Mae cofnod hefyd yn dangos patrwm. Yng Nghymru a Lloegr, mae’r gyfraith ar aflonyddu yn gofyn am **gwrs o ymddygiad**. Pan fydd un person yn cael ei dargedu, mae hynny’n golygu ymddygiad ar o leiaf ddau achlysur; pan fydd dau neu fwy o bobl yn cael eu targedu, mae un achlysur tuag at bob un ohonynt yn ddigon. Efallai na fydd un neges gas yn ddigon ar ei phen ei hun. Gall dwy neu fwy, wedi’u cysylltu, fod yn ddigon. Felly nodwch bob digwyddiad, hyd yn oed rhai bach, a nodwch a oedd yr un person yn rhan o bethau o’r blaen.' },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'What each incident record holds',
        cy: 'Beth sydd ym mhob cofnod digwyddiad',
      },
      style: 'checklist',
      items: [
        {
          title: { en: 'The date and time', cy: 'Y dyddiad a’r amser' },
          detail: {
            en: [{ p: 'When it was posted, and when you saw it.' }],
            cy: [{ p: 'Pryd y cafodd ei bostio, a phryd y gwnaethoch chi ei weld.' }],
          },
        },
        { title: { en: 'The platform', cy: 'Y platfform' } },
        {
          title: { en: 'The link to the post, and the account’s handle', cy: 'Y ddolen i’r postiad, ac enw defnyddiwr y cyfrif' },
          detail: {
            en: [{ p: 'The handle is the @name. Display names can change; handles and links are easier to trace.' }],
            cy: [{ p: 'Yr enw defnyddiwr yw’r @enw. Gall enwau arddangos newid; mae’n haws olrhain enwau defnyddiwr a dolenni.' }],
          },
        },
        {
          title: { en: 'Screenshots of the post and of the profile', cy: 'Sgrinluniau o’r postiad ac o’r proffil' },
          detail: {
            en: [{ p: 'The profile screenshot shows who the account is and that it was public.' }],
            cy: [{ p: 'Mae sgrinlun y proffil yn dangos pwy yw’r cyfrif a’i fod yn gyhoeddus.' }],
          },
        },
        {
          title: { en: 'What was said', cy: 'Beth a ddywedwyd' },
          detail: {
            en: [{ p: 'Copy the exact words. Say if it was a threat, or mentioned your home or family.' }],
            cy: [{ p: 'Copïwch yr union eiriau. Dywedwch a oedd yn fygythiad, neu a oedd yn sôn am eich cartref neu’ch teulu.' }],
          },
        },
        {
          title: { en: 'Whether the same person was involved before', cy: 'A oedd yr un person yn rhan o bethau o’r blaen' },
          detail: {
            en: [{ p: 'If so, note the dates of the earlier incidents. This is how a pattern is shown.' }],
            cy: [{ p: 'Os oedd, nodwch ddyddiadau’r digwyddiadau cynharach. Dyma sut mae dangos patrwm.' }],
          },
        },
        { title: { en: 'Who you reported it to, and when', cy: 'I bwy y gwnaethoch chi ei riportio, a phryd' } },
        {
          title: { en: 'Any reference numbers', cy: 'Unrhyw gyfeirnodau' },
          detail: {
            en: [{ p: 'From the platform, Report Harmful Content, the council or the police.' }],
            cy: [{ p: 'Gan y platfform, Report Harmful Content, y cyngor neu’r heddlu.' }],
          },
        },
        {
          title: { en: 'What evidence is still needed', cy: 'Pa dystiolaeth sydd ei hangen o hyd' },
          detail: {
            en: [{ p: 'For example, a witness statement, or a copy of a message someone else received.' }],
            cy: [{ p: 'Er enghraifft, datganiad gan dyst, neu gopi o neges a gafodd rhywun arall.' }],
          },
        },
      ],
    },
    {
      blockType: 'callout',
      variant: 'warning',
      heading: {
        en: 'Keep everything, including your own replies',
        cy: 'Cadwch bopeth, gan gynnwys eich atebion eich hun',
      },
      body: {
        en: [
          { p: 'Do not delete messages, even the worst ones. Keep your own replies too: they show the full conversation.' },
          { p: 'Store screenshots somewhere safe, such as a folder that is backed up. Do not forward them around widely.' },
        ],
        cy: [
          { p: 'Peidiwch â dileu negeseuon, hyd yn oed y rhai gwaethaf. Cadwch eich atebion eich hun hefyd: maen nhw’n dangos y sgwrs gyfan.' },
          { p: 'Cadwch sgrinluniau yn rhywle diogel, fel ffolder sydd wedi’i gadw wrth gefn. Peidiwch â’u hanfon ymlaen at lawer o bobl.' },
        ],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'You do not have to look at it yourself',
        cy: 'Does dim rhaid i chi edrych arno eich hun',
      },
      body: {
        en: [
          { p: 'Reading abuse again and again is draining. A trusted person can keep the log for you. This could be a friend, a member of staff or someone in your group.' },
          { p: 'Agree with them what they will tell you, and when. Ask {{contact:member-support}} at {{tenant.name}} whether the council can help.' },
        ],
        cy: [
          { p: 'Mae darllen cam-drin dro ar ôl tro yn flinedig. Gall rhywun rydych chi’n ymddiried ynddo gadw’r cofnod ar eich rhan. Gallai hyn fod yn ffrind, yn aelod o staff neu’n rhywun yn eich grŵp.' },
          { p: 'Cytunwch gyda nhw beth y byddant yn ei ddweud wrthych, a phryd. Gofynnwch i {{contact:member-support}} yn {{tenant.name}} a all y cyngor helpu.' },
        ],
      },
    },
  ],
  sources: [
    { title: 'Protection from Harassment Act 1997, section 7 (course of conduct)', url: 'https://www.legislation.gov.uk/ukpga/1997/40/section/7' },
    {
      title: 'Local Government Association: councillors’ guide to handling intimidation',
      url: 'https://www.local.gov.uk/councillors-guide-handling-intimidation',
    },
    { title: 'Report Harmful Content', url: 'https://reportharmfulcontent.com/' },
  ],
}
