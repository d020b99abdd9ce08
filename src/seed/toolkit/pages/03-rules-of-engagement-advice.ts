import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'rules-of-engagement-advice',
  section: 3,
  order: 3,
  contentVersion: 1,
  title: {
    en: 'Rules of engagement',
    cy: 'Rheolau ymgysylltu',
  },
  summary: {
    en: 'Set out, in public, how you expect people to behave on your pages and what you will do if they do not.',
    cy: 'Dywedwch yn gyhoeddus sut rydych chi’n disgwyl i bobl ymddwyn ar eich tudalennau a beth fyddwch chi’n ei wneud os nad ydynt.',
  },
  lastReviewed: '2026-11-24',
  layout: [
    {
      blockType: 'richText',
      heading: {
        en: 'What rules of engagement are',
        cy: 'Beth yw rheolau ymgysylltu',
      },
      body: {
        en: [
          { p: 'Rules of engagement are a short set of house rules for your social media. They tell people what kind of debate is welcome. They also say what you will do when someone crosses the line.' },
          { p: 'Publishing them helps in two ways. Most people respect clear rules. And when you block or report someone, you can point to rules they were told about.' },
          { p: 'The Local Government Association (LGA) publishes a rules-of-engagement infographic. An infographic is a picture that explains something at a glance. There is a version for councillors and one for candidates, in English and in Welsh. Each comes with alt text and a longer written description, so people using screen readers can follow it.' },
        ],
        cy: [
          { p: 'Set fer o reolau’r tŷ ar gyfer eich cyfryngau cymdeithasol yw rheolau ymgysylltu. Maen nhw’n dweud wrth bobl pa fath o drafodaeth sydd i’w chroesawu. Maen nhw hefyd yn dweud beth fyddwch chi’n ei wneud pan fydd rhywun yn mynd yn rhy bell.' },
          { p: 'Mae eu cyhoeddi yn helpu mewn dwy ffordd. Mae’r rhan fwyaf o bobl yn parchu rheolau clir. A phan fyddwch chi’n blocio neu’n riportio rhywun, gallwch gyfeirio at reolau y cawson nhw wybod amdanynt.' },
          { p: 'Mae Cymdeithas Llywodraeth Leol (LGA) yn cyhoeddi ffeithlun rheolau ymgysylltu. Llun sy’n egluro rhywbeth ar unwaith yw ffeithlun. Mae fersiwn ar gyfer cynghorwyr ac un ar gyfer ymgeiswyr, yn Saesneg ac yn Gymraeg. Mae testun amgen a disgrifiad ysgrifenedig hirach gyda phob un, fel y gall pobl sy’n defnyddio darllenwyr sgrin ei ddilyn.' },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'The rules people are asked to follow',
        cy: 'Y rheolau y gofynnir i bobl eu dilyn',
      },
      style: 'checklist',
      items: [
        {
          title: { en: 'Be courteous in debate', cy: 'Byddwch yn gwrtais wrth drafod' },
          detail: {
            en: [{ p: 'Disagree with ideas, not with people. Strong views are fine; insults are not.' }],
            cy: [{ p: 'Anghytunwch â syniadau, nid â phobl. Mae barn gref yn iawn; dydy sarhad ddim.' }],
          },
        },
        {
          title: { en: 'No abuse or threats', cy: 'Dim cam-drin na bygythiadau' },
        },
        {
          title: { en: 'No discrimination', cy: 'Dim gwahaniaethu' },
          detail: {
            en: [{ p: 'No one should be attacked because of their race, religion, sex, gender, sexuality, disability or age.' }],
            cy: [{ p: 'Ni ddylid ymosod ar neb oherwydd eu hil, eu crefydd, eu rhyw, eu rhywedd, eu rhywioldeb, eu hanabledd na’u hoed.' }],
          },
        },
        {
          title: { en: 'No false information', cy: 'Dim gwybodaeth ffug' },
        },
        {
          title: { en: 'No anonymous posting', cy: 'Dim postio’n ddienw' },
          detail: {
            en: [{ p: 'People should say who they are when they take part.' }],
            cy: [{ p: 'Dylai pobl ddweud pwy ydyn nhw pan fyddant yn cymryd rhan.' }],
          },
        },
      ],
    },
    {
      blockType: 'richText',
      heading: {
        en: 'What you, as the account holder, can do',
        cy: 'Beth allwch chi ei wneud, fel deiliad y cyfrif',
      },
      body: {
        en: [
          { p: 'The rules also make clear what you may do. Say this openly, so nobody is surprised:' },
          {
            ul: [
              'You may **delete** posts and comments that break the rules.',
              'You may **block** people who break the rules.',
              'You may **report** posts to the police if you think they are a crime.',
              'You **cannot answer every message**. Say so.',
              '**Casework goes to email**, not social media. Give the address.',
            ],
          },
        ],
        cy: [
          { p: 'Mae’r rheolau hefyd yn egluro beth y cewch chi ei wneud. Dywedwch hyn yn agored, fel nad oes neb yn cael syndod:' },
          {
            ul: [
              'Cewch **ddileu** postiadau a sylwadau sy’n torri’r rheolau.',
              'Cewch **flocio** pobl sy’n torri’r rheolau.',
              'Cewch **riportio** postiadau i’r heddlu os ydych chi’n credu eu bod yn drosedd.',
              '**Allwch chi ddim ateb pob neges**. Dywedwch hynny.',
              '**Mae gwaith achos yn mynd drwy e-bost**, nid y cyfryngau cymdeithasol. Rhowch y cyfeiriad.',
            ],
          },
        ],
      },
    },
    {
      blockType: 'callout',
      variant: 'information',
      heading: {
        en: 'Putting the rules in your bio',
        cy: 'Rhoi’r rheolau yn eich bywgraffiad',
      },
      body: {
        en: [
          { p: 'Bios are short, so link to the full rules. Pin them as a post, or add them to your website. Character limits for bios differ by platform:' },
          {
            ul: [
              'X: 160 characters',
              'Instagram and Threads: 150',
              'Facebook profile intro: 101',
              'TikTok: 80',
              'LinkedIn headline: 220',
              'Bluesky: 256',
            ],
          },
          { p: 'Emoji and some letters with accents can count as more than one character on some platforms. Check before you save.' },
        ],
        cy: [
          { p: 'Mae bywgraffiadau’n fyr, felly rhowch ddolen i’r rheolau llawn. Piniwch nhw fel postiad, neu ychwanegwch nhw at eich gwefan. Mae terfyn nodau bywgraffiad yn wahanol ar bob platfform:' },
          {
            ul: [
              'X: 160 nod',
              'Instagram a Threads: 150',
              'Cyflwyniad proffil Facebook: 101',
              'TikTok: 80',
              'Pennawd LinkedIn: 220',
              'Bluesky: 256',
            ],
          },
          { p: 'Ar rai platfformau, gall emoji a rhai llythrennau ag acenion (fel ŵ neu ŷ) gyfrif fel mwy nag un nod. Gwiriwch cyn cadw.' },
        ],
      },
    },
  ],
  sources: [
    {
      title: 'Local Government Association: handling abuse on social media (rules of engagement infographics)',
      url: 'https://www.local.gov.uk/our-support/guidance-and-resources/civility-public-life-resources-councillors/handling-abuse-and-0',
    },
    { title: 'Welsh Local Government Association', url: 'https://www.wlga.gov.uk/' },
    { title: 'X Help Centre', url: 'https://help.x.com/' },
    { title: 'Instagram Help Centre', url: 'https://help.instagram.com/' },
    { title: 'TikTok Support', url: 'https://support.tiktok.com/' },
    { title: 'LinkedIn Help', url: 'https://www.linkedin.com/help/linkedin' },
  ],
}
