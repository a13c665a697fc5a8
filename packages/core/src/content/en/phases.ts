import type { CyclePhase, PlainText } from '../content.types.js';

/**
 * A text in standard English and in easy-to-read English (the `falc` variant).
 * Each easy-to-read argument is one line: one idea per line.
 */
const t = (standard: string, ...falc: string[]): PlainText => ({ standard, falc: falc.join('\n') });

/**
 * The seven phases of the participation cycle, in the order of `PHASE_IDS`.
 * Same ids, same order and same list lengths as the French content.
 */
export const phases: CyclePhase[] = [
  {
    id: 'mobilise',
    label: t('Reach out and form the group', 'Go and meet people', 'Form the group'),
    summary: t(
      'Meet the people concerned where they live, including those who never come to meetings. Form a mixed group with them, and let the group set its own working rules.',
      'We go and see people near their homes.',
      'We also invite people who rarely come.',
      'Together, we form a group.',
      'The group writes its rules.',
    ),
    question: t(
      'Who needs to be around the table, and how do we make everyone want to come and stay?',
      'Who do we invite to the group?',
      'How do we make people want to come?',
    ),
    stakes: [
      t(
        'People who live a situation are its first experts. Without their view, a social policy is built blindfolded.',
        'You know your life well.',
        'Your opinion helps to make better rules.',
      ),
      t(
        'Parity protects the voice of the people concerned: they are at least as many as the professionals, elected officials and partners put together.',
        'In the group, there are as many people concerned as other people.',
        'This way, everyone can speak.',
      ),
      t(
        'The most isolated people rarely answer letters or posters. Going to meet them is the only way to hear them too.',
        'Some people stay alone at home.',
        'We go and see them.',
        'Their opinion counts too.',
      ),
      t(
        'Life has often damaged trust in institutions. Rebuilding it is the starting condition, not a bonus.',
        'Sometimes, people are afraid of social services.',
        'The group helps to trust again.',
      ),
      t(
        'Clear support from elected officials and from management (heads of service) gives the group the means to act and to last.',
        'Elected officials and heads of service support the group.',
        'With them, the group can change things.',
      ),
    ],
    objectives: [
      t(
        'Bring together a group of 12 to 20 people, at least half of them people concerned. The other members are professionals, elected officials and associations.',
        'The group has between 12 and 20 people.',
        'At least half of the members live the situation.',
      ),
      t(
        'Adopt a charter together. It sets three principles: shared responsibility (everyone carries the group), kindness and confidentiality.',
        'We write the group rules together.',
        'Everyone respects the others.',
        'What is said in the group stays in the group.',
      ),
      t(
        'Decide with the members on the rhythm, place, time and topics. A monthly meeting on a fixed date is a landmark that has proved its worth.',
        'We choose the day, the time and the place together.',
        'For example: a meeting on the first Monday of each month.',
      ),
      t(
        'Remove practical obstacles before the first meeting: transport, times that fit with childcare, an accessible room.',
        'We help everyone to come.',
        'For example: we pay for the bus.',
        'We choose a time that suits parents.',
      ),
      t(
        'Say clearly what the group is for, what it can change, and how each person’s participation will be recognised (certificate of participation).',
        'We explain what the group is for.',
        'We say what the group can change.',
        'At the end, each member gets a paper that says what they learned.',
      ),
    ],
    vigilance: [
      t(
        'People are invited for their experience, without being asked whether they receive RSA or any other benefit. Everyone chooses what they say about their situation.',
        'We talk about your experience.',
        'You choose what you say about your life.',
      ),
      t(
        'A letter or a poster mostly reaches people who are already used to institutions. Add door-to-door visits and presence where people pass by.',
        'A letter is rarely enough.',
        'We also knock on doors.',
        'We go to the market to talk with people.',
      ),
      t(
        'Attendance varies with the ups and downs of life. Remind members before each meeting, fetch them if needed, and accept that everyone takes part at their own pace.',
        'Before each meeting, we call the members.',
        'Everyone takes part as they can.',
      ),
      t(
        'Distance and the lack of public transport keep people in rural areas away. Organise journeys or pay them back.',
        'Some people live far away.',
        'We organise the journey.',
        'Or we pay for the transport.',
      ),
      t(
        'If professionals talk more than the others, the group quickly loses its members. Watch parity and speaking time at every meeting.',
        'Professionals listen as much as they talk.',
        'Each member has time to speak.',
      ),
    ],
    methods: [
      t(
        'Door-to-door visits and chats at the foot of buildings, by pairs of professionals from different organisations.',
        'We knock on doors.',
        'We talk with people at the foot of the building.',
      ),
      t(
        'Presence in everyday places (market, school gate, work-integration site, outreach desk) to hear what worries people.',
        'We go to the market, to the school, to work sites.',
        'We listen to what causes problems for people.',
      ),
      t(
        'A volunteer member in each integration scheme or work site links their colleagues with the group.',
        'In each workshop, a volunteer tells the others about the group.',
      ),
      t(
        'A friendly first meeting, over coffee or a snack, to get to know each other before working.',
        'The first meeting starts with coffee or a snack.',
        'We get to know each other.',
      ),
      t(
        'A resource group, renewed every year, which also welcomes newcomers along the way.',
        'Every year, new people join the group.',
        'New people are welcome at any time.',
      ),
    ],
    tools: [
      t(
        'A template group charter to fill in, discuss and adopt together.',
        'A template of group rules.',
        'We fill it in together.',
      ),
      t(
        'A map of local actors: who does what, who can help, who decides.',
        'A map of local services.',
        'It shows who can help.',
      ),
      t(
        'An invitation written in easy-to-read language, with the address, the time, a map and the name of someone to call.',
        'An easy-to-read invitation.',
        'With the address, the time and a map.',
      ),
      t('A simple travel-expenses form, paid back quickly.', 'A form to get your bus or fuel money back.'),
      t(
        'A group composition table that warns when people concerned become less than half of the members.',
        'A table shows who is in the group.',
        'It shows if the group is balanced.',
      ),
    ],
    resourceIds: [
      'porte-a-porte',
      'permanence-hors-les-murs',
      'groupe-ressource',
      'charte-du-groupe',
      'frais-de-transport',
      'accueil-convivial',
    ],
  },
  {
    id: 'diagnose',
    label: t('Shared diagnosis', 'Understand the problem together'),
    summary: t(
      'The group pools what each member sees and lives. It looks for causes and local resources, then chooses a priority problem and states it in one sentence, in the words of the people concerned.',
      'Everyone says what they see and live.',
      'The group chooses the most important problem.',
      'The group writes this problem in one sentence.',
    ),
    question: t('What, for us, is the main problem, said in a single sentence?', 'What is our most important problem?'),
    stakes: [
      t(
        'Start from people’s lived experience, not only from the boxes of schemes, to see where things really get stuck.',
        'We start from your everyday life.',
        'That is where the real problems are.',
      ),
      t(
        'Combine knowledge: residents’ experience, professionals’ know-how, and the local knowledge of elected officials and partners.',
        'Everyone knows different things.',
        'Together, we understand better.',
      ),
      t(
        'Leave the feeling of powerlessness behind by naming a “thorn in the foot”: a precise problem the group can really act on.',
        'We choose a precise problem.',
        'A problem we can act on.',
      ),
      t(
        'Also spot strengths: resource people, services that exist but nobody knows about, neighbours helping each other.',
        'We also look for what works well.',
        'For example: neighbours who help each other.',
      ),
      t(
        'A diagnosis built together becomes common ground. The institution must take it into account in its decisions.',
        'The group and the institution start from the same facts.',
      ),
    ],
    objectives: [
      t(
        'Collect everyone’s observations, including from those who stay silent in meetings.',
        'We listen to each person.',
        'Shy people too.',
      ),
      t(
        'Analyse the problem with four questions: who is concerned? what holds things back? who can help? what would we gain by solving it?',
        'We ask 4 questions.',
        'Who is concerned?',
        'What is blocking?',
        'Who can help?',
        'What will we gain?',
      ),
      t(
        'Choose one priority problem among all those mentioned, and keep the others for later.',
        'We choose one problem to start with.',
        'We keep the others for later.',
      ),
      t(
        'Write this problem in one sentence carried by the people concerned, on the model: “We, residents, consider that our main problem is …”.',
        'We write the problem in one sentence.',
        'The sentence starts with: “We, residents, think that our main problem is …”.',
      ),
      t(
        'Present the diagnosis to decision makers (elected officials, management, social landlord) and to residents who missed the meetings.',
        'We present the problem to elected officials and managers.',
        'We also present it to other residents.',
      ),
    ],
    vigilance: [
      t(
        'The professional facilitates the group’s work. They do not make the diagnosis in people’s place: people are the experts of their own lives.',
        'The professional helps the group to talk.',
        'Residents choose the problem.',
      ),
      t(
        'A problem that is too big (“poverty”, “unemployment”) is discouraging. Break it down until you find something concrete to hold on to.',
        'A very big problem is scary.',
        'We choose a precise part of the problem.',
      ),
      t(
        'Telling your story can hurt. Recall confidentiality and leave everyone free to choose what they share.',
        'Talking about your life can hurt.',
        'You only say what you want.',
        'The group keeps the secret.',
      ),
      t(
        'A real diagnosis takes time, sometimes months of listening. Better to say so from the start than to promise quick results.',
        'Understanding a problem takes time.',
        'Sometimes several months.',
      ),
      t(
        'A sentence that blames people (“people respect nothing”) blocks the search for solutions. Rephrase it together, starting from what is lived.',
        'We talk about the problem.',
        'We avoid blaming people.',
      ),
    ],
    methods: [
      t(
        'Walking diagnosis: go round the neighbourhood together and note what works and what gets stuck.',
        'We walk together in the neighbourhood.',
        'We note what is good and what is bad.',
      ),
      t(
        'Photo-language: each person chooses a picture to talk about a situation without having to explain everything.',
        'Everyone chooses a photo.',
        'The photo helps to talk.',
      ),
      t(
        'Problem tree: put the problem in the middle, the causes in the roots and the consequences in the branches.',
        'We draw a tree.',
        'The roots are the causes.',
        'The branches are the consequences.',
      ),
      t(
        'Life stories in small groups, to spot what comes up for several people.',
        'Everyone tells a moment of their life in a small group.',
        'We look for what is the same for several people.',
      ),
      t(
        'Voting with stickers to choose the priority problem, then writing the sentence together.',
        'Everyone puts stickers on the important problems.',
        'We keep the problem with the most stickers.',
        'Then we write the sentence together.',
      ),
    ],
    tools: [
      t(
        'The self-assessment questionnaire, filled in separately by residents, professionals and elected officials, to compare their views.',
        'A questionnaire to know where the group stands.',
        'Residents, professionals and elected officials fill it in.',
        'We compare the answers.',
      ),
      t(
        'A problem statement template: “We, …, consider that our main problem is …”.',
        'A sentence to complete to say the problem.',
      ),
      t(
        'A four-column analysis grid: people concerned, obstacles, resource people, expected gains.',
        'A table with 4 questions.',
        'It helps to understand the problem.',
      ),
      t('A set of varied photos and pictures for photo-language.', 'Photos to help people talk.'),
      t(
        'A map of the neighbourhood or town to locate places, services and difficulties.',
        'A map of the neighbourhood.',
        'We put the services and important places on it.',
      ),
    ],
    resourceIds: [
      'diagnostic-en-marchant',
      'photo-langage',
      'arbre-a-problemes',
      'enonce-du-probleme',
      'recit-de-vie',
      'cartographie-des-acteurs',
    ],
  },
  {
    id: 'coConstruct',
    label: t('Build proposals together', 'Look for solutions together'),
    summary: t(
      'Starting from the chosen problem, the group imagines solutions. It tests them against real constraints with professionals and partners, then sends precise proposals and questions to the institution.',
      'The group looks for solutions.',
      'The group writes its ideas and questions.',
      'The group sends its ideas to the institution, for example the council.',
    ),
    question: t('What exactly do we propose, and to whom?', 'What are our ideas?', 'Who do we send them to?'),
    stakes: [
      t(
        'Move from complaint to proposal: a precise request is much more likely to be taken up.',
        'A precise idea has more chances to be accepted.',
      ),
      t(
        'Work “side by side” rather than “face to face”: residents, professionals and elected officials look in the same direction.',
        'Residents, professionals and elected officials work side by side.',
      ),
      t(
        'Recognise user expertise: people know what helps and what blocks in a reception desk, a letter or a scheme.',
        'You know if a letter is clear.',
        'You know if a welcome is pleasant.',
        'Your experience is useful.',
      ),
      t(
        'Also ask the practical questions many people have, for example “how do I report going back to work?”. The answer will help everyone.',
        'You can also ask questions.',
        'For example: how do I say that I found a job?',
        'The answer helps everyone.',
      ),
      t(
        'Look for simple actions that can be done quickly, alongside longer changes, so that the group sees results.',
        'Some ideas happen quickly.',
        'Others take more time.',
        'We do both.',
      ),
    ],
    objectives: [
      t(
        'Produce several possible solutions to the priority problem, without judging them too early.',
        'We find lots of ideas.',
        'We sort the ideas afterwards.',
      ),
      t(
        'Check each option with the people who know the rules, the budget and the timescales.',
        'We ask professionals if the idea is possible.',
        'We look at the cost and the time needed.',
      ),
      t(
        'Write each proposal clearly: what is wrong, what is proposed, who can act.',
        'We write each idea clearly.',
        'We say what is wrong.',
        'We say what we propose.',
        'We say who can act.',
      ),
      t(
        'Submit proposals and questions where the institution has committed to answer: online, in the meeting minutes, or with the help of a professional (assisted entry).',
        'We send the ideas to the institution.',
        'On the internet, or with help from a social worker.',
      ),
      t(
        'Identify the actions the group can carry out itself with residents.',
        'We also choose actions the group does itself.',
      ),
    ],
    vigilance: [
      t(
        'An idea dismissed at once with “that’s not possible” is discouraging. Professionals explain the constraints and look for a variant.',
        'Every idea is listened to.',
        'If an idea is difficult, we look for another way to do it.',
      ),
      t(
        'Technical words and acronyms shut people out. If a term is needed, explain it.',
        'We use simple words.',
        'We explain difficult words.',
      ),
      t(
        'The group proposes, the institution decides. Nobody promises on the institution’s behalf before its answer.',
        'The group proposes.',
        'Then, the institution decides.',
        'We wait for its answer before promising.',
      ),
      t(
        'Building together takes longer than deciding alone. Management must recognise this time in professionals’ workload.',
        'Working together takes time.',
        'Heads of service give this time to professionals.',
      ),
      t(
        'Keep a written record of each proposal so it can be answered, respecting the anonymity of those who want it.',
        'We write down each idea.',
        'You can keep your name secret.',
      ),
    ],
    methods: [
      t(
        'World café: several small tables each work on one question, and participants change tables at each round.',
        'Several small tables.',
        'Each table talks about one question.',
        'We change tables several times.',
      ),
      t(
        'Forum theatre: act out a real scene, such as a welcome at a service desk, then replay it differently to find solutions.',
        'We act out a scene from life.',
        'For example: the welcome at the desk.',
        'We replay the scene to make it better.',
      ),
      t(
        'Co-writing documents (leaflet, standard letter, web page) with the people concerned, so that everyone understands them.',
        'We write a letter or a leaflet together.',
        'The text becomes easy to understand.',
      ),
      t(
        'Meetings with the relevant services and partners (employment, training, housing) to put the group’s questions to them.',
        'We invite services to the group.',
        'For example: France Travail, the public employment service.',
        'We ask them our questions.',
      ),
      t(
        'Peer–professional pair: a person concerned and a professional prepare and present a proposal together.',
        'A person concerned and a professional work in pairs.',
        'They present the idea together.',
      ),
      t(
        'Family group conference, for a family situation: the family asks a central question, preparation takes 2 to 3 months, and the final meeting produces the action plan of the family and its circle.',
        'The family asks an important question.',
        'A coordinator helps the family for 2 or 3 months.',
        'At the end, the family and their close ones meet.',
        'Together, they write their action plan.',
      ),
    ],
    tools: [
      t(
        'A proposal form: the observation, the proposal, the people concerned, possible first steps.',
        'A form to write down an idea.',
      ),
      t(
        'A mobile idea box, placed in reception areas, to collect the views of those who do not come to meetings.',
        'An idea box in reception areas.',
        'For people who miss the meetings.',
      ),
      t(
        'The online contribution form, to fill in alone or with help from a professional.',
        'A form on the internet.',
        'You fill it in alone or with help.',
      ),
      t(
        'Meeting materials in easy-to-read language (FALC in French), so that everyone can follow.',
        'Easy-to-read documents for meetings.',
      ),
      t(
        'Minutes of each meeting, read and approved by the group, listing the proposals kept.',
        'A summary of each meeting.',
        'The group reads the summary.',
        'The group agrees with the summary.',
      ),
    ],
    resourceIds: [
      'world-cafe',
      'theatre-forum',
      'boite-a-idees-mobile',
      'binome-pair-professionnel',
      'conference-familiale',
      'reunion-accessible-falc',
    ],
  },
  {
    id: 'decide',
    label: t('The institution answers and commits', 'The institution answers and promises'),
    summary: t(
      'The institution studies each contribution and answers it publicly, giving the reasons for its decision. When it says yes, it commits to an action, a person in charge and a date.',
      'The institution reads each idea.',
      'It answers each idea.',
      'It explains its answer.',
      'If it says yes, it says who acts and when.',
    ),
    question: t(
      'What does the institution answer to each of our contributions, and why?',
      'What is the answer of the institution?',
      'Why this answer?',
    ),
    stakes: [
      t(
        'A contribution left unanswered feeds the feeling that “nothing ever changes” and discourages the next round of participation.',
        'Sometimes, an idea gets no answer.',
        'Then people think that everything stays the same.',
        'They stop coming.',
      ),
      t(
        'A reasoned answer, even a negative one, is a sign of respect. It makes the constraints understandable and opens other paths.',
        'Sometimes, the answer is no.',
        'The institution explains why.',
        'It is a form of respect.',
      ),
      t(
        'Listening is not enough: elected officials commit to act on the group’s proposals.',
        'Elected officials listen to the group.',
        'Then, elected officials act.',
      ),
      t(
        'Public, reasoned answers make decisions understandable and build trust in the administration.',
        'Everyone can read the answers.',
        'This builds trust.',
      ),
      t(
        'An answer deadline announced in advance lets everyone know when to come back, and makes any delay visible.',
        'You know when the answer comes.',
        'If the answer is late, everyone sees it.',
      ),
    ],
    objectives: [
      t(
        'Answer every contribution within the announced deadline, giving the reasons for the decision.',
        'The institution answers each idea.',
        'It answers on time.',
        'It gives its reasons.',
      ),
      t(
        'For each proposal accepted, state the planned action, the service in charge and the target date.',
        'For each accepted idea, the institution says:',
        'what will be done,',
        'who will do it,',
        'and when.',
      ),
      t(
        'Publish the answers in plain language, where participants can read them.',
        'The institution publishes the answers.',
        'It writes with simple words.',
      ),
      t(
        'Present the answers to the group at a meeting, with an elected official or a manager present, so they can be discussed.',
        'An elected official comes to the group.',
        'They present the answers.',
        'The group can ask questions.',
      ),
      t(
        'Pass practical questions to the right service and publish the answer so that everyone benefits.',
        'Each question goes to the right service.',
        'The answer is published for everyone.',
      ),
    ],
    vigilance: [
      t(
        'A vague answer, such as “under review”, with no date and no next step, is as good as no answer.',
        'The answer always gives a next step.',
        'The answer always gives a date.',
      ),
      t(
        'Only commit to what the law and the budget allow: an explained refusal is better than a broken promise.',
        'The institution only promises what it can do.',
        'An explained no is better than a false promise.',
      ),
      t(
        'Engagement drops when answers are late. A delay must be announced to the group with a new date.',
        'When the answer is late, the institution tells the group.',
        'It gives a new date.',
      ),
      t(
        'The answer is addressed to people: no legal jargon and no reference to a legal text without explanation.',
        'The answer uses simple words.',
        'Difficult words are explained.',
      ),
      t(
        'When the decision differs from the group’s view, the institution says so frankly and straight away, with its reasons.',
        'Sometimes, the institution decides differently from the group.',
        'It tells the group straight away.',
        'It explains why.',
      ),
    ],
    methods: [
      t(
        'Elected officials listening: they come to hear the proposals, then come back to announce their decisions to the group.',
        'Elected officials come to listen to the group.',
        'Later, they come back to give their decisions.',
      ),
      t(
        'A contact person in the institution follows each contribution from arrival to published answer.',
        'In the institution, one person follows each idea until the answer.',
      ),
      t(
        'A mixed follow-up committee (residents, professionals, elected officials) regularly reviews answers and commitments.',
        'A committee with residents, professionals and elected officials.',
        'It checks the answers and the promises.',
      ),
      t(
        'A personal feedback letter to each person who contributed and agreed to be contacted again.',
        'A letter to each person who gave an idea.',
        'Only if the person agrees.',
      ),
      t(
        'A citizens’ jury, consulted before an important decision of the integration policy.',
        'Before a big decision, the institution asks a group of residents for their opinion.',
      ),
      t(
        'A participatory budget: part of the budget is set aside for projects chosen with residents.',
        'Part of the money is kept for residents’ ideas.',
        'Residents choose the projects.',
      ),
    ],
    tools: [
      t(
        'The answer tracking table: submission date, answer deadline, status of each contribution, delays highlighted.',
        'A table shows each idea.',
        'We see the planned answer date.',
        'We see the delays.',
      ),
      t(
        'A reasoned-answer template: the decision, its reasons, the commitment made, the service to contact.',
        'A template for answers.',
        'It gives the decision and the reasons.',
        'It says who to contact.',
      ),
      t(
        'The commitments register: for each promised action, the person in charge, the target date and the progress.',
        'A list of promises.',
        'For each promise: who acts and when.',
      ),
      t(
        'A public page of answers, open to all, with no account to create.',
        'A web page with all the answers.',
        'Everyone can read it.',
      ),
      t('A feedback letter template in plain language.', 'An easy-to-read letter template.'),
    ],
    resourceIds: [
      'tableau-de-suivi-des-reponses',
      'elus-en-ecoute',
      'comite-de-suivi',
      'lettre-de-retour',
      'jury-citoyen',
      'budget-participatif',
    ],
  },
  {
    id: 'act',
    label: t('Implement, and show what has been done', 'Act and show what changed'),
    summary: t(
      'The actions decided are carried out, with the people concerned whenever possible. The institution regularly reports on their progress, including delays and difficulties.',
      'The promised actions are carried out.',
      'Residents take part.',
      'The institution says how the actions are going.',
      'It also tells about delays.',
    ),
    question: t('What has changed since our proposals, and how do we know?', 'What has changed?', 'How can we know?'),
    stakes: [
      t(
        'Showing what has been done is the best cure for the feeling that “nothing ever changes”.',
        'The institution shows what has been done.',
        'This way, everyone sees that things change.',
      ),
      t(
        'Visible results, even small ones (a rewritten letter, a leaflet, a refurbished entrance hall), boost engagement.',
        'A small visible change makes people want to go on.',
        'For example: a clearer letter.',
      ),
      t(
        'Involving residents in implementation develops their skills and their legitimacy with institutions.',
        'Residents take part in the actions.',
        'They learn new things.',
      ),
      t(
        'The partnership widens: landlords, associations and employment services learn to work with the group.',
        'Other partners join the project.',
        'For example: associations.',
      ),
      t(
        'Talking about difficulties as much as successes keeps trust alive.',
        'The institution also talks about difficulties.',
        'It is honest.',
      ),
    ],
    objectives: [
      t(
        'Carry out the promised actions within the announced deadlines, or explain each delay.',
        'The actions are done on the planned date.',
        'Otherwise, the institution explains the delay.',
      ),
      t(
        'Regularly publish the progress of each commitment: planned, started, done, or dropped with its reasons.',
        'The institution often gives news of each action.',
      ),
      t(
        'Give the group the actions it can carry itself: informing neighbours, organising a day, welcoming new members.',
        'The group also does actions itself.',
        'For example: informing the neighbours.',
      ),
      t(
        'Tell people who are not in the group about the changes obtained.',
        'We tell other residents what has changed.',
      ),
      t(
        'Prepare each meeting with partner institutions: written requests, chosen spokespeople, minutes.',
        'We prepare the meetings with partners.',
      ),
    ],
    vigilance: [
      t(
        'An action that drags on without news demotivates. Give news even when things move slowly.',
        'We give news often.',
        'Even when the action moves slowly.',
      ),
      t(
        'A solution can create a new problem, for example bins moved outside that attract pests. Watch the effects and adjust.',
        'Sometimes, a solution creates a new problem.',
        'We look at the effects.',
        'We correct things if needed.',
      ),
      t(
        'The group proposes and follows the actions; it does not replace the work of public services.',
        'The group proposes and keeps watch.',
        'Public services do their job.',
      ),
      t(
        'When a few members carry everything, they burn out. Share tasks and accept that everyone gives the time they can.',
        'We share tasks between members.',
        'Everyone gives the time they can.',
      ),
      t(
        'Speaking in public or to the press must remain a free choice, which the person can withdraw.',
        'Speaking in the newspaper is your choice.',
        'You can change your mind.',
      ),
    ],
    methods: [
      t(
        'A progress check at every monthly meeting, commitment by commitment.',
        'At each meeting, we look at how the actions are going.',
      ),
      t(
        'Friendly, visible actions led by the group: clean-up day, snack in the entrance hall, photo exhibition.',
        'The group organises moments together.',
        'For example: a snack or a photo exhibition.',
      ),
      t(
        'Prepared meetings with partners (landlord, town hall, employment services), where residents speak for themselves.',
        'Before a meeting, the group prepares its requests.',
        'The group chooses who speaks.',
      ),
      t(
        'Word carriers (porteurs de paroles): set up in a public space with a question on display, to inform passers-by and collect their reactions.',
        'We go to the market with signs.',
        'We talk with people passing by.',
      ),
      t(
        'A participatory video made with the members to show how far they have come.',
        'We make a film with the group members.',
        'The film shows what has been done.',
      ),
    ],
    tools: [
      t('The commitments register, kept up to date and visible to all.', 'The list of promises.', 'It is up to date.'),
      t(
        'A newsletter or a poster “what you proposed, what has been done”.',
        'A poster with your ideas.',
        'It shows what has been done.',
      ),
      t('A shared calendar of actions and meetings.', 'A calendar with the dates of the actions.'),
      t('Minutes of meetings with partners, read by the group.', 'A summary of each meeting.', 'The group reads it.'),
      t(
        'The public history of each contribution: the answer, the commitments, then each new step.',
        'On the internet, each idea has its story.',
        'We see the answer and the actions.',
      ),
    ],
    resourceIds: [
      'reunion-mensuelle',
      'tableau-de-suivi-des-reponses',
      'comite-de-suivi',
      'porteurs-de-paroles',
      'lettre-de-retour',
      'video-participative',
    ],
  },
  {
    id: 'evaluate',
    label: t('Evaluate together', 'Take stock together'),
    summary: t(
      'The group measures what has changed and how the process went, combining the views of residents, professionals, elected officials and partners. Each member receives a certificate describing the skills they developed.',
      'The group looks at what has changed.',
      'Residents, professionals, elected officials and partners give their opinion.',
      'Each member gets a paper.',
      'The paper says what they learned.',
    ),
    question: t(
      'What has changed, for whom, and what would we do differently?',
      'What has changed?',
      'For whom?',
      'What can we do better next time?',
    ),
    stakes: [
      t(
        'An evaluation with several voices gives a fair picture: what matters to a resident is not always what the institution measures.',
        'Everyone sees the changes in their own way.',
        'All opinions count.',
      ),
      t(
        'Recognise what everyone has learned: self-confidence, speaking up, writing, organising.',
        'In the group, we learn a lot.',
        'For example: speaking in front of others.',
      ),
      t(
        'Make participation count in each person’s path, for example for a training or job plan.',
        'What you learned can help you.',
        'For example: to find a training course.',
      ),
      t(
        'Learn from what worked less well to improve the next cycle.',
        'We also look at the difficulties.',
        'Next time, we will do better.',
      ),
      t(
        'Show decision makers what participation has changed in policies and in professional practice.',
        'Elected officials see what the group has changed.',
      ),
    ],
    objectives: [
      t(
        'Collect the views of residents, professionals, elected officials and partners, first separately, then together.',
        'Each group of people gives its opinion.',
        'Then we compare the opinions together.',
      ),
      t(
        'Compare the results with the initial objectives and with the sentence that stated the problem.',
        'We read the sentence from the start again.',
        'Is the problem solved?',
      ),
      t(
        'Also evaluate the process itself: atmosphere, parity, accessibility, respect for the charter.',
        'We also look at how the group worked.',
        'For example: the atmosphere and respect for the rules.',
      ),
      t(
        'Give each participant concerned a certificate of participation describing the skills developed.',
        'Each member gets a certificate.',
        'It is a paper that says what they learned.',
      ),
      t(
        'After a family group conference, meet the family again a few months later to review its action plan.',
        'After a family conference, we see the family again a few months later.',
        'We look at whether the plan works.',
      ),
    ],
    vigilance: [
      t(
        'Figures alone miss what matters most: the changes people actually live.',
        'Figures show part of the changes.',
        'What residents live counts too.',
      ),
      t(
        'Evaluating an action is not judging the people who took part in it.',
        'We look at the action and the group.',
        'Each person stays respected.',
      ),
      t(
        'Some effects appear late (going back to training, family ties restored). Plan a second look a few months later.',
        'Some changes come later.',
        'We take stock again a few months later.',
      ),
      t(
        'Choose simple ways to give an opinion (pictures, a round of the table, a short questionnaire) rather than long forms.',
        'Simple tools to give your opinion.',
        'For example: pictures of happy or sad faces.',
      ),
      t(
        'The certificate describes real, useful skills, written with the person themselves.',
        'The certificate is written with you.',
        'It says what you can do.',
      ),
    ],
    methods: [
      t(
        'Cross-evaluation: each category of actors answers the same questions, then the group compares and discusses the gaps.',
        'Everyone answers the same questions.',
        'We compare the answers together.',
      ),
      t(
        'Quick feedback at the end of each meeting, with face pictures (emoticons) or a group “weather report”.',
        'At the end of each meeting, everyone shows a picture.',
        'The picture says how they feel.',
      ),
      t(
        'A review meeting every year, going back over the charter, the problem sentence and the list of commitments.',
        'Once a year, we hold a review meeting.',
        'We read the rules, the problem and the promises again.',
      ),
      t(
        'The self-assessment questionnaire filled in again at the end of the cycle, to measure how far the group has come.',
        'We fill in the questionnaire from the start again.',
        'We see how far we have come.',
      ),
      t(
        'A one-to-one meeting to write the certificate of participation together.',
        'A meeting with each member.',
        'To write their certificate together.',
      ),
    ],
    tools: [
      t(
        'A four-viewpoint evaluation grid: residents, professionals, elected officials, partners.',
        'A table with 4 columns:',
        'residents, professionals, elected officials, partners.',
      ),
      t(
        'A certificate of participation template, with a list of skills: speaking up, writing minutes, organising a meeting…',
        'A certificate template.',
        'With a list of things learned.',
        'For example: speaking in public.',
      ),
      t('Cards with faces (emoticons) for quick feedback.', 'Cards with faces.'),
      t(
        'The comparison of self-assessment results by role, with the gaps highlighted.',
        'A chart compares the opinions.',
        'The opinions of residents, professionals and elected officials.',
      ),
      t(
        'A follow-up sheet for the family action plan, for the review a few months after a family group conference.',
        'A sheet to follow the family’s plan.',
      ),
    ],
    resourceIds: [
      'evaluation-croisee',
      'questionnaire-auto-diagnostic',
      'attestation-de-participation',
      'conference-familiale',
      'comite-de-suivi',
    ],
  },
  {
    id: 'share',
    label: t('Showcase, spread, renew', 'Show, share, start again'),
    summary: t(
      'The group makes its achievements known and shares its way of working with other areas, as a practice sheet. It prepares the next year: new members, a new topic, bridges towards other forms of involvement.',
      'The group shows what it has done.',
      'The group explains its method to other groups.',
      'The group prepares next year with new members.',
    ),
    question: t(
      'What deserves to be told, to whom, and who takes over?',
      'What do we want to tell?',
      'To whom?',
      'Who goes on next year?',
    ),
    stakes: [
      t(
        'Making the group’s work known recognises its members’ commitment and changes how others see them.',
        'We show the work of the group.',
        'Others see the members differently.',
      ),
      t(
        'An approach that worked can inspire others, provided its difficulties are told too.',
        'Other towns can reuse the good ideas.',
        'We also tell about the difficulties.',
      ),
      t(
        'Renewing the group every year makes room for other people concerned and prevents running out of steam.',
        'Every year, new people join the group.',
        'The group keeps its energy.',
      ),
      t(
        'Offer a next step to those who want to go on: associations, other bodies, volunteering, peer support.',
        'Do you want to go on?',
        'You can join an association or another group.',
      ),
      t(
        'Push back prejudice about the people concerned by showing their skills to the public.',
        'We show the public what members can do.',
        'This changes ready-made ideas.',
      ),
    ],
    objectives: [
      t(
        'Organise a public feedback event led with the group members.',
        'We organise a meeting open to all.',
        'Group members present it.',
      ),
      t(
        'Write a practice sheet: context, diagnosis, objectives, actions, evaluation, changes seen by each party, next steps.',
        'We write a sheet that tells the story of the project.',
      ),
      t(
        'Welcome new members with the help of former ones, and pass on the group’s history.',
        'Former members welcome new ones.',
        'They tell the story of the group.',
      ),
      t(
        'Build bridges to associations for those who want to keep social ties.',
        'We introduce associations to members who want to go on.',
      ),
      t(
        'Choose with the group the next topic and the changes of method for the new cycle.',
        'We choose next year’s topic together.',
      ),
    ],
    vigilance: [
      t(
        'Showing faces and stories requires each person’s written consent, which they can withdraw at any time.',
        'Before we show a photo or a story, we ask for your agreement.',
        'You can change your mind.',
      ),
      t(
        'A sheet that only flatters helps nobody: it also describes frustrations, failures and conditions for success.',
        'The sheet also tells what was difficult.',
      ),
      t(
        'When all experienced members leave, the group is weakened. Plan a time when former and new members overlap.',
        'Some former members stay a while with the new ones.',
      ),
      t(
        'An approach copied without adaptation often fails. Each area starts again from its residents and its context.',
        'Each neighbourhood is different.',
        'We adapt the method to each neighbourhood.',
      ),
      t(
        'When the group becomes more formal (association, official body), make sure residents keep control of decisions.',
        'When the group grows, residents go on deciding.',
      ),
    ],
    methods: [
      t(
        'Public feedback event: exhibition, film, testimonies, with elected officials and partners present.',
        'A big meeting to show everything.',
        'With elected officials and partners.',
      ),
      t(
        'Writing an inspiring practice sheet together, read by the members before publication.',
        'We write the project sheet together.',
        'Members read it.',
      ),
      t(
        'Joint training: residents and professionals train together, then pass the approach on to other teams.',
        'Residents and professionals learn together.',
        'Then, they explain the method to others.',
      ),
      t(
        'Mentoring: each new member is accompanied by a former one during their first meetings.',
        'Each new member has a mentor.',
        'The mentor is a former member.',
      ),
      t(
        'Meetings between groups from different areas to exchange methods and results.',
        'Several groups meet.',
        'They share their ideas.',
      ),
    ],
    tools: [
      t(
        'The practice sheet template: context, shared diagnosis, objectives, public, actions, evaluation, transformations, prospects.',
        'A template to tell the story of a project.',
      ),
      t('The participatory video or photo exhibition made with the group.', 'A film or photos made by the group.'),
      t('A consent form for the use of images and testimonies.', 'A form to give your agreement for photos.'),
      t(
        'The practice library of the resource centre, to find inspiration and to publish.',
        'A website with projects from other groups.',
      ),
      t(
        'A welcome booklet for new members: the group’s history, charter, calendar.',
        'A small booklet for new members.',
        'With the history and the rules of the group.',
      ),
    ],
    resourceIds: [
      'restitution-publique',
      'fiche-pratique-inspirante',
      'video-participative',
      'formation-croisee',
      'parrainage-nouveaux-membres',
    ],
  },
];
