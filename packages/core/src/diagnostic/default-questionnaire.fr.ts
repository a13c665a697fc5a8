// Texts of the default questionnaire in French: `standard` for everyone, `falc` in easy
// to read and understand language (facile à lire et à comprendre): short sentences, one
// idea each, everyday words. Keys are the ids of `default-questionnaire.questions.ts` and
// `default-questionnaire.rules.ts`; the English pack has exactly the same keys.

const t = (standard: string, falc: string = standard) => ({ standard, falc });

export const defaultQuestionnaireTextsFr = {
  title: t('Où en est notre démarche participative ?', 'Notre groupe : où en sommes-nous ?'),
  intro: t(
    'Ce questionnaire aide votre groupe à voir où il en est : ce qui marche, ce qui reste fragile et par quoi commencer. Habitants, professionnels, élus et partenaires répondent chacun de leur côté, puis les réponses sont comparées. Il n’y a pas de bonne ou de mauvaise réponse. Comptez environ 15 minutes.',
    'Ce questionnaire parle de votre groupe. Il aide à voir ce qui marche. Il aide à voir ce qui est difficile. Chaque personne répond seule. Il n’y a pas de bonne réponse. Vous pouvez répondre « Je ne sais pas ». Cela prend environ 15 minutes.',
  ),
  answerLabels: { yes: t('Oui'), no: t('Non'), unsure: t('Je ne sais pas') },
  levels: {
    fragile: {
      label: t('Fragile'),
      description: t('Ce point demande une attention rapide.', 'Il faut s’en occuper vite.'),
    },
    building: {
      label: t('En construction'),
      description: t('Des bases existent ; elles restent à consolider.', 'C’est commencé. Il faut continuer.'),
    },
    solid: { label: t('Solide'), description: t('C’est un point d’appui pour le groupe.', 'Cela marche bien.') },
  },
  scales: {
    agreement: [t('Non, pas du tout'), t('Plutôt non'), t('Plutôt oui'), t('Oui, tout à fait')],
    frequency: [t('Jamais'), t('Rarement'), t('Souvent'), t('Toujours')],
  },
  dimensions: {
    politicalBacking: {
      label: t('Le portage politique', 'Le soutien des élus'),
      description: t(
        'Les élus soutiennent la démarche, viennent écouter le groupe et disent ce qu’ils feront de ses propositions.',
        'Les élus soutiennent le groupe. Ils viennent l’écouter.',
      ),
    },
    managerialSupport: {
      label: t('Le soutien de l’encadrement', 'L’aide des chefs de service'),
      description: t(
        'Les professionnels ont du temps, une formation et l’appui de leur hiérarchie pour travailler avec le groupe.',
        'Les professionnels ont du temps pour le groupe. Leurs chefs sont d’accord.',
      ),
    },
    placeOfConcerned: {
      label: t('La place des personnes concernées', 'La place des personnes qui vivent la situation'),
      description: t(
        'Les personnes concernées sont au moins la moitié du groupe, prennent la parole et choisissent les sujets.',
        'Les personnes qui vivent la situation sont nombreuses dans le groupe. Elles parlent. Elles choisissent les sujets.',
      ),
    },
    goingTowards: {
      label: t('L’aller-vers', 'Aller voir les gens'),
      description: t(
        'Le groupe va à la rencontre de celles et ceux qui ne viennent pas d’eux-mêmes, là où ils vivent.',
        'Le groupe va voir les personnes qui ne viennent jamais. Il va là où elles vivent.',
      ),
    },
    coConstruction: {
      label: t('La co-construction', 'Construire ensemble'),
      description: t(
        'Le problème et les propositions sont travaillés ensemble, avec les mots des personnes concernées.',
        'Le groupe cherche le problème ensemble. Il cherche les solutions ensemble.',
      ),
    },
    feedbackLoop: {
      label: t('Les réponses et le retour', 'Les réponses au groupe'),
      description: t(
        'L’institution répond à chaque proposition, explique ses choix et dit ce qui a été fait, pour que personne n’ait le sentiment que « rien ne change ».',
        'Les responsables répondent au groupe. Ils expliquent leurs choix. Ils disent ce qui a changé.',
      ),
    },
    partnership: {
      label: t('Le partenariat', 'Les partenaires'),
      description: t(
        'Les acteurs du territoire (services sociaux, emploi, associations, logement, santé) sont associés et convaincus de l’intérêt de la démarche.',
        'D’autres organismes aident le groupe. Par exemple des associations ou des services sociaux.',
      ),
    },
    materialConditions: {
      label: t('Les conditions pour participer', 'Pouvoir venir aux réunions'),
      description: t(
        'Transport, horaires, accueil et documents permettent à chacun de venir et de suivre.',
        'Chacun peut venir aux réunions. Les heures vont bien. On est bien accueilli. Les papiers sont faciles à lire.',
      ),
    },
    recognition: {
      label: t('La reconnaissance des participants', 'Reconnaître ce que font les participants'),
      description: t(
        'L’engagement et le savoir d’expérience des participants sont reconnus : attestation, frais pris en charge, parole prise au sérieux.',
        'On reconnaît ce que savent les participants. On paie leurs frais. On leur donne un papier qui dit ce qu’ils ont fait.',
      ),
    },
    evaluation: {
      label: t('L’évaluation partagée', 'Faire le bilan ensemble'),
      description: t(
        'Le groupe fait le point ensemble, de plusieurs points de vue, sur ce que la démarche change.',
        'Le groupe regarde ensemble ce qui a changé. Chacun donne son avis.',
      ),
    },
    renewal: {
      label: t('Le renouvellement', 'Accueillir de nouvelles personnes'),
      description: t(
        'Le groupe accueille de nouveaux membres, accompagne les arrivants et aide celles et ceux qui partent à continuer ailleurs.',
        'De nouvelles personnes entrent dans le groupe. On les aide. On aide aussi celles qui partent.',
      ),
    },
  },
  sections: {
    backing: { title: t('Le soutien des élus et de l’encadrement', 'Les élus et les chefs de service') },
    place: { title: t('La place de chacun dans le groupe', 'Qui est dans le groupe ?') },
    outreach: { title: t('Aller vers les personnes', 'Aller voir les gens') },
    coConstruction: { title: t('Construire ensemble') },
    feedback: { title: t('Les réponses de l’institution', 'Les réponses au groupe') },
    partnership: { title: t('Les partenaires') },
    conditions: { title: t('Les conditions pour venir', 'Pouvoir venir') },
    recognition: { title: t('La reconnaissance', 'Reconnaître ce que font les participants') },
    evaluation: { title: t('Faire le point ensemble', 'Faire le bilan') },
    renewal: { title: t('Faire vivre le groupe dans la durée', 'Le groupe dans le temps') },
    openWord: { title: t('Le mot de la fin', 'Votre idée') },
  },
  questions: {
    electedSupport: {
      label: t(
        'Les élus soutiennent-ils clairement la démarche, y compris en public ?',
        'Les élus disent-ils en public qu’ils soutiennent le groupe ?',
      ),
    },
    electedListen: {
      label: t(
        'Des élus viennent-ils écouter le groupe et échanger avec lui ?',
        'Des élus viennent-ils aux réunions pour écouter le groupe ?',
      ),
    },
    mandateClear: {
      label: t(
        'Le groupe sait-il sur quoi il est consulté et ce que l’institution fera de ses propositions ?',
        'Le groupe sait-il sur quels sujets il peut donner son avis ? Sait-il ce que l’on fera de ses idées ?',
      ),
    },
    managerTime: {
      label: t(
        'Les professionnels ont-ils du temps reconnu par leur hiérarchie pour la démarche ?',
        'Les chefs donnent-ils du temps aux professionnels pour le groupe ?',
      ),
    },
    collectiveValued: {
      label: t(
        'L’encadrement considère-t-il le travail en groupe comme une vraie façon d’accompagner les personnes ?',
        'Pour les chefs, le travail en groupe aide-t-il vraiment les personnes ?',
      ),
    },
    staffTrained: {
      label: t(
        'Les professionnels ont-ils été formés à l’animation de groupe ou au pouvoir d’agir des personnes ?',
        'Les professionnels ont-ils appris à animer un groupe ?',
      ),
    },
    parity: {
      label: t(
        'Dans le groupe, quelle part des membres sont des personnes concernées ?',
        'Dans le groupe, combien de personnes vivent la situation dont on parle ?',
      ),
      help: t(
        'Les personnes concernées vivent la situation dont parle le groupe. Le repère : au moins la moitié du groupe.',
        'Il faut au moins la moitié du groupe.',
      ),
      options: {
        moreThanHalf: t('Plus de la moitié'),
        half: t('À peu près la moitié'),
        lessThanHalf: t('Moins de la moitié'),
        veryFew: t('Très peu, ou aucune', 'Très peu, ou personne'),
        dontKnow: t('Je ne sais pas'),
      },
    },
    charterAdopted: {
      label: t(
        'Le groupe a-t-il écrit et adopté ensemble ses règles de vie (une charte) ?',
        'Le groupe a-t-il écrit ensemble ses règles ?',
      ),
      help: t(
        'Par exemple : respect, bienveillance, confidentialité, responsabilité partagée.',
        'Par exemple : on se respecte. On garde pour nous ce qui est dit.',
      ),
    },
    speakAsMuch: {
      label: t(
        'Les personnes concernées prennent-elles la parole autant que les professionnels et les élus ?',
        'Les personnes qui vivent la situation parlent-elles autant que les professionnels ?',
      ),
    },
    ownWords: {
      label: t(
        'Les comptes rendus reprennent-ils les idées des personnes concernées avec leurs propres mots ?',
        'Après la réunion, on écrit ce qui a été dit. Vos mots sont-ils dans ce texte ?',
      ),
    },
    chooseTopics: {
      label: t(
        'Les personnes concernées choisissent-elles aussi les sujets dont parle le groupe ?',
        'Les personnes qui vivent la situation choisissent-elles aussi les sujets des réunions ?',
      ),
    },
    outreachMeans: {
      label: t(
        'Comment le groupe va-t-il chercher les personnes qui ne viennent pas d’elles-mêmes ?',
        'Comment le groupe invite-t-il les personnes qui ne viennent jamais ?',
      ),
      help: t('Plusieurs réponses possibles.', 'Vous pouvez choisir plusieurs réponses.'),
      options: {
        doorToDoor: t('En frappant aux portes (porte-à-porte)', 'On frappe aux portes.'),
        publicPlaces: t(
          'En allant sur les lieux de vie : marché, sortie d’école, pied d’immeuble',
          'On va au marché, devant l’école, en bas des immeubles.',
        ),
        peers: t('Les membres invitent eux-mêmes voisins et proches', 'Les membres invitent leurs voisins.'),
        partnersRelay: t('Par les associations et les structures d’insertion', 'Des associations parlent du groupe.'),
        mailOnly: t('Par courrier ou par affiche', 'On envoie une lettre ou on met une affiche.'),
        none: t('Aucun de ces moyens', 'Rien de tout cela.'),
      },
    },
    newFaces: {
      label: t(
        'De nouvelles personnes, qui ne participaient jamais, rejoignent-elles les rencontres ?',
        'Des personnes nouvelles viennent-elles aux réunions ?',
      ),
    },
    diversity: {
      label: t(
        'Le groupe reflète-t-il la diversité des personnes concernées (âge, lieu de vie, situation) ?',
        'Dans le groupe, y a-t-il des jeunes et des plus âgés ? Des gens de la ville et de la campagne ?',
      ),
    },
    problemStated: {
      label: t(
        'Les personnes concernées ont-elles dit, avec leurs mots et en une phrase, le principal problème à traiter ?',
        'Les personnes qui vivent la situation ont-elles dit en une phrase le problème le plus important ?',
      ),
      help: t(
        'Par exemple : « Nous, habitants, considérons que notre problème principal est… »',
        'Par exemple : « Pour nous, le plus gros problème, c’est… »',
      ),
    },
    sharedDiagnosis: {
      label: t(
        'Le constat de départ a-t-il été fait ensemble, et pas seulement par les professionnels ?',
        'Au début, a-t-on regardé la situation tous ensemble ?',
      ),
    },
    proposalsSent: {
      label: t(
        'Le groupe a-t-il déjà transmis des propositions ou des questions à l’institution ?',
        'Le groupe a-t-il déjà donné ses idées ou ses questions aux responsables ?',
      ),
    },
    proposalFate: {
      label: t('Le plus souvent, que deviennent les propositions du groupe ?', 'Que deviennent les idées du groupe ?'),
      options: {
        decidedTogether: t('Elles sont travaillées et décidées avec le groupe', 'On décide avec le groupe.'),
        takenIntoAccount: t('Elles sont prises en compte', 'On en tient compte.'),
        listenedOnly: t('Elles sont écoutées, sans suite connue', 'On les écoute, puis on ne sait pas.'),
        ignored: t('Elles ne sont pas étudiées', 'Personne ne s’en occupe.'),
      },
    },
    answersGiven: {
      label: t(
        'L’institution répond-elle aux propositions du groupe, en expliquant ses choix ?',
        'Les responsables répondent-ils aux idées du groupe ?',
      ),
      options: {
        all: t('Oui, à chacune', 'Oui, à toutes.'),
        some: t('À certaines seulement', 'À quelques-unes.'),
        none: t('Pas encore', 'Non, pas encore.'),
        dontKnow: t('Je ne sais pas'),
      },
    },
    answerDelay: {
      label: t(
        'En général, combien de temps faut-il pour recevoir une réponse ?',
        'Combien de temps faut-il attendre la réponse ?',
      ),
      options: {
        underMonth: t('Moins d’un mois'),
        underThreeMonths: t('Entre un et trois mois', 'De 1 à 3 mois'),
        longer: t('Plus de trois mois', 'Plus de 3 mois'),
        dontKnow: t('Je ne sais pas'),
      },
    },
    actionsReported: {
      label: t(
        'Vous dit-on ce qui a été fait concrètement après les propositions du groupe ?',
        'Vous dit-on ce qui a changé grâce au groupe ?',
      ),
    },
    nothingChanges: {
      label: t(
        'Entendez-vous dire, parmi les participants : « on parle, mais rien ne change » ?',
        'Des participants disent-ils : « on parle, mais rien ne change » ?',
      ),
    },
    partners: {
      label: t('Quels partenaires participent à la démarche ?', 'Quels organismes travaillent avec le groupe ?'),
      help: t('Plusieurs réponses possibles.', 'Vous pouvez choisir plusieurs réponses.'),
      options: {
        socialServices: t('Services sociaux du Département ou de la commune', 'Les services sociaux'),
        employment: t('Service public de l’emploi', 'Les services pour trouver un emploi'),
        associations: t('Associations', 'Des associations'),
        insertion: t('Ateliers et chantiers d’insertion', 'Des ateliers pour retrouver un travail'),
        housing: t('Bailleurs et acteurs du logement', 'Les organismes de logement'),
        health: t('Acteurs de la santé', 'Les services de santé'),
        none: t('Aucun partenaire', 'Aucun'),
      },
    },
    partnersConvinced: {
      label: t(
        'Les partenaires sont-ils convaincus que participer aide les personnes (confiance en soi, projets) ?',
        'Les partenaires pensent-ils que le groupe aide les personnes ?',
      ),
    },
    whoDoesWhat: {
      label: t(
        'Le groupe sait-il quels acteurs du territoire peuvent l’aider, et qui fait quoi ?',
        'Le groupe sait-il qui peut l’aider près de chez lui ?',
      ),
    },
    transport: {
      label: t(
        'Le trajet jusqu’au lieu de réunion est-il pris en compte ?',
        'Pouvez-vous venir facilement aux réunions ?',
      ),
      options: {
        organised: t('Oui : un transport est organisé ou remboursé', 'Oui, le trajet est organisé ou payé.'),
        nearby: t('Le lieu est proche et facile d’accès', 'Oui, c’est tout près.'),
        caseByCase: t('Parfois, au cas par cas', 'Parfois.'),
        no: t('Non', 'Non, c’est difficile.'),
      },
    },
    timing: {
      label: t(
        'Les jours et horaires des réunions conviennent-ils aux personnes concernées (enfants, travail, transports) ?',
        'Les jours et les heures des réunions vous vont-ils ?',
      ),
    },
    welcome: {
      label: t(
        'Les réunions commencent-elles par un moment convivial (accueil, café, tour de table) ?',
        'Au début des réunions, y a-t-il un moment pour se dire bonjour et boire un café ?',
      ),
    },
    easyDocuments: {
      label: t(
        'Les invitations et documents sont-ils faciles à lire et à comprendre ?',
        'Les lettres et les papiers sont-ils faciles à lire ?',
      ),
    },
    attestation: {
      label: t(
        'Les participants reçoivent-ils une attestation qui décrit les compétences développées ?',
        'Les participants reçoivent-ils un papier qui dit ce qu’ils ont appris ?',
      ),
    },
    expertise: {
      label: t(
        'Le savoir que les personnes tirent de leur vécu est-il reconnu comme une vraie expertise ?',
        'Ce que vous savez grâce à votre vie est-il pris au sérieux ?',
      ),
    },
    costsCovered: {
      label: t(
        'Les frais de participation (déplacement, garde d’enfants) sont-ils pris en charge ?',
        'Le trajet et la garde des enfants sont-ils payés ?',
      ),
    },
    evaluatedTogether: {
      label: t(
        'Le groupe a-t-il déjà fait le point, tous ensemble, sur ce que la démarche a changé ?',
        'Le groupe a-t-il déjà fait un bilan, tous ensemble ?',
      ),
    },
    viewpoints: {
      label: t('Qui a donné son point de vue lors de ce bilan ?', 'Qui a donné son avis pendant ce bilan ?'),
      help: t('Plusieurs réponses possibles.', 'Vous pouvez choisir plusieurs réponses.'),
      options: {
        concerned: t('Les personnes concernées', 'Les personnes qui vivent la situation'),
        professionals: t('Les professionnels'),
        elected: t('Les élus'),
        partners: t('Les partenaires'),
      },
    },
    changesSeen: {
      label: t(
        'Voyez-vous des changements concrets grâce à la démarche (pour les personnes, les pratiques, les services) ?',
        'Voyez-vous des choses qui ont changé grâce au groupe ?',
      ),
    },
    newMembers: {
      label: t(
        'Le groupe accueille-t-il de nouveaux membres ?',
        'De nouvelles personnes entrent-elles dans le groupe ?',
      ),
      options: {
        everyYear: t('Oui, chaque année, c’est prévu', 'Oui, chaque année.'),
        sometimes: t('De temps en temps'),
        never: t('Non, ce sont toujours les mêmes', 'Non, jamais.'),
      },
    },
    mentoring: {
      label: t(
        'Les nouveaux membres sont-ils accompagnés par un ancien (parrainage, binôme) ?',
        'Un ancien du groupe aide-t-il chaque nouveau ?',
      ),
    },
    afterwards: {
      label: t(
        'Celles et ceux qui quittent le groupe sont-ils aidés à continuer ailleurs (associations, autres instances) ?',
        'Quand une personne quitte le groupe, l’aide-t-on à trouver une autre activité ?',
      ),
    },
    experienceShared: {
      label: t(
        'Le groupe a-t-il fait connaître son expérience à d’autres (restitution, fiche, vidéo) ?',
        'Le groupe a-t-il raconté son expérience à d’autres personnes ?',
      ),
    },
    oneChange: {
      label: t(
        'Selon vous, qu’est-ce qui améliorerait le plus la démarche ?',
        'Pour vous, qu’est-ce qui rendrait le groupe meilleur ?',
      ),
      help: t(
        'Répondez librement. N’écrivez pas le nom d’une personne.',
        'Écrivez ce que vous voulez. N’écrivez pas le nom d’une personne.',
      ),
    },
  },
  recommendations: {
    nothingChanges: {
      title: t('Montrer ce qui change, même lentement', 'Dire au groupe ce qui change'),
      why: t(
        'Des participants ont le sentiment que « rien ne change ». Sans retour visible, la confiance s’use et le groupe se vide.',
        'Des participants pensent que rien ne change. Alors ils risquent de partir.',
      ),
      vigilance: [
        t(
          'Un changement annoncé mais invisible pour les habitants ne compte pas : donnez des faits, des dates, des lieux.',
          'Il faut donner des exemples précis : quoi, quand, où.',
        ),
      ],
      methods: [
        t(
          'Suivre chaque proposition dans un tableau présenté à chaque réunion.',
          'Faire un tableau avec chaque idée et ce qu’elle est devenue.',
        ),
        t(
          'Organiser chaque année une restitution publique de ce qui a été fait.',
          'Une fois par an, faire une grande réunion pour tout raconter.',
        ),
      ],
    },
    noAnswers: {
      title: t('Répondre à chaque proposition, dans un délai annoncé', 'Répondre à chaque idée du groupe'),
      why: t('Des propositions restent sans réponse, ou la réponse arrive tard.', 'Le groupe attend des réponses.'),
      vigilance: [
        t(
          'Un refus expliqué vaut mieux qu’un silence : la réponse dit ce qui est décidé et pourquoi.',
          'Dire non en expliquant, c’est mieux que ne rien dire.',
        ),
      ],
      methods: [
        t('Fixer un délai de réponse et le faire suivre par un comité de suivi.', 'Donner une date pour la réponse.'),
        t('Envoyer une lettre de retour après chaque réunion.', 'Envoyer une lettre après chaque réunion.'),
      ],
    },
    parityLow: {
      title: t(
        'Rééquilibrer le groupe en faveur des personnes concernées',
        'Inviter plus de personnes qui vivent la situation',
      ),
      why: t(
        'Les personnes concernées sont moins de la moitié du groupe.',
        'Dans le groupe, il n’y a pas assez de personnes qui vivent la situation.',
      ),
      vigilance: [
        t(
          'En dessous de la moitié, la parole des professionnels prend souvent le dessus, même sans le vouloir.',
          'Quand elles sont peu nombreuses, ces personnes parlent moins.',
        ),
      ],
      methods: [
        t(
          'Aller chercher les personnes là où elles vivent : porte-à-porte, permanences hors les murs.',
          'Aller voir les gens chez eux ou dans le quartier.',
        ),
        t(
          'Constituer un groupe ressource de personnes concernées, renouvelé chaque année.',
          'Créer un groupe de personnes qui vivent la situation. Le groupe change chaque année.',
        ),
      ],
    },
    backingFragile: {
      title: t('Obtenir un engagement clair des élus', 'Demander aux élus de soutenir le groupe'),
      why: t('Le portage politique paraît fragile.', 'Le soutien des élus est faible.'),
      vigilance: [
        t(
          'Sans élu qui porte la démarche, les propositions risquent de rester sans suite.',
          'Sans les élus, les idées du groupe risquent d’être oubliées.',
        ),
      ],
      methods: [
        t(
          'Inviter des élus à une séance où ils écoutent avant de parler.',
          'Inviter les élus à une réunion pour écouter.',
        ),
        t('Créer un comité de suivi avec un élu référent.', 'Créer un petit groupe avec un élu pour suivre les idées.'),
      ],
    },
    mandateUnclear: {
      title: t('Clarifier le mandat du groupe', 'Dire clairement à quoi sert le groupe'),
      why: t(
        'Le groupe ne sait pas bien sur quoi il peut agir ni ce que deviendront ses propositions.',
        'Le groupe ne sait pas bien ce qu’il peut changer.',
      ),
      vigilance: [
        t('Promettre plus que ce qui peut être décidé crée de la déception.', 'Il ne faut pas trop promettre.'),
      ],
      methods: [
        t(
          'Écrire dans la charte ce qui est ouvert à la discussion et ce qui ne l’est pas.',
          'Écrire ce que le groupe peut changer et ce qu’il ne peut pas changer.',
        ),
      ],
    },
    managersFragile: {
      title: t(
        'Donner aux professionnels du temps et l’appui de l’encadrement',
        'Aider les professionnels à travailler avec le groupe',
      ),
      why: t('Le soutien de l’encadrement paraît fragile.', 'Les chefs n’aident pas assez les professionnels.'),
      vigilance: [
        t(
          'Changer de posture prend du temps : sans temps reconnu, l’action collective passe après l’urgence.',
          'Sans temps prévu, les professionnels ne peuvent pas s’occuper du groupe.',
        ),
      ],
      methods: [
        t(
          'Proposer une formation croisée entre professionnels et personnes concernées.',
          'Se former ensemble : professionnels et personnes qui vivent la situation.',
        ),
        t('Animer en binôme : un pair et un professionnel.', 'Animer à deux : un habitant et un professionnel.'),
      ],
    },
    noCharter: {
      title: t('Écrire ensemble les règles du groupe'),
      why: t('Le groupe n’a pas encore de charte adoptée par tous.', 'Le groupe n’a pas encore de règles écrites.'),
      vigilance: [
        t(
          'Une charte écrite par l’institution seule n’engage personne : elle s’écrit et s’adopte ensemble.',
          'Les règles doivent être écrites par tout le groupe.',
        ),
      ],
      methods: [
        t(
          'Rédiger la charte en séance : respect, bienveillance, confidentialité, responsabilité partagée.',
          'Écrire les règles en réunion : respect, gentillesse, secret.',
        ),
      ],
    },
    placeFragile: {
      title: t('Faire plus de place à la parole des personnes concernées', 'Laisser plus de place aux habitants'),
      why: t(
        'La place des personnes concernées dans le groupe paraît fragile.',
        'Les personnes qui vivent la situation ne parlent pas assez dans le groupe.',
      ),
      vigilance: [
        t(
          'Parler autant ne suffit pas : il faut aussi choisir les sujets et retrouver ses mots dans les écrits.',
          'Elles doivent aussi choisir les sujets.',
        ),
      ],
      methods: [
        t(
          'Utiliser des supports qui facilitent la parole : photo-langage, récit de vie.',
          'Parler à partir de photos ou de son histoire.',
        ),
        t(
          'Préparer des réunions accessibles, avec des documents en FALC (facile à lire et à comprendre).',
          'Faire des réunions faciles à comprendre.',
        ),
      ],
    },
    outreachFragile: {
      title: t('Aller vers celles et ceux qui ne viennent pas', 'Aller voir les personnes qui ne viennent jamais'),
      why: t(
        'Le groupe touche surtout des personnes déjà présentes.',
        'Ce sont toujours les mêmes personnes qui viennent.',
      ),
      vigilance: [
        t(
          'Une affiche ou un courrier ne suffit pas : la confiance naît d’une rencontre.',
          'Une lettre ne suffit pas. Il faut se rencontrer.',
        ),
      ],
      methods: [
        t(
          'Aller à la rencontre des habitants : porte-à-porte, porteurs de paroles, diagnostic en marchant.',
          'Aller voir les habitants dans la rue ou chez eux.',
        ),
      ],
    },
    outreachByMailOnly: {
      title: t('Compléter le courrier par des rencontres', 'Ne pas inviter seulement par lettre'),
      why: t(
        'Le groupe invite par courrier ou par affiche, sans aller à la rencontre des personnes.',
        'Le groupe invite seulement par lettre ou par affiche.',
      ),
      vigilance: [
        t(
          'Les personnes les plus éloignées lisent rarement les courriers des institutions.',
          'Beaucoup de personnes ne lisent pas ces lettres.',
        ),
      ],
      methods: [
        t(
          'Tenir un stand « porteurs de paroles » ou une permanence hors les murs.',
          'Aller dans le quartier avec une question écrite sur un grand panneau.',
        ),
      ],
    },
    problemNotStated: {
      title: t('Formuler le problème en une phrase, avec les personnes concernées', 'Dire le problème en une phrase'),
      why: t(
        'Le problème principal n’a pas encore été dit par les personnes concernées.',
        'Les personnes qui vivent la situation n’ont pas encore dit le problème principal.',
      ),
      vigilance: [
        t(
          'Un problème posé par les seuls professionnels mène souvent à des solutions à côté du besoin.',
          'Si seuls les professionnels disent le problème, les solutions peuvent être mauvaises.',
        ),
      ],
      methods: [
        t(
          'Construire un arbre à problèmes, puis écrire l’énoncé : « Nous, habitants, considérons que notre problème principal est… »',
          'Dessiner le problème comme un arbre, avec ses causes et ses effets. Puis l’écrire en une phrase.',
        ),
      ],
    },
    coConstructionFragile: {
      title: t('Construire les propositions ensemble', 'Chercher les solutions ensemble'),
      why: t('La co-construction paraît fragile.', 'Le groupe ne construit pas assez ensemble.'),
      vigilance: [
        t(
          'Consulter n’est pas co-construire : les personnes concernées participent aussi au choix des solutions.',
          'Demander l’avis ne suffit pas. Il faut choisir ensemble.',
        ),
      ],
      methods: [
        t(
          'Animer un world café ou un théâtre-forum pour faire naître des propositions.',
          'Discuter en petits groupes autour de tables. Ou jouer des scènes pour trouver des idées.',
        ),
        t(
          'Pour une situation familiale, proposer une conférence familiale.',
          'Pour une famille : faire une réunion avec ses proches pour trouver des solutions.',
        ),
      ],
    },
    proposalsShelved: {
      title: t('Donner une suite visible aux propositions', 'Que les idées du groupe servent vraiment'),
      why: t(
        'Les propositions du groupe sont écoutées sans suite connue, ou ne sont pas étudiées.',
        'Les idées du groupe ne sont pas suivies.',
      ),
      vigilance: [
        t('Être écouté sans suite déçoit plus que ne pas être consulté.', 'Écouter sans agir, cela déçoit beaucoup.'),
      ],
      methods: [
        t(
          'Présenter les propositions aux élus en séance, puis suivre chacune dans un tableau.',
          'Présenter les idées aux élus. Suivre chaque idée dans un tableau.',
        ),
      ],
    },
    feedbackFragile: {
      title: t('Boucler la boucle : dire ce qui a été fait', 'Dire ce qui a été fait'),
      why: t('Le retour vers le groupe paraît fragile.', 'Le groupe ne sait pas assez ce qui a été fait.'),
      vigilance: [
        t(
          'Le retour est dû à tous, y compris aux personnes qui ne viennent plus.',
          'Il faut aussi informer les personnes qui ne viennent plus.',
        ),
      ],
      methods: [
        t(
          'Faire un point « ce qui a changé » à chaque réunion mensuelle, et une restitution publique par an.',
          'À chaque réunion, dire ce qui a changé.',
        ),
      ],
    },
    partnershipFragile: {
      title: t('Associer les acteurs du territoire', 'Travailler avec d’autres organismes'),
      why: t('Le partenariat paraît fragile.', 'Le groupe travaille peu avec d’autres organismes.'),
      vigilance: [
        t(
          'Des partenaires peu convaincus orientent peu de personnes vers le groupe.',
          'Si les partenaires ne croient pas au groupe, ils n’en parlent pas.',
        ),
      ],
      methods: [
        t(
          'Dresser une carte des acteurs : qui fait quoi, qui peut aider.',
          'Faire une carte : qui fait quoi près de chez nous.',
        ),
        t(
          'Partager avec les partenaires des fiches de pratiques inspirantes.',
          'Montrer aux partenaires ce que d’autres groupes ont réussi.',
        ),
      ],
    },
    transportMissing: {
      title: t('Organiser ou rembourser le transport', 'Aider les personnes à venir'),
      why: t(
        'Le trajet jusqu’aux réunions n’est pas toujours pris en compte.',
        'Venir aux réunions est difficile pour certains.',
      ),
      vigilance: [
        t(
          'En zone rurale surtout, sans transport prévu, seules les personnes motorisées viennent.',
          'À la campagne, sans voiture, on ne peut pas venir.',
        ),
      ],
      methods: [
        t(
          'Prévoir un remboursement simple et rapide des trajets, ou un covoiturage.',
          'Payer vite le trajet. Ou venir chercher les personnes en voiture.',
        ),
      ],
    },
    timingOrWelcome: {
      title: t('Adapter les horaires et soigner l’accueil', 'Choisir de bonnes heures et bien accueillir'),
      why: t(
        'Les horaires ou l’accueil des réunions ne conviennent pas à tous.',
        'Les heures ou l’accueil ne vont pas à tout le monde.',
      ),
      vigilance: [
        t(
          'Un horaire pratique pour l’institution peut écarter les parents ou les personnes qui travaillent.',
          'Certaines heures empêchent les parents de venir.',
        ),
      ],
      methods: [
        t(
          'Fixer ensemble un rendez-vous mensuel régulier, qui commence par un moment convivial.',
          'Se voir chaque mois, le même jour. Commencer par un café.',
        ),
      ],
    },
    documentsHard: {
      title: t('Rendre les documents faciles à lire', 'Écrire des papiers faciles à lire'),
      why: t(
        'Les invitations et documents sont difficiles à lire pour certains.',
        'Les papiers sont difficiles à lire.',
      ),
      vigilance: [
        t(
          'Un document difficile écarte sans bruit : on ne dit pas toujours qu’on n’a pas compris.',
          'Certaines personnes n’osent pas dire qu’elles n’ont pas compris.',
        ),
      ],
      methods: [
        t(
          'Écrire invitations et comptes rendus en FALC, et les relire avec des membres du groupe.',
          'Relire les papiers avec des membres du groupe.',
        ),
      ],
    },
    noAttestation: {
      title: t('Remettre une attestation de participation', 'Donner un papier qui dit ce que la personne a fait'),
      why: t(
        'Les participants ne reçoivent pas d’attestation.',
        'Les participants n’ont pas de papier pour leur participation.',
      ),
      vigilance: [
        t(
          'L’attestation décrit les compétences développées, pas seulement la présence.',
          'Le papier doit dire ce que la personne a appris.',
        ),
      ],
      methods: [
        t(
          'Rédiger avec chaque participant une attestation qui liste les compétences développées.',
          'Écrire le papier avec la personne.',
        ),
      ],
    },
    recognitionFragile: {
      title: t('Reconnaître l’engagement des participants', 'Reconnaître ce que font les participants'),
      why: t(
        'La reconnaissance des participants paraît fragile.',
        'On ne reconnaît pas assez ce que font les participants.',
      ),
      vigilance: [
        t(
          'Participer a un coût (temps, trajets, garde d’enfants) : ne pas le compenser réserve la participation à quelques-uns.',
          'Venir coûte du temps et de l’argent. Il faut aider.',
        ),
      ],
      methods: [
        t(
          'Prendre en charge les frais, remettre des attestations et proposer des formations croisées.',
          'Payer les frais. Donner un papier. Proposer des formations.',
        ),
      ],
    },
    notEvaluated: {
      title: t('Faire le bilan ensemble', 'Faire un bilan tous ensemble'),
      why: t(
        'Le groupe n’a pas encore fait le point ensemble sur ce que la démarche change.',
        'Le groupe n’a pas encore fait de bilan.',
      ),
      vigilance: [
        t(
          'Un bilan fait par l’institution seule ne dit pas ce que vivent les participants.',
          'Le bilan ne doit pas être fait seulement par les responsables.',
        ),
      ],
      methods: [
        t(
          'Organiser une évaluation croisée : chacun dit ce qui a changé de son point de vue.',
          'Chacun dit ce qui a changé pour lui.',
        ),
        t('Repasser ce questionnaire dans un an et comparer.', 'Refaire ce questionnaire dans un an.'),
      ],
    },
    evaluationWithoutConcerned: {
      title: t('Associer les personnes concernées au bilan', 'Faire le bilan aussi avec les habitants'),
      why: t(
        'Le bilan a été fait sans le point de vue des personnes concernées.',
        'Les personnes qui vivent la situation n’ont pas donné leur avis dans le bilan.',
      ),
      vigilance: [
        t(
          'Les changements vécus par les personnes ne se lisent pas dans les chiffres.',
          'Les chiffres ne disent pas tout.',
        ),
      ],
      methods: [
        t(
          'Recueillir des récits de vie ou réaliser une vidéo participative pour le bilan.',
          'Raconter son histoire. Ou faire un film ensemble.',
        ),
      ],
    },
    noRenewal: {
      title: t('Renouveler le groupe chaque année', 'Accueillir de nouvelles personnes chaque année'),
      why: t('Le groupe n’accueille pas de nouveaux membres.', 'Ce sont toujours les mêmes personnes dans le groupe.'),
      vigilance: [
        t(
          'Un groupe qui ne se renouvelle pas s’épuise, et finit par parler à la place des autres.',
          'Un groupe qui ne change jamais se fatigue.',
        ),
      ],
      methods: [
        t(
          'Prévoir chaque année l’arrivée de nouveaux membres, parrainés par un ancien.',
          'Chaque année, faire entrer des nouveaux. Un ancien aide chaque nouveau.',
        ),
      ],
    },
    noMentoring: {
      title: t('Accompagner les nouveaux membres', 'Aider les nouveaux'),
      why: t('Les nouveaux membres ne sont pas accompagnés.', 'Personne n’aide les nouveaux.'),
      vigilance: [
        t(
          'Sans accueil, un nouveau membre peut ne pas revenir après la première réunion.',
          'Un nouveau mal accueilli ne revient pas.',
        ),
      ],
      methods: [
        t(
          'Proposer à chaque nouveau un parrain ou une marraine parmi les anciens.',
          'Chaque nouveau a un ancien pour l’aider.',
        ),
      ],
    },
    experienceNotShared: {
      title: t('Faire connaître l’expérience du groupe', 'Raconter ce que le groupe a fait'),
      why: t(
        'Le groupe avance mais n’a pas encore partagé son expérience.',
        'Le groupe n’a pas encore raconté son histoire.',
      ),
      vigilance: [
        t(
          'Raconter, c’est aussi reconnaître le travail du groupe et inspirer d’autres territoires.',
          'Raconter aide d’autres groupes.',
        ),
      ],
      methods: [
        t(
          'Écrire une fiche de pratique inspirante ou réaliser une courte vidéo avec le groupe.',
          'Écrire une fiche ou faire un petit film.',
        ),
      ],
    },
    goFurther: {
      title: t('Aller plus loin : partager le pouvoir de décider', 'Aller plus loin : décider ensemble'),
      why: t(
        'La place des personnes concernées, la co-construction et le retour sont solides.',
        'Le groupe marche bien.',
      ),
      vigilance: [
        t(
          'Garder ces acquis demande de continuer à renouveler le groupe.',
          'Il faut continuer à accueillir des nouveaux.',
        ),
      ],
      methods: [
        t(
          'Expérimenter un budget participatif, un jury citoyen ou une marche exploratoire.',
          'Essayer de décider ensemble comment dépenser une somme d’argent.',
        ),
      ],
    },
  },
};

/** The texts of the default questionnaire; every locale has exactly these keys. */
export type DefaultQuestionnaireTexts = typeof defaultQuestionnaireTextsFr;
