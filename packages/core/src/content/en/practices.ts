import type { PracticeSheet } from '../content.types.js';

/**
 * Inspiring-practice sheets — English version of `fr/practices.ts`: same ids, same
 * order. Places, groups and figures are FICTIONAL: they illustrate realistic practices,
 * not real ones.
 */
export const practices: PracticeSheet[] = [
  {
    id: 'courriers-rsa-reecrits',
    title: 'People on minimum income rewrite the département’s letters',
    territory: 'Val-de-Brume département',
    territoryType: 'rural',
    themes: ['access to rights', 'integration'],
    public: ['people receiving the RSA'],
    year: 2022,
    context:
      'In Val-de-Brume, the front desks of the social services centres saw worried people every week, holding a letter from the département without knowing what was expected of them. The renewal of the département’s integration programme was the occasion to set up a mixed working group: eight people receiving the RSA (the French minimum income), two county councillors, four social workers and two staff from the benefit management service.',
    sharedDiagnostic:
      'In the first sessions, each member brought a letter they had received or sent. People receiving the RSA described the fear felt when opening the envelope, the legal terms nobody understood, the deadlines impossible to meet. Staff discovered that some letters, considered clear by the service, triggered waves of calls or missed appointments.',
    problemStatement:
      'We, people receiving the RSA, consider that our main problem is that we do not understand the letters that decide our rights.',
    objectives: [
      'Make RSA letters understandable to everyone',
      'Reduce the loss of rights caused by misunderstood letters',
      'Involve people receiving the RSA in designing the département’s documents over time',
    ],
    actions: [
      'Collective rewriting of twelve letter templates, including the invitation to the first appointment and the warning before suspension',
      'Testing each new version with people outside the group, during drop-in sessions',
      'Co-writing a leaflet “The RSA, a user’s guide” in a standard and an easy-to-read version',
      'Redesigning the RSA page of the département’s website with the communications service',
      'Training of letter-writing staff by group members, on what a letter makes its reader go through',
    ],
    evaluation:
      'A comprehension test was run before and after rewriting: the share of people able to say what they had to do after reading went from about one in three to four in five. Calls to the front desk about letters fell markedly within six months. Members also assessed their own journey in a review session using photos.',
    transformations: {
      residents: [
        'People who now dare to call the service when a letter worries them',
        'Pride in seeing “our” leaflet handed out across the département',
        'For several members, regained confidence that opened the way to training or a job',
      ],
      professionals: [
        'Staff who reread what they write asking themselves how it will be received',
        'Better understanding, on both sides, of legal constraints and lived realities',
      ],
      elected: [
        'County councillors who committed to submitting every new letter to the group',
        'A different image of people receiving the RSA, seen as experts of their situation',
      ],
      partners: [
        'The local family benefits office asked to use the method for its own notices',
        'Integration organisations use the leaflet in their workshops',
      ],
    },
    keysOfSuccess: [
      'Concrete, visible results within the first months',
      'Elected officials attending the group regularly, at the same table',
      'Monthly meetings at a fixed time, with transport paid in advance',
    ],
    vigilance: [
      'Legal constraints limit some rewording: this must be explained to avoid frustration',
      'The website took much longer than planned and raised expectations',
    ],
    perspectives:
      'The département has written into its internal rules that no new RSA letter is sent without being reread by people receiving the RSA. The group, renewed every year, is now working on the income declaration forms.',
    phases: ['diagnose', 'coConstruct', 'decide', 'act'],
    resourceIds: [
      'groupe-ressource',
      'reunion-accessible-falc',
      'tableau-de-suivi-des-reponses',
      'formation-croisee',
      'frais-de-transport',
    ],
  },
  {
    id: 'collectif-mobilite-tilleuls',
    title: 'A residents’ collective mobilises to get out of the neighbourhood after 8 p.m.',
    territory: 'Les Tilleuls neighbourhood, Sorlinges',
    territoryType: 'priority neighbourhood',
    themes: ['mobility', 'integration'],
    public: ['residents of a neighbourhood', 'people receiving the RSA', 'young people'],
    year: 2021,
    context:
      'Les Tilleuls, a priority neighbourhood, is linked to the centre of Sorlinges and to the business park by a single bus line, which stops at 8 p.m. Several residents supported by the community centre were turning down jobs with early or late shifts (logistics, cleaning, home care) for lack of transport.',
    sharedDiagnostic:
      'Professionals from the community centre, the social services centre and the youth employment service went door-to-door and held drop-ins at the foot of the buildings for three months. A walking diagnosis, led by residents, showed the poorly lit bus stop, the path to the business park with no pavement and the absence of any option at weekends. About thirty residents joined the collective.',
    problemStatement:
      'We, residents of Les Tilleuls, consider that our main problem is that we can no longer get around after 8 p.m., which stops us from accepting a job.',
    objectives: [
      'Obtain transport options at early and late hours to places of work',
      'Develop mutual help between neighbours for journeys',
      'Have the collective recognised as a partner by the transport authority',
    ],
    actions: [
      'A survey carried out by residents themselves with 180 neighbours about their travel needs',
      'Prepared meetings with the transport authority and the town hall, attended by residents only after the first one',
      'Trial of an on-demand shuttle between 5 and 7 a.m. and between 8 and 11 p.m.',
      'Car-sharing between neighbours, with a notice board in the community centre’s hall',
      'A bike repair workshop run by two trained residents',
    ],
    evaluation:
      'The collective reviewed its work after six months, then after a year, with a cross evaluation: residents, professionals and elected officials answered the same questions separately before comparing. The shuttle carries about forty people a week; eleven residents say they accepted a job or training thanks to it. Institutions now answer the collective’s letters within days instead of three months.',
    transformations: {
      residents: [
        'Residents who learned to prepare a case and present it to decision makers',
        'New mutual help between neighbours, beyond journeys',
      ],
      professionals: [
        'Social workers who act as facilitators rather than spokespeople',
        'Work in pairs between organisations that barely knew each other',
      ],
      elected: [
        'A deputy mayor in charge of mobility who had the shuttle included in the town budget',
        'The realisation that employment also depends on transport timetables',
      ],
      partners: [
        'The transport authority now consults the collective before changing timetables',
        'Two companies in the business park adjusted their shift start times',
      ],
    },
    keysOfSuccess: [
      'A problem stated by residents themselves, concrete and shared',
      'Meetings with institutions always prepared beforehand',
      'Friendly moments that keep people engaged between meetings',
    ],
    vigilance: [
      'Engagement drops when answers are slow: people need to be re-engaged again and again',
      'The shuttle is still a trial and depends on yearly funding',
    ],
    perspectives:
      'The collective is asking for the shuttle to join the regular network and is working with the youth employment service on a community garage. Each year it welcomes new residents, mentored by the first members.',
    phases: ['mobilise', 'diagnose', 'coConstruct', 'act', 'evaluate'],
    resourceIds: [
      'porte-a-porte',
      'diagnostic-en-marchant',
      'enonce-du-probleme',
      'cartographie-des-acteurs',
      'evaluation-croisee',
    ],
  },
  {
    id: 'conferences-familiales-hautes-lisieres',
    title: 'Families build their own action plan with the people close to them',
    territory: 'Hautes-Lisières département',
    territoryType: 'peri-urban',
    themes: ['parenting', 'child protection'],
    public: ['families'],
    year: 2020,
    context:
      'The child protection service of Hautes-Lisières noticed that many decisions were made in meetings between professionals, without the parents or their circle. Elected officials and management decided to trial family group conferences in two areas, after training six volunteer coordinators: four social workers, a social and family economics adviser and a retired volunteer.',
    sharedDiagnostic:
      'Parents receiving support, meeting with social workers, described the feeling of being judged and not believed capable. Professionals acknowledged that they rarely drew on grandparents, neighbours or friends, whom they hardly knew.',
    problemStatement:
      'We, families receiving support, consider that our main problem is that decisions about our children are made without us and without the people close to us.',
    objectives: [
      'Enable families to word their central question and build their action plan',
      'Draw on the family’s wider circle as a resource',
      'Shift professionals’ stance towards supporting families’ own solutions',
    ],
    actions: [
      'Awareness sessions on the method for all teams and partners',
      'Training of six coordinators, with supervision for their first conferences',
      'Fourteen family group conferences in eighteen months, each prepared over two to three months',
      'Final meetings in places chosen by the families, with a budget for the meal',
      'An exchange day open to partners, co-led by two parents',
    ],
    evaluation:
      'Each conference was evaluated with the family at the end of the final meeting, then the action plan was reviewed with them six months later. Of fourteen families, eleven went as far as the final meeting; the others still renewed useful ties. Three planned placements in care could be avoided.',
    transformations: {
      residents: [
        'Parents who reconnected with relatives they had lost touch with, including fathers',
        'Tasks shared out within the family circle: taking children to school, weekend care',
        'A better image of oneself and of one’s abilities',
      ],
      professionals: [
        'Social workers who openly rely on families’ skills',
        'A sense of rediscovering what support means: walking alongside people',
      ],
      elected: [
        'Interest in a method that helps decision making and can avoid costly placements',
        'The decision to fund a second wave of training',
      ],
      partners: [
        'Schools and neighbourhood associations called on by families as resources',
        'A social work school involved in the evaluation',
      ],
    },
    keysOfSuccess: [
      'Clear backing from elected officials and management from the start',
      'Prior training and supervision of coordinators',
      'Strict respect for the family’s private deliberation time, without professionals',
    ],
    vigilance: [
      'A conference takes thirty to thirty-five hours of coordination: this time must be recognised',
      'Children or vulnerable people may take part only if they are willing and supported by someone of their choice',
    ],
    perspectives:
      'The département plans to offer family group conferences in all its areas and to open the coordinator role to trained volunteers. It is joining an exchange network of départements using the method.',
    phases: ['diagnose', 'coConstruct', 'evaluate'],
    resourceIds: ['conference-familiale', 'formation-croisee', 'evaluation-croisee'],
  },
  {
    id: 'video-parcours-insertion',
    title: 'A film series to tell the story of participation in the integration plan',
    territory: 'Ferlac-en-Brume',
    territoryType: 'rural',
    themes: ['integration', 'participation'],
    public: ['people receiving the RSA', 'people on a path back to work'],
    year: 2023,
    context:
      'For three years, a resource group of people receiving the RSA sat on the committees of the département’s integration plan around Ferlac-en-Brume. When the plan was reviewed, the group did not want its experience reduced to a few lines in a report.',
    sharedDiagnostic:
      'In session, members explained that their words lost their strength once summarised in writing, and that elected officials who had not taken part did not know what had changed. Professionals confirmed that the review report did not reflect the trust that had been built.',
    problemStatement:
      'We, members of the resource group, consider that our main problem is that people talk about us without hearing us.',
    objectives: [
      'Show, in their own words, what participation changed for the people involved',
      'Feed the review of the integration plan with the view of the people concerned',
      'Make other people receiving the RSA want to join the group',
    ],
    actions: [
      'Collective choice of the films’ subjects and of the people willing to appear',
      'Written consent to being filmed, which can be withdrawn at any time',
      'Shooting eight short films with a small film crew, during committees and meetings',
      'Collective editing and approval of each film by the people filmed',
      'Screening and debate at the plan review session, before the county council',
    ],
    evaluation:
      'The films were seen at six screenings by about 350 people, including elected officials, professionals and people receiving the RSA. A short exit questionnaire and a discussion showed that viewers mostly remembered the trust regained between supported people and professionals. The group ran its own review with a photo-language session.',
    transformations: {
      residents: [
        'Members who came to see themselves as experts of their situation',
        'For some, a return to work or a start in training during the project',
      ],
      professionals: [
        'Professionals who revised their image of the people they support',
        'The films used to train newly recruited social workers',
      ],
      elected: [
        'Elected officials who discovered the group’s work and asked to attend',
        'The decision to include a resource group in the next integration plan',
      ],
      partners: [
        'Integration organisations show the films to introduce the group to new participants',
        'A regional social work training institute uses the series in its courses',
      ],
    },
    keysOfSuccess: [
      'Participants control what is shown and what is not',
      'A relationship of trust built before filming',
    ],
    vigilance: [
      'Consent to being filmed must be withdrawable, even after screening',
      'Online publication can expose people: it must be discussed case by case',
    ],
    perspectives:
      'The next integration plan includes a resource group from day one. A new film will be made by the renewed members, this time about the welcome in social services centres.',
    phases: ['evaluate', 'share'],
    resourceIds: ['video-participative', 'groupe-ressource', 'photo-langage', 'restitution-publique'],
  },
  {
    id: 'formation-croisee-accueil',
    title: 'Front-desk staff and the people they receive train together',
    territory: 'Courtelune social services centre',
    territoryType: 'peri-urban',
    themes: ['access to rights', 'reception'],
    public: ['people receiving the RSA', 'people received at a social services centre'],
    year: 2019,
    context:
      'In Courtelune, several members of a working group on integration described their first visit to the social services centre as a hard moment: queuing standing up, posters about violence and abuse, the feeling of being judged. Management offered to rethink the first welcome with them.',
    sharedDiagnostic:
      'A questionnaire built with people who use the centre was offered for a month to everyone coming to the front desk. It confirmed three expectations: to be received without waiting on one’s feet, to understand where one is being referred, and not to have to describe one’s situation in front of others.',
    problemStatement:
      'We, people received at the centre, consider that our main problem is that we feel judged from the moment we arrive.',
    objectives: [
      'Make the first welcome kinder and easier to understand',
      'Change the role of front-desk staff',
      'Let everyone put themselves in the other’s shoes',
    ],
    actions: [
      'Two days of cross-training bringing together six people who use the centre, eight front-desk staff and four social workers',
      'Role play in which staff play the person received and vice versa',
      'Refitting the waiting room: seats, a children’s corner, removal of posters meant only for professionals',
      'A private space for first conversations',
      'Extending the training to all front-desk staff in the département the following year',
    ],
    evaluation:
      'The same questionnaire, offered a year later, showed a clear improvement in the feeling of being well received. Front-desk staff rated the training as the most useful of their career. A cross review between people received and staff led to adjustments to the signage.',
    transformations: {
      residents: [
        'People who feel respected and know whom to turn to',
        'Training participants who became trainers for the following sessions',
      ],
      professionals: [
        'Front-desk staff who see themselves as the first link in support',
        'Social workers more attentive to what happens before the appointment',
      ],
      elected: [
        'The vice-president in charge of social action made unconditional local reception a priority',
        'A budget voted to refit the waiting rooms of the other social services centres',
      ],
      partners: [
        'Courtelune’s municipal social action centre adopted the approach for its own front desk',
        'A training organisation added crossed role play to its catalogue',
      ],
    },
    keysOfSuccess: [
      'Clear support from management, which freed up time for staff',
      'Paying the people received for their role as trainers',
      'Visible changes within the first weeks',
    ],
    vigilance: [
      'Front-desk staff need support in changing their stance, not just training',
      'People received must be prepared for exchanges that can be emotionally charged',
    ],
    perspectives:
      'Cross-training is now part of the département’s training plan. The trained participants would next like to work on the telephone welcome.',
    phases: ['diagnose', 'coConstruct', 'act'],
    resourceIds: [
      'formation-croisee',
      'questionnaire-auto-diagnostic',
      'accueil-convivial',
      'attestation-de-participation',
    ],
  },
  {
    id: 'marche-exploratoire-glycines',
    title: 'Women residents walk their neighbourhood at nightfall',
    territory: 'Les Glycines estate, Brivenne',
    territoryType: 'priority neighbourhood',
    themes: ['living environment', 'safety', 'housing'],
    public: ['residents of a neighbourhood', 'women'],
    year: 2022,
    context:
      'On the Les Glycines estate in Brivenne, several mothers met at the community centre’s drop-in said they no longer went out after 6 p.m. in winter and avoided the path to the bus stop. The social landlord and the town had started works without consulting residents.',
    sharedDiagnostic:
      'A first meeting brought together fourteen women residents. Using a map of the neighbourhood, they located the places they avoided and why: broken lighting, a hedge hiding the path, a building entrance always left open, corners near the garages. They chose to show these places to decision makers themselves.',
    problemStatement:
      'We, women residents of Les Glycines, consider that our main problem is that we no longer dare to cross the neighbourhood in the evening.',
    objectives: [
      'Identify precisely the places and causes of the feeling of insecurity',
      'Obtain concrete improvements from the town and the landlord',
      'Have residents’ lived expertise recognised',
    ],
    actions: [
      'Two preparation sessions: choice of route, observation grid, sharing of roles',
      'Two exploratory walks at the end of the day, one in winter, one in spring',
      'An illustrated report with 22 proposals, presented to the technical services, the landlord and the mayor',
      'Follow-up of the proposals on a shared board, updated at each meeting',
      'A check walk six months later with elected officials',
    ],
    evaluation:
      'Of 22 proposals, 15 were carried out within the year: lighting repaired and strengthened, hedge trimmed, entrance door repaired, a new path to the bus stop. The check walk made it possible to see the changes on site. The women evaluated their initiative in a session using emoticons and photos.',
    transformations: {
      residents: [
        'Women who go out again in the evening and feel entitled to challenge the town',
        'A mutual-help group that now organises journeys together',
      ],
      professionals: [
        'Technical services that include exploratory walks in their planning projects',
        'Social workers who discovered a collective lever on individual situations',
      ],
      elected: [
        'A mayor who took part in the check walk and committed to the remaining proposals',
        'Exploratory walks held before every planning project in the neighbourhood',
      ],
      partners: [
        'The landlord revised its maintenance schedule for outdoor spaces with the residents',
        'The youth outreach association joined the initiative to work on the use of building entrances',
      ],
    },
    keysOfSuccess: ['Precise, located proposals, easy to turn into works', 'Decision makers present at the check walk'],
    vigilance: [
      'Some proposals depend on several managers: who answers must be made clear',
      'The feeling of safety is not solved by planning alone; ties between neighbours matter too',
    ],
    perspectives:
      'The group has proposed extending the walks to children’s routes to school. The town plans a neighbourhood participatory budget to fund improvements proposed by residents.',
    phases: ['diagnose', 'coConstruct', 'act', 'evaluate'],
    resourceIds: ['marche-exploratoire', 'tableau-de-suivi-des-reponses', 'permanence-hors-les-murs'],
  },
  {
    id: 'groupe-ressource-commissions-pdi',
    title: 'A resource group sits on the integration plan’s committees',
    territory: 'Val-de-Brume département',
    territoryType: 'rural',
    themes: ['integration', 'governance'],
    public: ['people receiving the RSA'],
    year: 2021,
    context:
      'For several years, two people receiving the RSA had sat on Val-de-Brume’s multidisciplinary teams, but felt alone and little listened to. The département offered to set up a resource group able to take part in the committees of its integration programme (PDI): choosing funded activities, following them up and evaluating them.',
    sharedDiagnostic:
      'The first meetings showed that people receiving the RSA knew little about the integration offer and its vocabulary, and that committees met in distant rooms at awkward times. Professionals acknowledged that activities funded for years had never been evaluated by the people taking part in them.',
    problemStatement:
      'We, members of the resource group, consider that our main problem is that integration activities are chosen without the people who take part in them.',
    objectives: [
      'Bring the voice of the people concerned into the PDI committees',
      'Equip members to take part on an equal footing with other stakeholders',
      'Improve the integration offer based on lived expertise',
    ],
    actions: [
      'A group of fourteen members, seven of them receiving the RSA, renewed every year',
      'Three half-days of training on the PDI, its acronyms and its budget, in plain language',
      'Attendance in pairs (a person receiving the RSA and a professional) at the calls-for-projects and evaluation committees',
      'A “participants’ opinion” grid added to the file of every funded activity',
      'A certificate of participation listing the skills developed',
    ],
    evaluation:
      'In two years, the group gave its opinion on 46 activities; five were thoroughly revised and two stopped in favour of new ones. Throughout, the balance between people receiving the RSA and other members was kept, at the cost of regular reminders. The yearly review was a cross evaluation between members, professionals and elected officials.',
    transformations: {
      residents: [
        'Members who speak up in committee and defend well-argued proposals',
        'Several members who went on to join local associations',
      ],
      professionals: [
        'Integration officers who prepare files with readability in mind',
        'Evaluation of activities enriched by participants’ experience',
      ],
      elected: [
        'Elected officials who changed their view of people receiving the RSA and of their own role',
        'A commitment to give written reasons for every decision that goes against the group’s opinion',
      ],
      partners: [
        'Integration organisations that consult the group before submitting a project',
        'The public employment service involves group members in presenting its group workshops',
      ],
    },
    keysOfSuccess: [
      'A clear mandate, written with the institution, on what will be done with the opinions',
      'Working in pairs, which keeps representatives from being isolated',
      'Expenses covered and times that fit public transport',
    ],
    vigilance: [
      'Institutional vocabulary can exclude: it must be translated constantly',
      'Members do not represent all people receiving the RSA: their voice is expertise, not an elected mandate',
    ],
    perspectives:
      'The next PDI provides for the group to sit on all committees and for a dedicated budget. Former members mentor new ones at each renewal.',
    phases: ['mobilise', 'coConstruct', 'decide', 'evaluate'],
    resourceIds: [
      'groupe-ressource',
      'binome-pair-professionnel',
      'attestation-de-participation',
      'parrainage-nouveaux-membres',
      'evaluation-croisee',
    ],
  },
  {
    id: 'porteurs-de-paroles-prejuges',
    title: 'At the market, people on minimum income challenge passers-by about prejudice',
    territory: 'Estrelande',
    territoryType: 'rural',
    themes: ['fighting prejudice', 'integration'],
    public: ['people receiving the RSA', 'general public'],
    year: 2019,
    context:
      'In a working group on integration in the Estrelande area, people receiving the RSA often spoke of the shame they felt under other people’s gaze, which leads some to stop their paperwork. The group wanted to act directly on these views.',
    sharedDiagnostic:
      'Members listed the hurtful remarks heard in daily life and the situations where they arise: at the checkout, at school, in the family. Elected officials and professionals in the group acknowledged that these prejudices also existed within institutions.',
    problemStatement:
      'We, people receiving the RSA, consider that our main problem is the way others look at us, which makes us ashamed and keeps us away from our rights.',
    objectives: [
      'Open a dialogue with the general public about poverty and the RSA',
      'Challenge common misconceptions with facts and lived experience',
      'Strengthen members’ confidence in speaking up',
    ],
    actions: [
      'Two days of training in the word carriers method for ten group members',
      'Three mornings at the weekly market with the question “Living on the RSA, how do you picture it?”',
      'Answers displayed on lines strung between the stalls',
      'An exhibition of the collected statements at the library, with key figures',
      'A public debate with elected officials to close the exhibition',
    ],
    evaluation:
      'About 400 statements were collected. Members noticed that many passers-by started with a prejudice and then qualified their view as the conversation went on. A group evaluation showed that the action above all strengthened participants’ self-confidence.',
    transformations: {
      residents: [
        'Members who dare to talk about their situation without shame',
        'Passers-by who discovered realities they did not know',
      ],
      professionals: [
        'Professionals who questioned their own assumptions',
        'A more equal relationship with group members, met in a different role',
      ],
      elected: [
        'An elected official who committed to fighting prejudice in the département’s communication',
        'The group invited to a public session of the county council',
      ],
      partners: [
        'The library offered to host an exhibition by the group every year',
        'The local newspaper devoted a page to the collected statements',
      ],
    },
    keysOfSuccess: [
      'Prior training that makes members feel safe in the face of hostile reactions',
      'A place everyone goes to, where members feel at home',
    ],
    vigilance: [
      'Some exchanges can be hurtful: plan a debriefing after each outing',
      'Nobody should have to say that they receive the RSA',
    ],
    perspectives:
      'The group is preparing a new question about employment and would like to go into secondary schools. The experience was presented to other areas of the département at an exchange day.',
    phases: ['mobilise', 'diagnose', 'share'],
    resourceIds: ['porteurs-de-paroles', 'restitution-publique', 'charte-du-groupe'],
  },
  {
    id: 'reseau-entraide-aines-haut-sorlin',
    title: 'Older people in a rural area weave a mutual-help network against isolation',
    territory: 'Haut-Sorlin community of municipalities',
    territoryType: 'rural',
    themes: ['isolation', 'mobility', 'health', 'digital'],
    public: ['older people', 'carers'],
    year: 2020,
    context:
      'Haut-Sorlin has a high proportion of residents over 70, scattered across some twenty villages. Social workers from the agricultural mutual insurance fund and the département were seeing more and more isolated older people, without transport or a doctor nearby.',
    sharedDiagnostic:
      'Discussion groups in five villages, led by social workers with the town halls, brought together nearly 80 older people. Three issues came out: lack of transport for shopping and healthcare, loneliness after losing a spouse, and growing difficulty doing paperwork online.',
    problemStatement:
      'We, older residents of Haut-Sorlin, consider that our main problem is that we stay alone at home for lack of transport and visits.',
    objectives: [
      'Break older people’s isolation',
      'Make it easier to get to shops, healthcare and leisure',
      'Support online paperwork',
      'Value the experience and commitment of older people themselves',
    ],
    actions: [
      'A network of visits and calls between neighbours, created by residents and coordinated by volunteers',
      'Volunteer-driven community transport, for a small contribution',
      'Digital workshops led by secondary-school pupils and trained retirees',
      'Intergenerational meetings with schools: readings and workshops',
      'A mobility think tank bringing together elected officials, residents and associations',
    ],
    evaluation:
      'About fifty people take part regularly; the network has 35 volunteers, most of them retired. The community transport made more than 1,200 trips in the year. The evaluation, carried out with residents at meetings in each village, highlights lasting ties created between neighbours.',
    transformations: {
      residents: [
        'Older people who go from being helped to being actors of the network',
        'New friendships and local solidarity between villages',
      ],
      professionals: [
        'Better mutual knowledge between the agricultural fund, the département, community centres and associations',
        'Earlier identification of vulnerable people',
      ],
      elected: [
        'Mayors who pass on information and lend rooms',
        'Community transport included in the intermunicipal area plan',
      ],
      partners: [
        'A multidisciplinary health centre adjusted its opening hours to the community transport',
        'The intermunicipal library hosts the digital workshops',
      ],
    },
    keysOfSuccess: [
      'A diagnosis built with residents in their own villages',
      'Ongoing support from local elected officials, acting as relays and facilitators',
      'Volunteers who are recognised and supported',
    ],
    vigilance: ['Long-standing volunteers running out of steam', 'Uneven coverage of the most remote villages'],
    perspectives:
      'The network wants to expand to neighbouring communities of municipalities and create a respite platform for family carers. A residents’ association is being set up to make the project last.',
    phases: ['mobilise', 'diagnose', 'act', 'share'],
    resourceIds: ['permanence-hors-les-murs', 'photo-langage', 'frais-de-transport', 'cartographie-des-acteurs'],
  },
  {
    id: 'ateliers-parents-hors-les-murs',
    title: 'Workshops between parents, outside the walls of social services',
    territory: 'Bourg-Lisière',
    territoryType: 'peri-urban',
    themes: ['parenting', 'social ties'],
    public: ['families', 'parents supported by child protection services'],
    year: 2021,
    context:
      'In Bourg-Lisière, a fast-growing town, professionals from the département’s child and family office struggled to engage the parents they supported under a prevention or protection measure. Relations were often tense, and these families never came to parenting support activities, even though they were open to all.',
    sharedDiagnostic:
      'Parents were consulted individually on the rhythm, the place and possible topics. Many said they feared being judged in the service’s premises, and wished to talk between parents about topics that cause conflict at home: screens, bedtime, pocket money, school.',
    problemStatement:
      'We, parents, consider that our main problem is that we feel alone and judged when we have difficulties with our children.',
    objectives: [
      'Strengthen parents’ confidence and skills',
      'Change the relationship between families and professionals',
      'Make nearby parenting support places known',
    ],
    actions: [
      'Four cycles of four meetings, held at the community centre and at the parent-and-child drop-in rather than at the office',
      'Each topic and game-based format chosen by parents and professionals together',
      'The community centre’s family worker present as a neutral guarantor of the exchanges',
      'A fifth meeting added, led by a parent sharing a skill',
      'Car-sharing organised between parents for those without transport',
    ],
    evaluation:
      'During the first cycle, each session ended with an evaluation using emoticon cards, which helped adjust the next topic and facilitation. Later cycles were evaluated at the end. Most parents completed a full cycle, and several went on to use the day nursery and the social grocery.',
    transformations: {
      residents: [
        'Parents who help each other outside the workshops: swapping clothes, tips, going places together',
        'Parents who spread the word about the workshops themselves',
        'Better knowledge of local resources',
      ],
      professionals: [
        'Less conflictual relations and more creative support',
        'Drawing on families’ circles built into practice, with management’s backing',
      ],
      elected: [
        'Elected officials pleased to see these families using the public services meant for them',
        'Funding for a half-time prevention youth worker at the community centre',
      ],
      partners: [
        'A community centre that now welcomes families it used not to reach',
        'Closer ties between actors who rarely worked together, including the local police',
      ],
    },
    keysOfSuccess: [
      'Meetings outside the service’s premises, in places open to all',
      'A playful, friendly setting decided with the parents',
    ],
    vigilance: [
      'Keep the group workshop clearly separate from the individual measure, so that taking part stays voluntary',
      'Provide care for young children during the meetings',
    ],
    perspectives:
      'Intermunicipal elected officials funded empowerment training open to all professionals and volunteers in the area. Parents would like to open the workshops to those who use the crèche.',
    phases: ['mobilise', 'coConstruct', 'act', 'evaluate'],
    resourceIds: ['permanence-hors-les-murs', 'accueil-convivial', 'binome-pair-professionnel', 'frais-de-transport'],
  },
  {
    id: 'ambassadeurs-numeriques-lorvenne',
    title: 'Trained residents help their neighbours with online paperwork',
    territory: 'Lorvenne',
    territoryType: 'urban',
    themes: ['digital', 'access to rights'],
    public: ['residents of a neighbourhood', 'people with little digital access'],
    year: 2024,
    context:
      'As paperwork moved online, Lorvenne’s social drop-ins were swamped with requests for help with a quarterly declaration, booking an appointment or a lost password. Residents complained that services sent them to websites they did not know how to use.',
    sharedDiagnostic:
      'A travelling idea box circulated for two months between the social grocery, the community centre and the library. Nearly 200 cards were collected. A feedback workshop with residents, staff of the municipal social action centre and digital mediators brought out a finding: people give up on their rights for lack of local help, and existing access points are little known.',
    problemStatement:
      'We, residents of Lorvenne, consider that our main problem is that we lose rights because procedures are only online.',
    objectives: [
      'Reduce non-take-up of rights linked to digital procedures',
      'Make digital access and help points known',
      'Recognise the skills of residents who already help their neighbours',
    ],
    actions: [
      'A survey of digital help points and a paper map delivered to letterboxes',
      'Twelve resident “digital ambassadors” trained by the library’s mediators',
      'Drop-ins run in pairs by an ambassador and a mediator, at the market and at the social grocery',
      'Co-written step-by-step sheets, in easy-to-read versions, for the most common procedures',
      'A public answer to every card from the idea box, posted where cards were collected',
    ],
    evaluation:
      'In one year, the drop-ins welcomed more than 600 people; a third came back to do a procedure on their own afterwards. An end-of-year questionnaire was filled in by ambassadors, mediators and municipal staff, and the answers were compared in a joint session.',
    transformations: {
      residents: [
        'Ambassadors recognised in their neighbourhood, two of whom found jobs as mediators',
        'People more independent with their paperwork',
      ],
      professionals: [
        'Staff who refer people to a specific place rather than to a website',
        'New joint work between the library, the community centre and the municipal social action centre',
      ],
      elected: [
        'The town’s commitment to keep an in-person desk for every municipal procedure',
        'Digital inclusion written into the urban policy contract',
      ],
      partners: [
        'The family benefits office trained the ambassadors in its own procedures',
        'The social grocery hosts a drop-in every week',
      ],
    },
    keysOfSuccess: [
      'Building on the mutual help that already existed between neighbours',
      'Answering every card publicly to show that people’s words are taken into account',
    ],
    vigilance: [
      'Ambassadors must never keep people’s passwords or data',
      'Volunteering must not replace in-person public services',
    ],
    perspectives:
      'The town is considering paying the ambassadors by the session. The step-by-step sheets will be offered to the other towns in the conurbation.',
    phases: ['diagnose', 'coConstruct', 'decide', 'act'],
    resourceIds: [
      'boite-a-idees-mobile',
      'binome-pair-professionnel',
      'reunion-accessible-falc',
      'tableau-de-suivi-des-reponses',
    ],
  },
  {
    id: 'budget-participatif-alimentation-moulin-vert',
    title: 'A neighbourhood decides on its own projects to eat better',
    territory: 'Le Moulin-Vert neighbourhood, Sorlinges',
    territoryType: 'priority neighbourhood',
    themes: ['food', 'health', 'social ties'],
    public: ['families', 'residents of a neighbourhood'],
    year: 2023,
    context:
      'In Le Moulin-Vert, rising food prices doubled attendance at the food aid distribution in two years. The community centre and the social services centre noticed that families worried as much about the quality of what they ate as about the quantity. The town had just opened a participatory budget for each neighbourhood.',
    sharedDiagnostic:
      'A walking diagnosis showed there was no fruit and vegetable shop within twenty minutes’ walk, and an unused patch of waste ground at the foot of the buildings. In cooking workshops, families described their strategies to stay within budget and what they went without.',
    problemStatement:
      'We, families of Le Moulin-Vert, consider that our main problem is that we cannot feed our children well on our budget.',
    objectives: [
      'Improve access to good-quality, affordable food',
      'Give residents real decision-making power over neighbourhood projects',
      'Create opportunities to meet around cooking and gardening',
    ],
    actions: [
      'Support for families to submit projects to the participatory budget, with help in writing them',
      'A vote held at the market and at the community centre, including on paper',
      'A shared garden on the waste ground, run by a residents’ association',
      'A community kitchen where residents take turns leading workshops',
      'A group purchasing scheme for fruit and vegetables from nearby farmers',
    ],
    evaluation:
      'Three projects led by local residents were chosen in the vote, out of nine submitted. The garden has 40 plots and the community kitchen welcomes about sixty people each month. A cross evaluation between residents, elected officials and professionals took place a year after the first results.',
    transformations: {
      residents: [
        'Families who eat more fresh vegetables and share their recipes',
        'Residents who became project leaders and members of an association',
      ],
      professionals: [
        'Professionals moving from handing out aid to supporting residents’ projects',
        'New cooperation between the mother and child health service’s dietitian and the community centre',
      ],
      elected: [
        'The town set aside a share of the participatory budget for priority neighbourhoods',
        'Elected officials who saw the value of an accessible offline vote',
      ],
      partners: [
        'Local farmers who found a regular outlet',
        'The landlord made the waste ground available under an agreement',
      ],
    },
    keysOfSuccess: [
      'Support with submitting projects so that the residents furthest from institutions can take part',
      'Participatory budget rules explained in plain language',
    ],
    vigilance: [
      'Without support, projects from the best-organised neighbourhoods win',
      'The gap between the vote and delivery can discourage people: keep them informed at each step',
    ],
    perspectives:
      'The residents’ association would like to open a community grocery run with its users. The group purchasing scheme is to be extended to two other neighbourhoods of Sorlinges.',
    phases: ['diagnose', 'coConstruct', 'decide', 'act', 'evaluate'],
    resourceIds: ['budget-participatif', 'diagnostic-en-marchant', 'evaluation-croisee', 'reunion-accessible-falc'],
  },
];
