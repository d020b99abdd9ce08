import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'the-law',
  section: 7,
  order: 7,
  title: {
    en: 'The law, nation by nation',
    cy: 'Y gyfraith, fesul gwlad',
  },
  summary: {
    en: 'The main criminal laws that can apply to online abuse, and where in the UK each one applies.',
    cy: 'Y prif gyfreithiau troseddol a all fod yn berthnasol i gam-drin ar-lein, a ble yn y DU mae pob un yn berthnasol.',
  },
  lastReviewed: '2026-11-24',
  layout: [
    {
      blockType: 'callout',
      variant: 'information',
      heading: {
        en: 'This is a guide, not legal advice',
        cy: 'Canllaw yw hwn, nid cyngor cyfreithiol',
      },
      body: {
        en: [
          { p: 'You do not need to know which law applies before you report. That is the job of the police and prosecutors. This page helps you understand what they may look at.' },
          { p: 'Criminal law is different in each part of the UK. Check which nation you are in.' },
        ],
        cy: [
          { p: 'Does dim angen i chi wybod pa gyfraith sy’n berthnasol cyn i chi riportio. Gwaith yr heddlu ac erlynwyr yw hynny. Mae’r dudalen hon yn eich helpu i ddeall beth y gallent edrych arno.' },
          { p: 'Mae cyfraith droseddol yn wahanol ym mhob rhan o’r DU. Gwiriwch ym mha wlad rydych chi.' },
        ],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'England, Wales and Northern Ireland: the Online Safety Act 2023',
        cy: 'Cymru, Lloegr a Gogledd Iwerddon: Deddf Diogelwch Ar-lein 2023',
      },
      body: {
        en: [
          { p: 'Two offences in the Online Safety Act 2023 came into force on **31 January 2024**. They apply in England, Wales and Northern Ireland. They do not apply in Scotland.' },
          {
            ul: [
              '**Section 179: false communications.** Sending a message you know is false, meaning to cause someone real harm, without a good reason.',
              '**Section 181: threatening communications.** Sending a message that threatens death or serious harm. The sender means the person to fear it will be carried out, or does not care whether they do.',
            ],
          },
          { p: 'These offences are in [Part 10 of the Act](https://www.legislation.gov.uk/ukpga/2023/50/part/10).' },
        ],
        cy: [
          { p: 'Daeth dwy drosedd yn Neddf Diogelwch Ar-lein 2023 i rym ar **31 Ionawr 2024**. Maen nhw’n berthnasol yng Nghymru, Lloegr a Gogledd Iwerddon. Nid ydynt yn berthnasol yn yr Alban.' },
          {
            ul: [
              '**Adran 179: cyfathrebu ffug.** Anfon neges rydych chi’n gwybod ei bod yn ffug, gyda’r bwriad o achosi niwed gwirioneddol i rywun, heb reswm da.',
              '**Adran 181: cyfathrebu bygythiol.** Anfon neges sy’n bygwth marwolaeth neu niwed difrifol. Mae’r anfonwr yn bwriadu i’r person ofni y caiff ei gyflawni, neu does dim ots ganddo a ydynt yn ofni hynny.',
            ],
          },
          { p: 'Mae’r troseddau hyn yn [Rhan 10 y Ddeddf](https://www.legislation.gov.uk/ukpga/2023/50/part/10).' },
        ],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'England and Wales: harassment and older laws',
        cy: 'Cymru a Lloegr: aflonyddu a chyfreithiau hŷn',
      },
      body: {
        en: [
          { p: '**Protection from Harassment Act 1997.** Harassment means a **course of conduct**: at least two incidents by the same person. One message on its own is usually not harassment. This is why linking incidents in your record matters.' },
          { p: '**Malicious Communications Act 1988.** Parts of this older law have been replaced by the offences in the 2023 Act. The police will know which one fits a case.' },
        ],
        cy: [
          { p: '**Deddf Diogelu rhag Aflonyddu 1997.** Mae aflonyddu yn golygu **cwrs o ymddygiad**: o leiaf dau ddigwyddiad gan yr un person. Fel arfer nid yw un neges ar ei phen ei hun yn aflonyddu. Dyma pam mae cysylltu digwyddiadau yn eich cofnod yn bwysig.' },
          { p: '**Deddf Cyfathrebu Maleisus 1988.** Mae rhannau o’r gyfraith hŷn hon wedi cael eu disodli gan y troseddau yn Neddf 2023. Bydd yr heddlu’n gwybod pa un sy’n addas i achos.' },
        ],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Northern Ireland',
        cy: 'Gogledd Iwerddon',
      },
      body: {
        en: [{ p: 'The Online Safety Act offences above apply. Northern Ireland has its own laws on harassment too. Ask the Police Service of Northern Ireland (PSNI) on 101 which apply to you.' }],
        cy: [{ p: 'Mae troseddau’r Ddeddf Diogelwch Ar-lein uchod yn berthnasol. Mae gan Ogledd Iwerddon ei chyfreithiau ei hun ar aflonyddu hefyd. Gofynnwch i Wasanaeth Heddlu Gogledd Iwerddon (PSNI) ar 101 pa rai sy’n berthnasol i chi.' }],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Scotland',
        cy: 'Yr Alban',
      },
      body: {
        en: [
          { p: 'Scotland has its own criminal law. The Online Safety Act offences above do not apply there. Instead, the police may use:' },
          {
            ul: [
              '**Criminal Justice and Licensing (Scotland) Act 2010, section 38:** threatening or abusive behaviour.',
              '**Criminal Justice and Licensing (Scotland) Act 2010, section 39:** stalking.',
              '**Communications Act 2003, section 127:** sending messages over a public network that are grossly offensive, indecent, obscene or menacing.',
            ],
          },
          { p: 'Report to Police Scotland on 101, or 999 in an emergency.' },
        ],
        cy: [
          { p: 'Mae gan yr Alban ei chyfraith droseddol ei hun. Nid yw troseddau’r Ddeddf Diogelwch Ar-lein uchod yn berthnasol yno. Yn hytrach, gall yr heddlu ddefnyddio:' },
          {
            ul: [
              '**Deddf Cyfiawnder Troseddol a Thrwyddedu (yr Alban) 2010, adran 38:** ymddygiad bygythiol neu sarhaus.',
              '**Deddf Cyfiawnder Troseddol a Thrwyddedu (yr Alban) 2010, adran 39:** stelcian.',
              '**Deddf Cyfathrebiadau 2003, adran 127:** anfon negeseuon dros rwydwaith cyhoeddus sy’n hynod dramgwyddus, yn anweddus, yn anllad neu’n fygythiol.',
            ],
          },
          { p: 'Riportiwch i Heddlu’r Alban ar 101, neu 999 mewn argyfwng.' },
        ],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Guidance for candidates: “When it goes too far”',
        cy: 'Canllawiau i ymgeiswyr: “When it goes too far”',
      },
      body: {
        en: [
          { p: 'The Crown Prosecution Service (CPS), the Electoral Commission and the police publish joint guidance for candidates. It explains when behaviour crosses the line into a crime, and when to call the police. Find it on the [Electoral Commission’s website](https://www.electoralcommission.org.uk/our-guidance/candidate-or-agent/guidance-about-harassment-and-intimidation).' },
        ],
        cy: [
          { p: 'Mae Gwasanaeth Erlyn y Goron (CPS), y Comisiwn Etholiadol a’r heddlu yn cyhoeddi canllawiau ar y cyd i ymgeiswyr. Maen nhw’n egluro pryd mae ymddygiad yn troi’n drosedd, a phryd i ffonio’r heddlu. Dewch o hyd iddynt ar [wefan y Comisiwn Etholiadol](https://www.electoralcommission.org.uk/our-guidance/candidate-or-agent/guidance-about-harassment-and-intimidation).' },
        ],
      },
    },
    { blockType: 'contactCard', kind: 'police-non-emergency' },
  ],
  sources: [
    { title: 'Online Safety Act 2023, Part 10 (communications offences)', url: 'https://www.legislation.gov.uk/ukpga/2023/50/part/10' },
    { title: 'Online Safety Act 2023, section 179 (false communications)', url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/179' },
    { title: 'Online Safety Act 2023, section 181 (threatening communications)', url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/181' },
    { title: 'Protection from Harassment Act 1997', url: 'https://www.legislation.gov.uk/ukpga/1997/40/contents' },
    { title: 'Malicious Communications Act 1988', url: 'https://www.legislation.gov.uk/ukpga/1988/27/contents' },
    {
      title: 'Criminal Justice and Licensing (Scotland) Act 2010, section 38',
      url: 'https://www.legislation.gov.uk/asp/2010/13/section/38',
    },
    {
      title: 'Criminal Justice and Licensing (Scotland) Act 2010, section 39',
      url: 'https://www.legislation.gov.uk/asp/2010/13/section/39',
    },
    { title: 'Communications Act 2003, section 127', url: 'https://www.legislation.gov.uk/ukpga/2003/21/section/127' },
    { title: 'Crown Prosecution Service', url: 'https://www.cps.gov.uk/' },
    {
      title: 'Electoral Commission: guidance about harassment and intimidation',
      url: 'https://www.electoralcommission.org.uk/our-guidance/candidate-or-agent/guidance-about-harassment-and-intimidation',
    },
  ],
}
