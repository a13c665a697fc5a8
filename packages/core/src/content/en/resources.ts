import type { PlainText, Resource } from '../content.types.js';

/** A citizen-facing text: plain English first, then its easy-to-read version. */
const pt = (standard: string, falc: string): PlainText => ({ standard, falc });

/**
 * The resource centre: methods and tools a group can pick up at each phase of the
 * participation cycle. English version of `fr/resources.ts`: same ids, same order.
 */
export const resources: Resource[] = [
  {
    id: 'porte-a-porte',
    type: 'method',
    title: pt('Door-to-door', 'Knocking on doors'),
    summary: pt(
      'Visiting residents at home or at the foot of their building, in pairs, to present the initiative and listen to what worries them in daily life.',
      'We visit people at home. We go in pairs. We explain the project. We listen to what is wrong for them.',
    ),
    whenToUse: pt(
      'At the start, to meet the people who never come to meetings, and just before a first group meeting to remind them of the date and place.',
      'At the start of the project. To talk with people who do not come to meetings. Before a meeting, to remind them of the day and place.',
    ),
    steps: [
      pt(
        'Prepare a short message and a small leaflet giving the date, time and place of the first meeting.',
        'Prepare a small leaflet. It gives the day, the time and the place of the meeting.',
      ),
      pt(
        'Go in pairs: two professionals from different organisations, or a professional with a resident who is already involved.',
        'Go in pairs. For example: a professional and a resident.',
      ),
      pt(
        'Listen before presenting: write down the “thorns in the foot” people describe, without promising a solution.',
        'Listen first. Write down what bothers people. Do not promise what you cannot do.',
      ),
      pt(
        'Offer to take a way of contacting the person, only if they agree, to let them know about the next meetings.',
        'Ask if the person wants to be told about the meeting. If they say yes, write down how to reach them.',
      ),
      pt(
        'The day before or on the day, drop by or call again, and go and fetch those who hesitate or went to the wrong place.',
        'The day before, drop by or call. On the day, go and fetch people who hesitate.',
      ),
    ],
    phases: ['mobilise', 'diagnose'],
    duration: '2 to 3 half-days',
    tags: ['outreach', 'mobilisation', 'neighbourhood', 'listening'],
  },
  {
    id: 'porteurs-de-paroles',
    type: 'method',
    title: pt('Word carriers', 'Asking passers-by a question'),
    summary: pt(
      'Setting up in a public place with a question written in large letters, talking with passers-by and displaying their answers to open a debate.',
      'We set up in the street or at the market. We write a question in big letters. We talk with passers-by. We hang up their answers.',
    ),
    whenToUse: pt(
      'To make the voice of the people concerned heard beyond the group, gather a wide range of views or challenge prejudice, for example about people on minimum income (RSA).',
      'To talk with many people. To change wrong ideas about people who receive the RSA.',
    ),
    steps: [
      pt(
        'Choose together an open question that makes people react, for example “For you, what does living on the RSA mean?”.',
        'Choose a question together. A question that makes people talk.',
      ),
      pt(
        'Train for two days: approaching a stranger, following up, writing down faithfully what is said.',
        'Learn for 2 days. Learn to talk to someone you do not know. Learn to write what they say.',
      ),
      pt(
        'Set up on a market day, with posters, lines and pegs to hang up the words collected.',
        'Go to the market. Hang the answers on lines, like washing.',
      ),
      pt(
        'Write each statement on a poster, with the person’s agreement and without their name.',
        'Write each answer on a sheet. Ask for agreement. Do not write the name.',
      ),
      pt(
        'Review as a group and keep the statements as material for the shared diagnosis.',
        'Afterwards, talk together about what you heard. Keep the answers for later.',
      ),
    ],
    phases: ['mobilise', 'diagnose', 'share'],
    duration: '2 days of training, then one morning',
    tags: ['public space', 'prejudice', 'debate', 'outreach'],
  },
  {
    id: 'groupe-ressource',
    type: 'method',
    title: pt('Resource group of people concerned', 'A group of people who know the situation'),
    summary: pt(
      'A mixed group of 12 to 20 people, with parity between people concerned and other members (professionals, elected officials, partners), which meets every month and gives its opinion on a public policy.',
      'A group of 12 to 20 people. Half of them live the situation. The other half: professionals, elected officials, partners. The group meets every month. It gives its opinion.',
    ),
    whenToUse: pt(
      'When an institution wants lived expertise to weigh on a policy over time, for example the département’s integration programme (PDI), beyond a one-off consultation.',
      'When the council wants people’s opinion over a long time. Not just once.',
    ),
    steps: [
      pt(
        'Write the mandate with the institution: on which subjects the group’s opinion is expected, and what will be done with its proposals.',
        'Write what the group is for. Write what the council will do with its ideas.',
      ),
      pt(
        'Build the group through several entry points (integration activities, case workers, door-to-door), aiming for parity.',
        'Find members in several ways. Keep half of the group people concerned.',
      ),
      pt(
        'Adopt a shared charter and arrange transport, timing and expenses so that everyone can come.',
        'Write the group rules together. Plan transport and expenses.',
      ),
      pt(
        'Meet every month, keep minutes, and send members in pairs to the institution’s committees.',
        'Meet every month. Write down what was said. Go in pairs to the council’s meetings.',
      ),
      pt(
        'Review the year, give everyone a certificate and renew part of the group.',
        'Every year, look back. Give a certificate. Welcome new members.',
      ),
    ],
    phases: ['mobilise', 'coConstruct', 'evaluate'],
    duration: '1 year, renewable',
    tags: ['parity', 'integration', 'RSA', 'lived expertise'],
  },
  {
    id: 'charte-du-groupe',
    type: 'tool',
    title: pt('Group charter', 'The group rules'),
    summary: pt(
      'A short text, written and adopted by the group, that sets its ground rules: shared responsibility, kindness, confidentiality, and the institution’s commitments.',
      'A short text. The group writes it together. It says how we work. We are all responsible. We respect each other. What is said stays in the group.',
    ),
    whenToUse: pt(
      'From the very first sessions, before working on the substance, and again whenever new members arrive.',
      'At the start of the group. And when new people arrive.',
    ),
    steps: [
      pt(
        'Gather what each person needs to feel at ease, for example with sticky notes.',
        'Everyone says what they need to feel good in the group.',
      ),
      pt(
        'Write together, in simple words: shared responsibility, kindness, confidentiality, the right not to speak.',
        'Write the rules in simple words. For example: we do not make fun of anyone. We have the right not to speak.',
      ),
      pt(
        'Add what the institution commits to: answering every proposal, within what time, covering expenses.',
        'Also write what the institution promises. For example: to answer every idea. To pay for transport.',
      ),
      pt(
        'Adopt the charter and have everyone sign it, professionals and elected officials included.',
        'Everyone signs. Professionals and elected officials too.',
      ),
      pt(
        'Reread it regularly and change it when the group changes.',
        'Read the rules again from time to time. Change them if needed.',
      ),
    ],
    phases: ['mobilise'],
    duration: '1 session of 2 hours',
    tags: ['rules', 'confidentiality', 'kindness', 'shared responsibility'],
  },
  {
    id: 'photo-langage',
    type: 'tool',
    title: pt('Photo-language', 'Talking with photos'),
    summary: pt(
      'Each person picks one photo from about forty spread on a table to say how they feel about a question: a prop that helps people speak without having to search for words.',
      'Photos are laid on a table. Everyone picks a photo. With the photo, they say what they think. It makes talking easier.',
    ),
    whenToUse: pt(
      'To start a diagnosis, help people who are not used to meetings to speak, or gather feelings during an evaluation.',
      'To start talking about a subject. To help people who do not dare to speak.',
    ),
    steps: [
      pt('Word a simple question, for example “What does the front desk mean to you?”.', 'Choose a simple question.'),
      pt(
        'Spread 40 to 60 varied photos (places, faces, objects, landscapes) and let everyone choose in silence.',
        'Put many photos on the table. Everyone chooses without talking.',
      ),
      pt(
        'Go round the table: each person explains their choice, without being interrupted or judged.',
        'Everyone says why they chose their photo. Nobody interrupts.',
      ),
      pt(
        'Write the recurring words on the board and group them with the participants.',
        'We write down the words that come back often.',
      ),
    ],
    phases: ['diagnose', 'evaluate'],
    duration: '1 hour 30',
    tags: ['expression', 'image', 'facilitation', 'feelings'],
  },
  {
    id: 'conference-familiale',
    type: 'method',
    title: pt('Family group conference', 'Bringing the family together to find solutions'),
    summary: pt(
      'The family and its circle (relatives, friends, neighbours) meet to answer a central question and build their own action plan. A coordinator prepares the meeting over two to three months; the family stays in charge of the decisions.',
      'The family invites relatives, friends, neighbours. Together, they look for solutions. One person helps prepare the meeting. The family decides.',
    ),
    whenToUse: pt(
      'When a person or a family faces a difficulty (raising a child, isolation, risk of a child being placed in care) and you want to draw on their resources and network rather than decide for them.',
      'When a family has a big problem. When we want the family to find the solutions itself.',
    ),
    steps: [
      pt(
        'With the coordinator, the family words a central question that is clear, open and does not already contain the answer.',
        'The family writes its question. A clear question. The answer is not in the question.',
      ),
      pt(
        'The coordinator meets each person the family wants to invite, including distant relatives; allow 30 to 35 hours over two to three months.',
        'The helper goes to see each guest. It takes 2 to 3 months.',
      ),
      pt(
        'At the final meeting, professionals give the useful information, then leave the family to deliberate on its own.',
        'On the day of the meeting, professionals give information. Then they leave. The family talks alone.',
      ),
      pt(
        'The family presents its action plan: who does what, and when; professionals only check that everyone is safe.',
        'The family presents its plan. The plan says who does what and when.',
      ),
      pt(
        'The family evaluates the conference at the end of the meeting, then the action plan is reviewed with it a few months later.',
        'At the end, the family says if the meeting was useful. A few months later, we check together if the plan works.',
      ),
    ],
    phases: ['diagnose', 'coConstruct', 'evaluate'],
    duration: '2 to 3 months',
    tags: ['family', 'support network', 'child protection', 'empowerment'],
  },
  {
    id: 'diagnostic-en-marchant',
    type: 'method',
    title: pt('Walking diagnosis', 'Walking round the neighbourhood together'),
    summary: pt(
      'A walk through the neighbourhood with residents, professionals and elected officials, to spot together, on site, what works, what is missing and what causes problems.',
      'We walk in the neighbourhood. With residents, professionals, elected officials. We look at what is good. We look at what is wrong.',
    ),
    whenToUse: pt(
      'At the start of a shared diagnosis, so that everyone sees the neighbourhood through the eyes of those who live there, and residents guide the decision makers.',
      'At the start of the project. So that elected officials see the neighbourhood like residents do.',
    ),
    steps: [
      pt(
        'Let residents choose the route and the stops: what they want to show, good and bad.',
        'Residents choose the way. They show what they want.',
      ),
      pt(
        'Form small mixed groups and give each one a notebook, a map and, if possible, a camera.',
        'Make small groups. Each group has a map and a notebook.',
      ),
      pt(
        'At each stop, let a resident explain; the others ask questions and take notes.',
        'At each stop, a resident explains. The others listen and take notes.',
      ),
      pt(
        'Meet over a coffee to pool and sort the findings.',
        'Afterwards, have a coffee together. Share what you saw.',
      ),
      pt('Send everyone an illustrated summary within a fortnight.', 'Send everyone a summary with photos.'),
    ],
    phases: ['diagnose'],
    duration: '2 hours 30',
    tags: ['neighbourhood', 'diagnosis', 'living environment', 'elected officials'],
  },
  {
    id: 'arbre-a-problemes',
    type: 'tool',
    title: pt('Problem tree', 'The tree of causes and effects'),
    summary: pt(
      'A drawing of a tree to analyse a problem: the trunk carries the main problem, the roots its causes, the branches its consequences. It helps move from complaints to levers for action.',
      'We draw a tree. The trunk is the problem. The roots are the causes. The branches are the effects.',
    ),
    whenToUse: pt(
      'Once the main problem has been chosen, to understand where it comes from and find the causes the group can act on.',
      'When we have chosen the problem. To understand where it comes from.',
    ),
    steps: [
      pt(
        'Draw a large tree and write the main problem on the trunk.',
        'Draw a big tree. Write the problem on the trunk.',
      ),
      pt('Ask “why?” several times and place the answers as roots.', 'Ask: why? Write the answers in the roots.'),
      pt(
        'Ask “so what?” and place the consequences people live with as branches.',
        'Ask: what does it change for us? Write the answers in the branches.',
      ),
      pt('Circle the roots that the group, or the institution, can really act on.', 'Circle the causes we can act on.'),
    ],
    phases: ['diagnose', 'coConstruct'],
    duration: '1 hour 30',
    tags: ['analysis', 'causes', 'diagnosis', 'facilitation'],
  },
  {
    id: 'enonce-du-probleme',
    type: 'method',
    title: pt('Stating the problem in one sentence', 'Saying our problem in one sentence'),
    summary: pt(
      'Taken from the empowerment approach known in France as DPA (développement du pouvoir d’agir), this method leads the people concerned to state themselves, in a single sentence, the problem they want to act on: “We, …, consider that our main problem is …”.',
      'People say their problem in one sentence. The sentence starts with: “We, …”. The people concerned choose the words.',
    ),
    whenToUse: pt(
      'To close the shared diagnosis: as long as the problem has not been stated by the people concerned themselves, the group may end up working on the professionals’ problem.',
      'At the end of the diagnosis. To be sure we talk about the residents’ problem. Not the professionals’ problem.',
    ),
    steps: [
      pt(
        'List the “thorns in the foot” gathered while listening (door-to-door, drop-in sessions, walks).',
        'Make a list of everything that bothers people.',
      ),
      pt(
        'Choose the one that matters most to the group and that it can act on.',
        'Choose the most important problem. A problem we can act on.',
      ),
      pt(
        'Write the sentence in the words of the people concerned, starting with “We, …”.',
        'Write the sentence in our words. It starts with “We”.',
      ),
      pt(
        'Check that everyone recognises themselves in it; reword it until they do.',
        'Check that everyone agrees. If not, change the sentence.',
      ),
      pt(
        'Analyse the context: who is concerned, what the obstacles are, who can help, what we want to gain.',
        'Ask: who is affected? What blocks us? Who can help us? What do we want to get?',
      ),
    ],
    phases: ['diagnose'],
    duration: '1 to 2 sessions',
    tags: ['empowerment', 'DPA', 'diagnosis', 'problem'],
  },
  {
    id: 'world-cafe',
    type: 'method',
    title: pt('World café', 'Talking at small tables'),
    summary: pt(
      'Discussions at small tables of four to six people, in twenty-minute rounds: a host stays at each table, the others move, and ideas cross from one table to the next.',
      'We talk at small tables. Every 20 minutes, we change tables. One person stays to tell what was said.',
    ),
    whenToUse: pt(
      'To bring out many proposals with a large number of participants, for example at a day bringing together residents, professionals and elected officials.',
      'When there are many people. To find many ideas.',
    ),
    steps: [
      pt(
        'Prepare two or three open questions and a paper tablecloth for each table.',
        'Prepare 2 or 3 questions. Put a big sheet on each table.',
      ),
      pt(
        'Mix participants at each table: residents, professionals and elected officials side by side.',
        'Mix people at each table.',
      ),
      pt(
        'Run twenty-minute rounds; the host welcomes newcomers and sums up what was said before.',
        'Every 20 minutes, change tables. The person who stays tells the others.',
      ),
      pt(
        'End with a plenary where each host presents the key ideas from their table.',
        'At the end, each table says its best ideas.',
      ),
    ],
    phases: ['coConstruct', 'share'],
    duration: '2 hours',
    tags: ['proposals', 'large group', 'collective intelligence'],
  },
  {
    id: 'theatre-forum',
    type: 'method',
    title: pt('Forum theatre', 'Acting out a scene to look for solutions'),
    summary: pt(
      'Participants act out a short scene drawn from their experience (an appointment that goes wrong, a front desk). The audience can then stop the scene and take a character’s place to try another outcome.',
      'People act out a scene from life. For example: a difficult appointment. The audience can stop the scene. Someone can play instead of an actor to try something else.',
    ),
    whenToUse: pt(
      'To help professionals and elected officials understand a lived situation, and to look together for concrete changes in practice.',
      'To show professionals and elected officials what people live. To look together for how to do better.',
    ),
    steps: [
      pt(
        'Gather lived situations in a workshop and choose one or two.',
        'Tell about difficult moments. Choose one or two.',
      ),
      pt(
        'Write and rehearse the scene with a facilitator, ideally a theatre company.',
        'Prepare the scene with a theatre person.',
      ),
      pt(
        'Play the scene once in front of the audience, without interruption.',
        'Play the scene once in front of the audience.',
      ),
      pt(
        'Play it again: an audience member shouts “stop” and replaces a character to try something else.',
        'Play it again. Someone in the audience says “stop”. They take an actor’s place.',
      ),
      pt('Write down the ideas found and turn them into proposals.', 'Write down the good ideas found.'),
    ],
    phases: ['diagnose', 'coConstruct', 'share'],
    duration: '3 preparation sessions, then 2 hours',
    tags: ['theatre', 'culture', 'professional stance', 'expression'],
  },
  {
    id: 'boite-a-idees-mobile',
    type: 'tool',
    title: pt('Travelling idea box', 'An idea box that moves around'),
    summary: pt(
      'A box and simple cards that travel between busy places (the front desk of the social services centre, the social grocery, the community centre, the market) to collect observations, questions and ideas, with the promise that each one will get a posted answer.',
      'An idea box travels to several places. You write or draw your idea on a card. Every idea gets an answer.',
    ),
    whenToUse: pt(
      'To hear from people who will not come to a meeting, alongside online or assisted submission.',
      'For people who do not come to meetings.',
    ),
    steps: [
      pt('Print cards with three short questions and space to write or draw.', 'Make cards with 3 simple questions.'),
      pt(
        'Move the box each month between several places, with someone who can help people write.',
        'Move the box each month. Someone can help you write.',
      ),
      pt(
        'Collect the cards, record them as contributions and pass them on to the service concerned.',
        'Collect the cards. Send them to the right service.',
      ),
      pt('Post the answers to the previous month’s cards next to the box.', 'Post the answers next to the box.'),
    ],
    phases: ['mobilise', 'coConstruct'],
    duration: 'All year, collected monthly',
    tags: ['collecting views', 'ideas', 'outreach', 'contributions'],
  },
  {
    id: 'reunion-mensuelle',
    type: 'method',
    title: pt('Monthly group meeting', 'The meeting every month'),
    summary: pt(
      'A fixed slot, for example the first Monday afternoon of the month, that gives the group its rhythm: an agenda built together, minutes, and the next session’s objectives agreed at the end of the meeting.',
      'The group meets once a month. Always on the same day. We decide together what to talk about. At the end, we decide what we will do next time.',
    ),
    whenToUse: pt(
      'For any group working over time; the same day and time every month make it easier for people to organise themselves (childcare, transport, work).',
      'For a group that lasts a long time. The same day every month is easier to remember.',
    ),
    steps: [
      pt(
        'Set the day, time and place with the group, to fit public transport and school hours.',
        'Choose the day, the time and the place together.',
      ),
      pt('Send a simple invitation a week ahead, with the agenda.', 'Send the invitation one week before.'),
      pt(
        'Open with a welcome and an update on the answers received since last time.',
        'Start with a coffee. Say which answers came since the last meeting.',
      ),
      pt(
        'Work on the subject of the day, then agree together on the objectives for the next session.',
        'Work on the subject of the day. Decide what to do next time.',
      ),
      pt(
        'Write short minutes, reread by a group member, and share them.',
        'Write a short summary. A group member reads it first.',
      ),
    ],
    phases: ['mobilise', 'coConstruct', 'act'],
    duration: '2 hours 30 each month',
    tags: ['rhythm', 'organisation', 'minutes'],
  },
  {
    id: 'binome-pair-professionnel',
    type: 'method',
    title: pt('Peer and professional pair', 'Leading in pairs: a person concerned and a professional'),
    summary: pt(
      'A person concerned, with lived experience of the situation (a peer), and a professional prepare and lead together the sessions, drop-in sessions or meetings with the institution.',
      'Two people lead together. One has lived the situation. The other is a professional. They prepare everything together.',
    ),
    whenToUse: pt(
      'When the group is established and members want a bigger role, or for outreach where a peer’s voice builds trust.',
      'When group members want a bigger role. When we reach out to people who do not trust us.',
    ),
    steps: [
      pt(
        'Offer the role to a volunteer and agree on what they want to do.',
        'Ask who wants to lead. Say what the person wants to do.',
      ),
      pt('Prepare each session together, sharing out speaking time.', 'Prepare each meeting together.'),
      pt(
        'Lead side by side: the peer often opens the session, the professional keeps the frame and the time.',
        'Lead together, side by side.',
      ),
      pt(
        'Debrief after each session and recognise the role (certificate, expenses, training).',
        'After each meeting, say what worked. Recognise the person’s work.',
      ),
    ],
    phases: ['mobilise', 'coConstruct', 'act'],
    duration: 'For the whole project',
    tags: ['peer support', 'co-facilitation', 'professional stance'],
  },
  {
    id: 'cartographie-des-acteurs',
    type: 'tool',
    title: pt('Stakeholder map', 'The map of who does what'),
    summary: pt(
      'A map, drawn with the group, of those who decide, act, are affected or can help on the problem: services, elected officials, the social landlord, associations, neighbours, resource people.',
      'We draw a map. We put who decides, who acts and who can help. For example: the town hall, the landlord, associations.',
    ),
    whenToUse: pt(
      'After stating the problem, to know whom to address a proposal to and who could be an ally of the group.',
      'When we know the problem. To know whom to talk to.',
    ),
    steps: [
      pt('Write the problem in the middle of a large sheet.', 'Write the problem in the middle of a big sheet.'),
      pt(
        'Place stakeholders in circles: the more power they have over the problem, the closer to the centre.',
        'Put near the centre those who can change things most.',
      ),
      pt(
        'Draw existing links and links to create, naming the service rather than a person.',
        'Draw lines between those who already talk to each other.',
      ),
      pt(
        'Choose the two or three stakeholders to meet first and who in the group makes contact.',
        'Choose whom to meet first. Choose who makes the appointment.',
      ),
    ],
    phases: ['diagnose', 'decide'],
    duration: '1 hour 30',
    tags: ['partners', 'power', 'network', 'diagnosis'],
  },
  {
    id: 'tableau-de-suivi-des-reponses',
    type: 'tool',
    title: pt('Answer tracking board', 'The board that follows each idea'),
    summary: pt(
      'A shared board that tracks each contribution of the group: date, service it was sent to, promised answer time, published answer and its reasons, commitments made, progress. A contribution left unanswered past the deadline shows as overdue.',
      'A board follows each idea of the group. It says who must answer and when. It shows the answer. If the answer is late, you can see it.',
    ),
    whenToUse: pt(
      'As soon as the group sends its first proposals, to fight the feeling that “nothing ever changes”.',
      'As soon as the group sends its ideas. So nobody thinks: “nothing changes”.',
    ),
    steps: [
      pt(
        'Agree with the institution on an answer time, for example two months, and on a person who coordinates the answers.',
        'Decide with the institution how long it has to answer.',
      ),
      pt(
        'Enter each contribution as soon as it is submitted, with the service in charge of answering.',
        'Write each idea on the board. Write who must answer.',
      ),
      pt(
        'Publish each answer with its reasons, including when it is a refusal.',
        'Write each answer and why. Even when it is no.',
      ),
      pt(
        'Go through the board at the start of each monthly meeting.',
        'Look at the board at the start of each meeting.',
      ),
      pt('Update the progress of commitments until they are delivered.', 'Write where the promised actions are.'),
    ],
    phases: ['decide', 'act'],
    duration: 'Ongoing',
    tags: ['accountability', 'answers', 'follow-up', 'transparency'],
  },
  {
    id: 'restitution-publique',
    type: 'method',
    title: pt('Public feedback event', 'A big meeting to show the results'),
    summary: pt(
      'An open event, co-led by participants, presenting what was proposed, what the institution answered and what was done, in front of elected officials, professionals and other residents.',
      'A meeting open to everyone. The group explains its ideas. The institution says what it did. Elected officials are there.',
    ),
    whenToUse: pt(
      'At the end of a cycle or a year of work, to give account, showcase the group and make others want to join.',
      'At the end of the year. To show the group’s work. To make others want to come.',
    ),
    steps: [
      pt(
        'Choose with the group the format, the venue and who speaks; prepare the talks together.',
        'Choose together how to present. Choose who speaks.',
      ),
      pt(
        'Invite widely, with an invitation from the elected official in charge and an easy-to-read version.',
        'Invite many people.',
      ),
      pt(
        'For each proposal, present what was asked, the answer, and what is done or planned.',
        'For each idea, say: what we asked, the answer, what is done.',
      ),
      pt(
        'Leave time for questions from the floor and for new commitments from elected officials.',
        'Let the audience ask questions.',
      ),
      pt('Publish a report and link it to the contributions concerned.', 'Write a summary and publish it.'),
    ],
    phases: ['act', 'share'],
    duration: '1 day',
    tags: ['accountability', 'recognition', 'event', 'elected officials'],
  },
  {
    id: 'lettre-de-retour',
    type: 'tool',
    title: pt('Feedback letter', 'The letter that gives the answer'),
    summary: pt(
      'A short letter sent to each participant after a decision: what was decided about their proposal, why, what happens next and whom to contact.',
      'A short letter. It says what was decided about your idea. It says why. It says what will happen.',
    ),
    whenToUse: pt(
      'Every time the institution decides on a proposal, especially when it cannot accept it.',
      'Every time the institution answers an idea. Especially when it says no.',
    ),
    steps: [
      pt('Restate the proposal in the words of those who made it.', 'Say the idea again in the person’s words.'),
      pt(
        'Give the decision and its reasons, without jargon; spell out acronyms.',
        'Give the answer and say why. In simple words.',
      ),
      pt('Say what will happen and when, or what could change the decision.', 'Say what will happen and when.'),
      pt(
        'Give a service to contact (not a personal address) and invite the person to the next meeting.',
        'Say which service to call. Invite them to the next meeting.',
      ),
    ],
    phases: ['decide', 'act'],
    duration: '1 hour per letter',
    tags: ['answer', 'letter', 'accountability', 'plain language'],
  },
  {
    id: 'attestation-de-participation',
    type: 'tool',
    title: pt('Certificate of participation', 'A paper that shows what you learned'),
    summary: pt(
      'A document given to each participant, describing their involvement and the skills developed (speaking in public, working in a group, writing minutes, leading a session), which they can use in their path back to work.',
      'An official paper. It says you took part. It says what you learned. For example: speaking in public. You can show it to find a job or a training course.',
    ),
    whenToUse: pt(
      'At the end of each year or when a member leaves, and whenever someone needs it for a job or training application.',
      'At the end of the year. Or when you leave the group. Or when you need it.',
    ),
    steps: [
      pt(
        'Review with the person what they did and learned, using a list of skills.',
        'Talk with the person about what they learned.',
      ),
      pt(
        'Write the certificate in concrete terms, without mentioning the RSA or the person’s social situation.',
        'Write the certificate. Do not write that the person receives the RSA.',
      ),
      pt(
        'Have it signed by an elected official or a manager of the institution.',
        'An elected official or a manager signs it.',
      ),
      pt(
        'Hand it over at a friendly gathering or a public feedback event.',
        'Give the certificate at a party or a big meeting.',
      ),
    ],
    phases: ['evaluate', 'share'],
    duration: '30 minutes per person',
    tags: ['recognition', 'skills', 'integration', 'valuing'],
  },
  {
    id: 'frais-de-transport',
    type: 'tool',
    title: pt('Covering expenses and transport', 'We pay for your transport'),
    summary: pt(
      'Simple rules so that taking part costs nothing: tickets or fuel paid in advance, car-sharing or pick-up in rural areas, childcare, meals. Transport and timing are conditions for taking part.',
      'Coming must cost you nothing. We give you bus tickets. Someone can come and pick you up. Someone can look after your children.',
    ),
    whenToUse: pt(
      'From the moment the group is formed, especially in rural areas or when meetings take place far from people’s homes.',
      'From the start. Especially in the countryside, when it is far.',
    ),
    steps: [
      pt(
        'Ask each person how they will get there and what could stop them from coming.',
        'Ask each person how they can come.',
      ),
      pt(
        'Set a budget and pay in advance rather than refund afterwards.',
        'Pay before, not after. So nobody has to advance money.',
      ),
      pt(
        'Organise car-sharing or pick-up, and choose times that fit school hours.',
        'Organise car-sharing. Choose times that fit with school.',
      ),
      pt(
        'Write these rules in the charter and repeat them in every invitation.',
        'Write these rules in the group charter.',
      ),
    ],
    phases: ['mobilise'],
    duration: 'For the whole life of the group',
    tags: ['mobility', 'accessibility', 'expenses', 'rural'],
  },
  {
    id: 'accueil-convivial',
    type: 'method',
    title: pt('Friendly welcome', 'Welcoming each person well'),
    summary: pt(
      'Taking care of how each person arrives: coffee, first names, a round of introductions, tables in a circle “side by side” rather than “face to face”, walls cleared of posters meant only for professionals.',
      'We welcome each person with a coffee. We say our first name. We sit in a circle, side by side.',
    ),
    whenToUse: pt(
      'At every meeting, and all the more when people come for the first time or feel uneasy about the place.',
      'At every meeting. Especially when people come for the first time.',
    ),
    steps: [
      pt(
        'Arrive before everyone to set the room in a circle and prepare drinks and snacks.',
        'Arrive early. Put the chairs in a circle. Make the coffee.',
      ),
      pt(
        'Greet each person at the door, by first name, and introduce people who do not know each other.',
        'Say hello to each person at the door.',
      ),
      pt(
        'Start with a quick mood check or a short game so that everyone has spoken once.',
        'Start with a small game. Everyone speaks once.',
      ),
      pt('Keep informal time at the end: that is often where trust is built.', 'At the end, stay a little to chat.'),
    ],
    phases: ['mobilise'],
    duration: '30 minutes at each meeting',
    tags: ['conviviality', 'trust', 'welcome'],
  },
  {
    id: 'video-participative',
    type: 'method',
    title: pt('Participatory video', 'Making a film together'),
    summary: pt(
      'Participants decide what they want to show, film, edit with an image professional and approve the film before any screening. The film carries their voice to decision makers and the public.',
      'The group makes a film. It chooses what it wants to show. It films. It watches the film before showing it. The film is shown to elected officials.',
    ),
    whenToUse: pt(
      'To make a participation experience visible, to carry people’s voices where they are not present, or to feed an evaluation.',
      'To show what the group lived. So that elected officials hear people.',
    ),
    steps: [
      pt(
        'Choose together the subject, the message and the people who agree to appear.',
        'Choose together what the film is about. Choose who wants to be filmed.',
      ),
      pt(
        'Collect each person’s written consent to being filmed, which can be withdrawn at any time.',
        'Everyone signs their agreement to be filmed. They can change their mind.',
      ),
      pt('Film meetings and testimonies, with technical support.', 'Film the meetings and the testimonies.'),
      pt(
        'Edit the film together and have all participants approve it.',
        'Edit the film together. Everyone must agree.',
      ),
      pt(
        'Organise a screening and debate with elected officials and professionals.',
        'Show the film to elected officials and talk about it.',
      ),
    ],
    phases: ['diagnose', 'share'],
    duration: '3 to 6 months',
    tags: ['video', 'testimony', 'recognition', 'expression'],
  },
  {
    id: 'evaluation-croisee',
    type: 'method',
    title: pt('Cross evaluation', 'Evaluating together, each from their own view'),
    summary: pt(
      'Each group of stakeholders (people concerned, professionals, elected officials, partners) first evaluates separately what has changed, then the views are compared to draw shared lessons.',
      'Residents, professionals and elected officials each say what has changed. First each on their own. Then all together.',
    ),
    whenToUse: pt(
      'At the end of an action or a year, to measure the changes seen from each side and decide what comes next.',
      'At the end of an action. To see what has changed. To decide what comes next.',
    ),
    steps: [
      pt('Agree together on three or four simple evaluation questions.', 'Choose 3 or 4 questions together.'),
      pt(
        'Bring each stakeholder group together separately to answer them, with a suitable medium (photos, emoticons, questionnaire).',
        'Each group answers on its own.',
      ),
      pt(
        'Put the answers side by side in a joint session and discuss the differences.',
        'Then we compare the answers. We talk about the differences.',
      ),
      pt('Write down the lessons and the decisions for what comes next.', 'Write what we learned and what we will do.'),
    ],
    phases: ['evaluate'],
    duration: '2 sessions of 2 hours',
    tags: ['evaluation', 'crossed views', 'changes'],
  },
  {
    id: 'questionnaire-auto-diagnostic',
    type: 'tool',
    title: pt('Self-assessment questionnaire', 'A questionnaire to know where the group stands'),
    summary: pt(
      'A short questionnaire, filled in by residents, professionals and elected officials, that places the group in the participation cycle, flags points to watch and suggests suitable methods.',
      'A short questionnaire. Everyone answers. It says where the group stands. It gives advice for what comes next.',
    ),
    whenToUse: pt(
      'When an initiative starts, then at each stage, to build a shared view rather than pick tools at random.',
      'At the start of the project. Then from time to time, to take stock.',
    ),
    steps: [
      pt(
        'Have every participant fill in the questionnaire, whatever their role.',
        'Each person fills in the questionnaire.',
      ),
      pt(
        'Show the results by role: residents, professionals, elected officials.',
        'Look at the answers of residents, professionals and elected officials.',
      ),
      pt('Discuss the differences in perception between roles.', 'Talk about the differences between the answers.'),
      pt('Choose together the points to work on and the suggested methods.', 'Choose together what we will improve.'),
    ],
    phases: ['diagnose', 'evaluate'],
    duration: '45 minutes, then 1 hour of discussion',
    tags: ['self-assessment', 'cycle', 'shared vision'],
  },
  {
    id: 'formation-croisee',
    type: 'method',
    title: pt('Cross-training', 'Learning together'),
    summary: pt(
      'Professionals and people concerned take the same training together, for example on reception or on empowerment; each learns from the other’s knowledge.',
      'Professionals and people concerned learn together. Each learns from the other.',
    ),
    whenToUse: pt(
      'When a professional practice needs to change (first reception, letters, support) and the experiential knowledge of the people concerned is essential to get there.',
      'When professionals want to change how they work.',
    ),
    steps: [
      pt('Build the programme with people concerned and professionals.', 'Prepare the training with people concerned.'),
      pt(
        'Form a mixed group, with parity, and cover the expenses of the people concerned.',
        'Make a mixed group. Pay everyone’s expenses.',
      ),
      pt(
        'Alternate input and role play, for example swapping the roles of “receptionist” and “person received”.',
        'Play out situations. For example: the professional plays the person who comes to the desk.',
      ),
      pt(
        'End with concrete commitments to change, and follow them up.',
        'At the end, everyone says what they will change.',
      ),
    ],
    phases: ['mobilise', 'act', 'share'],
    duration: '2 to 4 days',
    tags: ['training', 'professional stance', 'experiential knowledge', 'reception'],
  },
  {
    id: 'parrainage-nouveaux-membres',
    type: 'method',
    title: pt('Mentoring new members', 'An older member helps a new one'),
    summary: pt(
      'At the yearly renewal, each new member is supported by an existing one who explains how the group works, its acronyms and its history.',
      'Each new member has a mentor. The mentor is an older member. The mentor explains how the group works.',
    ),
    whenToUse: pt(
      'At each renewal of the group, to keep the memory of what was done without the longest-standing members taking all the space.',
      'When new people join the group.',
    ),
    steps: [
      pt('Ask leaving or staying members to become mentors.', 'Ask older members who wants to help a new one.'),
      pt(
        'Arrange a first one-to-one meeting before the first group meeting.',
        'The mentor and the new member meet before the meeting.',
      ),
      pt(
        'Hand over a simple welcome booklet: charter, acronyms explained, the group’s achievements.',
        'Give a small booklet. It explains the rules and the difficult words.',
      ),
      pt('Check in after three months, then let the new member find their own way.', 'After 3 months, take stock.'),
    ],
    phases: ['mobilise', 'share'],
    duration: '3 months',
    tags: ['renewal', 'passing on', 'welcome', 'peers'],
  },
  {
    id: 'elus-en-ecoute',
    type: 'method',
    title: pt('Elected officials listening', 'Elected officials come to listen'),
    summary: pt(
      'Elected officials take part in the group’s work, at the same table as everyone else, to listen rather than present, then commit publicly to the follow-up given to proposals.',
      'Elected officials come to the group. They sit with everyone. They listen. Then they say what they will do.',
    ),
    whenToUse: pt(
      'When the group has findings and proposals to put forward, and so that elected officials see the people concerned as legitimate partners.',
      'When the group has ideas to give to elected officials.',
    ),
    steps: [
      pt(
        'Prepare the meeting with the group: what it wants to say, who speaks, what it asks for.',
        'Prepare with the group what we want to say.',
      ),
      pt(
        'Agree the rule with the elected official: listen first, answer afterwards, no opening speech.',
        'The elected official listens first. They speak afterwards.',
      ),
      pt(
        'Seat everyone side by side, with no stage and no reserved seats.',
        'Everyone sits together. No special seat for the elected official.',
      ),
      pt(
        'Write down the commitments made by the elected official and add them to the tracking board.',
        'Write down what the elected official promises.',
      ),
    ],
    phases: ['coConstruct', 'decide'],
    duration: '2 hours',
    tags: ['elected officials', 'listening', 'commitment', 'dialogue'],
  },
  {
    id: 'comite-de-suivi',
    type: 'method',
    title: pt('Monitoring committee', 'The group that checks the promises'),
    summary: pt(
      'A mixed body (people concerned, professionals, elected officials) that meets every quarter to check the progress of the institution’s commitments and decide on adjustments.',
      'A mixed group. It meets every 3 months. It checks that the institution does what it promised.',
    ),
    whenToUse: pt(
      'As soon as the institution has made commitments, so that their delivery is followed over time and made visible.',
      'When the institution has made promises.',
    ),
    steps: [
      pt(
        'Appoint the members, with at least half of them people concerned.',
        'Choose the members. Half are people concerned.',
      ),
      pt(
        'Prepare for each meeting a progress update per commitment, in plain language.',
        'Prepare a simple update on each promise.',
      ),
      pt('Look at delays, ask for explanations and, if needed, new deadlines.', 'Look at what is late. Ask why.'),
      pt('Publish a record of decisions after each meeting.', 'Publish what was decided.'),
    ],
    phases: ['act', 'evaluate'],
    duration: '2 hours per quarter',
    tags: ['follow-up', 'commitments', 'governance', 'accountability'],
  },
  {
    id: 'fiche-pratique-inspirante',
    type: 'tool',
    title: pt('Inspiring practice sheet', 'Telling our project to inspire others'),
    summary: pt(
      'A template to tell the story of an action: context, shared diagnosis, problem statement, objectives, public, actions, evaluation, changes seen by residents, professionals, elected officials and partners, keys to success, points to watch, outlook.',
      'A template to tell about a project. We say what we did. We say what changed for each person. Other groups can get ideas from it.',
    ),
    whenToUse: pt(
      'When an action has had effects, to make it known, let other areas draw on it and keep the group’s memory.',
      'When a project worked. To make it known.',
    ),
    steps: [
      pt(
        'Gather the minutes, figures and testimonies collected with consent.',
        'Gather the summaries and testimonies.',
      ),
      pt(
        'Write the sheet with several authors, including people concerned.',
        'Write the sheet together. With residents.',
      ),
      pt(
        'Collect the changes seen by each side: residents, professionals, elected officials, partners.',
        'Ask each person what changed for them.',
      ),
      pt(
        'Remove personal names and contact details, and have the group reread it before publication.',
        'Remove names. The group reads it before publishing.',
      ),
    ],
    phases: ['share'],
    duration: '2 sessions of 2 hours',
    tags: ['capitalisation', 'spreading', 'sharing', 'recognition'],
  },
  {
    id: 'jury-citoyen',
    type: 'method',
    title: pt('Citizens’ jury', 'A group of residents gives its opinion'),
    summary: pt(
      'A panel of about fifteen residents, partly drawn by lot and partly people concerned, hears witnesses and experts, deliberates, then issues a written opinion to which the institution commits to respond publicly.',
      'About fifteen residents meet. Some are drawn by lot. They listen to experts. They discuss. They give their opinion. The institution must answer.',
    ),
    whenToUse: pt(
      'When an important decision must be made (new rules, choice between several options) and you want an informed, independent and reasoned opinion.',
      'When an important decision must be made.',
    ),
    steps: [
      pt(
        'Define the question and the institution’s commitment on what it will do with the opinion.',
        'Write the question. Write what the institution will do with the opinion.',
      ),
      pt(
        'Form the jury: drawing by lot and seats reserved for people concerned, with compensation.',
        'Choose the jury members. Some by drawing lots.',
      ),
      pt(
        'Organise hearings of witnesses, professionals and experts with different points of view.',
        'The jury listens to people with different opinions.',
      ),
      pt(
        'Let the jury deliberate alone, with a neutral facilitator, and write its opinion.',
        'The jury discusses alone. It writes its opinion.',
      ),
      pt(
        'Publish the opinion and the institution’s reasoned answer, point by point.',
        'Publish the opinion and the institution’s answer.',
      ),
    ],
    phases: ['coConstruct', 'decide'],
    duration: '3 weekends over 2 months',
    tags: ['deliberation', 'drawing lots', 'opinion', 'decision'],
  },
  {
    id: 'budget-participatif',
    type: 'method',
    title: pt('Participatory budget', 'Residents choose how to spend an amount of money'),
    summary: pt(
      'The institution sets aside a sum; residents submit projects, services check their feasibility, then residents vote and follow the delivery of the chosen projects.',
      'The institution gives an amount of money. Residents suggest projects. Then they vote. The winning projects are carried out.',
    ),
    whenToUse: pt(
      'When you want to give residents real decision-making power over concrete projects in their neighbourhood or town.',
      'When we want residents to really decide.',
    ),
    steps: [
      pt(
        'Set the amount, the rules and the timetable, and explain them in an easy-to-read version.',
        'Say how much money there is. Explain the rules simply.',
      ),
      pt(
        'Help residents submit their projects, online, on paper or with someone to support them.',
        'Help residents suggest their projects.',
      ),
      pt(
        'Study each project and publish the reasons for any refusal.',
        'Study each project. If a project is refused, say why.',
      ),
      pt('Organise an accessible vote, including offline.', 'Organise an easy vote, on paper too.'),
      pt('Follow the delivery of the chosen projects and report on it.', 'Show where the winning projects are.'),
    ],
    phases: ['coConstruct', 'decide', 'act'],
    duration: '6 to 12 months',
    tags: ['budget', 'vote', 'decision', 'neighbourhood'],
  },
  {
    id: 'marche-exploratoire',
    type: 'method',
    title: pt('Exploratory walk', 'A walk to spot what feels unsafe or gets in the way'),
    summary: pt(
      'A small group of residents walks a precise route, often at dusk, with an observation grid (lighting, visibility, accessibility, feeling of safety), then presents its proposals to the town and the social landlord.',
      'A small group of residents walks along a route. Often in the evening. They look at the lights, the paths, what feels scary. Then they give their ideas to the town hall.',
    ),
    whenToUse: pt(
      'When residents, often women, avoid certain places or routes, and to obtain concrete changes to public space.',
      'When residents are afraid to go through some places.',
    ),
    steps: [
      pt(
        'Choose the route with residents, and the time of day when it is a problem.',
        'Choose the way and the time with residents.',
      ),
      pt(
        'Prepare a simple observation grid and share the roles (taking notes, taking photos, guiding).',
        'Prepare a sheet to take notes. Share the roles.',
      ),
      pt(
        'Walk in a small group and note at each point what is felt and what is observed.',
        'Walk together. Write what you see and what you feel.',
      ),
      pt(
        'Write precise proposals and present them to the technical services and elected officials.',
        'Write precise ideas. Present them to the town hall.',
      ),
      pt('Walk again a few months later to check the changes.', 'Do the walk again a few months later.'),
    ],
    phases: ['diagnose', 'coConstruct', 'evaluate'],
    duration: '2 hours, plus 2 sessions to prepare and review',
    tags: ['safety', 'public space', 'women', 'urban planning'],
  },
  {
    id: 'recit-de-vie',
    type: 'method',
    title: pt('Life story', 'Telling your life path'),
    summary: pt(
      'A person tells their story, at their own pace and with their consent, to help others understand the obstacles they met; the story, made anonymous, informs the diagnosis and the decision makers.',
      'A person tells their life. They choose what they say. Their name does not appear. Their story helps understand the difficulties.',
    ),
    whenToUse: pt(
      'During the diagnosis, when figures are not enough to understand a path (loss of benefits, back-and-forth between services).',
      'To understand what people really live.',
    ),
    steps: [
      pt(
        'Explain what the story will be used for and collect written consent, which the person can withdraw.',
        'Explain what the story is for. The person agrees. They can change their mind.',
      ),
      pt(
        'Listen without interrupting, with a timeline as a prop if the person wishes.',
        'Listen without interrupting.',
      ),
      pt(
        'Write up the story, removing anything that would allow the person to be recognised.',
        'Write the story without anything that shows who the person is.',
      ),
      pt('Have the person reread and approve it before any use.', 'The person reads it and says if it is OK.'),
    ],
    phases: ['diagnose'],
    duration: '1 to 2 hours per story',
    tags: ['testimony', 'life path', 'listening', 'confidentiality'],
  },
  {
    id: 'permanence-hors-les-murs',
    type: 'method',
    title: pt('Outreach drop-in', 'Meetings near where you live'),
    summary: pt(
      'A regular presence where people live — a flat lent by the social landlord, the market, the school gate, a room at the town hall — rather than in the institution’s offices.',
      'Professionals come near where you live. For example: at the market, at the school gate, in a flat in the neighbourhood. Always on the same day.',
    ),
    whenToUse: pt(
      'To reach people who are far from services, hear their concerns and invite them to join the group.',
      'To meet people who do not go to offices.',
    ),
    steps: [
      pt(
        'Find with residents the places where people pass by and feel at ease.',
        'Find with residents a place where people pass by.',
      ),
      pt(
        'Set a regular slot and announce it with posters and word of mouth.',
        'Choose a fixed day and time. Let people know.',
      ),
      pt(
        'Welcome people without an appointment, listen and note their concerns, with their agreement.',
        'Welcome people without an appointment. Listen.',
      ),
      pt(
        'Help if needed to submit a contribution (assisted submission) and invite people to the group’s next meeting.',
        'Help the person write their idea. Invite them to the group.',
      ),
    ],
    phases: ['mobilise', 'diagnose'],
    duration: '2 hours a week',
    tags: ['outreach', 'proximity', 'access to rights', 'assisted submission'],
  },
  {
    id: 'reunion-accessible-falc',
    type: 'tool',
    title: pt('Accessible meetings and easy-to-read documents', 'Meetings that are easy to understand'),
    summary: pt(
      'Rules so that everyone understands: documents in easy-to-read language (FALC in French), pictograms, acronyms explained, one idea per sentence, regular breaks, the right to ask “what does that mean?”.',
      'Rules so that everyone understands. Short sentences. Simple words. Pictures. Acronyms are explained. You can always ask: “what does that mean?”.',
    ),
    whenToUse: pt(
      'For any meeting or document meant for people concerned, especially invitations, minutes and the institution’s answers.',
      'For all meetings. For all papers sent to participants.',
    ),
    steps: [
      pt(
        'Write invitations and minutes in easy-to-read language and have a person concerned reread them.',
        'Write papers with simple words. A group member reads them first.',
      ),
      pt(
        'Display a list of the acronyms used (RSA, PDI, CAF, CCAS) during the meeting.',
        'Put up the list of acronyms and what they mean.',
      ),
      pt(
        'Give everyone a card to signal they did not understand, without having to interrupt.',
        'Everyone has a card. You raise it when you do not understand.',
      ),
      pt(
        'Plan a break every 45 minutes and keep the meeting to two and a half hours at most.',
        'Take a break every 45 minutes.',
      ),
    ],
    phases: ['mobilise', 'coConstruct'],
    duration: 'At every meeting',
    tags: ['easy to read', 'accessibility', 'plain language', 'acronyms'],
  },
];
