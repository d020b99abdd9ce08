import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'supporting-colleagues',
  section: 11,
  order: 11,
  contentVersion: 2,
  title: {
    en: 'Supporting colleagues',
    cy: 'Cefnogi cydweithwyr',
  },
  summary: {
    en: 'What to do when you see a colleague being abused, whatever their party.',
    cy: 'Beth i’w wneud pan welwch chi gydweithiwr yn cael ei gam-drin, beth bynnag fo’i blaid.',
  },
  lastReviewed: '2026-12-02',
  layout: [
    {
      blockType: 'richText',
      body: {
        en: [
          { p: 'Being targeted feels lonely. A message of support from a colleague can make a real difference. So can a few reports to the platform.' },
          { p: 'An **active bystander** is someone who sees abuse and does something safe and useful about it. You do not need to pick a fight to help.' },
        ],
        cy: [
          { p: 'Mae cael eich targedu yn teimlo’n unig. Gall neges o gefnogaeth gan gydweithiwr wneud gwahaniaeth mawr. Felly hefyd ychydig o adroddiadau i’r platfform.' },
          { p: '**Gwyliwr gweithredol** yw rhywun sy’n gweld cam-drin ac yn gwneud rhywbeth diogel a defnyddiol amdano. Does dim angen i chi ddechrau ffrae i helpu.' },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'Four ways to help',
        cy: 'Pedair ffordd o helpu',
      },
      style: 'checklist',
      items: [
        {
          title: { en: 'Report it', cy: 'Riportiwch ef' },
          detail: {
            en: [{ p: 'Report the abusive posts to the platform. Each report is judged against the platform’s own rules, so a clear report that says which rule the post breaks helps most. Do not organise mass reporting: some platforms, such as X, treat coordinated or repeated reporting of the same post as misuse of their reporting tools. If there is a threat, tell your colleague and suggest they contact the police.' }],
            cy: [{ p: 'Riportiwch y postiadau sarhaus i’r platfform. Mae pob adroddiad yn cael ei farnu yn erbyn rheolau’r platfform ei hun, felly adroddiad clir sy’n dweud pa reol y mae’r postiad yn ei thorri sy’n helpu fwyaf. Peidiwch â threfnu adrodd torfol: mae rhai platfformau, fel X, yn trin adrodd cydgysylltiedig neu adrodd yr un postiad dro ar ôl tro fel camddefnyddio eu hoffer adrodd. Os oes bygythiad, dywedwch wrth eich cydweithiwr ac awgrymwch eu bod yn cysylltu â’r heddlu.' }],
          },
        },
        {
          title: { en: 'Support them privately', cy: 'Cefnogwch nhw’n breifat' },
          detail: {
            en: [{ p: 'Send a private message, call or text. Ask what would help. They may want you to keep screenshots for them, or just to listen.' }],
            cy: [{ p: 'Anfonwch neges breifat, ffoniwch neu tecstiwch. Gofynnwch beth fyddai’n helpu. Efallai y byddant eisiau i chi gadw sgrinluniau ar eu rhan, neu ddim ond gwrando.' }],
          },
        },
        {
          title: { en: 'Reply with facts, without spreading the abuse', cy: 'Atebwch gyda ffeithiau, heb ledaenu’r cam-drin' },
          detail: {
            en: [{ p: 'If false claims are spreading, post the facts in your own words. Do not quote, share or reply directly to the abusive post. That shows it to more people.' }],
            cy: [{ p: 'Os oes honiadau ffug yn lledaenu, postiwch y ffeithiau yn eich geiriau eich hun. Peidiwch â dyfynnu, rhannu nac ateb y postiad sarhaus yn uniongyrchol. Mae hynny’n ei ddangos i fwy o bobl.' }],
          },
        },
        {
          title: { en: 'Amplify positive voices', cy: 'Rhowch hwb i leisiau cadarnhaol' },
          detail: {
            en: [{ p: 'Like, share and reply to the kind and fair comments. Share your colleague’s good work. This pushes the abuse down and shows who the community really is.' }],
            cy: [{ p: 'Hoffwch, rhannwch ac atebwch y sylwadau caredig a theg. Rhannwch waith da eich cydweithiwr. Mae hyn yn gwthio’r cam-drin i lawr ac yn dangos sut un yw’r gymuned mewn gwirionedd.' }],
          },
        },
      ],
    },
    {
      blockType: 'callout',
      variant: 'warning',
      heading: {
        en: 'Keep yourself safe too',
        cy: 'Cadwch eich hun yn ddiogel hefyd',
      },
      body: {
        en: [{ p: 'Helping can draw abuse towards you. Only step in publicly if you feel able to. Private support and reporting are just as valuable.' }],
        cy: [{ p: 'Gall helpu dynnu cam-drin tuag atoch chi. Dim ond camu i mewn yn gyhoeddus os ydych chi’n teimlo y gallwch chi. Mae cefnogaeth breifat a riportio yr un mor werthfawr.' }],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Across party lines',
        cy: 'Ar draws ffiniau pleidiau',
      },
      body: {
        en: [{ p: 'Abuse of one councillor harms everyone’s ability to serve. Standing up for a colleague from another party sends a strong message. Group leaders at {{tenant.name}} can agree to do this together.' }],
        cy: [{ p: 'Mae cam-drin un cynghorydd yn niweidio gallu pawb i wasanaethu. Mae sefyll dros gydweithiwr o blaid arall yn anfon neges gref. Gall arweinwyr grwpiau yn {{tenant.name}} gytuno i wneud hyn gyda’i gilydd.' }],
      },
    },
    { blockType: 'contactCard', kind: 'member-support' },
  ],
  sources: [
    {
      title: 'Local Government Association: councillors’ guide to handling intimidation',
      url: 'https://www.local.gov.uk/councillors-guide-handling-intimidation',
    },
    {
      title: 'Local Government Association: handling abuse on social media',
      url: 'https://www.local.gov.uk/our-support/guidance-and-resources/civility-public-life-resources-councillors/handling-abuse-and-0',
    },
    { title: 'Report Harmful Content', url: 'https://reportharmfulcontent.com/' },
    { title: 'Jo Cox Foundation', url: 'https://www.jocoxfoundation.org/' },
    { title: 'X Help Center: misuse of reporting features policy', url: 'https://help.x.com/en/rules-and-policies/misuse-of-reporting-features' },
  ],
}
