import type { GlossaryEntry, PlainText } from '../content.types.js';

/** A definition in standard English and in easy-to-read English: each easy-to-read argument is one line. */
const t = (standard: string, ...falc: string[]): PlainText => ({ standard, falc: falc.join('\n') });

/**
 * French words and acronyms a citizen meets in social policy and in a participation
 * group, explained in English. Terms stay in French, as people meet them; the
 * expansion gives the French words and the definition explains them. Same ids and
 * order as the French glossary.
 */
export const glossary: GlossaryEntry[] = [
  {
    id: 'rsa',
    term: 'RSA',
    expansion: 'Revenu de solidarité active (active solidarity income)',
    definition: t(
      'A benefit that guarantees a minimum income to people with little or no resources. It is decided and funded by the département (county council) and paid by the CAF or the MSA. It comes with rights (support from a professional) and duties (steps towards integration).',
      'RSA means active solidarity income.',
      'It is a money benefit.',
      'It helps people who have very little money.',
      'The county council decides who gets it.',
      'The family allowance office pays the money every month.',
      'A person also helps you with your steps.',
    ),
  },
  {
    id: 'cer',
    term: 'CER',
    expansion: 'Contrat d’engagement réciproque (mutual commitment contract)',
    definition: t(
      'A document signed between a person receiving RSA and the département, when support is mainly social. It lists what each side commits to do: the person’s steps and the help given by the institution. Since 2025, it is gradually being replaced by the contrat d’engagement.',
      'CER means mutual commitment contract.',
      'You sign it with the county council.',
      'It says what you will do.',
      'It also says how the county council helps you.',
      'Since 2025, the commitment contract is replacing it step by step.',
    ),
  },
  {
    id: 'ppae',
    term: 'PPAE',
    expansion: 'Projet personnalisé d’accès à l’emploi (personal plan for access to employment)',
    definition: t(
      'A document drawn up with France Travail by a person looking for work. It states the job sought, the geographical area and the expected salary, as well as the planned actions. Since 2025, the contrat d’engagement is gradually taking its place.',
      'PPAE means personal plan for access to employment.',
      'It is a plan to find a job.',
      'You write it with France Travail.',
      'It says what job you look for and where.',
      'Since 2025, the commitment contract is replacing it step by step.',
    ),
  },
  {
    id: 'contrat-d-engagement',
    term: 'Contrat d’engagement',
    definition: t(
      'Commitment contract, created by the French full-employment law. Since 2025, it is signed by people registered with France Travail, including people receiving RSA. It contains an action plan (training, job search, health or housing steps…) and is gradually replacing the CER and the PPAE.',
      'The commitment contract is a contract.',
      'You sign it with the person who supports you.',
      'It contains your action plan.',
      'For example: a training course or a job search.',
    ),
  },
  {
    id: 'pti',
    term: 'PTI',
    expansion: 'Pacte territorial pour l’insertion (local integration pact)',
    definition: t(
      'An agreement signed between the département and its partners (State, France Travail, CAF, towns, associations…) to implement together the integration policy set out in the PDI.',
      'PTI means local integration pact.',
      'It is an agreement.',
      'The county council and its partners sign it.',
      'They commit to help people find their place together.',
    ),
  },
  {
    id: 'pdi',
    term: 'PDI',
    expansion: 'Programme (ou plan) départemental d’insertion (county integration programme)',
    definition: t(
      'A document adopted by the county council for several years. It describes the needs of people facing integration difficulties and the actions offered to meet them. The people concerned can be involved in reviewing and preparing it.',
      'PDI means county integration programme.',
      'It is the plan of the county council for integration.',
      'It lasts several years.',
      'It says what help the county council offers.',
      'The people concerned can give their opinion on this plan.',
    ),
  },
  {
    id: 'equipe-pluridisciplinaire',
    term: 'Équipe pluridisciplinaire',
    definition: t(
      'Multidisciplinary team: a body of the département that brings together integration professionals and representatives of people receiving RSA. It gives its opinion before some important decisions, for example a change of support or a reduction of RSA.',
      'The multidisciplinary team is a group of people.',
      'There are professionals.',
      'There are also people who receive the active solidarity income.',
      'The group gives its opinion before an important decision about this benefit.',
    ),
  },
  {
    id: 'referent-unique',
    term: 'Référent unique',
    definition: t(
      'Single contact person: the professional in charge of supporting a person receiving RSA throughout their path. They are the main contact: they help build the plan, sign the contract with the person and link up with other services. Also called référent de parcours.',
      'The single contact person is a professional.',
      'They support you during your path.',
      'You can ask them your questions.',
    ),
  },
  {
    id: 'orientation',
    term: 'Orientation',
    definition: t(
      'The decision that names the organisation in charge of supporting a person receiving RSA: mainly towards employment, mainly social, or both. It takes the person’s situation into account (health, housing, family, plans).',
      'Orientation chooses who will support you.',
      'It depends on your situation.',
      'For example: your health or your housing.',
    ),
  },
  {
    id: 'conseil-departemental',
    term: 'Conseil départemental',
    definition: t(
      'County council: the elected assembly of the département, and by extension its services. It is mainly responsible for social action: RSA and integration, child protection, support for older people and for disabled people.',
      'The county council runs the département.',
      'Its members are elected by residents.',
      'It is in charge of social benefits.',
      'For example: the active solidarity income and child protection.',
    ),
  },
  {
    id: 'mds',
    term: 'MDS',
    expansion: 'Maison départementale des solidarités (county social services centre)',
    definition: t(
      'A local office of the département, where social workers and staff for integration, mother and child health and child protection work. The name changes from one département to another: maison des solidarités, maison de la solidarité et de l’insertion…',
      'MDS means county social services centre.',
      'It is a place of the county council near your home.',
      'Social workers welcome you there.',
      'Its name changes from one county to another.',
    ),
  },
  {
    id: 'utas',
    term: 'UTAS',
    expansion: 'Unité territoriale d’action sociale (local social action unit)',
    definition: t(
      'In some départements, the local service that brings together the social action professionals of an area. It plays the same role as a maison des solidarités.',
      'UTAS means local social action unit.',
      'It is a service of the county council near your home.',
      'Social workers work there.',
    ),
  },
  {
    id: 'ccas',
    term: 'CCAS',
    expansion: 'Centre communal d’action sociale (municipal social action centre)',
    definition: t(
      'The social service of the town. It helps residents with their steps, pays some local aid and can provide an administrative address (domiciliation). When several towns share it, it is called a CIAS (intermunicipal social action centre).',
      'CCAS means municipal social action centre.',
      'It is the social service of the town hall.',
      'It helps you with your steps.',
      'It can give you an address to receive your mail.',
    ),
  },
  {
    id: 'caf',
    term: 'CAF',
    expansion: 'Caisse d’allocations familiales (family allowance office)',
    definition: t(
      'The body that pays family benefits, housing aid, the prime d’activité, the disabled adult allowance and, on behalf of the département, RSA. People covered by the farming scheme go to the MSA instead.',
      'CAF means family allowance office.',
      'The CAF pays money benefits.',
      'For example: help for housing.',
    ),
  },
  {
    id: 'msa',
    term: 'MSA',
    expansion: 'Mutualité sociale agricole (farming social security)',
    definition: t(
      'The social security body for people who work or worked in farming, and their families. For them, it plays the role of the CAF and of health insurance.',
      'MSA means farming social security.',
      'The MSA helps people who work in farming.',
      'It pays the same benefits as the family allowance office.',
    ),
  },
  {
    id: 'france-travail',
    term: 'France Travail',
    definition: t(
      'The public employment service, which replaced Pôle emploi in 2024. It registers and supports people looking for work and pays unemployment benefits. Since 2025, people receiving RSA are registered automatically.',
      'France Travail helps people find a job.',
      'Before, it was called Pôle emploi.',
      'People who receive the active solidarity income are registered with France Travail.',
    ),
  },
  {
    id: 'prime-d-activite',
    term: 'Prime d’activité',
    definition: t(
      'In-work benefit: a monthly payment from the CAF or the MSA to people who work and earn little. It is claimed online and calculated from income declared every three months.',
      'The in-work benefit is a money benefit.',
      'It helps people who work and earn little.',
      'You declare your income every 3 months.',
    ),
  },
  {
    id: 'aah',
    term: 'AAH',
    expansion: 'Allocation aux adultes handicapés (disabled adult allowance)',
    definition: t(
      'A benefit that provides a minimum income to adults whose disability strongly limits their access to employment. The right is decided by the MDPH committee, and the allowance is paid by the CAF or the MSA.',
      'AAH means disabled adult allowance.',
      'It is a money benefit.',
      'It helps adults who have a disability.',
      'The county disability centre decides if you have the right to it.',
      'The family allowance office pays the money.',
    ),
  },
  {
    id: 'mdph',
    term: 'MDPH',
    expansion: 'Maison départementale des personnes handicapées (county disability centre)',
    definition: t(
      'The single place where disabled people and their families apply for their rights: recognition of disability, allowances, human or technical help, referral to an establishment or to adapted employment.',
      'MDPH means county disability centre.',
      'The MDPH helps people who have a disability.',
      'You make your requests for help there.',
    ),
  },
  {
    id: 'domiciliation',
    term: 'Domiciliation',
    definition: t(
      'An administrative address given to a person without a stable home, by a CCAS or an approved association. It lets them receive mail and open their rights (RSA, health insurance, identity papers…).',
      'You live without a fixed address?',
      'The town hall or an association can give you an address.',
      'With this address, you receive your mail.',
      'You can also apply for your benefits.',
    ),
  },
  {
    id: 'insertion',
    term: 'Insertion',
    definition: t(
      'Integration: the path that helps a person find or regain their place in society. There is social integration (housing, health, ties with others) and professional integration (training, employment).',
      'Integration helps a person find their place.',
      'For example: having a home.',
      'Or finding a job.',
    ),
  },
  {
    id: 'siae',
    term: 'SIAE',
    expansion: 'Structure d’insertion par l’activité économique (work-integration organisation)',
    definition: t(
      'An organisation approved by the State that employs people far from employment and supports them during their contract. They include work-integration workshops and sites, integration enterprises, temporary work integration agencies and intermediary associations.',
      'SIAE means work-integration organisation.',
      'It is a company or an association.',
      'It gives a job to people who find it hard to get work.',
      'It also helps them with their steps.',
    ),
  },
  {
    id: 'aci',
    term: 'ACI',
    expansion: 'Atelier et chantier d’insertion (work-integration workshop and site)',
    definition: t(
      'A type of SIAE, often run by an association, that offers work (green spaces, sewing, recycling…) together with social and professional support. Employees usually sign a CDDI.',
      'ACI means work-integration workshop and site.',
      'A work-integration site offers a real job.',
      'For example: looking after green spaces.',
      'A person also helps you prepare what comes next.',
    ),
  },
  {
    id: 'cddi',
    term: 'CDDI',
    expansion: 'Contrat à durée déterminée d’insertion (fixed-term integration contract)',
    definition: t(
      'An employment contract offered by a work-integration workshop and site or an integration enterprise. It usually lasts from 4 months to 2 years and includes support to prepare the next step.',
      'CDDI means fixed-term integration contract.',
      'It is an employment contract.',
      'It lasts between 4 months and 2 years.',
      'During this contract, a person helps you prepare what comes next.',
    ),
  },
  {
    id: 'plie',
    term: 'PLIE',
    expansion: 'Plan local pour l’insertion et l’emploi (local plan for integration and employment)',
    definition: t(
      'A scheme run by one or several towns that offers intensive support towards employment to people far from it. It is often partly funded by the European Social Fund.',
      'PLIE means local plan for integration and employment.',
      'The PLIE helps people find a job.',
      'A person follows you closely.',
    ),
  },
  {
    id: 'ase',
    term: 'ASE',
    expansion: 'Aide sociale à l’enfance (child welfare service)',
    definition: t(
      'The département’s child protection service. It supports families in difficulty and protects children in danger, through help at home or, when necessary, care outside the family.',
      'ASE means child welfare service.',
      'It is a service of the county council.',
      'It helps families in difficulty.',
      'It protects children.',
    ),
  },
  {
    id: 'cvs',
    term: 'CVS',
    expansion: 'Conseil de la vie sociale (residents’ council)',
    definition: t(
      'A body created by the 2002 French law on social action in social and medico-social establishments (care home, hostel, shelter…). The people accommodated, their families and the staff give their opinion and make proposals on how the establishment runs.',
      'CVS means residents’ council.',
      'It is a group inside an establishment.',
      'For example: a care home or a hostel.',
      'The people who live there give their opinion.',
      'They propose ideas to live better together.',
    ),
  },
  {
    id: 'travailleur-social',
    term: 'Travailleur social',
    definition: t(
      'Social worker: a professional who supports people or groups to access their rights and act on their situation, such as a social worker, youth worker, family budget adviser or community worker.',
      'A social worker is a professional.',
      'They help you know your rights.',
      'They help you with your steps.',
    ),
  },
  {
    id: 'participation-citoyenne',
    term: 'Participation citoyenne',
    definition: t(
      'Citizen participation: residents taking part in the decisions that concern them by giving their opinion, making proposals and following what the institution does with them. In social action, French law recognises the right of the people supported to take part.',
      'Taking part means giving your opinion.',
      'It also means proposing ideas.',
      'You have the right to take part in decisions about you.',
    ),
  },
  {
    id: 'pouvoir-d-agir',
    term: 'Pouvoir d’agir',
    expansion: 'DPA: développement du pouvoir d’agir (empowerment)',
    definition: t(
      'The capacity of people to act, alone or together, on what matters to them. The empowerment approach starts from a concrete problem chosen by the people; the professional acts as a facilitator.',
      'Power to act means being able to change things.',
      'Alone or with others.',
      'Residents choose the problem.',
      'The professional helps them.',
    ),
  },
  {
    id: 'aller-vers',
    term: 'Aller vers',
    definition: t(
      'Outreach: a way of working in which professionals go to meet people where they live (street, market, building, home) instead of waiting for them to come to the office.',
      'Professionals come to see you.',
      'For example: in the street or at the market.',
    ),
  },
  {
    id: 'personne-concernee',
    term: 'Personne concernée',
    definition: t(
      'Person concerned: someone who lives or has lived the situation being discussed, for example receiving RSA, living in the neighbourhood, or being a parent supported by child protection. Their experience is knowledge in its own right.',
      'A person concerned lives the situation.',
      'For example: they live in the neighbourhood.',
      'Their experience is useful to everyone.',
    ),
  },
  {
    id: 'college-des-personnes-concernees',
    term: 'Collège des personnes concernées',
    definition: t(
      'College of people concerned: in a participation body, the group of seats reserved for people who live the situation. It sits alongside the colleges of professionals, elected officials and partners, often with parity.',
      'In some groups, seats are kept for people concerned.',
      'These people form a college.',
      'They speak as equals with professionals and elected officials.',
    ),
  },
  {
    id: 'parite',
    term: 'Parité',
    definition: t(
      'Parity: a balance between two categories of members of a group. In Participe, it means the balance between people concerned and other participants: people concerned must be at least half of the group.',
      'Parity means balance in the group.',
      'At least half of the members live the situation.',
    ),
  },
  {
    id: 'expertise-d-usage',
    term: 'Expertise d’usage',
    definition: t(
      'User expertise: knowledge drawn from lived experience of a service, a scheme or a neighbourhood. It complements the knowledge of professionals and elected officials.',
      'You use the services.',
      'You know what works and what blocks.',
      'This is your expertise.',
    ),
  },
  {
    id: 'diagnostic-partage',
    term: 'Diagnostic partagé',
    definition: t(
      'Shared diagnosis: an analysis of a situation built together by residents, professionals, elected officials and partners. It leads to a priority problem, stated by the people concerned.',
      'A shared diagnosis means understanding a problem together.',
      'Everyone gives their point of view.',
    ),
  },
  {
    id: 'charte',
    term: 'Charte du groupe',
    definition: t(
      'Group charter: a text adopted by the members at the start of the work. It sets the common rules: shared responsibility, kindness, confidentiality, each person’s role, how meetings run.',
      'The charter contains the rules of the group.',
      'The members write it together.',
    ),
  },
  {
    id: 'attestation-de-participation',
    term: 'Attestation de participation',
    definition: t(
      'Certificate of participation: a document given to a group member at the end of their involvement. It describes what they did and the skills they developed, and can be used in a training or job path.',
      'The certificate is a paper.',
      'It says what you did in the group.',
      'It says what you learned.',
      'You can show it for a training course or a job.',
    ),
  },
  {
    id: 'conference-familiale',
    term: 'Conférence familiale',
    definition: t(
      'Family group conference: a method in which a family and its circle (relatives, friends, neighbours) look for their own solutions to a central question. A coordinator prepares the meeting over two to three months. The final meeting produces an action plan, reviewed with the family a few months later.',
      'The family asks an important question.',
      'The family invites its close ones.',
      'Together, they find solutions.',
      'They write an action plan.',
    ),
  },
  {
    id: 'pair-aidance',
    term: 'Pair-aidance',
    definition: t(
      'Peer support: support given by someone who has lived a similar situation (a peer). When this help is a recognised job, it is called peer work.',
      'A person has lived the same situation as you.',
      'They help you thanks to their experience.',
    ),
  },
  {
    id: 'action-collective',
    term: 'Action collective',
    definition: t(
      'Collective action: a form of support in which a social worker brings several people together around a shared project, instead of seeing them one by one. It creates ties and builds self-confidence.',
      'A collective action brings several people together.',
      'Together, they lead a project.',
    ),
  },
  {
    id: 'developpement-social-local',
    term: 'Développement social local',
    definition: t(
      'Local social development: an approach that improves living conditions in an area by relying on its residents, resources and actors (elected officials, associations, services), brought together around shared projects.',
      'Residents, elected officials and associations work together.',
      'They improve life in their neighbourhood or village.',
    ),
  },
  {
    id: 'accueil-social-inconditionnel',
    term: 'Premier accueil social inconditionnel',
    definition: t(
      'Unconditional first social welcome: the commitment of social services to receive anyone who comes, whatever their request, to listen to them and direct them to the right answer near their home.',
      'Anyone can come.',
      'Someone listens to them.',
      'Someone helps them find the right service.',
    ),
  },
  {
    id: 'falc',
    term: 'FALC',
    expansion: 'Facile à lire et à comprendre (easy to read and understand)',
    definition: t(
      'A writing method that follows European rules: short sentences, common words, one idea per line. First designed with and for people with intellectual disabilities, it also helps many other readers.',
      'FALC means easy to read and understand.',
      'The sentences are short.',
      'The words are simple.',
      'There is one idea per line.',
    ),
  },
  {
    id: 'saisie-accompagnee',
    term: 'Saisie accompagnée',
    definition: t(
      'Assisted entry: the possibility to submit a contribution with the help of a professional, who types it from what the person says. The contribution remains the person’s own.',
      'A professional writes your idea with you.',
      'The idea stays your idea.',
    ),
  },
  {
    id: 'contribution',
    term: 'Contribution',
    definition: t(
      'What a person or a group sends to the institution: an observation, a proposal, a question or a testimony. Each contribution receives a public answer with reasons.',
      'A contribution is what you send to the institution.',
      'For example: an idea or a question.',
      'You always get an answer.',
    ),
  },
];
