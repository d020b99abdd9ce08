import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'wellbeing',
  section: 10,
  order: 10,
  contentVersion: 1,
  title: {
    en: 'Looking after yourself',
    cy: 'Gofalu amdanoch chi eich hun',
  },
  summary: {
    en: 'Abuse takes a toll. Simple ways to protect your wellbeing, and where to get support.',
    cy: 'Mae cam-drin yn cael effaith. Ffyrdd syml o ddiogelu eich llesiant, a ble i gael cymorth.',
  },
  lastReviewed: '2026-11-24',
  layout: [
    {
      blockType: 'richText',
      body: {
        en: [
          { p: 'Being abused is stressful, even when it is “only online”. You may feel anxious, angry, tired or low. You may find it hard to sleep. These are normal reactions. They do not mean you are not cut out for the role.' },
        ],
        cy: [
          { p: 'Mae cael eich cam-drin yn achosi straen, hyd yn oed pan fydd “dim ond ar-lein”. Efallai y byddwch chi’n teimlo’n bryderus, yn ddig, yn flinedig neu’n isel. Efallai y bydd yn anodd cysgu. Ymatebion normal yw’r rhain. Nid ydynt yn golygu nad ydych chi’n addas i’r rôl.' },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'Things that help',
        cy: 'Pethau sy’n helpu',
      },
      style: 'checklist',
      items: [
        {
          title: { en: 'Take breaks', cy: 'Cymerwch seibiant' },
          detail: {
            en: [{ p: 'Log out for an evening, a weekend or longer. Delete the apps from your phone for a while if you need to. The abuse does not need you to watch it.' }],
            cy: [{ p: 'Allgofnodwch am noson, penwythnos neu’n hirach. Dilëwch yr apiau o’ch ffôn am gyfnod os oes angen. Does dim angen i chi wylio’r cam-drin.' }],
          },
        },
        {
          title: { en: 'Mute and filter', cy: 'Tewi a hidlo' },
          detail: {
            en: [{ p: 'Mute accounts, words and phrases. Turn on filters for comments and message requests. You see less, but the evidence is still there if you need it.' }],
            cy: [{ p: 'Tewch gyfrifon, geiriau ac ymadroddion. Trowch hidlwyr ymlaen ar gyfer sylwadau a cheisiadau am negeseuon. Rydych chi’n gweld llai, ond mae’r dystiolaeth yno o hyd os oes ei hangen arnoch.' }],
          },
        },
        {
          title: { en: 'Let someone else monitor for a while', cy: 'Gadewch i rywun arall fonitro am gyfnod' },
          detail: {
            en: [{ p: 'A trusted friend, colleague or staff member can check your accounts and keep the record. Agree that they only tell you what you need to know.' }],
            cy: [{ p: 'Gall ffrind, cydweithiwr neu aelod o staff rydych chi’n ymddiried ynddo wirio eich cyfrifon a chadw’r cofnod. Cytunwch mai dim ond yr hyn sydd angen i chi ei wybod y byddant yn ei ddweud wrthych.' }],
          },
        },
        {
          title: { en: 'Talk to someone', cy: 'Siaradwch â rhywun' },
          detail: {
            en: [{ p: 'Family, friends, colleagues or your group. Many councillors have been through the same thing.' }],
            cy: [{ p: 'Teulu, ffrindiau, cydweithwyr neu eich grŵp. Mae llawer o gynghorwyr wedi bod drwy’r un peth.' }],
          },
        },
        {
          title: { en: 'Keep up the things that keep you well', cy: 'Daliwch ati gyda’r pethau sy’n eich cadw’n iach' },
          detail: {
            en: [{ p: 'Sleep, food, fresh air, time with people you love. They matter more, not less, when things are hard.' }],
            cy: [{ p: 'Cwsg, bwyd, awyr iach, amser gyda phobl rydych chi’n eu caru. Maen nhw’n bwysicach, nid yn llai pwysig, pan fydd pethau’n anodd.' }],
          },
        },
      ],
    },
    {
      blockType: 'callout',
      variant: 'information',
      heading: {
        en: 'Need to talk now? Samaritans: 116 123',
        cy: 'Angen siarad nawr? Y Samariaid: 116 123',
      },
      body: {
        en: [
          { p: 'Samaritans answer calls day and night, every day of the year. The call is free. You do not have to be suicidal to call; you can talk about anything that is troubling you.' },
          { p: 'If you think you might act on thoughts of ending your life, call **999**.' },
        ],
        cy: [
          { p: 'Mae’r Samariaid yn ateb galwadau ddydd a nos, bob dydd o’r flwyddyn. Mae’r alwad am ddim. Does dim rhaid i chi fod yn meddwl am hunanladdiad i ffonio; gallwch siarad am unrhyw beth sy’n eich poeni.' },
          { p: 'Os ydych chi’n credu y gallech chi weithredu ar feddyliau am ddod â’ch bywyd i ben, ffoniwch **999**.' },
        ],
      },
    },
    {
      blockType: 'contactCard',
      kind: 'wellbeing',
      heading: {
        en: 'Wellbeing support',
        cy: 'Cymorth llesiant',
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Support from {{tenant.name}}',
        cy: 'Cymorth gan {{tenant.name}}',
      },
      body: {
        en: [{ p: 'Your council may offer a confidential support line or counselling. Ask {{contact:member-support}} what is available to councillors.' }],
        cy: [{ p: 'Efallai y bydd eich cyngor yn cynnig llinell gymorth gyfrinachol neu gwnsela. Gofynnwch i {{contact:member-support}} beth sydd ar gael i gynghorwyr.' }],
      },
    },
  ],
  sources: [
    { title: 'Samaritans', url: 'https://www.samaritans.org/' },
    {
      title: 'Local Government Association: councillors’ guide to handling intimidation',
      url: 'https://www.local.gov.uk/councillors-guide-handling-intimidation',
    },
  ],
}
