import type { SeedPage } from '../types'

export const page: SeedPage = {
  slug: 'the-law',
  section: 7,
  order: 7,
  contentVersion: 2,
  title: {
    en: 'The law, nation by nation',
    cy: 'Y gyfraith, fesul gwlad',
  },
  summary: {
    en: 'The main criminal laws that can apply to online abuse, and where in the UK each one applies.',
    cy: 'Y prif gyfreithiau troseddol a all fod yn berthnasol i gam-drin ar-lein, a ble yn y DU mae pob un yn berthnasol.',
  },
  lastReviewed: '2026-12-02',
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
              '**Section 179: false communications.** Sending a message you know is false, intending it to cause “non-trivial psychological or physical harm to a likely audience”, without a reasonable excuse. It is tried in a magistrates’ court only.',
              '**Section 181: threatening communications.** Sending a message that threatens death or serious harm. The sender means the person to fear it will be carried out, or does not care whether they do. Serious harm includes serious injury, rape, assault by penetration and serious financial loss.',
            ],
          },
          { p: 'These offences are in [Part 10 of the Act](https://www.legislation.gov.uk/ukpga/2023/50/part/10).' },
        ],
        cy: [
          { p: 'Daeth dwy drosedd yn Neddf Diogelwch Ar-lein 2023 i rym ar **31 Ionawr 2024**. Maen nhw’n berthnasol yng Nghymru, Lloegr a Gogledd Iwerddon. Nid ydynt yn berthnasol yn yr Alban.' },
          {
            ul: [
              '**Adran 179: cyfathrebu ffug.** Anfon neges rydych chi’n gwybod ei bod yn ffug, gyda’r bwriad iddi achosi niwed seicolegol neu gorfforol “nad yw’n ddibwys” i gynulleidfa debygol, heb esgus rhesymol. Dim ond mewn llys ynadon y caiff ei rhoi ar brawf.',
              '**Adran 181: cyfathrebu bygythiol.** Anfon neges sy’n bygwth marwolaeth neu niwed difrifol. Mae’r anfonwr yn bwriadu i’r person ofni y caiff ei gyflawni, neu does dim ots ganddo a ydynt yn ofni hynny. Mae niwed difrifol yn cynnwys anaf difrifol, trais rhywiol, ymosod drwy dreiddio a cholled ariannol ddifrifol.',
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
          { p: '**Protection from Harassment Act 1997.** Harassment means a **course of conduct**. Where one person is targeted, that means conduct on at least two occasions. Where two or more people are targeted, one occasion towards each of them is enough. One message to one person is usually not harassment. This is why linking incidents in your record matters.' },
          { p: 'The same Act makes **stalking** an offence (sections 2A and 4A), including stalking that makes someone fear violence or causes them serious alarm or distress.' },
          { p: '**Malicious Communications Act 1988.** Parts of this older law have been replaced by the offences in the 2023 Act. The police will know which one fits a case.' },
        ],
        cy: [
          { p: '**Deddf Diogelu rhag Aflonyddu 1997.** Mae aflonyddu yn golygu **cwrs o ymddygiad**. Pan fydd un person yn cael ei dargedu, mae hynny’n golygu ymddygiad ar o leiaf ddau achlysur. Pan fydd dau neu fwy o bobl yn cael eu targedu, mae un achlysur tuag at bob un ohonynt yn ddigon. Fel arfer nid yw un neges i un person yn aflonyddu. Dyma pam mae cysylltu digwyddiadau yn eich cofnod yn bwysig.' },
          { p: 'Mae’r un Ddeddf yn gwneud **stelcian** yn drosedd (adrannau 2A a 4A), gan gynnwys stelcian sy’n gwneud i rywun ofni trais neu sy’n achosi braw neu ofid difrifol iddynt.' },
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
        en: [
          { p: 'The Online Safety Act offences above apply. Northern Ireland has its own laws on harassment and stalking too, among them the **Protection from Stalking Act (Northern Ireland) 2022**: section 1 (stalking) and section 2 (threatening or abusive behaviour).' },
          { p: 'Ask the Police Service of Northern Ireland (PSNI) on 101 which apply to you.' },
        ],
        cy: [
          { p: 'Mae troseddau’r Ddeddf Diogelwch Ar-lein uchod yn berthnasol. Mae gan Ogledd Iwerddon ei chyfreithiau ei hun ar aflonyddu a stelcian hefyd, gan gynnwys **Deddf Diogelu rhag Stelcian (Gogledd Iwerddon) 2022**: adran 1 (stelcian) ac adran 2 (ymddygiad bygythiol neu sarhaus).' },
          { p: 'Gofynnwch i Wasanaeth Heddlu Gogledd Iwerddon (PSNI) ar 101 pa rai sy’n berthnasol i chi.' },
        ],
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
              '**Hate Crime and Public Order (Scotland) Act 2021**, in force since 1 April 2024: stirring up hatred, and crimes aggravated by prejudice.',
              '**Breach of the peace**, an offence under Scottish common law.',
              '**Communications Act 2003, section 127(1)**, which applies across the UK (see below).',
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
              '**Deddf Troseddau Casineb a Threfn Gyhoeddus (yr Alban) 2021**, mewn grym ers 1 Ebrill 2024: annog casineb, a throseddau a waethygir gan ragfarn.',
              '**Tor-heddwch** (breach of the peace), trosedd o dan gyfraith gyffredin yr Alban.',
              '**Deddf Cyfathrebiadau 2003, adran 127(1)**, sy’n berthnasol ledled y DU (gweler isod).',
            ],
          },
          { p: 'Riportiwch i Heddlu’r Alban ar 101, neu 999 mewn argyfwng.' },
        ],
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'Across the UK: the Communications Act 2003',
        cy: 'Ledled y DU: Deddf Cyfathrebiadau 2003',
      },
      body: {
        en: [
          { p: '**Section 127(1)** makes it an offence to send a message over a public network (such as the internet or a phone line) that is grossly offensive, indecent, obscene or menacing. It applies in every part of the UK.' },
          { p: 'The Online Safety Act 2023 (section 189) repealed only the parts of section 127 about false or persistent messages, in section 127(2), for England, Wales and Northern Ireland, where the new false communications offence replaces them.' },
        ],
        cy: [
          { p: 'Mae **adran 127(1)** yn ei gwneud yn drosedd anfon neges dros rwydwaith cyhoeddus (fel y rhyngrwyd neu linell ffôn) sy’n hynod dramgwyddus, yn anweddus, yn anllad neu’n fygythiol. Mae’n berthnasol ym mhob rhan o’r DU.' },
          { p: 'Dim ond y rhannau o adran 127 am negeseuon ffug neu barhaus, yn adran 127(2), a ddiddymodd Deddf Diogelwch Ar-lein 2023 (adran 189), a hynny yng Nghymru, Lloegr a Gogledd Iwerddon, lle mae’r drosedd cyfathrebu ffug newydd yn cymryd eu lle.' },
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
          { p: 'The police (the National Police Chiefs’ Council and the College of Policing), the Crown Prosecution Service (CPS) and the Electoral Commission publish joint guidance for candidates **in England and Wales**. It explains when behaviour crosses the line into a crime, and when to call the police. Find it on the [Electoral Commission’s website](https://www.electoralcommission.org.uk/our-guidance/candidate-or-agent/guidance-about-harassment-and-intimidation). In Scotland and Northern Ireland, the law differs: ask your police service.' },
        ],
        cy: [
          { p: 'Mae’r heddlu (Cyngor Cenedlaethol Prif Swyddogion yr Heddlu a’r Coleg Plismona), Gwasanaeth Erlyn y Goron (CPS) a’r Comisiwn Etholiadol yn cyhoeddi canllawiau ar y cyd i ymgeiswyr **yng Nghymru a Lloegr**. Maen nhw’n egluro pryd mae ymddygiad yn troi’n drosedd, a phryd i ffonio’r heddlu. Dewch o hyd iddynt ar [wefan y Comisiwn Etholiadol](https://www.electoralcommission.org.uk/our-guidance/candidate-or-agent/guidance-about-harassment-and-intimidation). Yn yr Alban a Gogledd Iwerddon, mae’r gyfraith yn wahanol: gofynnwch i’ch gwasanaeth heddlu.' },
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
    { title: 'Protection from Harassment Act 1997, section 7 (course of conduct)', url: 'https://www.legislation.gov.uk/ukpga/1997/40/section/7' },
    { title: 'Protection from Harassment Act 1997, section 2A (stalking)', url: 'https://www.legislation.gov.uk/ukpga/1997/40/section/2A' },
    { title: 'Protection from Harassment Act 1997, section 4A (stalking involving fear of violence or serious alarm or distress)', url: 'https://www.legislation.gov.uk/ukpga/1997/40/section/4A' },
    { title: 'Protection from Stalking Act (Northern Ireland) 2022', url: 'https://www.legislation.gov.uk/nia/2022/17/crossheading/offences' },
    { title: 'Hate Crime and Public Order (Scotland) Act 2021', url: 'https://www.legislation.gov.uk/asp/2021/14/contents' },
    { title: 'Online Safety Act 2023, section 189 (repeals in the Communications Act 2003)', url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/189' },
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
      title: 'Electoral Commission: guidance about harassment and intimidation, including the joint NPCC, CPS, College of Policing and Electoral Commission guidance for candidates in England and Wales (November 2019)',
      url: 'https://www.electoralcommission.org.uk/our-guidance/candidate-or-agent/guidance-about-harassment-and-intimidation',
    },
  ],
}
