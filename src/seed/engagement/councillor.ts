import type { SeedEngagementTemplate } from './types'

/** Rules of engagement for councillors, after the LGA's published rules (in our own words). */
export const councillorTemplate: SeedEngagementTemplate = {
  audience: 'councillor',
  awaitingReview: ['gd', 'ga'],
  text: {
    en: {
      title: 'Rules of engagement',
      intro:
        'I use social media to hear from residents and to keep you up to date. So that everyone can take part, I ask people to follow these rules on my pages.',
      rules: [
        'Debate with courtesy: challenge ideas, not people.',
        'No abuse, threats or intimidation.',
        'No discrimination of any kind.',
        'Do not spread information you know to be false.',
        'Post under your own name, not anonymously.',
        'I may delete posts, block accounts and report posts to the police.',
        'I cannot answer every message.',
        'Casework goes by email, not social media, so that it stays private.',
      ],
      expectations: {
        readingTimes: 'I read messages {days}, {hours}.',
        replies: 'I reply to questions about council matters. I do not reply to abuse, and I may not reply to every comment.',
        casework: 'For casework, email me at {email} so that your details stay private.',
      },
      bioTemplates: [
        '{name}, {role}. I read messages {days}, {hours}, and reply to questions about council matters. Abuse is deleted and may be reported. Casework by email: {email}. Rules: {website}',
        '{name}, {role}. Messages read {days}, {hours}. Casework by email: {email}. Rules: {website}',
        '{name}, {role}. Casework by email: {email}. Rules: {website}',
        '{name}, {role}. Casework by email: {email}',
        '{name}, {role}',
      ],
    },
    cy: {
      title: 'Rheolau ymgysylltu',
      intro:
        'Rwy’n defnyddio’r cyfryngau cymdeithasol i glywed gan drigolion ac i roi’r newyddion diweddaraf i chi. Er mwyn i bawb allu cymryd rhan, rwy’n gofyn i bobl ddilyn y rheolau hyn ar fy nhudalennau.',
      rules: [
        'Trafodwch yn gwrtais: heriwch syniadau, nid pobl.',
        'Dim cam-drin, bygythiadau na brawychu.',
        'Dim gwahaniaethu o unrhyw fath.',
        'Peidiwch â lledaenu gwybodaeth rydych chi’n gwybod ei bod yn ffug.',
        'Postiwch dan eich enw eich hun, nid yn ddienw.',
        'Gallaf ddileu postiadau, blocio cyfrifon a riportio postiadau i’r heddlu.',
        'Alla i ddim ateb pob neges.',
        'Mae gwaith achos yn mynd drwy e-bost, nid y cyfryngau cymdeithasol, er mwyn iddo aros yn breifat.',
      ],
      expectations: {
        readingTimes: 'Rwy’n darllen negeseuon {days}, {hours}.',
        replies: 'Rwy’n ateb cwestiynau am faterion y cyngor. Dydw i ddim yn ateb negeseuon sarhaus, ac efallai na fydda i’n ateb pob sylw.',
        casework: 'Ar gyfer gwaith achos, anfonwch e-bost ataf i yn {email} er mwyn i’ch manylion aros yn breifat.',
      },
      bioTemplates: [
        '{name}, {role}. Rwy’n darllen negeseuon {days}, {hours}, ac yn ateb cwestiynau am faterion y cyngor. Caiff sarhad ei ddileu a gall gael ei riportio. Gwaith achos drwy e-bost: {email}. Rheolau: {website}',
        '{name}, {role}. Darllen negeseuon {days}, {hours}. Gwaith achos drwy e-bost: {email}. Rheolau: {website}',
        '{name}, {role}. Gwaith achos drwy e-bost: {email}. Rheolau: {website}',
        '{name}, {role}. Gwaith achos drwy e-bost: {email}',
        '{name}, {role}',
      ],
    },
    gd: {
      title: 'Riaghailtean conaltraidh',
      intro:
        'Bidh mi a’ cleachdadh nam meadhanan sòisealta gus cluinntinn bho luchd-còmhnaidh agus gus naidheachdan a thoirt dhuibh. Gus am faigh a h-uile duine pàirt a ghabhail, iarraidh mi air daoine na riaghailtean seo a leantainn air na duilleagan agam.',
      rules: [
        'Deasbad le modh: thoir dùbhlan do bheachdan, chan ann do dhaoine.',
        'Gun droch-dhìol, bagairtean no maoidheadh.',
        'Gun leth-bhreith de sheòrsa sam bith.',
        'Na sgaoil fiosrachadh a tha fios agad a tha meallta.',
        'Cuir postaichean fon ainm agad fhèin, chan ann gun ainm.',
        'Faodaidh mi postaichean a sguabadh às, cunntasan a bhacadh agus postaichean aithris dha na poileis.',
        'Chan urrainn dhomh freagairt a thoirt do gach teachdaireachd.',
        'Thèid obair-cùise tro phost-d, chan ann tro na meadhanan sòisealta, gus am fuirich i prìobhaideach.',
      ],
      expectations: {
        readingTimes: 'Leughaidh mi teachdaireachdan {days}, {hours}.',
        replies: 'Freagraidh mi ceistean mu chùisean na comhairle. Cha fhreagair mi droch-dhìol, is dh’fhaoidte nach freagair mi gach beachd.',
        casework: 'Airson obair-cùise, cuir post-d thugam aig {email} gus am fuirich am fiosrachadh agad prìobhaideach.',
      },
      bioTemplates: [
        '{name}, {role}. Leughaidh mi teachdaireachdan {days}, {hours}, agus freagraidh mi ceistean mu chùisean na comhairle. Thèid droch-dhìol a sguabadh às. Obair-cùise tro phost-d: {email}. Riaghailtean: {website}',
        '{name}, {role}. Teachdaireachdan {days}, {hours}. Obair-cùise tro phost-d: {email}. Riaghailtean: {website}',
        '{name}, {role}. Obair-cùise tro phost-d: {email}. Riaghailtean: {website}',
        '{name}, {role}. Obair-cùise tro phost-d: {email}',
        '{name}, {role}',
      ],
    },
    ga: {
      title: 'Rialacha rannpháirtíochta',
      intro:
        'Úsáidim na meáin shóisialta chun éisteacht le cónaitheoirí agus chun an nuacht is déanaí a thabhairt daoibh. Ionas gur féidir le gach duine páirt a ghlacadh, iarraim ar dhaoine na rialacha seo a leanúint ar mo leathanaigh.',
      rules: [
        'Díospóireacht le cúirtéis: tabhair dúshlán smaointe, ní daoine.',
        'Gan mhí-úsáid, bagairtí ná imeaglú.',
        'Gan idirdhealú de chineál ar bith.',
        'Ná scaip eolas a bhfuil a fhios agat go bhfuil sé bréagach.',
        'Postáil faoi d’ainm féin, ní gan ainm.',
        'Is féidir liom postálacha a scriosadh, cuntais a bhlocáil agus postálacha a thuairisciú do na póilíní.',
        'Ní féidir liom freagra a thabhairt ar gach teachtaireacht.',
        'Téann obair cháis trí ríomhphost, ní trí na meáin shóisialta, ionas go bhfanann sí príobháideach.',
      ],
      expectations: {
        readingTimes: 'Léim teachtaireachtaí {days}, {hours}.',
        replies: 'Freagraím ceisteanna faoi chúrsaí na comhairle. Ní fhreagraím mí-úsáid, agus b’fhéidir nach bhfreagróidh mé gach trácht.',
        casework: 'Le haghaidh obair cháis, seol ríomhphost chugam ag {email} ionas go bhfanann do shonraí príobháideach.',
      },
      bioTemplates: [
        '{name}, {role}. Léim teachtaireachtaí {days}, {hours}, agus freagraím ceisteanna faoi chúrsaí na comhairle. Scriostar mí-úsáid. Obair cháis trí ríomhphost: {email}. Rialacha: {website}',
        '{name}, {role}. Teachtaireachtaí {days}, {hours}. Obair cháis trí ríomhphost: {email}. Rialacha: {website}',
        '{name}, {role}. Obair cháis trí ríomhphost: {email}. Rialacha: {website}',
        '{name}, {role}. Obair cháis trí ríomhphost: {email}',
        '{name}, {role}',
      ],
    },
  },
}
