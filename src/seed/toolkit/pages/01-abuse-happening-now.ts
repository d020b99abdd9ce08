import type { SeedPage } from '../types'

/**
 * Section 1: the emergency page. Kept short and action-first: the reader may be under attack
 * while reading it, probably on a phone. Every string carries en, cy, gd and ga.
 */
export const page: SeedPage = {
  slug: 'abuse-happening-now',
  section: 1,
  order: 1,
  contentVersion: 2,
  title: {
    en: 'Abuse happening now',
    cy: 'Cam-drin yn digwydd nawr',
    gd: 'Droch-dhìol a’ tachairt an-dràsta',
    ga: 'Mí-úsáid ag tarlú anois',
  },
  summary: {
    en: 'What to do, step by step, if you are being abused or threatened right now.',
    cy: 'Beth i’w wneud, gam wrth gam, os ydych chi’n cael eich cam-drin neu eich bygwth nawr.',
    gd: 'Dè bu chòir dhut a dhèanamh, ceum air cheum, ma thathar gad dhroch-dhìol no gad bhagairt an-dràsta.',
    ga: 'Cad is féidir leat a dhéanamh, céim ar chéim, má tá tú á mhí-úsáid nó á bhagairt anois.',
  },
  lastReviewed: '2026-12-02',
  layout: [
    {
      blockType: 'callout',
      variant: 'emergency',
      heading: {
        en: 'In danger right now? Call 999',
        cy: 'Mewn perygl nawr? Ffoniwch 999',
        gd: 'Ann an cunnart an-dràsta? Fòn gu 999',
        ga: 'I mbaol anois? Glaoigh ar 999',
      },
      body: {
        en: [
          { p: 'If you, your family or anyone else is in **immediate danger**, call **999** now. **112** works too.' },
          { p: 'Call 999 if someone threatens to hurt you and could do it soon. Call 999 if someone is at your home or office and you feel unsafe.' },
          { p: 'Evidence and reports can wait. Your safety comes first.' },
        ],
        cy: [
          { p: 'Os ydych chi, eich teulu neu unrhyw un arall mewn **perygl uniongyrchol**, ffoniwch **999** nawr. Mae **112** yn gweithio hefyd.' },
          { p: 'Ffoniwch 999 os oes rhywun yn bygwth eich niweidio ac yn gallu gwneud hynny’n fuan. Ffoniwch 999 os oes rhywun wrth eich cartref neu’ch swyddfa a’ch bod yn teimlo’n anniogel.' },
          { p: 'Gall tystiolaeth ac adroddiadau aros. Eich diogelwch chi sy’n dod gyntaf.' },
        ],
        gd: [
          { p: 'Ma tha thu fhèin, do theaghlach no neach sam bith eile ann an **cunnart sa bhad**, fòn gu **999** an-dràsta. Obraichidh **112** cuideachd.' },
          { p: 'Fòn gu 999 ma tha cuideigin a’ bagairt do ghoirteachadh agus gum b’ urrainn dhaibh sin a dhèanamh a dh’aithghearr. Fòn gu 999 ma tha cuideigin aig an taigh no aig an oifis agad agus tu a’ faireachdainn mì-shàbhailte.' },
          { p: 'Faodaidh fianais agus aithisgean feitheamh. Tha do shàbhailteachd an toiseach.' },
        ],
        ga: [
          { p: 'Má tá tú féin, do theaghlach nó duine ar bith eile i **mbaol láithreach**, glaoigh ar **999** anois. Oibríonn **112** freisin.' },
          { p: 'Glaoigh ar 999 má tá duine ag bagairt go ngortóidh sé thú agus go bhféadfadh sé é sin a dhéanamh go luath. Glaoigh ar 999 má tá duine ag do theach nó ag d’oifig agus go mbraitheann tú nach bhfuil tú slán.' },
          { p: 'Is féidir leis an bhfianaise agus leis na tuairiscí fanacht. Is í do shábháilteacht an chéad rud.' },
        ],
      },
    },
    {
      blockType: 'contactCard',
      kind: 'emergency',
      heading: {
        en: 'Emergency',
        cy: 'Argyfwng',
        gd: 'Èiginn',
        ga: 'Éigeandáil',
      },
    },
    {
      blockType: 'callout',
      variant: 'information',
      heading: {
        en: 'If you are Deaf or cannot speak on the phone',
        cy: 'Os ydych chi’n Fyddar neu’n methu siarad ar y ffôn',
        gd: 'Ma tha thu bodhar no mur urrainn dhut bruidhinn air a’ fòn',
        ga: 'Má tá tú Bodhar nó mura féidir leat labhairt ar an bhfón',
      },
      body: {
        en: [
          {
            ul: [
              '**999 BSL**: a free video relay service. Open the 999 BSL app or website, and a British Sign Language interpreter connects you to the emergency services.',
              '**Text relay**: from a textphone, or the Relay UK app on a smartphone, call **18000**.',
              '**Text 999 (emergencySMS)**: for people who are Deaf, hard of hearing or speech-impaired. **Register first**, before you need it: text the word **register** to **999** and follow the reply.',
            ],
          },
        ],
        cy: [
          {
            ul: [
              '**999 BSL**: gwasanaeth cyfnewid fideo am ddim. Agorwch ap neu wefan 999 BSL, a bydd dehonglydd Iaith Arwyddion Prydain yn eich cysylltu â’r gwasanaethau brys.',
              '**Cyfnewid testun**: o ffôn testun, neu ap Relay UK ar ffôn clyfar, ffoniwch **18000**.',
              '**Tecstio 999 (emergencySMS)**: i bobl sy’n Fyddar, yn drwm eu clyw neu sydd â nam ar eu lleferydd. **Cofrestrwch yn gyntaf**, cyn bod ei angen arnoch: tecstiwch y gair **register** i **999** a dilynwch yr ateb.',
            ],
          },
        ],
        gd: [
          {
            ul: [
              '**999 BSL**: seirbheis sealaidh bhidio an-asgaidh. Fosgail an aplacaid no an làrach-lìn 999 BSL, agus ceanglaidh eadar-theangair Cànan Soidhnidh Bhreatainn thu ris na seirbheisean-èiginn.',
              '**Sealaidh teacsa**: bho fòn-teacsa, no leis an aplacaid Relay UK air fòn-cliste, fòn gu **18000**.',
              '**Teacsa gu 999 (emergencySMS)**: airson daoine a tha bodhar, a tha trom air claisneachd no aig a bheil duilgheadas cainnte. **Clàraich an toiseach**, mus bi feum agad air: cuir am facal **register** ann an teacsa gu **999** agus lean an fhreagairt.',
            ],
          },
        ],
        ga: [
          {
            ul: [
              '**999 BSL**: seirbhís athsheachadta físe saor in aisce. Oscail aip nó suíomh gréasáin 999 BSL, agus ceanglóidh ateangaire Teanga Chomharthaíochta na Breataine thú leis na seirbhísí éigeandála.',
              '**Athsheachadadh téacs**: ó théacsfón, nó leis an aip Relay UK ar fhón cliste, glaoigh ar **18000**.',
              '**Téacs chuig 999 (emergencySMS)**: do dhaoine atá Bodhar, a bhfuil deacracht éisteachta acu nó a bhfuil lagú urlabhra orthu. **Cláraigh ar dtús**, sula mbeidh sé de dhíth ort: seol an focal **register** i dteachtaireacht téacs chuig **999** agus lean an freagra.',
            ],
          },
        ],
      },
    },
    {
      blockType: 'steps',
      heading: {
        en: 'If you are not in immediate danger',
        cy: 'Os nad ydych chi mewn perygl uniongyrchol',
        gd: 'Mura h-eil thu ann an cunnart sa bhad',
        ga: 'Mura bhfuil tú i mbaol láithreach',
      },
      style: 'steps',
      items: [
        {
          title: {
            en: 'Keep the evidence first',
            cy: 'Cadw’r dystiolaeth yn gyntaf',
            gd: 'Glèidh an fhianais an toiseach',
            ga: 'Coinnigh an fhianaise ar dtús',
          },
          detail: {
            en: [
              { p: 'Do this before you block or report. Once you block someone, you may not be able to see their posts.' },
              {
                ul: [
                  'Take a screenshot of the post or message. Make sure the date and time show.',
                  'Take a screenshot of the **account’s profile** too. This shows who posted it and that the account was public.',
                  'Copy the link to the post and the account’s handle (their @name).',
                  'Do not delete anything, even your own replies.',
                ],
              },
              { p: 'If it is too much to look at, ask someone you trust to do this for you.' },
            ],
            cy: [
              { p: 'Gwnewch hyn cyn i chi flocio neu riportio. Ar ôl i chi flocio rhywun, efallai na fyddwch chi’n gallu gweld eu negeseuon.' },
              {
                ul: [
                  'Tynnwch sgrinlun o’r neges neu’r postiad. Gwnewch yn siŵr bod y dyddiad a’r amser i’w gweld.',
                  'Tynnwch sgrinlun o **broffil y cyfrif** hefyd. Mae hyn yn dangos pwy a’i postiodd a bod y cyfrif yn gyhoeddus.',
                  'Copïwch y ddolen i’r postiad ac enw defnyddiwr y cyfrif (eu @enw).',
                  'Peidiwch â dileu dim byd, hyd yn oed eich atebion eich hun.',
                ],
              },
              { p: 'Os yw’n ormod i chi edrych arno, gofynnwch i rywun rydych chi’n ymddiried ynddo wneud hyn ar eich rhan.' },
            ],
            gd: [
              { p: 'Dèan seo mus bac thu no mus dèan thu aithris. Nuair a bhacas tu cuideigin, is dòcha nach fhaic thu na puist aca tuilleadh.' },
              {
                ul: [
                  'Gabh glacadh-sgrìn den phost no den teachdaireachd. Dèan cinnteach gu bheil an ceann-latha agus an t-àm rim faicinn.',
                  'Gabh glacadh-sgrìn de **phròifil a’ chunntais** cuideachd. Seallaidh seo cò a chuir suas e agus gun robh an cunntas poblach.',
                  'Dèan lethbhreac den cheangal ris a’ phost agus de ainm-cleachdaiche a’ chunntais (an @ainm aca).',
                  'Na sguab às dad, fiù ’s na freagairtean agad fhèin.',
                ],
              },
              { p: 'Ma tha e ro dhoirbh dhut coimhead air, iarr air cuideigin earbsach seo a dhèanamh às do leth.' },
            ],
            ga: [
              { p: 'Déan é seo sula gcuireann tú bac ar dhuine nó sula dtuairiscíonn tú é. Nuair a chuireann tú bac ar dhuine, b’fhéidir nach mbeidh tú in ann a chuid postálacha a fheiceáil.' },
              {
                ul: [
                  'Tóg gabháil scáileáin den phostáil nó den teachtaireacht. Bí cinnte go bhfuil an dáta agus an t-am le feiceáil.',
                  'Tóg gabháil scáileáin de **phróifíl an chuntais** freisin. Taispeánann sé sin cé a chuir suas é agus go raibh an cuntas poiblí.',
                  'Cóipeáil an nasc chuig an bpostáil agus ainm úsáideora an chuntais (a @ainm).',
                  'Ná scrios aon rud, fiú na freagraí a thug tú féin.',
                ],
              },
              { p: 'Más rud é go bhfuil sé ródheacair duit féachaint air, iarr ar dhuine a bhfuil muinín agat as é a dhéanamh ar do shon.' },
            ],
          },
        },
        {
          title: {
            en: 'Block, mute and report on the platform',
            cy: 'Blocio, tewi a riportio ar y platfform',
            gd: 'Bac, mùch agus dèan aithris air an àrd-ùrlar',
            ga: 'Cuir bac, balbhaigh agus tuairiscigh ar an ardán',
          },
          detail: {
            en: [
              { p: '**Report** the post to the platform. Pick the reason that fits best, such as threats, harassment or hate.' },
              { p: '**Block** the account so it cannot contact you. Or **mute** it, so you stop seeing it but can still check it later.' },
              { p: 'Write down the date you reported it and any reference the platform gives you.' },
            ],
            cy: [
              { p: '**Riportiwch** y postiad i’r platfform. Dewiswch y rheswm sy’n gweddu orau, fel bygythiadau, aflonyddu neu gasineb.' },
              { p: '**Blociwch** y cyfrif fel na all gysylltu â chi. Neu **tewch** y cyfrif, fel nad ydych chi’n ei weld ond yn dal i allu ei wirio wedyn.' },
              { p: 'Nodwch y dyddiad y gwnaethoch chi ei riportio ac unrhyw gyfeirnod y mae’r platfform yn ei roi i chi.' },
            ],
            gd: [
              { p: '**Dèan aithris** air a’ phost chun an àrd-ùrlair. Tagh an t-adhbhar as fheàrr a fhreagras, leithid bagairtean, sàrachadh no gràin.' },
              { p: '**Bac** an cunntas gus nach urrainn dha fios a chur thugad. No **mùch** e, gus nach fhaic thu e ach gum faod thu sùil a thoirt air a-rithist.' },
              { p: 'Sgrìobh sìos an ceann-latha a rinn thu an aithris agus àireamh-iomraidh sam bith a bheir an t-àrd-ùrlar dhut.' },
            ],
            ga: [
              { p: '**Tuairiscigh** an phostáil don ardán. Roghnaigh an chúis is fearr a oireann, mar shampla bagairtí, ciapadh nó fuath.' },
              { p: '**Cuir bac** ar an gcuntas ionas nach féidir leis teagmháil a dhéanamh leat. Nó **balbhaigh** é, ionas nach bhfeicfidh tú é ach go mbeidh tú in ann féachaint air níos déanaí.' },
              { p: 'Scríobh síos an dáta ar thuairiscigh tú é agus aon uimhir thagartha a thugann an t-ardán duit.' },
            ],
          },
        },
        {
          title: {
            en: 'Lock or hide your account if you need to',
            cy: 'Cloi neu guddio eich cyfrif os oes angen',
            gd: 'Glais no falaich an cunntas agad ma dh’fheumas tu',
            ga: 'Cuir glas ar do chuntas nó folaigh é más gá',
          },
          detail: {
            en: [
              { p: 'You can make your account private for a while, turn off comments or limit who can reply. You can undo this later.' },
              { p: 'The guide below shows how on each main platform.' },
            ],
            cy: [
              { p: 'Gallwch wneud eich cyfrif yn breifat am gyfnod, diffodd sylwadau neu gyfyngu ar bwy all ateb. Gallwch ddadwneud hyn wedyn.' },
              { p: 'Mae’r canllaw isod yn dangos sut ar bob un o’r prif blatfformau.' },
            ],
            gd: [
              { p: 'Faodaidh tu an cunntas agad a dhèanamh prìobhaideach airson greis, beachdan a chur dheth no cuingealachadh a chur air cò a dh’fhaodas freagairt. Faodaidh tu seo a thoirt air ais a-rithist.' },
              { p: 'Seallaidh an stiùireadh gu h-ìosal mar a nì thu seo air gach prìomh àrd-ùrlar.' },
            ],
            ga: [
              { p: 'Is féidir leat do chuntas a dhéanamh príobháideach ar feadh tamaill, tráchtanna a mhúchadh nó srian a chur ar cé atá in ann freagra a thabhairt. Is féidir leat é seo a chealú níos déanaí.' },
              { p: 'Taispeánann an treoir thíos conas é a dhéanamh ar gach príomhardán.' },
            ],
          },
        },
        {
          title: {
            en: 'Tell your council’s named officer',
            cy: 'Rhoi gwybod i swyddog enwebedig eich cyngor',
            gd: 'Innis don oifigear ainmichte aig a’ chomhairle agad',
            ga: 'Inis don oifigeach ainmnithe ag do chomhairle',
          },
          detail: {
            en: [
              { p: 'At {{tenant.name}}, contact {{contact:monitoring-officer}}. They can give support, keep a record and help you decide what to do next.' },
              { p: 'Tell your political group or party too, if you have one.' },
            ],
            cy: [
              { p: 'Yn {{tenant.name}}, cysylltwch â {{contact:monitoring-officer}}. Gallant roi cymorth, cadw cofnod a’ch helpu i benderfynu beth i’w wneud nesaf.' },
              { p: 'Rhowch wybod i’ch grŵp gwleidyddol neu’ch plaid hefyd, os oes gennych chi un.' },
            ],
            gd: [
              { p: 'Aig {{tenant.name}}, cuir fios gu {{contact:monitoring-officer}}. Is urrainn dhaibh taic a thoirt, clàr a chumail agus do chuideachadh gus co-dhùnadh dè an ath cheum.' },
              { p: 'Innis don bhuidheann phoilitigeach no don phàrtaidh agad cuideachd, ma tha fear agad.' },
            ],
            ga: [
              { p: 'Ag {{tenant.name}}, déan teagmháil le {{contact:monitoring-officer}}. Is féidir leo tacaíocht a thabhairt, taifead a choinneáil agus cabhrú leat cinneadh a dhéanamh faoin gcéad chéim eile.' },
              { p: 'Inis do do ghrúpa polaitiúil nó do do pháirtí freisin, má tá ceann agat.' },
            ],
          },
        },
        {
          title: {
            en: 'Call the police on 101',
            cy: 'Ffonio’r heddlu ar 101',
            gd: 'Fòn chun a’ phoileis air 101',
            ga: 'Glaoigh ar na póilíní ar 101',
          },
          detail: {
            en: [
              { p: 'Call **101** to report threats, stalking or abuse that keeps coming back. This reaches {{tenant.police}}.' },
              { p: 'Say that you are an elected member or candidate. Ask for the force’s adviser for elected officials if there is one.' },
              { p: 'Write down the crime reference number you are given.' },
            ],
            cy: [
              { p: 'Ffoniwch **101** i roi gwybod am fygythiadau, stelcian neu gam-drin sy’n dal i ddigwydd. Mae hyn yn eich cysylltu â {{tenant.police}}.' },
              { p: 'Dywedwch eich bod yn aelod etholedig neu’n ymgeisydd. Gofynnwch am gynghorydd yr heddlu ar gyfer swyddogion etholedig, os oes un.' },
              { p: 'Nodwch y cyfeirnod trosedd a roddir i chi.' },
            ],
            gd: [
              { p: 'Fòn gu **101** gus aithris a dhèanamh air bagairtean, stalcaireachd no droch-dhìol a tha a’ leantainn. Ruigidh seo {{tenant.police}}.' },
              { p: 'Innis gur e ball taghte no tagraiche a th’ annad. Iarr comhairliche a’ phoileis airson oifigearan taghte, ma tha fear ann.' },
              { p: 'Sgrìobh sìos an àireamh-iomraidh eucoir a gheibh thu.' },
            ],
            ga: [
              { p: 'Glaoigh ar **101** chun bagairtí, stalcaireacht nó mí-úsáid a leanann ar aghaidh a thuairisciú. Sroicheann sé seo {{tenant.police}}.' },
              { p: 'Abair gur ball tofa nó iarrthóir thú. Iarr comhairleoir na bpóilíní d’oifigigh thofa, má tá a leithéid ann.' },
              { p: 'Scríobh síos an uimhir thagartha coire a thugtar duit.' },
            ],
          },
        },
      ],
    },
    {
      blockType: 'platformGuide',
      heading: {
        en: 'How to report, block, mute and lock, platform by platform',
        cy: 'Sut i riportio, blocio, tewi a chloi, fesul platfform',
        gd: 'Mar a nì thu aithris, bacadh, mùchadh agus glasadh, àrd-ùrlar air àrd-ùrlar',
        ga: 'Conas tuairisciú, bac a chur, balbhú agus glas a chur, ardán ar ardán',
      },
      platforms: [
        {
          platform: 'x',
          report: {
            en: 'Tap the three dots on the post, then “Report post”. Choose the reason that fits.',
            cy: 'Tapiwch y tri dot ar y postiad, yna “Report post”. Dewiswch y rheswm sy’n gweddu.',
            gd: 'Thoir gnogag air na trì dotagan air a’ phost, an uairsin “Report post”. Tagh an t-adhbhar a fhreagras.',
            ga: 'Tapáil na trí phonc ar an bpostáil, ansin “Report post”. Roghnaigh an chúis a oireann.',
          },
          block: {
            en: 'Open the account’s profile, tap the three dots, then “Block”.',
            cy: 'Agorwch broffil y cyfrif, tapiwch y tri dot, yna “Block”.',
            gd: 'Fosgail pròifil a’ chunntais, thoir gnogag air na trì dotagan, an uairsin “Block”.',
            ga: 'Oscail próifíl an chuntais, tapáil na trí phonc, ansin “Block”.',
          },
          mute: {
            en: 'Open the profile, tap the three dots, then “Mute”. You can also mute words in your privacy and safety settings.',
            cy: 'Agorwch y proffil, tapiwch y tri dot, yna “Mute”. Gallwch hefyd dewi geiriau yn eich gosodiadau preifatrwydd a diogelwch.',
            gd: 'Fosgail a’ phròifil, thoir gnogag air na trì dotagan, an uairsin “Mute”. Faodaidh tu faclan a mhùchadh cuideachd anns na roghainnean prìobhaideachd is sàbhailteachd.',
            ga: 'Oscail an phróifíl, tapáil na trí phonc, ansin “Mute”. Is féidir leat focail a bhalbhú freisin i do shocruithe príobháideachta agus sábháilteachta.',
          },
          lockOrHide: {
            en: 'In your privacy and safety settings, turn on “Protect your posts”. Then only your followers see new posts.',
            cy: 'Yn eich gosodiadau preifatrwydd a diogelwch, trowch “Protect your posts” ymlaen. Wedyn dim ond eich dilynwyr fydd yn gweld postiadau newydd.',
            gd: 'Anns na roghainnean prìobhaideachd is sàbhailteachd, cuir “Protect your posts” air. An uairsin chan fhaic ach do luchd-leantainn puist ùra.',
            ga: 'I do shocruithe príobháideachta agus sábháilteachta, cas air “Protect your posts”. Ansin ní fheicfidh ach do leantóirí postálacha nua.',
          },
          helpUrl: 'https://help.x.com/en/safety-and-security/report-abusive-behavior',
        },
        {
          platform: 'facebook',
          report: {
            en: 'For a post, tap the three dots next to it, then “Report”. For a comment, on a phone press and hold the comment, then tap “Report”. Follow the steps.',
            cy: 'Ar gyfer postiad, tapiwch y tri dot wrth ei ymyl, yna “Report”. Ar gyfer sylw, ar ffôn pwyswch a daliwch y sylw, yna tapiwch “Report”. Dilynwch y camau.',
            gd: 'Airson post, thoir gnogag air na trì dotagan ri thaobh, an uairsin “Report”. Airson beachd, air fòn brùth air a’ bheachd is cùm sìos e, an uairsin thoir gnogag air “Report”. Lean na ceumannan.',
            ga: 'I gcás postála, tapáil na trí phonc in aice léi, ansin “Report”. I gcás tráchta, ar fhón brúigh agus coinnigh an trácht, ansin tapáil “Report”. Lean na céimeanna.',
          },
          block: {
            en: 'Open their profile, tap the three dots, then “Block”. On a Page, you can also ban people from the Page.',
            cy: 'Agorwch eu proffil, tapiwch y tri dot, yna “Block”. Ar Dudalen, gallwch hefyd wahardd pobl o’r Dudalen.',
            gd: 'Fosgail a’ phròifil aca, thoir gnogag air na trì dotagan, an uairsin “Block”. Air Duilleag, faodaidh tu daoine a thoirmeasg bhon Duilleig cuideachd.',
            ga: 'Oscail a bpróifíl, tapáil na trí phonc, ansin “Block”. Ar Leathanach, is féidir leat daoine a chosc ón Leathanach freisin.',
          },
          mute: {
            en: 'Tap the three dots on their post and choose “Snooze” or “Unfollow”. On a Page, you can hide comments or filter words.',
            cy: 'Tapiwch y tri dot ar eu postiad a dewis “Snooze” neu “Unfollow”. Ar Dudalen, gallwch guddio sylwadau neu hidlo geiriau.',
            gd: 'Thoir gnogag air na trì dotagan air a’ phost aca agus tagh “Snooze” no “Unfollow”. Air Duilleag, faodaidh tu beachdan fhalach no faclan a shìoladh.',
            ga: 'Tapáil na trí phonc ar a bpostáil agus roghnaigh “Snooze” nó “Unfollow”. Ar Leathanach, is féidir leat tráchtanna a fholú nó focail a scagadh.',
          },
          lockOrHide: {
            en: 'In “Settings and privacy”, choose who can see your posts, friends list and contact details, and who can message you.',
            cy: 'Yn “Settings and privacy”, dewiswch pwy all weld eich postiadau, eich rhestr ffrindiau a’ch manylion cyswllt, a phwy all anfon neges atoch.',
            gd: 'Ann an “Settings and privacy”, tagh cò a chì na puist agad, liosta nan caraidean agad agus do mhion-fhiosrachadh conaltraidh, agus cò a dh’fhaodas teachdaireachd a chur thugad.',
            ga: 'In “Settings and privacy”, roghnaigh cé a fheiceann do phostálacha, do liosta cairde agus do shonraí teagmhála, agus cé atá in ann teachtaireacht a sheoladh chugat.',
          },
          helpUrl: 'https://www.facebook.com/help/',
        },
        {
          platform: 'instagram',
          report: {
            en: 'For a post or profile, tap the three dots, then “Report”. For a comment, press and hold it (on an iPhone you can swipe left on it instead), then tap the report icon and choose a reason.',
            cy: 'Ar gyfer postiad neu broffil, tapiwch y tri dot, yna “Report”. Ar gyfer sylw, pwyswch a daliwch y sylw (ar iPhone gallwch ei sweipio i’r chwith yn lle hynny), yna tapiwch yr eicon riportio a dewis rheswm.',
            gd: 'Airson post no pròifil, thoir gnogag air na trì dotagan, an uairsin “Report”. Airson beachd, brùth air is cùm sìos e (air iPhone, faodaidh tu a shlaodadh gu clì na àite), an uairsin thoir gnogag air ìomhaigheag na h-aithris agus tagh adhbhar.',
            ga: 'I gcás postála nó próifíle, tapáil na trí phonc, ansin “Report”. I gcás tráchta, brúigh agus coinnigh é (ar iPhone, is féidir leat é a svaidhpeáil ar chlé ina ionad sin), ansin tapáil an deilbhín tuairiscithe agus roghnaigh cúis.',
          },
          block: {
            en: 'Open their profile, tap the three dots, then “Block”. You can also block new accounts they make.',
            cy: 'Agorwch eu proffil, tapiwch y tri dot, yna “Block”. Gallwch hefyd flocio cyfrifon newydd y maen nhw’n eu creu.',
            gd: 'Fosgail a’ phròifil aca, thoir gnogag air na trì dotagan, an uairsin “Block”. Faodaidh tu cunntasan ùra a nì iad a bhacadh cuideachd.',
            ga: 'Oscail a bpróifíl, tapáil na trí phonc, ansin “Block”. Is féidir leat bac a chur freisin ar chuntais nua a chruthaíonn siad.',
          },
          mute: {
            en: 'Use “Mute” or “Restrict” on their profile. Restrict means only they see their new comments on your posts. “Hidden words” filters abusive words.',
            cy: 'Defnyddiwch “Mute” neu “Restrict” ar eu proffil. Mae Restrict yn golygu mai dim ond nhw sy’n gweld eu sylwadau newydd ar eich postiadau. Mae “Hidden words” yn hidlo geiriau sarhaus.',
            gd: 'Cleachd “Mute” no “Restrict” air a’ phròifil aca. Le Restrict, chan fhaic ach iadsan na beachdan ùra aca air na puist agad. Sìolaidh “Hidden words” faclan maslach.',
            ga: 'Úsáid “Mute” nó “Restrict” ar a bpróifíl. Le Restrict, is iadsan amháin a fheiceann a dtráchtanna nua ar do phostálacha. Scagann “Hidden words” focail mhaslacha.',
          },
          lockOrHide: {
            en: 'In settings, turn on “Private account”. “Limits” can hide comments and messages from people who do not follow you.',
            cy: 'Yn y gosodiadau, trowch “Private account” ymlaen. Gall “Limits” guddio sylwadau a negeseuon gan bobl nad ydynt yn eich dilyn.',
            gd: 'Anns na roghainnean, cuir “Private account” air. Faodaidh “Limits” beachdan agus teachdaireachdan fhalach bho dhaoine nach eil gad leantainn.',
            ga: 'Sna socruithe, cas air “Private account”. Is féidir le “Limits” tráchtanna agus teachtaireachtaí a fholú ó dhaoine nach leanann thú.',
          },
          helpUrl: 'https://help.instagram.com/',
        },
        {
          platform: 'threads',
          report: {
            en: 'Tap the three dots on the post or profile, then “Report”.',
            cy: 'Tapiwch y tri dot ar y postiad neu’r proffil, yna “Report”.',
            gd: 'Thoir gnogag air na trì dotagan air a’ phost no air a’ phròifil, an uairsin “Report”.',
            ga: 'Tapáil na trí phonc ar an bpostáil nó ar an bpróifíl, ansin “Report”.',
          },
          block: {
            en: 'Open their profile, tap the three dots, then “Block”.',
            cy: 'Agorwch eu proffil, tapiwch y tri dot, yna “Block”.',
            gd: 'Fosgail a’ phròifil aca, thoir gnogag air na trì dotagan, an uairsin “Block”.',
            ga: 'Oscail a bpróifíl, tapáil na trí phonc, ansin “Block”.',
          },
          mute: {
            en: 'Tap the three dots on their post or profile, then “Mute”. “Hidden words” filters replies containing words you choose.',
            cy: 'Tapiwch y tri dot ar eu postiad neu eu proffil, yna “Mute”. Mae “Hidden words” yn hidlo atebion sy’n cynnwys geiriau rydych chi’n eu dewis.',
            gd: 'Thoir gnogag air na trì dotagan air a’ phost no air a’ phròifil aca, an uairsin “Mute”. Sìolaidh “Hidden words” freagairtean anns a bheil faclan a thaghas tu.',
            ga: 'Tapáil na trí phonc ar a bpostáil nó ar a bpróifíl, ansin “Mute”. Scagann “Hidden words” freagraí ina bhfuil focail a roghnaíonn tú.',
          },
          lockOrHide: {
            en: 'In “Settings”, then “Privacy”, turn on “Private profile”. Then only followers you approve see your posts.',
            cy: 'Yn “Settings”, yna “Privacy”, trowch “Private profile” ymlaen. Wedyn dim ond dilynwyr rydych chi’n eu cymeradwyo fydd yn gweld eich postiadau.',
            gd: 'Ann an “Settings”, an uairsin “Privacy”, cuir “Private profile” air. An uairsin chan fhaic ach luchd-leantainn a ghabhas tu riutha na puist agad.',
            ga: 'In “Settings”, ansin “Privacy”, cas air “Private profile”. Ansin ní fheicfidh ach na leantóirí a cheadaíonn tú do phostálacha.',
          },
          helpUrl: 'https://help.instagram.com/',
        },
        {
          platform: 'tiktok',
          report: {
            en: 'Press and hold the video or comment, then tap “Report”. To report an account, use the share arrow on the profile.',
            cy: 'Pwyswch a dal y fideo neu’r sylw, yna tapiwch “Report”. I riportio cyfrif, defnyddiwch y saeth rannu ar y proffil.',
            gd: 'Brùth agus cùm air a’ bhidio no air a’ bheachd, an uairsin “Report”. Gus aithris a dhèanamh air cunntas, cleachd an t-saighead co-roinn air a’ phròifil.',
            ga: 'Brúigh agus coinnigh ar an bhfíseán nó ar an trácht, ansin tapáil “Report”. Chun cuntas a thuairisciú, úsáid an tsaighead comhroinnte ar an bpróifíl.',
          },
          block: {
            en: 'Open their profile, tap the share arrow, then “Block”.',
            cy: 'Agorwch eu proffil, tapiwch y saeth rannu, yna “Block”.',
            gd: 'Fosgail a’ phròifil aca, thoir gnogag air an t-saighead co-roinn, an uairsin “Block”.',
            ga: 'Oscail a bpróifíl, tapáil an tsaighead comhroinnte, ansin “Block”.',
          },
          mute: {
            en: 'In your privacy settings, filter comments by keyword, or let only friends comment.',
            cy: 'Yn eich gosodiadau preifatrwydd, hidlwch sylwadau yn ôl allweddair, neu gadewch i ffrindiau yn unig wneud sylwadau.',
            gd: 'Anns na roghainnean prìobhaideachd, sìolaich beachdan a-rèir fhaclan, no leig le caraidean a-mhàin beachd a thoirt.',
            ga: 'I do shocruithe príobháideachta, scag tráchtanna de réir eochairfhocail, nó ná lig ach do chairde trácht a dhéanamh.',
          },
          lockOrHide: {
            en: 'In “Settings and privacy”, turn on “Private account”. You can also limit who can message, duet or stitch with you.',
            cy: 'Yn “Settings and privacy”, trowch “Private account” ymlaen. Gallwch hefyd gyfyngu ar bwy all anfon negeseuon, neu wneud “duet” neu “stitch” gyda chi.',
            gd: 'Ann an “Settings and privacy”, cuir “Private account” air. Faodaidh tu cuingealachadh cuideachd air cò a chuireas teachdaireachd thugad no a nì “duet” no “stitch” leat.',
            ga: 'In “Settings and privacy”, cas air “Private account”. Is féidir leat srian a chur freisin ar cé atá in ann teachtaireacht a sheoladh chugat, nó “duet” nó “stitch” a dhéanamh leat.',
          },
          helpUrl: 'https://support.tiktok.com/en/safety-hc/report-a-problem',
        },
        {
          platform: 'youtube',
          report: {
            en: 'Tap the three dots next to the video or comment, then “Report”.',
            cy: 'Tapiwch y tri dot wrth ymyl y fideo neu’r sylw, yna “Report”.',
            gd: 'Thoir gnogag air na trì dotagan ri taobh a’ bhidio no a’ bheachd, an uairsin “Report”.',
            ga: 'Tapáil na trí phonc in aice leis an bhfíseán nó leis an trácht, ansin “Report”.',
          },
          block: {
            en: 'On a comment on your channel, tap the three dots, then “Hide user from channel”.',
            cy: 'Ar sylw ar eich sianel, tapiwch y tri dot, yna “Hide user from channel”.',
            gd: 'Air beachd air an t-sianal agad, thoir gnogag air na trì dotagan, an uairsin “Hide user from channel”.',
            ga: 'Ar thrácht ar do chainéal, tapáil na trí phonc, ansin “Hide user from channel”.',
          },
          mute: {
            en: 'In YouTube Studio, add blocked words and hold possibly unsuitable comments for review.',
            cy: 'Yn YouTube Studio, ychwanegwch eiriau wedi’u blocio a daliwch sylwadau a allai fod yn anaddas i’w hadolygu.',
            gd: 'Ann an YouTube Studio, cuir ris faclan bacte agus cùm air ais beachdan a dh’fhaodadh a bhith mì-fhreagarrach gus an sgrùdadh.',
            ga: 'In YouTube Studio, cuir focail faoi bhac leis agus coinnigh siar tráchtanna a d’fhéadfadh a bheith míoiriúnach lena n-athbhreithniú.',
          },
          lockOrHide: {
            en: 'In YouTube Studio, turn comments off for a video, or set a video to “Private” or “Unlisted”.',
            cy: 'Yn YouTube Studio, diffoddwch sylwadau ar fideo, neu gosodwch fideo yn “Private” neu’n “Unlisted”.',
            gd: 'Ann an YouTube Studio, cuir dheth beachdan air bidio, no suidhich bidio gu “Private” no “Unlisted”.',
            ga: 'In YouTube Studio, múch tráchtanna ar fhíseán, nó socraigh físeán mar “Private” nó “Unlisted”.',
          },
          helpUrl: 'https://support.google.com/youtube/answer/2802027',
        },
        {
          platform: 'linkedin',
          report: {
            en: 'Select “More” (three dots) on the post, message or profile, then “Report”.',
            cy: 'Dewiswch “More” (tri dot) ar y postiad, y neges neu’r proffil, yna “Report”.',
            gd: 'Tagh “More” (trì dotagan) air a’ phost, air an teachdaireachd no air a’ phròifil, an uairsin “Report”.',
            ga: 'Roghnaigh “More” (trí phonc) ar an bpostáil, ar an teachtaireacht nó ar an bpróifíl, ansin “Report”.',
          },
          block: {
            en: 'On their profile, select “More”, then “Report or block”, then “Block”.',
            cy: 'Ar eu proffil, dewiswch “More”, yna “Report or block”, yna “Block”.',
            gd: 'Air a’ phròifil aca, tagh “More”, an uairsin “Report or block”, an uairsin “Block”.',
            ga: 'Ar a bpróifíl, roghnaigh “More”, ansin “Report or block”, ansin “Block”.',
          },
          mute: {
            en: 'Select the three dots on their post and choose “Unfollow”, or remove them as a connection.',
            cy: 'Dewiswch y tri dot ar eu postiad a dewis “Unfollow”, neu tynnwch nhw o’ch cysylltiadau.',
            gd: 'Tagh na trì dotagan air a’ phost aca agus tagh “Unfollow”, no thoir air falbh iad bho na ceanglaichean agad.',
            ga: 'Roghnaigh na trí phonc ar a bpostáil agus roghnaigh “Unfollow”, nó bain iad de do naisc.',
          },
          lockOrHide: {
            en: 'In “Settings”, then “Visibility”, choose who can see your profile, connections and email address.',
            cy: 'Yn “Settings”, yna “Visibility”, dewiswch pwy all weld eich proffil, eich cysylltiadau a’ch cyfeiriad e-bost.',
            gd: 'Ann an “Settings”, an uairsin “Visibility”, tagh cò a chì do phròifil, na ceanglaichean agad agus an seòladh post-d agad.',
            ga: 'In “Settings”, ansin “Visibility”, roghnaigh cé a fheiceann do phróifíl, do naisc agus do sheoladh ríomhphoist.',
          },
          helpUrl: 'https://www.linkedin.com/help/linkedin',
        },
        {
          platform: 'bluesky',
          report: {
            en: 'Tap the three dots on the post or profile, then “Report”.',
            cy: 'Tapiwch y tri dot ar y postiad neu’r proffil, yna “Report”.',
            gd: 'Thoir gnogag air na trì dotagan air a’ phost no air a’ phròifil, an uairsin “Report”.',
            ga: 'Tapáil na trí phonc ar an bpostáil nó ar an bpróifíl, ansin “Report”.',
          },
          block: {
            en: 'Open their profile, tap the three dots, then “Block account”.',
            cy: 'Agorwch eu proffil, tapiwch y tri dot, yna “Block account”.',
            gd: 'Fosgail a’ phròifil aca, thoir gnogag air na trì dotagan, an uairsin “Block account”.',
            ga: 'Oscail a bpróifíl, tapáil na trí phonc, ansin “Block account”.',
          },
          mute: {
            en: 'Open their profile, tap the three dots, then “Mute account”. You can mute words in your moderation settings.',
            cy: 'Agorwch eu proffil, tapiwch y tri dot, yna “Mute account”. Gallwch dewi geiriau yn eich gosodiadau cymedroli.',
            gd: 'Fosgail a’ phròifil aca, thoir gnogag air na trì dotagan, an uairsin “Mute account”. Faodaidh tu faclan a mhùchadh anns na roghainnean modaireachd.',
            ga: 'Oscail a bpróifíl, tapáil na trí phonc, ansin “Mute account”. Is féidir leat focail a bhalbhú i do shocruithe modhnóireachta.',
          },
          lockOrHide: {
            en: 'Bluesky posts are public. You can limit who can reply to each post. You can also ask apps to hide your profile from people who are not logged in.',
            cy: 'Mae postiadau Bluesky yn gyhoeddus. Gallwch gyfyngu ar bwy all ateb pob postiad. Gallwch hefyd ofyn i apiau guddio eich proffil rhag pobl sydd heb fewngofnodi.',
            gd: 'Tha puist Bluesky poblach. Faodaidh tu cuingealachadh a chur air cò a fhreagras gach post. Faodaidh tu iarraidh air aplacaidean do phròifil fhalach bho dhaoine nach do chlàraich a-steach.',
            ga: 'Tá postálacha Bluesky poiblí. Is féidir leat srian a chur ar cé atá in ann freagra a thabhairt ar gach postáil. Is féidir leat iarraidh ar aipeanna freisin do phróifíl a fholú ar dhaoine nach bhfuil logáilte isteach.',
          },
          helpUrl: 'https://bsky.social/about/support',
        },
      ],
    },
    {
      blockType: 'callout',
      variant: 'information',
      heading: {
        en: 'Menus change',
        cy: 'Mae dewislenni’n newid',
        gd: 'Bidh clàran-taghaidh ag atharrachadh',
        ga: 'Athraíonn roghchláir',
      },
      body: {
        en: [{ p: 'Platforms often move their buttons and rename them. If a step above does not match what you see, use the platform’s own help page.' }],
        cy: [{ p: 'Mae platfformau’n aml yn symud eu botymau ac yn newid eu henwau. Os nad yw cam uchod yn cyfateb i’r hyn a welwch chi, defnyddiwch dudalen gymorth y platfform ei hun.' }],
        gd: [{ p: 'Bidh na h-àrd-ùrlaran tric a’ gluasad nam putanan aca agus ag atharrachadh nan ainmean. Mura h-eil ceum gu h-àrd a’ freagairt ris na chì thu, cleachd duilleag-chobhair an àrd-ùrlair fhèin.' }],
        ga: [{ p: 'Is minic a bhogann ardáin a gcnaipí agus a athraíonn siad a n-ainmneacha. Mura bhfuil céim thuas cosúil leis an rud a fheiceann tú, úsáid leathanach cabhrach an ardáin féin.' }],
      },
    },
    {
      blockType: 'contactCard',
      kind: 'monitoring-officer',
      heading: {
        en: 'Your council’s named officer',
        cy: 'Swyddog enwebedig eich cyngor',
        gd: 'An t-oifigear ainmichte aig a’ chomhairle agad',
        ga: 'An t-oifigeach ainmnithe ag do chomhairle',
      },
    },
    {
      blockType: 'contactCard',
      kind: 'police-non-emergency',
      heading: {
        en: 'Police (not an emergency): 101',
        cy: 'Yr heddlu (nid argyfwng): 101',
        gd: 'Am poileas (chan e èiginn): 101',
        ga: 'Na póilíní (ní éigeandáil): 101',
      },
    },
    {
      blockType: 'callout',
      variant: 'warning',
      heading: {
        en: 'If your account has been hacked',
        cy: 'Os yw eich cyfrif wedi cael ei hacio',
        gd: 'Ma chaidh an cunntas agad a hacadh',
        ga: 'Má haiceáladh do chuntas',
      },
      body: {
        en: [
          {
            ol: [
              'Use the platform’s account recovery page to get back in.',
              'Change the password. Use a new one you have not used anywhere else.',
              'Turn on two-step verification.',
              'Warn your followers that posts may not be from you.',
            ],
          },
          { p: 'In **England, Wales and Northern Ireland**, report it to Report Fraud on **0300 123 2040** or online.' },
          { p: 'In **Scotland**, report it to Police Scotland on **101**.' },
        ],
        cy: [
          {
            ol: [
              'Defnyddiwch dudalen adfer cyfrif y platfform i fynd yn ôl i mewn.',
              'Newidiwch y cyfrinair. Defnyddiwch un newydd nad ydych wedi’i ddefnyddio yn unman arall.',
              'Trowch ddilysu dau gam ymlaen.',
              'Rhybuddiwch eich dilynwyr efallai nad chi sydd wedi anfon rhai postiadau.',
            ],
          },
          { p: 'Yng **Nghymru, Lloegr a Gogledd Iwerddon**, rhowch wybod i Report Fraud ar **0300 123 2040** neu ar-lein.' },
          { p: 'Yn **yr Alban**, rhowch wybod i Heddlu’r Alban ar **101**.' },
        ],
        gd: [
          {
            ol: [
              'Cleachd duilleag aiseag cunntais an àrd-ùrlair gus faighinn air ais a-steach.',
              'Atharraich am facal-faire. Cleachd fear ùr nach do chleachd thu an àite sam bith eile.',
              'Cuir air dearbhadh dà-cheum.',
              'Thoir rabhadh don luchd-leantainn agad is dòcha nach ann bhuatsa a thàinig cuid de phuist.',
            ],
          },
          { p: 'Ann an **Sasainn, sa Chuimrigh agus ann an Èirinn a Tuath**, dèan aithris gu Report Fraud air **0300 123 2040** no air loidhne.' },
          { p: 'Ann an **Alba**, dèan aithris gu Poileas Alba air **101**.' },
        ],
        ga: [
          {
            ol: [
              'Úsáid leathanach aisghabhála cuntais an ardáin chun dul isteach arís.',
              'Athraigh an pasfhocal. Úsáid ceann nua nár úsáid tú áit ar bith eile.',
              'Cas air fíorú dhá chéim.',
              'Tabhair rabhadh do do leantóirí nach uaitse a tháinig roinnt postálacha, b’fhéidir.',
            ],
          },
          { p: 'I **Sasana, sa Bhreatain Bheag agus i dTuaisceart Éireann**, tuairiscigh é do Report Fraud ar **0300 123 2040** nó ar líne.' },
          { p: 'In **Albain**, tuairiscigh é do Phóilíní na hAlban ar **101**.' },
        ],
      },
    },
    {
      blockType: 'contactCard',
      kind: 'fraud-hacked-accounts',
      heading: {
        en: 'Hacked accounts and fraud',
        cy: 'Cyfrifon wedi’u hacio a thwyll',
        gd: 'Cunntasan air an hacadh agus foill',
        ga: 'Cuntais haiceáilte agus calaois',
      },
    },
    {
      blockType: 'richText',
      heading: {
        en: 'You are not on your own',
        cy: 'Dydych chi ddim ar eich pen eich hun',
        gd: 'Chan eil thu leat fhèin',
        ga: 'Níl tú i d’aonar',
      },
      body: {
        en: [
          { p: 'Abuse is never part of the job. It is not your fault.' },
          { p: 'Ask a friend, family member or colleague to sit with you. If you feel overwhelmed, Samaritans are there day and night on **116 123**.' },
        ],
        cy: [
          { p: 'Nid yw cam-drin byth yn rhan o’r swydd. Nid eich bai chi yw e.' },
          { p: 'Gofynnwch i ffrind, aelod o’r teulu neu gydweithiwr fod gyda chi. Os ydych chi’n teimlo bod y cyfan yn ormod, mae’r Samariaid yno ddydd a nos ar **116 123**.' },
        ],
        gd: [
          { p: 'Chan eil droch-dhìol a-riamh na phàirt den obair. Chan e do choire-sa a th’ ann.' },
          { p: 'Iarr air caraid, ball den teaghlach no co-obraiche suidhe còmhla riut. Ma tha cùisean a’ fàs ro throm ort, tha na Samaritans ann a latha ’s a dh’oidhche air **116 123**.' },
        ],
        ga: [
          { p: 'Ní cuid den phost í an mhí-úsáid riamh. Ní ortsa atá an locht.' },
          { p: 'Iarr ar chara, ar bhall teaghlaigh nó ar chomhghleacaí suí leat. Má bhraitheann tú go bhfuil sé ag éirí ró-throm ort, tá na Samaritans ar fáil de lá is d’oíche ar **116 123**.' },
        ],
      },
    },
  ],
  sources: [
    { title: 'Police.uk: contact the police (999 and 101)', url: 'https://www.police.uk/' },
    { title: 'Report Fraud (formerly Action Fraud)', url: 'https://www.reportfraud.police.uk/' },
    { title: 'Police Scotland: contact us', url: 'https://www.scotland.police.uk/contact-us/' },
    {
      title: 'Local Government Association: handling abuse on social media',
      url: 'https://www.local.gov.uk/our-support/guidance-and-resources/civility-public-life-resources-councillors/handling-abuse-and-0',
    },
    { title: 'Report Harmful Content', url: 'https://reportharmfulcontent.com/' },
    { title: 'X Help Centre: report abusive behaviour', url: 'https://help.x.com/en/safety-and-security/report-abusive-behavior' },
    { title: 'Facebook Help Centre: report a comment (press and hold it on a phone)', url: 'https://www.facebook.com/help/' },
    { title: 'Instagram Help Centre: report a comment (press and hold it, or swipe left on iPhone)', url: 'https://help.instagram.com/' },
    { title: 'TikTok Support: report a problem', url: 'https://support.tiktok.com/en/safety-hc/report-a-problem' },
    { title: 'YouTube Help: report inappropriate content', url: 'https://support.google.com/youtube/answer/2802027' },
    { title: 'LinkedIn Help', url: 'https://www.linkedin.com/help/linkedin' },
    { title: 'Bluesky support', url: 'https://bsky.social/about/support' },
    { title: 'Samaritans', url: 'https://www.samaritans.org/' },
    { title: '999 BSL: the emergency video relay service in British Sign Language', url: 'https://999bsl.co.uk/' },
    { title: 'Relay UK: call 999 by text relay (18000)', url: 'https://www.relayuk.bt.com/' },
    { title: 'emergencySMS: register to text 999', url: 'https://www.emergencysms.org.uk/' },
  ],
}
