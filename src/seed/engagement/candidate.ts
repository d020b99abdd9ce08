import type { SeedEngagementTemplate } from './types'

/** Rules of engagement for candidates during a campaign (in our own words). */
export const candidateTemplate: SeedEngagementTemplate = {
  audience: 'candidate',
  awaitingReview: ['gd', 'ga'],
  text: {
    en: {
      title: 'Rules of engagement',
      intro:
        'I am standing for election and I want to hear what matters to you. Please help keep the conversation on my pages fair and safe by following these rules.',
      rules: [
        'Debate with courtesy: disagree with policies, not with people.',
        'No abuse, threats or intimidation.',
        'No discrimination of any kind.',
        'No false information about candidates or the election.',
        'Post under your own name, not anonymously.',
        'I may delete posts, block accounts and report posts to the police.',
        'I cannot reply to every message during the campaign.',
        'For help with something personal, email me rather than posting.',
      ],
      expectations: {
        readingTimes: 'I read messages {days}, {hours}.',
        replies: 'I reply to questions about my campaign and local issues. I do not reply to abuse.',
        casework: 'If you need help with something personal, email me at {email}.',
      },
      bioTemplates: [
        '{name}, {role}. I read messages {days}, {hours}, and reply to questions about local issues. Abuse is deleted and may be reported. Personal matters by email: {email}. Rules: {website}',
        '{name}, {role}. Messages read {days}, {hours}. Email: {email}. Rules: {website}',
        '{name}, {role}. Email: {email}. Rules: {website}',
        '{name}, {role}. Email: {email}',
        '{name}, {role}',
      ],
    },
    cy: {
      title: 'Rheolau ymgysylltu',
      intro:
        'Rwy’n sefyll mewn etholiad ac rwyf eisiau clywed beth sy’n bwysig i chi. Helpwch i gadw’r sgwrs ar fy nhudalennau yn deg ac yn ddiogel drwy ddilyn y rheolau hyn.',
      rules: [
        'Trafodwch yn gwrtais: anghytunwch â pholisïau, nid â phobl.',
        'Dim cam-drin, bygythiadau na brawychu.',
        'Dim gwahaniaethu o unrhyw fath.',
        'Dim gwybodaeth ffug am ymgeiswyr na’r etholiad.',
        'Postiwch dan eich enw eich hun, nid yn ddienw.',
        'Gallaf ddileu postiadau, blocio cyfrifon a riportio postiadau i’r heddlu.',
        'Alla i ddim ateb pob neges yn ystod yr ymgyrch.',
        'I gael help gyda rhywbeth personol, anfonwch e-bost ataf i yn hytrach na phostio.',
      ],
      expectations: {
        readingTimes: 'Rwy’n darllen negeseuon {days}, {hours}.',
        replies: 'Rwy’n ateb cwestiynau am fy ymgyrch ac am faterion lleol. Dydw i ddim yn ateb negeseuon sarhaus.',
        casework: 'Os oes angen help arnoch gyda rhywbeth personol, anfonwch e-bost ataf i yn {email}.',
      },
      bioTemplates: [
        '{name}, {role}. Rwy’n darllen negeseuon {days}, {hours}, ac yn ateb cwestiynau am faterion lleol. Caiff sarhad ei ddileu a gall gael ei riportio. Materion personol drwy e-bost: {email}. Rheolau: {website}',
        '{name}, {role}. Darllen negeseuon {days}, {hours}. E-bost: {email}. Rheolau: {website}',
        '{name}, {role}. E-bost: {email}. Rheolau: {website}',
        '{name}, {role}. E-bost: {email}',
        '{name}, {role}',
      ],
    },
    gd: {
      title: 'Riaghailtean conaltraidh',
      intro:
        'Tha mi a’ seasamh aig an taghadh agus tha mi airson cluinntinn dè tha cudromach dhuibh. Cuidichibh le bhith a’ cumail a’ chòmhraidh air na duilleagan agam cothromach is sàbhailte le bhith a’ leantainn nan riaghailtean seo.',
      rules: [
        'Deasbad le modh: eas-aontaich ri poileasaidhean, chan ann ri daoine.',
        'Gun droch-dhìol, bagairtean no maoidheadh.',
        'Gun leth-bhreith de sheòrsa sam bith.',
        'Gun fhiosrachadh meallta mu thagraichean no mun taghadh.',
        'Cuir postaichean fon ainm agad fhèin, chan ann gun ainm.',
        'Faodaidh mi postaichean a sguabadh às, cunntasan a bhacadh agus postaichean aithris dha na poileis.',
        'Chan urrainn dhomh freagairt a thoirt do gach teachdaireachd rè na h-iomairt.',
        'Airson cuideachadh le rudeigin pearsanta, cuir post-d thugam an àite a bhith a’ postadh.',
      ],
      expectations: {
        readingTimes: 'Leughaidh mi teachdaireachdan {days}, {hours}.',
        replies: 'Freagraidh mi ceistean mun iomairt agam agus mu chùisean ionadail. Cha fhreagair mi droch-dhìol.',
        casework: 'Ma tha feum agad air cuideachadh le rudeigin pearsanta, cuir post-d thugam aig {email}.',
      },
      bioTemplates: [
        '{name}, {role}. Leughaidh mi teachdaireachdan {days}, {hours}, agus freagraidh mi ceistean mu chùisean ionadail. Thèid droch-dhìol a sguabadh às. Cùisean pearsanta tro phost-d: {email}. Riaghailtean: {website}',
        '{name}, {role}. Teachdaireachdan {days}, {hours}. Post-d: {email}. Riaghailtean: {website}',
        '{name}, {role}. Post-d: {email}. Riaghailtean: {website}',
        '{name}, {role}. Post-d: {email}',
        '{name}, {role}',
      ],
    },
    ga: {
      title: 'Rialacha rannpháirtíochta',
      intro:
        'Táim ag seasamh sa toghchán agus ba mhaith liom a chloisteáil cad atá tábhachtach duit. Cabhraigh linn an comhrá ar mo leathanaigh a choinneáil cothrom agus sábháilte trí na rialacha seo a leanúint.',
      rules: [
        'Díospóireacht le cúirtéis: easaontaigh le beartais, ní le daoine.',
        'Gan mhí-úsáid, bagairtí ná imeaglú.',
        'Gan idirdhealú de chineál ar bith.',
        'Gan eolas bréagach faoi iarrthóirí ná faoin toghchán.',
        'Postáil faoi d’ainm féin, ní gan ainm.',
        'Is féidir liom postálacha a scriosadh, cuntais a bhlocáil agus postálacha a thuairisciú do na póilíní.',
        'Ní féidir liom freagra a thabhairt ar gach teachtaireacht le linn an fheachtais.',
        'Le cabhair a fháil le rud pearsanta, seol ríomhphost chugam seachas postáil.',
      ],
      expectations: {
        readingTimes: 'Léim teachtaireachtaí {days}, {hours}.',
        replies: 'Freagraím ceisteanna faoi m’fheachtas agus faoi chúrsaí áitiúla. Ní fhreagraím mí-úsáid.',
        casework: 'Má tá cabhair uait le rud pearsanta, seol ríomhphost chugam ag {email}.',
      },
      bioTemplates: [
        '{name}, {role}. Léim teachtaireachtaí {days}, {hours}, agus freagraím ceisteanna faoi chúrsaí áitiúla. Scriostar mí-úsáid. Ábhair phearsanta trí ríomhphost: {email}. Rialacha: {website}',
        '{name}, {role}. Teachtaireachtaí {days}, {hours}. Ríomhphost: {email}. Rialacha: {website}',
        '{name}, {role}. Ríomhphost: {email}. Rialacha: {website}',
        '{name}, {role}. Ríomhphost: {email}',
        '{name}, {role}',
      ],
    },
  },
}
