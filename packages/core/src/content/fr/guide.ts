import type { GuideEntry, PlainText } from '../content.types.js';

/** A citizen-facing text: plain French first, then its FALC (easy-to-read) version. */
const pt = (standard: string, falc: string): PlainText => ({ standard, falc });

/**
 * « Par où commencer ? » — the questions people actually ask when they start or run a
 * participation group, each pointing to the phase of the cycle and to the resources
 * that help answer it.
 */
export const guide: GuideEntry[] = [
  {
    id: 'faire-venir-les-habitants',
    question: pt(
      'Comment faire venir des habitants qui ne viennent jamais ?',
      'Comment faire venir les personnes qui ne viennent jamais ?',
    ),
    answer: pt(
      'Allez là où ils sont plutôt que de les attendre : porte-à-porte, permanence au marché ou en bas d’immeuble, boîte à idées dans les lieux qu’ils fréquentent déjà. Écoutez d’abord ce qui les gêne au quotidien, avant de parler de votre projet. Le jour de la première rencontre, rappelez la veille et allez chercher ceux qui hésitent : l’accueil compte autant que l’invitation.',
      'Allez voir les gens là où ils vivent. Écoutez d’abord ce qui ne va pas pour eux. La veille de la réunion, rappelez-les. Accueillez-les bien.',
    ),
    phase: 'mobilise',
    resourceIds: ['porte-a-porte', 'permanence-hors-les-murs', 'boite-a-idees-mobile', 'accueil-convivial'],
  },
  {
    id: 'lever-les-freins-pratiques',
    question: pt(
      'Que faire quand les personnes n’ont pas de moyen de transport ou de garde d’enfants ?',
      'Comment venir sans voiture ou avec des enfants ?',
    ),
    answer: pt(
      'Le transport et les horaires sont des conditions de la participation, pas des détails. Payez à l’avance tickets ou carburant, organisez le covoiturage ou le ramassage en zone rurale, et prévoyez une garde d’enfants. Fixez les réunions à des heures compatibles avec l’école et écrivez ces règles dans la charte.',
      'Venir ne doit rien vous coûter. Le transport est payé avant. On peut venir vous chercher. Les réunions ont lieu pendant l’école.',
    ),
    phase: 'mobilise',
    resourceIds: ['frais-de-transport', 'permanence-hors-les-murs', 'charte-du-groupe'],
  },
  {
    id: 'garder-la-parite',
    question: pt(
      'Comment garder la parité dans le groupe ?',
      'Comment garder autant de personnes concernées que d’autres ?',
    ),
    answer: pt(
      'Fixez dès le départ la règle : au moins la moitié des membres sont des personnes concernées, et écrivez-la dans la charte. Recrutez par plusieurs portes d’entrée et suivez la composition à chaque réunion : si la part des personnes concernées passe sous la moitié, c’est le signal qu’il faut remobiliser, parfois par un simple appel. Évitez aussi que les professionnels soient plus nombreux parce qu’ils viennent sur leur temps de travail.',
      'Au moins la moitié du groupe, ce sont des personnes concernées. On l’écrit dans les règles. On compte à chaque réunion. S’il en manque, on appelle les personnes.',
    ),
    phase: 'mobilise',
    resourceIds: ['groupe-ressource', 'charte-du-groupe', 'parrainage-nouveaux-membres'],
  },
  {
    id: 'reunions-comprehensibles',
    question: pt(
      'Comment rendre nos réunions compréhensibles par tout le monde ?',
      'Comment faire pour que tout le monde comprenne les réunions ?',
    ),
    answer: pt(
      'Écrivez invitations et comptes rendus en Facile à lire et à comprendre (FALC) et faites-les relire par une personne concernée. Bannissez les sigles non expliqués et donnez à chacun un moyen simple de signaler qu’il n’a pas compris. Installez-vous côte à côte, en cercle, et commencez par un temps d’accueil.',
      'Utilisez des phrases courtes et des mots simples. Expliquez les sigles. Chacun peut dire : « je n’ai pas compris ».',
    ),
    phase: 'mobilise',
    resourceIds: ['reunion-accessible-falc', 'accueil-convivial'],
  },
  {
    id: 'proteger-la-parole',
    question: pt('Comment protéger ce qui se dit dans le groupe ?', 'Ce que je dis dans le groupe reste-t-il secret ?'),
    answer: pt(
      'Adoptez une charte qui pose la confidentialité : ce qui est raconté de personnel reste dans le groupe. Pour tout témoignage utilisé à l’extérieur, recueillez un accord écrit, retirez ce qui permettrait de reconnaître la personne et faites-lui relire le texte. Personne n’est obligé de dire sa situation, ni de dire s’il perçoit le RSA.',
      'Ce que vous racontez reste dans le groupe. On ne met jamais votre nom sans votre accord. Vous n’êtes pas obligé de parler de votre situation.',
    ),
    phase: 'mobilise',
    resourceIds: ['charte-du-groupe', 'recit-de-vie'],
  },
  {
    id: 'savoir-de-quoi-parler',
    question: pt(
      'Comment savoir ce qui préoccupe vraiment les habitants ?',
      'Comment savoir ce qui compte pour les habitants ?',
    ),
    answer: pt(
      'Prenez le temps d’écouter largement avant de proposer quoi que ce soit : parcourez le quartier avec des habitants, utilisez des photos pour faciliter la parole, recueillez des récits. Notez les « épines dans le pied » avec les mots des personnes. Ce travail d’écoute peut durer plusieurs mois : c’est un investissement, pas un retard.',
      'Écoutez beaucoup avant de proposer. Marchez dans le quartier avec les habitants. Notez leurs mots.',
    ),
    phase: 'diagnose',
    resourceIds: ['diagnostic-en-marchant', 'photo-langage', 'recit-de-vie', 'porteurs-de-paroles'],
  },
  {
    id: 'choisir-le-probleme',
    question: pt(
      'Comment se mettre d’accord sur le problème à traiter ?',
      'Comment choisir ensemble le problème à régler ?',
    ),
    answer: pt(
      'Demandez aux personnes concernées de dire elles-mêmes, en une phrase, leur problème principal : « Nous, …, considérons que notre problème principal est … ». Choisissez un problème qui compte pour elles et sur lequel le groupe peut agir. Ensuite, un arbre à problèmes aide à séparer causes et conséquences pour trouver les leviers.',
      'Les personnes concernées disent leur problème en une phrase. La phrase commence par « Nous ». On choisit un problème sur lequel on peut agir.',
    ),
    phase: 'diagnose',
    resourceIds: ['enonce-du-probleme', 'arbre-a-problemes'],
  },
  {
    id: 'ou-en-est-le-groupe',
    question: pt('Comment savoir où en est notre groupe ?', 'Comment savoir où en est le groupe ?'),
    answer: pt(
      'Faites remplir un questionnaire d’auto-diagnostic par les habitants, les professionnels et les élus. Il situe le groupe dans le cycle de la participation et propose des méthodes adaptées. Les écarts entre les réponses des uns et des autres sont souvent le meilleur point de départ d’une discussion.',
      'Chacun remplit un questionnaire. Le questionnaire dit où en est le groupe. On compare les réponses et on en parle.',
    ),
    phase: 'diagnose',
    resourceIds: ['questionnaire-auto-diagnostic', 'cartographie-des-acteurs'],
  },
  {
    id: 'des-plaintes-aux-propositions',
    question: pt('Comment passer des plaintes aux propositions ?', 'Comment passer de « ça ne va pas » à des idées ?'),
    answer: pt(
      'Partez des causes que le groupe peut influencer plutôt que de tout ce qui ne va pas. Des formats comme le world café ou le théâtre-forum aident à imaginer d’autres façons de faire, concrètes et datées. Une bonne proposition dit à qui elle s’adresse, ce qui doit changer et comment on saura que c’est fait.',
      'Cherchez ce qu’on peut changer. Jouez des scènes, discutez en petits groupes. Une bonne idée dit : qui doit agir, quoi faire, quand.',
    ),
    phase: 'coConstruct',
    resourceIds: ['world-cafe', 'theatre-forum', 'arbre-a-problemes'],
  },
  {
    id: 'travailler-a-egalite',
    question: pt(
      'Comment faire travailler ensemble professionnels et personnes concernées, à égalité ?',
      'Comment travailler ensemble, professionnels et habitants, sans que l’un domine l’autre ?',
    ),
    answer: pt(
      'Passez du « face à face » au « côte à côte » : coanimez les séances en binôme avec une personne concernée, et formez-vous ensemble plutôt que séparément. La charte rappelle que chacun est responsable du groupe et que les savoirs d’expérience valent autant que les savoirs professionnels.',
      'Professionnels et habitants s’assoient côte à côte. Ils animent ensemble. Ils apprennent ensemble. Chacun sait des choses utiles.',
    ),
    phase: 'coConstruct',
    resourceIds: ['binome-pair-professionnel', 'formation-croisee', 'charte-du-groupe'],
  },
  {
    id: 'famille-et-entourage',
    question: pt(
      'Comment aider une famille à trouver ses propres solutions avec son entourage ?',
      'Comment une famille peut-elle trouver ses solutions avec ses proches ?',
    ),
    answer: pt(
      'La conférence familiale réunit la famille et les proches qu’elle choisit autour d’une question centrale. Un coordinateur prépare la rencontre pendant deux à trois mois ; le jour de la réunion finale, la famille construit seule son plan d’action. Le plan est évalué avec elle quelques mois plus tard.',
      'La famille invite ses proches. Ensemble, ils font un plan. Une personne aide à préparer pendant 2 ou 3 mois. Quelques mois après, on regarde si le plan marche.',
    ),
    phase: 'coConstruct',
    resourceIds: ['conference-familiale'],
  },
  {
    id: 'associer-les-elus',
    question: pt('Comment associer les élus ?', 'Comment faire venir les élus ?'),
    answer: pt(
      'Invitez-les à siéger dans le groupe, à la même table que les autres, pour écouter avant de répondre. Préparez la rencontre avec le groupe et notez chaque engagement pris, pour le suivre ensuite. Un élu qui participe dans la durée change son regard, et le groupe voit qu’il peut être entendu.',
      'Invitez les élus dans le groupe. Ils s’assoient avec tout le monde. Ils écoutent. On écrit ce qu’ils promettent.',
    ),
    phase: 'decide',
    resourceIds: ['elus-en-ecoute', 'comite-de-suivi', 'restitution-publique'],
  },
  {
    id: 'eviter-rien-ne-change',
    question: pt(
      'Comment éviter que les gens aient l’impression que rien ne change ?',
      'Comment montrer que les choses changent vraiment ?',
    ),
    answer: pt(
      'Répondez à chaque contribution, publiquement et avec des raisons, dans un délai annoncé à l’avance. Tenez un tableau de suivi visible où une contribution sans réponse apparaît en retard. Commencez par des réalisations rapides et concrètes (un courrier réécrit, un horaire modifié) pendant que les chantiers plus longs avancent.',
      'Chaque idée reçoit une réponse. La réponse dit pourquoi. On voit quand une réponse est en retard. On commence par des petites choses qui changent vite.',
    ),
    phase: 'decide',
    resourceIds: ['tableau-de-suivi-des-reponses', 'lettre-de-retour', 'restitution-publique'],
  },
  {
    id: 'quand-la-reponse-est-non',
    question: pt(
      'Que faire quand l’institution ne peut pas retenir une proposition ?',
      'Que se passe-t-il quand l’institution dit non ?',
    ),
    answer: pt(
      'Dites-le clairement, expliquez pourquoi et ce qui pourrait faire évoluer la décision. Un refus argumenté respecte davantage le groupe qu’un silence. Proposez si possible une autre piste et gardez la trace de la proposition pour la rediscuter plus tard.',
      'L’institution dit non clairement. Elle explique pourquoi. Elle propose parfois une autre idée.',
    ),
    phase: 'decide',
    resourceIds: ['lettre-de-retour', 'tableau-de-suivi-des-reponses'],
  },
  {
    id: 'donner-du-pouvoir-de-decision',
    question: pt(
      'Comment donner aux habitants un vrai pouvoir de décision ?',
      'Comment les habitants peuvent-ils vraiment décider ?',
    ),
    answer: pt(
      'Dites dès le départ ce qui est ouvert à la décision et ce qui ne l’est pas. Un budget participatif laisse les habitants choisir des projets et voter ; un jury citoyen rend un avis argumenté auquel l’institution s’engage à répondre point par point. Dans les deux cas, les règles doivent être écrites et tenues.',
      'On dit clairement ce que les habitants peuvent décider. Avec un budget participatif, ils votent pour des projets. Avec un jury, ils donnent leur avis et l’institution répond.',
    ),
    phase: 'decide',
    resourceIds: ['budget-participatif', 'jury-citoyen'],
  },
  {
    id: 'suivre-les-engagements',
    question: pt(
      'Comment suivre ce que l’institution a promis ?',
      'Comment vérifier que l’institution fait ce qu’elle a promis ?',
    ),
    answer: pt(
      'Créez un comité de suivi mixte qui se réunit chaque trimestre et passe en revue chaque engagement. Mettez à jour l’avancement dans le tableau de suivi et publiez un court relevé de décisions. Un retard expliqué vaut mieux qu’un engagement oublié.',
      'Un groupe se réunit tous les 3 mois. Il vérifie chaque promesse. Il publie ce qu’il a vu.',
    ),
    phase: 'act',
    resourceIds: ['comite-de-suivi', 'tableau-de-suivi-des-reponses'],
  },
  {
    id: 'mobilisation-qui-s-essouffle',
    question: pt('Que faire quand la mobilisation s’essouffle ?', 'Que faire quand les gens ne viennent plus ?'),
    answer: pt(
      'La participation fluctue avec les délais de réponse des institutions et la vie de chacun : c’est normal. Reprenez contact personnellement, montrez ce qui a avancé, et prévoyez des temps conviviaux qui ne sont pas des réunions de travail. Une rencontre avec un décideur ou une réalisation visible remobilise souvent mieux qu’une relance écrite.',
      'C’est normal que les gens viennent moins parfois. Appelez-les. Montrez ce qui a changé. Organisez un moment agréable ensemble.',
    ),
    phase: 'act',
    resourceIds: ['reunion-mensuelle', 'accueil-convivial', 'restitution-publique'],
  },
  {
    id: 'evaluer-ensemble',
    question: pt('Comment évaluer ensemble ?', 'Comment savoir ensemble si le projet a marché ?'),
    answer: pt(
      'Faites évaluer séparément les personnes concernées, les professionnels, les élus et les partenaires, puis croisez les regards. Utilisez des supports simples (photos, émoticônes, quelques questions) plutôt qu’un long questionnaire. Regardez les effets sur les personnes et les pratiques autant que les réalisations.',
      'Chacun dit ce qui a changé pour lui. Les habitants, les professionnels, les élus. Puis on compare. On peut utiliser des photos ou des dessins.',
    ),
    phase: 'evaluate',
    resourceIds: ['evaluation-croisee', 'questionnaire-auto-diagnostic', 'photo-langage'],
  },
  {
    id: 'reconnaitre-l-engagement',
    question: pt(
      'Comment reconnaître l’engagement des participants ?',
      'Comment dire merci aux participants pour leur travail ?',
    ),
    answer: pt(
      'Remettez à chacun une attestation de participation qui décrit les compétences développées : prendre la parole, travailler en groupe, rédiger. Prenez en charge tous les frais, et donnez aux participants une place visible lors des restitutions. Citer une proposition du groupe dans une décision officielle est aussi une forme de reconnaissance.',
      'Chaque participant reçoit une attestation. Elle dit ce qu’il a appris. Ses frais sont payés. Il peut présenter le travail du groupe devant tout le monde.',
    ),
    phase: 'share',
    resourceIds: ['attestation-de-participation', 'frais-de-transport', 'restitution-publique'],
  },
  {
    id: 'renouveler-le-groupe',
    question: pt('Comment renouveler le groupe ?', 'Comment accueillir de nouveaux membres ?'),
    answer: pt(
      'Prévoyez dès le départ un renouvellement chaque année, pour que d’autres personnes puissent participer et que le groupe ne se referme pas. Confiez à d’anciens membres le parrainage des nouveaux pour transmettre la mémoire du groupe. Pour ceux qui partent, faites le lien avec des associations ou d’autres collectifs afin de garder le lien social.',
      'Chaque année, de nouvelles personnes entrent dans le groupe. Un ancien membre aide chaque nouveau. Ceux qui partent peuvent rejoindre une association.',
    ),
    phase: 'share',
    resourceIds: ['parrainage-nouveaux-membres', 'groupe-ressource', 'porte-a-porte'],
  },
  {
    id: 'faire-connaitre-les-resultats',
    question: pt(
      'Comment faire connaître ce que le groupe a obtenu ?',
      'Comment montrer aux autres ce que le groupe a fait ?',
    ),
    answer: pt(
      'Racontez l’action dans une fiche pratique : contexte, problème, actions, transformations vues par chacun. Un film réalisé avec les participants ou une journée de restitution donnent aussi à voir la démarche. D’autres territoires pourront s’en inspirer, et le groupe garde la mémoire de son travail.',
      'Écrivez une fiche pour raconter le projet. Faites un film. Organisez une grande réunion. D’autres groupes pourront s’en inspirer.',
    ),
    phase: 'share',
    resourceIds: ['fiche-pratique-inspirante', 'video-participative', 'restitution-publique'],
  },
];
