import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'protecting-your-address',
  section: 8,
  order: 8,
  contentVersion: 2,
  title: {
    en: 'Protecting your home address',
    cy: 'Diogelu cyfeiriad eich cartref',
  },
  summary: {
    en: 'Where your home address can be made public when you stand or serve, and how to keep it private.',
    cy: 'Ble gall cyfeiriad eich cartref gael ei wneud yn gyhoeddus pan fyddwch chi’n sefyll neu’n gwasanaethu, a sut i’w gadw’n breifat.',
  },
  lastReviewed: '2026-12-02',
  layout: [
    {
      blockType: 'richText',
      body: {
        en: [
          { p: 'Most abuse stays online. It becomes far more frightening when someone knows where you live. Your address can become public in a few official places. You can keep it out of most of them if you act early.' },
        ],
        cy: [
          { p: 'Mae’r rhan fwyaf o gam-drin yn aros ar-lein. Mae’n llawer mwy brawychus pan fydd rhywun yn gwybod ble rydych chi’n byw. Gall eich cyfeiriad ddod yn gyhoeddus mewn ychydig o leoedd swyddogol. Gallwch ei gadw allan o’r rhan fwyaf ohonynt os ydych chi’n gweithredu’n gynnar.' },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'When you stand for election',
        cy: 'Pan fyddwch chi’n sefyll etholiad',
      },
      style: 'steps',
      items: [
        {
          title: {
            en: 'Keep your address off the ballot paper',
            cy: 'Cadwch eich cyfeiriad oddi ar y papur pleidleisio',
          },
          detail: {
            en: [
              { p: 'In local elections, you do not have to have your home address printed on the ballot paper. You choose this on the **home address form**, which goes in together with your nomination papers: sign the statement on it that asks for your address not to be made public. So decide before you hand the papers in, not at the desk.' },
              { p: '**In Scotland** it works the other way round: your address stays private unless you sign to make it public.' },
              { p: 'If anything is unclear, ask the elections team at {{tenant.name}} well before the close of nominations.' },
            ],
            cy: [
              { p: 'Mewn etholiadau lleol, does dim rhaid i gyfeiriad eich cartref gael ei argraffu ar y papur pleidleisio. Rydych chi’n dewis hyn ar y **ffurflen cyfeiriad cartref**, sy’n cael ei chyflwyno gyda’ch papurau enwebu: llofnodwch y datganiad arni sy’n gofyn i’ch cyfeiriad beidio â chael ei wneud yn gyhoeddus. Felly penderfynwch cyn i chi gyflwyno’r papurau, nid wrth y ddesg.' },
              { p: '**Yn yr Alban** mae’n gweithio’r ffordd arall: mae eich cyfeiriad yn aros yn breifat oni bai eich bod yn llofnodi i’w wneud yn gyhoeddus.' },
              { p: 'Os oes unrhyw beth yn aneglur, gofynnwch i dîm etholiadau {{tenant.name}} ymhell cyn y dyddiad cau ar gyfer enwebiadau.' },
            ],
          },
        },
        {
          title: {
            en: 'Watch out for the notice of agents',
            cy: 'Byddwch yn ofalus gyda’r hysbysiad asiantiaid',
          },
          detail: {
            en: [
              { p: 'At most local elections, every candidate has an election agent: the person legally responsible for running the campaign. The council publishes a list of agents, called the notice of agents. (At parish council elections in England there are no election agents, so this step does not apply there.)' },
              { p: 'If you are your own agent and give no office address, **your home address is published on that notice**. To avoid this, give an office address, or ask someone else to be your agent.' },
            ],
            cy: [
              { p: 'Yn y rhan fwyaf o etholiadau lleol, mae gan bob ymgeisydd asiant etholiad: y person sy’n gyfreithiol gyfrifol am redeg yr ymgyrch. Mae’r cyngor yn cyhoeddi rhestr o asiantiaid, sef yr hysbysiad asiantiaid. (Does dim asiantiaid etholiad mewn etholiadau cynghorau plwyf yn Lloegr, felly nid yw’r cam hwn yn berthnasol yno.)' },
              { p: 'Os mai chi yw eich asiant eich hun a’ch bod heb roi cyfeiriad swyddfa, **bydd cyfeiriad eich cartref yn cael ei gyhoeddi ar yr hysbysiad hwnnw**. I osgoi hyn, rhowch gyfeiriad swyddfa, neu gofynnwch i rywun arall fod yn asiant i chi.' },
            ],
          },
        },
        {
          title: {
            en: 'Check your leaflets and website',
            cy: 'Gwiriwch eich taflenni a’ch gwefan',
          },
          detail: {
            en: [{ p: 'Before anything is printed or posted, check which address it shows. Use an office or party address where you can. Ask your agent or party if you are not sure what the rules need.' }],
            cy: [{ p: 'Cyn i unrhyw beth gael ei argraffu neu ei bostio, gwiriwch pa gyfeiriad sydd arno. Defnyddiwch gyfeiriad swyddfa neu blaid lle gallwch chi. Gofynnwch i’ch asiant neu’ch plaid os nad ydych chi’n siŵr beth sydd ei angen dan y rheolau.' }],
          },
        },
      ],
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Once you are elected: the register of interests',
        cy: 'Ar ôl i chi gael eich ethol: y gofrestr buddiannau',
      },
      body: {
        en: [
          { p: 'Councillors must list certain interests, such as land and property, on a public register. This can show where you live.' },
          { p: '**In England**, you can ask the Monitoring Officer to treat your address as a **sensitive interest**. This is under section 32 of the Localism Act 2011. If you both agree it could put you at risk of violence or intimidation, the details are left out of the published register.' },
          { p: '**In Wales**, the Model Code of Conduct has a similar rule (paragraph 16). You can leave **sensitive information** off the register if the Monitoring Officer agrees that publishing it would create a serious risk of violence or intimidation against you or someone who lives with you.' },
          { p: '**In Scotland and Northern Ireland**, the rules are different. Ask {{contact:monitoring-officer}} or {{contact:democratic-services}} what can be done.' },
        ],
        cy: [
          { p: 'Rhaid i gynghorwyr restru rhai buddiannau, fel tir ac eiddo, ar gofrestr gyhoeddus. Gall hyn ddangos ble rydych chi’n byw.' },
          { p: '**Yn Lloegr**, gallwch ofyn i’r Swyddog Monitro drin eich cyfeiriad fel **buddiant sensitif**. Mae hyn o dan adran 32 o Ddeddf Lleoliaeth 2011. Os ydych chi’ch dau yn cytuno y gallai ei gyhoeddi eich rhoi mewn perygl o drais neu fygythiad, caiff y manylion eu gadael allan o’r gofrestr a gyhoeddir.' },
          { p: '**Yng Nghymru**, mae gan y Cod Ymddygiad Enghreifftiol reol debyg (paragraff 16). Gallwch adael **gwybodaeth sensitif** oddi ar y gofrestr os yw’r Swyddog Monitro yn cytuno y byddai ei chyhoeddi yn creu risg ddifrifol o drais neu fygythiad yn eich erbyn chi neu rywun sy’n byw gyda chi.' },
          { p: '**Yn yr Alban a Gogledd Iwerddon**, mae’r rheolau’n wahanol. Gofynnwch i {{contact:monitoring-officer}} neu {{contact:democratic-services}} beth y gellir ei wneud.' },
        ],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'The electoral register: opt out, or register anonymously',
        cy: 'Y gofrestr etholiadol: optio allan, neu gofrestru’n ddienw',
      },
      body: {
        en: [
          { p: 'There are two versions of the electoral register. The **full register** is used for elections and a few other purposes set in law, such as preventing crime and checking credit. The **open register** is a copy that **anyone can buy**, including companies that sell people’s addresses online.' },
          { p: '**Opt out of the open register.** Anyone can, at any time, and it does not affect your right to vote. Tick the box when you register to vote, or ask your council’s electoral registration office. Copies sold before you opted out cannot be called back.' },
          { p: '**Register anonymously** if your safety, or the safety of someone who lives with you, would be at risk if your name and address were on the register. Your entry then shows no name or address on either version of the register.' },
          {
            ul: [
              'Ask your council’s electoral registration office for the anonymous registration form.',
              'It needs evidence: a **court order or injunction** that protects you or someone in your household, or an **attestation**: the form signed by a qualifying person, such as a police officer of the rank of inspector or above.',
              'If you have been threatened because of your role, ask the police about an attestation. The electoral registration officer decides.',
              'Anonymous registration lasts a year at a time: renew it when asked.',
            ],
          },
        ],
        cy: [
          { p: 'Mae dwy fersiwn o’r gofrestr etholiadol. Defnyddir y **gofrestr lawn** ar gyfer etholiadau ac ychydig o ddibenion eraill a nodir yn y gyfraith, fel atal troseddau a gwirio credyd. Copi y gall **unrhyw un ei brynu** yw’r **gofrestr agored**, gan gynnwys cwmnïau sy’n gwerthu cyfeiriadau pobl ar-lein.' },
          { p: '**Optiwch allan o’r gofrestr agored.** Gall unrhyw un wneud hyn, ar unrhyw adeg, ac nid yw’n effeithio ar eich hawl i bleidleisio. Ticiwch y blwch pan fyddwch chi’n cofrestru i bleidleisio, neu gofynnwch i swyddfa cofrestru etholiadol eich cyngor. Ni ellir galw’n ôl gopïau a werthwyd cyn i chi optio allan.' },
          { p: '**Cofrestrwch yn ddienw** os byddai eich diogelwch chi, neu ddiogelwch rhywun sy’n byw gyda chi, mewn perygl pe bai eich enw a’ch cyfeiriad ar y gofrestr. Wedyn ni fydd eich cofnod yn dangos enw na chyfeiriad ar y naill fersiwn na’r llall o’r gofrestr.' },
          {
            ul: [
              'Gofynnwch i swyddfa cofrestru etholiadol eich cyngor am y ffurflen cofrestru dienw.',
              'Mae angen tystiolaeth arni: **gorchymyn llys neu waharddeb** sy’n eich diogelu chi neu rywun yn eich aelwyd, neu **ardystiad**: y ffurflen wedi’i llofnodi gan berson cymwys, fel swyddog heddlu o reng arolygydd neu uwch.',
              'Os ydych chi wedi cael eich bygwth oherwydd eich rôl, gofynnwch i’r heddlu am ardystiad. Y swyddog cofrestru etholiadol sy’n penderfynu.',
              'Mae cofrestriad dienw yn para blwyddyn ar y tro: adnewyddwch ef pan ofynnir i chi.',
            ],
          },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'Getting your address taken down online',
        cy: 'Cael tynnu eich cyfeiriad i lawr ar-lein',
      },
      style: 'checklist',
      items: [
        {
          title: { en: 'Posts on social media', cy: 'Postiadau ar y cyfryngau cymdeithasol' },
          detail: {
            en: [{ p: 'Sharing someone’s home address to target them is against the rules of the main platforms. Report the post as sharing private or personal information; X, for example, has a private information policy that covers home addresses. Keep a screenshot first.' }],
            cy: [{ p: 'Mae rhannu cyfeiriad cartref rhywun i’w dargedu yn erbyn rheolau’r prif blatfformau. Riportiwch y postiad fel un sy’n rhannu gwybodaeth breifat neu bersonol; mae gan X, er enghraifft, bolisi gwybodaeth breifat sy’n cynnwys cyfeiriadau cartref. Cadwch sgrinlun yn gyntaf.' }],
          },
        },
        {
          title: { en: 'Search results', cy: 'Canlyniadau chwilio' },
          detail: {
            en: [{ p: 'Google lets you ask for results that show your home address, phone number or email address to be removed from its search. This hides the result; the page itself stays until its owner removes it.' }],
            cy: [{ p: 'Mae Google yn gadael i chi ofyn am dynnu canlyniadau sy’n dangos cyfeiriad eich cartref, eich rhif ffôn neu eich cyfeiriad e-bost o’i chwiliadau. Mae hyn yn cuddio’r canlyniad; mae’r dudalen ei hun yn aros nes bod ei pherchennog yn ei thynnu i lawr.' }],
          },
        },
        {
          title: { en: 'People-finder and data broker websites', cy: 'Gwefannau chwilio am bobl a broceriaid data' },
          detail: {
            en: [{ p: 'Ask the company to delete your details: this is your **right to erasure** under data protection law. Write to them, say exactly what you want removed, and keep a copy. They should normally answer within one month. If they do not act, you can complain to the Information Commissioner’s Office (ICO).' }],
            cy: [{ p: 'Gofynnwch i’r cwmni ddileu eich manylion: dyma eich **hawl i ddileu** o dan gyfraith diogelu data. Ysgrifennwch atynt, dywedwch yn union beth rydych chi am ei dynnu, a chadwch gopi. Dylent ateb o fewn mis fel arfer. Os nad ydynt yn gweithredu, gallwch gwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO).' }],
          },
        },
        {
          title: { en: 'Stop it coming back', cy: 'Ei atal rhag dod yn ôl' },
          detail: {
            en: [{ p: 'Opting out of the open register (above) keeps your address out of future copies that companies buy.' }],
            cy: [{ p: 'Mae optio allan o’r gofrestr agored (uchod) yn cadw eich cyfeiriad allan o gopïau yn y dyfodol y mae cwmnïau’n eu prynu.' }],
          },
        },
      ],
    },
    {
      blockType: 'callout',
      variant: 'warning',
      heading: {
        en: 'Other places your address can leak',
        cy: 'Lleoedd eraill y gall eich cyfeiriad ollwng',
      },
      body: {
        en: [
          {
            ul: [
              'Photos taken outside your home or showing your street.',
              'Posts by family and friends that tag your home or your children’s school.',
              'Old online profiles, business listings and public records.',
            ],
          },
          { p: 'Search for your own address from time to time. Ask people to take down anything that shows it.' },
        ],
        cy: [
          {
            ul: [
              'Lluniau a dynnwyd y tu allan i’ch cartref neu sy’n dangos eich stryd.',
              'Postiadau gan deulu a ffrindiau sy’n tagio eich cartref neu ysgol eich plant.',
              'Hen broffiliau ar-lein, rhestrau busnes a chofnodion cyhoeddus.',
            ],
          },
          { p: 'Chwiliwch am eich cyfeiriad eich hun o bryd i’w gilydd. Gofynnwch i bobl dynnu i lawr unrhyw beth sy’n ei ddangos.' },
        ],
      },
    },
    { blockType: 'contactCard', kind: 'monitoring-officer' },
    { blockType: 'contactCard', kind: 'democratic-services' },
  ],
  sources: [
    { title: 'Localism Act 2011, section 32 (sensitive interests)', url: 'https://www.legislation.gov.uk/ukpga/2011/20/section/32' },
    {
      title: 'Electoral Commission: home address form (guidance for Returning Officers, local elections in England)',
      url: 'https://www.electoralcommission.org.uk/guidance-returning-officers-administering-local-government-elections-england/nominations/forms-nomination/home-address-form',
    },
    {
      title: 'Electoral Commission: guidance for Returning Officers, local elections in England (no election agents at parish elections)',
      url: 'https://www.electoralcommission.org.uk/guidance-returning-officers-administering-local-government-elections-england',
    },
    { title: 'Scottish Statutory Instrument 2020/239, article 3 (candidates’ home addresses)', url: 'https://www.legislation.gov.uk/ssi/2020/239/contents' },
    { title: 'The Local Authorities (Model Code of Conduct) (Wales) Order 2008, Schedule Part 4, paragraph 16', url: 'https://www.legislation.gov.uk/wsi/2008/788/schedule' },
    { title: 'GOV.UK: the electoral register and the open register', url: 'https://www.gov.uk/electoral-register' },
    { title: 'GOV.UK: opt out of the open register', url: 'https://www.gov.uk/electoral-register/opt-out-of-the-open-register' },
    { title: 'Representation of the People Act 1983, section 9B (anonymous registration)', url: 'https://www.legislation.gov.uk/ukpga/1983/2/section/9B' },
    { title: 'ICO: your right to get your data deleted', url: 'https://ico.org.uk/for-the-public/your-right-to-get-your-data-deleted/' },
    { title: 'ICO: make a complaint', url: 'https://ico.org.uk/make-a-complaint/' },
    { title: 'X Help Center: private information and media policy', url: 'https://help.x.com/en/rules-and-policies/personal-information' },
    { title: 'Google Search Help: remove results with your contact details, such as your home address', url: 'https://support.google.com/websearch/answer/9673730' },
    {
      title: 'Local Government Association: councillors’ guide to handling intimidation',
      url: 'https://www.local.gov.uk/councillors-guide-handling-intimidation',
    },
  ],
}
