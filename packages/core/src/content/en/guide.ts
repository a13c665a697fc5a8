import type { GuideEntry, PlainText } from '../content.types.js';

/** A citizen-facing text: plain English first, then its easy-to-read version. */
const pt = (standard: string, falc: string): PlainText => ({ standard, falc });

/**
 * "Where do we start?" — English version of `fr/guide.ts`: same ids, same order.
 */
export const guide: GuideEntry[] = [
  {
    id: 'faire-venir-les-habitants',
    question: pt('How do we reach residents who never come?', 'How do we get people who never come to come?'),
    answer: pt(
      'Go where they are instead of waiting for them: door-to-door, a drop-in at the market or at the foot of a building, an idea box in places they already use. Listen first to what bothers them in daily life, before talking about your project. On the day of the first meeting, call the day before and go and fetch those who hesitate: the welcome counts as much as the invitation.',
      'Go and see people where they live. First listen to what is wrong for them. The day before the meeting, call them again. Welcome them well.',
    ),
    phase: 'mobilise',
    resourceIds: ['porte-a-porte', 'permanence-hors-les-murs', 'boite-a-idees-mobile', 'accueil-convivial'],
  },
  {
    id: 'lever-les-freins-pratiques',
    question: pt(
      'What if people have no transport or no childcare?',
      'How can I come without a car or with my children?',
    ),
    answer: pt(
      'Transport and timing are conditions for taking part, not details. Pay for tickets or fuel in advance, organise car-sharing or pick-ups in rural areas, and provide childcare. Hold meetings at times that fit school hours and write these rules into the charter.',
      'Coming must cost you nothing. Transport is paid before. Someone can come and pick you up. Meetings happen during school hours.',
    ),
    phase: 'mobilise',
    resourceIds: ['frais-de-transport', 'permanence-hors-les-murs', 'charte-du-groupe'],
  },
  {
    id: 'garder-la-parite',
    question: pt('How do we keep parity in the group?', 'How do we keep as many people concerned as others?'),
    answer: pt(
      'Set the rule from the start: at least half of the members are people concerned, and write it into the charter. Recruit through several entry points and check the make-up at every meeting: if the share of people concerned falls below half, it is the signal to reach out again, sometimes with a simple phone call. Also avoid professionals outnumbering others just because they come during working hours.',
      'At least half of the group are people concerned. We write it in the rules. We count at each meeting. If some are missing, we call them.',
    ),
    phase: 'mobilise',
    resourceIds: ['groupe-ressource', 'charte-du-groupe', 'parrainage-nouveaux-membres'],
  },
  {
    id: 'reunions-comprehensibles',
    question: pt(
      'How do we make our meetings understandable to everyone?',
      'How do we make sure everyone understands meetings?',
    ),
    answer: pt(
      'Write invitations and minutes in easy-to-read language and have a person concerned reread them. Ban unexplained acronyms and give everyone a simple way to signal they have not understood. Sit side by side, in a circle, and start with a welcome.',
      'Use short sentences and simple words. Explain acronyms. Everyone can say: “I did not understand”.',
    ),
    phase: 'mobilise',
    resourceIds: ['reunion-accessible-falc', 'accueil-convivial'],
  },
  {
    id: 'proteger-la-parole',
    question: pt('How do we protect what is said in the group?', 'Does what I say in the group stay secret?'),
    answer: pt(
      'Adopt a charter that sets out confidentiality: personal things shared stay in the group. For any testimony used outside, collect written consent, remove anything that would identify the person and have them reread the text. Nobody has to describe their situation, or say whether they receive the RSA.',
      'What you tell stays in the group. We never use your name without your agreement. You do not have to talk about your situation.',
    ),
    phase: 'mobilise',
    resourceIds: ['charte-du-groupe', 'recit-de-vie'],
  },
  {
    id: 'savoir-de-quoi-parler',
    question: pt('How do we find out what really worries residents?', 'How do we know what matters to residents?'),
    answer: pt(
      'Take time to listen widely before proposing anything: walk the neighbourhood with residents, use photos to help people speak, collect life stories. Note the “thorns in the foot” in people’s own words. This listening can take several months: it is an investment, not a delay.',
      'Listen a lot before you suggest things. Walk in the neighbourhood with residents. Write down their words.',
    ),
    phase: 'diagnose',
    resourceIds: ['diagnostic-en-marchant', 'photo-langage', 'recit-de-vie', 'porteurs-de-paroles'],
  },
  {
    id: 'choisir-le-probleme',
    question: pt('How do we agree on the problem to tackle?', 'How do we choose together the problem to solve?'),
    answer: pt(
      'Ask the people concerned to state their main problem themselves, in one sentence: “We, …, consider that our main problem is …”. Choose a problem that matters to them and that the group can act on. Then a problem tree helps separate causes from consequences to find the levers.',
      'The people concerned say their problem in one sentence. The sentence starts with “We”. We choose a problem we can act on.',
    ),
    phase: 'diagnose',
    resourceIds: ['enonce-du-probleme', 'arbre-a-problemes'],
  },
  {
    id: 'ou-en-est-le-groupe',
    question: pt('How do we know where our group stands?', 'How do we know where the group is?'),
    answer: pt(
      'Have residents, professionals and elected officials fill in a self-assessment questionnaire. It places the group in the participation cycle and suggests suitable methods. Differences between the answers of each side are often the best starting point for a discussion.',
      'Everyone fills in a questionnaire. The questionnaire says where the group is. We compare the answers and talk about them.',
    ),
    phase: 'diagnose',
    resourceIds: ['questionnaire-auto-diagnostic', 'cartographie-des-acteurs'],
  },
  {
    id: 'des-plaintes-aux-propositions',
    question: pt('How do we move from complaints to proposals?', 'How do we go from “it is not working” to ideas?'),
    answer: pt(
      'Start from the causes the group can influence rather than from everything that is wrong. Formats such as the world café or forum theatre help imagine other ways of doing things, concrete and dated. A good proposal says whom it is addressed to, what must change and how we will know it has been done.',
      'Look for what we can change. Act out scenes, talk in small groups. A good idea says: who must act, what to do, when.',
    ),
    phase: 'coConstruct',
    resourceIds: ['world-cafe', 'theatre-forum', 'arbre-a-problemes'],
  },
  {
    id: 'travailler-a-egalite',
    question: pt(
      'How do professionals and people concerned work together as equals?',
      'How do professionals and residents work together without one being the boss?',
    ),
    answer: pt(
      'Move from “face to face” to “side by side”: co-lead sessions in pairs with a person concerned, and train together rather than separately. The charter reminds everyone that each person is responsible for the group and that experiential knowledge is worth as much as professional knowledge.',
      'Professionals and residents sit side by side. They lead together. They learn together. Everyone knows useful things.',
    ),
    phase: 'coConstruct',
    resourceIds: ['binome-pair-professionnel', 'formation-croisee', 'charte-du-groupe'],
  },
  {
    id: 'famille-et-entourage',
    question: pt(
      'How do we help a family find its own solutions with the people around it?',
      'How can a family find its solutions with its relatives?',
    ),
    answer: pt(
      'A family group conference brings together the family and the people it chooses around a central question. A coordinator prepares the meeting over two to three months; on the day of the final meeting, the family builds its action plan on its own. The plan is reviewed with the family a few months later.',
      'The family invites its relatives. Together, they make a plan. One person helps prepare for 2 or 3 months. A few months later, we check if the plan works.',
    ),
    phase: 'coConstruct',
    resourceIds: ['conference-familiale'],
  },
  {
    id: 'associer-les-elus',
    question: pt('How do we involve elected officials?', 'How do we get elected officials to come?'),
    answer: pt(
      'Invite them to sit in the group, at the same table as everyone, to listen before answering. Prepare the meeting with the group and write down each commitment made, so it can be followed up. An elected official who takes part over time changes their view, and the group sees that it can be heard.',
      'Invite elected officials into the group. They sit with everyone. They listen. We write down what they promise.',
    ),
    phase: 'decide',
    resourceIds: ['elus-en-ecoute', 'comite-de-suivi', 'restitution-publique'],
  },
  {
    id: 'eviter-rien-ne-change',
    question: pt(
      'How do we avoid people feeling that nothing ever changes?',
      'How do we show that things really change?',
    ),
    answer: pt(
      'Answer every contribution, publicly and with reasons, within a time announced in advance. Keep a visible tracking board where an unanswered contribution shows as overdue. Start with quick, concrete results (a rewritten letter, a changed timetable) while longer projects move forward.',
      'Every idea gets an answer. The answer says why. You can see when an answer is late. We start with small things that change fast.',
    ),
    phase: 'decide',
    resourceIds: ['tableau-de-suivi-des-reponses', 'lettre-de-retour', 'restitution-publique'],
  },
  {
    id: 'quand-la-reponse-est-non',
    question: pt('What if the institution cannot accept a proposal?', 'What happens when the institution says no?'),
    answer: pt(
      'Say so clearly, explain why and what could change the decision. A reasoned refusal shows more respect for the group than silence. Suggest another option if possible and keep a record of the proposal to discuss it again later.',
      'The institution says no clearly. It explains why. Sometimes it suggests another idea.',
    ),
    phase: 'decide',
    resourceIds: ['lettre-de-retour', 'tableau-de-suivi-des-reponses'],
  },
  {
    id: 'donner-du-pouvoir-de-decision',
    question: pt('How do we give residents real decision-making power?', 'How can residents really decide?'),
    answer: pt(
      'Say from the start what is open to decision and what is not. A participatory budget lets residents choose projects and vote; a citizens’ jury issues a reasoned opinion that the institution commits to answer point by point. In both cases, the rules must be written down and kept.',
      'We say clearly what residents can decide. With a participatory budget, they vote for projects. With a jury, they give their opinion and the institution answers.',
    ),
    phase: 'decide',
    resourceIds: ['budget-participatif', 'jury-citoyen'],
  },
  {
    id: 'suivre-les-engagements',
    question: pt(
      'How do we follow up on what the institution promised?',
      'How do we check that the institution does what it promised?',
    ),
    answer: pt(
      'Set up a mixed monitoring committee that meets every quarter and reviews each commitment. Update progress on the tracking board and publish a short record of decisions. An explained delay is better than a forgotten commitment.',
      'A group meets every 3 months. It checks each promise. It publishes what it saw.',
    ),
    phase: 'act',
    resourceIds: ['comite-de-suivi', 'tableau-de-suivi-des-reponses'],
  },
  {
    id: 'mobilisation-qui-s-essouffle',
    question: pt('What do we do when people lose steam?', 'What do we do when people stop coming?'),
    answer: pt(
      'Participation goes up and down with how long institutions take to answer and with people’s lives: that is normal. Get back in touch personally, show what has moved forward, and plan friendly moments that are not working meetings. A meeting with a decision maker or a visible result often re-engages people better than a written reminder.',
      'It is normal that people come less sometimes. Call them. Show what has changed. Organise a nice moment together.',
    ),
    phase: 'act',
    resourceIds: ['reunion-mensuelle', 'accueil-convivial', 'restitution-publique'],
  },
  {
    id: 'evaluer-ensemble',
    question: pt('How do we evaluate together?', 'How do we find out together if the project worked?'),
    answer: pt(
      'Have people concerned, professionals, elected officials and partners evaluate separately, then compare the views. Use simple media (photos, emoticons, a few questions) rather than a long questionnaire. Look at the effects on people and on practices as much as at what was delivered.',
      'Everyone says what changed for them. Residents, professionals, elected officials. Then we compare. We can use photos or drawings.',
    ),
    phase: 'evaluate',
    resourceIds: ['evaluation-croisee', 'questionnaire-auto-diagnostic', 'photo-langage'],
  },
  {
    id: 'reconnaitre-l-engagement',
    question: pt('How do we recognise participants’ commitment?', 'How do we thank participants for their work?'),
    answer: pt(
      'Give each person a certificate of participation describing the skills developed: speaking up, working in a group, writing. Cover all expenses, and give participants a visible place at feedback events. Quoting a group proposal in an official decision is also a form of recognition.',
      'Each participant gets a certificate. It says what they learned. Their expenses are paid. They can present the group’s work in front of everyone.',
    ),
    phase: 'share',
    resourceIds: ['attestation-de-participation', 'frais-de-transport', 'restitution-publique'],
  },
  {
    id: 'renouveler-le-groupe',
    question: pt('How do we renew the group?', 'How do we welcome new members?'),
    answer: pt(
      'Plan from the start to renew the group every year, so that other people can take part and the group does not close in on itself. Ask former members to mentor new ones to pass on the group’s memory. For those who leave, connect them with associations or other groups so they keep their social ties.',
      'Every year, new people join the group. An older member helps each new one. Those who leave can join an association.',
    ),
    phase: 'share',
    resourceIds: ['parrainage-nouveaux-membres', 'groupe-ressource', 'porte-a-porte'],
  },
  {
    id: 'faire-connaitre-les-resultats',
    question: pt('How do we make known what the group achieved?', 'How do we show others what the group did?'),
    answer: pt(
      'Tell the story of the action in a practice sheet: context, problem, actions, changes seen by each side. A film made with participants or a feedback day also make the approach visible. Other areas can draw on it, and the group keeps the memory of its work.',
      'Write a sheet to tell about the project. Make a film. Organise a big meeting. Other groups can get ideas from it.',
    ),
    phase: 'share',
    resourceIds: ['fiche-pratique-inspirante', 'video-participative', 'restitution-publique'],
  },
];
