import type { DefaultQuestionnaireTexts } from './default-questionnaire.fr.js';

// Texts of the default questionnaire in English, under the keys of the French pack.
// `falc` holds the easy-to-read version (short sentences, everyday words).

const t = (standard: string, falc: string = standard) => ({ standard, falc });

export const defaultQuestionnaireTextsEn: DefaultQuestionnaireTexts = {
  title: t('Where does our participation approach stand?', 'Our group: where are we?'),
  intro: t(
    'This questionnaire helps your group see where it stands: what works, what is still fragile and where to start. Residents, professionals, elected officials and partners each answer on their own, then the answers are compared. There is no right or wrong answer. It takes about 15 minutes.',
    'This questionnaire is about your group. It helps to see what works. It helps to see what is hard. Each person answers alone. There is no right answer. You can answer "I don’t know". It takes about 15 minutes.',
  ),
  answerLabels: { yes: t('Yes'), no: t('No'), unsure: t('I don’t know') },
  levels: {
    fragile: { label: t('Fragile'), description: t('This needs attention soon.', 'We must deal with it soon.') },
    building: {
      label: t('Under construction'),
      description: t('Foundations exist; they still need strengthening.', 'It has started. We must keep going.'),
    },
    solid: { label: t('Solid'), description: t('The group can lean on this.', 'This works well.') },
  },
  scales: {
    agreement: [t('No, not at all'), t('Rather no'), t('Rather yes'), t('Yes, completely')],
    frequency: [t('Never'), t('Rarely'), t('Often'), t('Always')],
  },
  dimensions: {
    politicalBacking: {
      label: t('Political backing', 'Support from elected officials'),
      description: t(
        'Elected officials back the approach, come to listen to the group and say what they will do with its proposals.',
        'Elected officials support the group. They come to listen.',
      ),
    },
    managerialSupport: {
      label: t('Managerial support', 'Help from the managers'),
      description: t(
        'Professionals have time, training and the backing of their managers to work with the group.',
        'Professionals have time for the group. Their managers agree.',
      ),
    },
    placeOfConcerned: {
      label: t('Place of the people concerned', 'Place of the people who live the situation'),
      description: t(
        'People concerned make up at least half of the group, speak up and choose the topics.',
        'Many people in the group live the situation. They speak. They choose the topics.',
      ),
    },
    goingTowards: {
      label: t('Reaching out', 'Going to meet people'),
      description: t(
        'The group goes to meet those who do not come on their own, where they live.',
        'The group goes to see people who never come. It goes where they live.',
      ),
    },
    coConstruction: {
      label: t('Co-construction', 'Building together'),
      description: t(
        'The problem and the proposals are worked out together, in the words of the people concerned.',
        'The group looks for the problem together. It looks for solutions together.',
      ),
    },
    feedbackLoop: {
      label: t('Answers and feedback', 'Answers to the group'),
      description: t(
        'The institution answers every proposal, explains its choices and says what was done, so that nobody feels that "nothing changes".',
        'The people in charge answer the group. They explain their choices. They say what has changed.',
      ),
    },
    partnership: {
      label: t('Partnership', 'Partners'),
      description: t(
        'Local actors (social services, employment, associations, housing, health) take part and believe in the approach.',
        'Other organisations help the group. For example associations or social services.',
      ),
    },
    materialConditions: {
      label: t('Conditions for taking part', 'Being able to come to meetings'),
      description: t(
        'Transport, timing, welcome and documents let everyone come and follow.',
        'Everyone can come to meetings. The times suit people. People feel welcome. Papers are easy to read.',
      ),
    },
    recognition: {
      label: t('Recognition of participants', 'Recognising what participants do'),
      description: t(
        'Participants’ commitment and lived expertise are recognised: a certificate, costs covered, their word taken seriously.',
        'What participants know is recognised. Their costs are paid. They get a paper that says what they did.',
      ),
    },
    evaluation: {
      label: t('Shared evaluation', 'Taking stock together'),
      description: t(
        'The group takes stock together, from several points of view, of what the approach changes.',
        'The group looks together at what has changed. Everyone gives their view.',
      ),
    },
    renewal: {
      label: t('Renewal', 'Welcoming new people'),
      description: t(
        'The group welcomes new members, supports newcomers and helps those who leave to carry on elsewhere.',
        'New people join the group. They get help. People who leave get help too.',
      ),
    },
  },
  sections: {
    backing: { title: t('Support from elected officials and managers', 'Elected officials and managers') },
    place: { title: t('Everyone’s place in the group', 'Who is in the group?') },
    outreach: { title: t('Reaching out to people', 'Going to meet people') },
    coConstruction: { title: t('Building together') },
    feedback: { title: t('The institution’s answers', 'Answers to the group') },
    partnership: { title: t('Partners') },
    conditions: { title: t('Conditions for coming', 'Being able to come') },
    recognition: { title: t('Recognition', 'Recognising what participants do') },
    evaluation: { title: t('Taking stock together', 'Taking stock') },
    renewal: { title: t('Keeping the group alive over time', 'The group over time') },
    openWord: { title: t('Last word', 'Your idea') },
  },
  questions: {
    electedSupport: {
      label: t(
        'Do elected officials clearly back the approach, in public too?',
        'Do elected officials say in public that they support the group?',
      ),
    },
    electedListen: {
      label: t(
        'Do elected officials come to listen to the group and talk with it?',
        'Do elected officials come to meetings to listen to the group?',
      ),
    },
    mandateClear: {
      label: t(
        'Does the group know what it is consulted on and what the institution will do with its proposals?',
        'Does the group know which topics it can give its view on? Does it know what will be done with its ideas?',
      ),
    },
    managerTime: {
      label: t(
        'Do professionals have time for the approach, recognised by their managers?',
        'Do managers give professionals time for the group?',
      ),
    },
    collectiveValued: {
      label: t(
        'Do managers see group work as a real way of supporting people?',
        'Do managers think that group work really helps people?',
      ),
    },
    staffTrained: {
      label: t(
        'Have professionals been trained to run groups or to build people’s power to act?',
        'Have professionals learnt how to run a group?',
      ),
    },
    parity: {
      label: t(
        'In the group, what share of the members are people concerned?',
        'In the group, how many people live the situation we talk about?',
      ),
      help: t(
        'People concerned live the situation the group talks about. The benchmark: at least half of the group.',
        'At least half of the group is needed.',
      ),
      options: {
        moreThanHalf: t('More than half'),
        half: t('About half'),
        lessThanHalf: t('Less than half'),
        veryFew: t('Very few, or none', 'Very few, or nobody'),
        dontKnow: t('I don’t know'),
      },
    },
    charterAdopted: {
      label: t(
        'Has the group written and adopted its own rules (a charter) together?',
        'Has the group written its rules together?',
      ),
      help: t(
        'For example: respect, kindness, confidentiality, shared responsibility.',
        'For example: we respect each other. What is said stays in the group.',
      ),
    },
    speakAsMuch: {
      label: t(
        'Do people concerned speak as much as professionals and elected officials?',
        'Do people who live the situation speak as much as professionals?',
      ),
    },
    ownWords: {
      label: t(
        'Do the minutes give the ideas of people concerned in their own words?',
        'After the meeting, someone writes down what was said. Are your words in it?',
      ),
    },
    chooseTopics: {
      label: t(
        'Do people concerned also choose the topics the group talks about?',
        'Do people who live the situation also choose the meeting topics?',
      ),
    },
    outreachMeans: {
      label: t(
        'How does the group reach people who do not come on their own?',
        'How does the group invite people who never come?',
      ),
      help: t('Several answers possible.', 'You can choose several answers.'),
      options: {
        doorToDoor: t('By knocking on doors (door to door)', 'We knock on doors.'),
        publicPlaces: t(
          'By going where people are: market, school gate, foot of the building',
          'We go to the market, the school, the bottom of the buildings.',
        ),
        peers: t('Members invite neighbours and relatives themselves', 'Members invite their neighbours.'),
        partnersRelay: t(
          'Through associations and work-integration organisations',
          'Associations talk about the group.',
        ),
        mailOnly: t('By letter or poster', 'We send a letter or put up a poster.'),
        none: t('None of these', 'None of this.'),
      },
    },
    newFaces: {
      label: t('Do new people, who never took part before, join the meetings?', 'Do new people come to the meetings?'),
    },
    diversity: {
      label: t(
        'Does the group reflect the diversity of people concerned (age, where they live, situation)?',
        'Are there young and older people in the group? People from town and from the countryside?',
      ),
    },
    problemStated: {
      label: t(
        'Have people concerned stated the main problem in one sentence, in their own words?',
        'Have people who live the situation said the most important problem in one sentence?',
      ),
      help: t(
        'For example: "We, residents, consider that our main problem is…"',
        'For example: "For us, the biggest problem is…"',
      ),
    },
    sharedDiagnosis: {
      label: t(
        'Was the starting assessment made together, not only by professionals?',
        'At the start, did everyone look at the situation together?',
      ),
    },
    proposalsSent: {
      label: t(
        'Has the group already sent proposals or questions to the institution?',
        'Has the group already given its ideas or questions to the people in charge?',
      ),
    },
    proposalFate: {
      label: t('Most of the time, what happens to the group’s proposals?', 'What happens to the group’s ideas?'),
      options: {
        decidedTogether: t('They are worked on and decided with the group', 'We decide with the group.'),
        takenIntoAccount: t('They are taken into account', 'They are taken into account.'),
        listenedOnly: t('They are listened to, with no known follow-up', 'They are listened to, then we don’t know.'),
        ignored: t('They are not looked at', 'Nobody deals with them.'),
      },
    },
    answersGiven: {
      label: t(
        'Does the institution answer the group’s proposals and explain its choices?',
        'Do the people in charge answer the group’s ideas?',
      ),
      options: {
        all: t('Yes, every one', 'Yes, all of them.'),
        some: t('Only some of them', 'A few of them.'),
        none: t('Not yet', 'No, not yet.'),
        dontKnow: t('I don’t know'),
      },
    },
    answerDelay: {
      label: t('Usually, how long does it take to get an answer?', 'How long do you wait for the answer?'),
      options: {
        underMonth: t('Less than a month'),
        underThreeMonths: t('One to three months', '1 to 3 months'),
        longer: t('More than three months', 'More than 3 months'),
        dontKnow: t('I don’t know'),
      },
    },
    actionsReported: {
      label: t(
        'Are you told what was actually done after the group’s proposals?',
        'Are you told what changed thanks to the group?',
      ),
    },
    nothingChanges: {
      label: t(
        'Do you hear participants say "we talk, but nothing changes"?',
        'Do participants say "we talk, but nothing changes"?',
      ),
    },
    partners: {
      label: t('Which partners take part in the approach?', 'Which organisations work with the group?'),
      help: t('Several answers possible.', 'You can choose several answers.'),
      options: {
        socialServices: t('Social services of the council', 'Social services'),
        employment: t('Public employment service', 'Services that help you find a job'),
        associations: t('Associations'),
        insertion: t('Work-integration workshops and sites', 'Workshops that help you get back to work'),
        housing: t('Social landlords and housing actors', 'Housing organisations'),
        health: t('Health actors', 'Health services'),
        none: t('No partner', 'None'),
      },
    },
    partnersConvinced: {
      label: t(
        'Are partners convinced that taking part helps people (self-confidence, plans)?',
        'Do partners think that the group helps people?',
      ),
    },
    whoDoesWhat: {
      label: t(
        'Does the group know which local actors can help it, and who does what?',
        'Does the group know who can help it near home?',
      ),
    },
    transport: {
      label: t('Is the journey to the meeting place taken care of?', 'Can you get to the meetings easily?'),
      options: {
        organised: t('Yes: transport is organised or paid back', 'Yes, the journey is organised or paid.'),
        nearby: t('The place is close and easy to reach', 'Yes, it is very close.'),
        caseByCase: t('Sometimes, case by case', 'Sometimes.'),
        no: t('No', 'No, it is hard.'),
      },
    },
    timing: {
      label: t(
        'Do meeting days and times suit people concerned (children, work, public transport)?',
        'Do the meeting days and times suit you?',
      ),
    },
    welcome: {
      label: t(
        'Do meetings start with a friendly moment (welcome, coffee, round of introductions)?',
        'At the start of meetings, is there time to say hello and have a coffee?',
      ),
    },
    easyDocuments: {
      label: t('Are invitations and documents easy to read and understand?', 'Are letters and papers easy to read?'),
    },
    attestation: {
      label: t(
        'Do participants receive a certificate describing the skills they developed?',
        'Do participants get a paper that says what they learnt?',
      ),
    },
    expertise: {
      label: t(
        'Is the knowledge people draw from their lives recognised as real expertise?',
        'Is what you know from your life taken seriously?',
      ),
    },
    costsCovered: {
      label: t('Are the costs of taking part (travel, childcare) covered?', 'Are the journey and childcare paid for?'),
    },
    evaluatedTogether: {
      label: t(
        'Has the group already taken stock, all together, of what the approach has changed?',
        'Has the group already taken stock, all together?',
      ),
    },
    viewpoints: {
      label: t('Who gave their point of view in that review?', 'Who gave their view in that review?'),
      help: t('Several answers possible.', 'You can choose several answers.'),
      options: {
        concerned: t('People concerned', 'People who live the situation'),
        professionals: t('Professionals'),
        elected: t('Elected officials'),
        partners: t('Partners'),
      },
    },
    changesSeen: {
      label: t(
        'Do you see concrete changes thanks to the approach (for people, practices, services)?',
        'Do you see things that changed thanks to the group?',
      ),
    },
    newMembers: {
      label: t('Does the group welcome new members?', 'Do new people join the group?'),
      options: {
        everyYear: t('Yes, every year, it is planned', 'Yes, every year.'),
        sometimes: t('From time to time'),
        never: t('No, it is always the same people', 'No, never.'),
      },
    },
    mentoring: {
      label: t(
        'Are new members supported by an older member (mentoring, pairs)?',
        'Does an older member help each new one?',
      ),
    },
    afterwards: {
      label: t(
        'Are those who leave the group helped to carry on elsewhere (associations, other bodies)?',
        'When someone leaves the group, do we help them find another activity?',
      ),
    },
    experienceShared: {
      label: t(
        'Has the group made its experience known to others (public feedback, practice sheet, video)?',
        'Has the group told other people about its experience?',
      ),
    },
    oneChange: {
      label: t('In your view, what would improve the approach most?', 'For you, what would make the group better?'),
      help: t('Answer freely. Do not write anyone’s name.', 'Write what you want. Do not write anyone’s name.'),
    },
  },
  recommendations: {
    nothingChanges: {
      title: t('Show what changes, even slowly', 'Tell the group what changes'),
      why: t(
        'Participants feel that "nothing changes". Without visible feedback, trust wears out and the group empties.',
        'Participants think nothing changes. Then they may leave.',
      ),
      vigilance: [
        t(
          'A change announced but invisible to residents does not count: give facts, dates and places.',
          'Give precise examples: what, when, where.',
        ),
      ],
      methods: [
        t(
          'Track every proposal in a table shown at each meeting.',
          'Make a table with each idea and what became of it.',
        ),
        t(
          'Hold a public feedback meeting every year on what was done.',
          'Once a year, hold a big meeting to tell everything.',
        ),
      ],
    },
    noAnswers: {
      title: t('Answer every proposal, within an announced time', 'Answer each idea of the group'),
      why: t('Some proposals get no answer, or the answer comes late.', 'The group is waiting for answers.'),
      vigilance: [
        t(
          'An explained refusal is better than silence: the answer says what is decided and why.',
          'Saying no and explaining is better than saying nothing.',
        ),
      ],
      methods: [
        t('Set a time to answer and have a follow-up committee check it.', 'Give a date for the answer.'),
        t('Send a feedback letter after each meeting.', 'Send a letter after each meeting.'),
      ],
    },
    parityLow: {
      title: t('Rebalance the group towards people concerned', 'Invite more people who live the situation'),
      why: t(
        'People concerned are less than half of the group.',
        'There are not enough people in the group who live the situation.',
      ),
      vigilance: [
        t(
          'Below half, professionals’ voices often take over, even without meaning to.',
          'When they are few, these people speak less.',
        ),
      ],
      methods: [
        t(
          'Go and find people where they live: door to door, drop-in sessions outside the office.',
          'Go and see people at home or in the neighbourhood.',
        ),
        t(
          'Set up a resource group of people concerned, renewed every year.',
          'Create a group of people who live the situation. The group changes every year.',
        ),
      ],
    },
    backingFragile: {
      title: t('Get a clear commitment from elected officials', 'Ask elected officials to support the group'),
      why: t('Political backing looks fragile.', 'Support from elected officials is weak.'),
      vigilance: [
        t(
          'Without an elected official carrying the approach, proposals may go nowhere.',
          'Without elected officials, the group’s ideas may be forgotten.',
        ),
      ],
      methods: [
        t(
          'Invite elected officials to a session where they listen before they speak.',
          'Invite elected officials to a meeting to listen.',
        ),
        t(
          'Set up a follow-up committee with a named elected official.',
          'Create a small group with an elected official to follow the ideas.',
        ),
      ],
    },
    mandateUnclear: {
      title: t('Make the group’s mandate clear', 'Say clearly what the group is for'),
      why: t(
        'The group does not know well what it can act on nor what will become of its proposals.',
        'The group does not know well what it can change.',
      ),
      vigilance: [t('Promising more than can be decided leads to disappointment.', 'Do not promise too much.')],
      methods: [
        t(
          'Write in the charter what is open to discussion and what is not.',
          'Write what the group can change and what it cannot change.',
        ),
      ],
    },
    managersFragile: {
      title: t('Give professionals time and their managers’ backing', 'Help professionals work with the group'),
      why: t('Managerial support looks fragile.', 'Managers do not help professionals enough.'),
      vigilance: [
        t(
          'Changing one’s stance takes time: without recognised time, group work comes after emergencies.',
          'Without planned time, professionals cannot look after the group.',
        ),
      ],
      methods: [
        t(
          'Offer joint training for professionals and people concerned.',
          'Train together: professionals and people who live the situation.',
        ),
        t(
          'Run meetings in pairs: a peer and a professional.',
          'Run meetings as a pair: a resident and a professional.',
        ),
      ],
    },
    noCharter: {
      title: t('Write the group’s rules together'),
      why: t('The group has no charter adopted by all yet.', 'The group has no written rules yet.'),
      vigilance: [
        t(
          'A charter written by the institution alone binds nobody: it is written and adopted together.',
          'The whole group must write the rules.',
        ),
      ],
      methods: [
        t(
          'Draft the charter in a meeting: respect, kindness, confidentiality, shared responsibility.',
          'Write the rules in a meeting: respect, kindness, keeping secrets.',
        ),
      ],
    },
    placeFragile: {
      title: t('Make more room for the voice of people concerned', 'Give residents more room'),
      why: t(
        'The place of people concerned in the group looks fragile.',
        'People who live the situation do not speak enough in the group.',
      ),
      vigilance: [
        t(
          'Speaking as much is not enough: people must also choose topics and find their words in the minutes.',
          'They must also choose the topics.',
        ),
      ],
      methods: [
        t(
          'Use tools that help people speak: photo-language, life stories.',
          'Talk from photos or from your own story.',
        ),
        t('Prepare accessible meetings, with easy-to-read documents.', 'Hold meetings that are easy to understand.'),
      ],
    },
    outreachFragile: {
      title: t('Reach out to those who do not come', 'Go and see people who never come'),
      why: t('The group mostly reaches people who are already there.', 'It is always the same people who come.'),
      vigilance: [
        t(
          'A poster or a letter is not enough: trust starts with meeting someone.',
          'A letter is not enough. People need to meet.',
        ),
      ],
      methods: [
        t(
          'Go and meet residents: door to door, "porteurs de paroles" boards, walking diagnostics.',
          'Go and see residents in the street or at home.',
        ),
      ],
    },
    outreachByMailOnly: {
      title: t('Add face-to-face meetings to letters', 'Do not invite only by letter'),
      why: t(
        'The group invites people by letter or poster, without going to meet them.',
        'The group only invites by letter or poster.',
      ),
      vigilance: [
        t('People furthest from institutions rarely read their letters.', 'Many people do not read these letters.'),
      ],
      methods: [
        t(
          'Set up a "porteurs de paroles" stand or a drop-in session outside the office.',
          'Go into the neighbourhood with a question written on a big board.',
        ),
      ],
    },
    problemNotStated: {
      title: t('State the problem in one sentence, with people concerned', 'Say the problem in one sentence'),
      why: t(
        'People concerned have not yet stated the main problem.',
        'People who live the situation have not yet said the main problem.',
      ),
      vigilance: [
        t(
          'A problem framed by professionals alone often leads to solutions that miss the need.',
          'If only professionals say the problem, the solutions can be wrong.',
        ),
      ],
      methods: [
        t(
          'Build a problem tree, then write the statement: "We, residents, consider that our main problem is…"',
          'Draw the problem like a tree, with its causes and effects. Then write it in one sentence.',
        ),
      ],
    },
    coConstructionFragile: {
      title: t('Build proposals together', 'Look for solutions together'),
      why: t('Co-construction looks fragile.', 'The group does not build enough together.'),
      vigilance: [
        t(
          'Consulting is not co-constructing: people concerned also take part in choosing solutions.',
          'Asking for views is not enough. We must choose together.',
        ),
      ],
      methods: [
        t(
          'Run a world café or a forum theatre to bring out proposals.',
          'Talk in small groups around tables. Or act out scenes to find ideas.',
        ),
        t(
          'For a family situation, offer a family group conference.',
          'For a family: hold a meeting with relatives to find solutions.',
        ),
      ],
    },
    proposalsShelved: {
      title: t('Give proposals a visible follow-up', 'Make the group’s ideas really count'),
      why: t(
        'The group’s proposals are listened to with no known follow-up, or not looked at.',
        'The group’s ideas are not followed up.',
      ),
      vigilance: [
        t(
          'Being listened to with no follow-up disappoints more than not being asked.',
          'Listening without acting is very disappointing.',
        ),
      ],
      methods: [
        t(
          'Present the proposals to elected officials in a meeting, then track each one in a table.',
          'Present the ideas to elected officials. Follow each idea in a table.',
        ),
      ],
    },
    feedbackFragile: {
      title: t('Close the loop: say what was done', 'Say what was done'),
      why: t('Feedback to the group looks fragile.', 'The group does not know enough about what was done.'),
      vigilance: [
        t(
          'Feedback is owed to everyone, including people who no longer come.',
          'Also tell the people who no longer come.',
        ),
      ],
      methods: [
        t(
          'Review "what has changed" at each monthly meeting, and hold a public feedback meeting every year.',
          'At each meeting, say what has changed.',
        ),
      ],
    },
    partnershipFragile: {
      title: t('Involve local actors', 'Work with other organisations'),
      why: t('Partnership looks fragile.', 'The group works little with other organisations.'),
      vigilance: [
        t(
          'Partners who are not convinced send few people to the group.',
          'If partners do not believe in the group, they do not talk about it.',
        ),
      ],
      methods: [
        t('Map the actors: who does what, who can help.', 'Make a map: who does what near us.'),
        t('Share inspiring practice sheets with partners.', 'Show partners what other groups have achieved.'),
      ],
    },
    transportMissing: {
      title: t('Organise or pay back transport', 'Help people come'),
      why: t('The journey to meetings is not always taken care of.', 'Coming to meetings is hard for some people.'),
      vigilance: [
        t(
          'In rural areas above all, without planned transport, only people with a car come.',
          'In the countryside, without a car, you cannot come.',
        ),
      ],
      methods: [
        t(
          'Pay back journeys simply and quickly, or organise car sharing.',
          'Pay the journey quickly. Or pick people up by car.',
        ),
      ],
    },
    timingOrWelcome: {
      title: t('Adapt meeting times and take care of the welcome', 'Choose good times and welcome people well'),
      why: t('Meeting times or the welcome do not suit everyone.', 'The times or the welcome do not suit everyone.'),
      vigilance: [
        t(
          'A time that suits the institution can keep parents or working people away.',
          'Some times stop parents from coming.',
        ),
      ],
      methods: [
        t(
          'Agree together on a regular monthly meeting that starts with a friendly moment.',
          'Meet every month, on the same day. Start with a coffee.',
        ),
      ],
    },
    documentsHard: {
      title: t('Make documents easy to read', 'Write papers that are easy to read'),
      why: t('Invitations and documents are hard to read for some people.', 'The papers are hard to read.'),
      vigilance: [
        t(
          'A hard document excludes quietly: people do not always say they did not understand.',
          'Some people do not dare say they did not understand.',
        ),
      ],
      methods: [
        t(
          'Write invitations and minutes in easy-to-read language, and check them with group members.',
          'Read the papers again with group members.',
        ),
      ],
    },
    noAttestation: {
      title: t('Give a certificate of participation', 'Give a paper that says what the person did'),
      why: t('Participants do not receive a certificate.', 'Participants get no paper for taking part.'),
      vigilance: [
        t(
          'The certificate describes the skills developed, not just attendance.',
          'The paper must say what the person learnt.',
        ),
      ],
      methods: [
        t(
          'Write with each participant a certificate listing the skills they developed.',
          'Write the paper with the person.',
        ),
      ],
    },
    recognitionFragile: {
      title: t('Recognise participants’ commitment', 'Recognise what participants do'),
      why: t('Recognition of participants looks fragile.', 'What participants do is not recognised enough.'),
      vigilance: [
        t(
          'Taking part has a cost (time, travel, childcare): not covering it keeps participation for a few.',
          'Coming costs time and money. People need help.',
        ),
      ],
      methods: [
        t('Cover costs, give certificates and offer joint training.', 'Pay the costs. Give a paper. Offer training.'),
      ],
    },
    notEvaluated: {
      title: t('Take stock together', 'Take stock all together'),
      why: t(
        'The group has not yet taken stock together of what the approach changes.',
        'The group has not taken stock yet.',
      ),
      vigilance: [
        t(
          'A review made by the institution alone does not say what participants experience.',
          'The review must not be made only by the people in charge.',
        ),
      ],
      methods: [
        t(
          'Hold a cross-evaluation: everyone says what has changed from their point of view.',
          'Everyone says what has changed for them.',
        ),
        t('Take this questionnaire again in a year and compare.', 'Do this questionnaire again in a year.'),
      ],
    },
    evaluationWithoutConcerned: {
      title: t('Involve people concerned in the review', 'Take stock with residents too'),
      why: t(
        'The review was made without the point of view of people concerned.',
        'People who live the situation did not give their view in the review.',
      ),
      vigilance: [t('Changes people live through do not show in figures.', 'Figures do not tell everything.')],
      methods: [
        t(
          'Collect life stories or make a participatory video for the review.',
          'Tell your story. Or make a film together.',
        ),
      ],
    },
    noRenewal: {
      title: t('Renew the group every year', 'Welcome new people every year'),
      why: t('The group does not welcome new members.', 'It is always the same people in the group.'),
      vigilance: [
        t(
          'A group that never renews wears out, and ends up speaking for others.',
          'A group that never changes gets tired.',
        ),
      ],
      methods: [
        t(
          'Plan new members every year, each mentored by an older member.',
          'Every year, let new people in. An older member helps each new one.',
        ),
      ],
    },
    noMentoring: {
      title: t('Support new members', 'Help new members'),
      why: t('New members are not supported.', 'Nobody helps new members.'),
      vigilance: [
        t(
          'Without a welcome, a new member may not come back after the first meeting.',
          'A new member who is badly welcomed does not come back.',
        ),
      ],
      methods: [
        t('Give each newcomer a mentor among the older members.', 'Each new member has an older member to help.'),
      ],
    },
    experienceNotShared: {
      title: t('Make the group’s experience known', 'Tell what the group has done'),
      why: t(
        'The group is moving forward but has not shared its experience yet.',
        'The group has not told its story yet.',
      ),
      vigilance: [
        t(
          'Telling the story also recognises the group’s work and inspires other places.',
          'Telling the story helps other groups.',
        ),
      ],
      methods: [
        t(
          'Write an inspiring practice sheet or make a short video with the group.',
          'Write a sheet or make a short film.',
        ),
      ],
    },
    goFurther: {
      title: t('Go further: share the power to decide', 'Go further: decide together'),
      why: t('The place of people concerned, co-construction and feedback are solid.', 'The group works well.'),
      vigilance: [t('Keeping these gains means renewing the group again and again.', 'Keep welcoming new people.')],
      methods: [
        t(
          'Try a participatory budget, a citizens’ jury or an exploratory walk.',
          'Try deciding together how to spend a sum of money.',
        ),
      ],
    },
  },
};
