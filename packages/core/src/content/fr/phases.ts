import type { CyclePhase, PlainText } from '../content.types.js';

/**
 * A text in standard French and in FALC (Facile à lire et à comprendre).
 * Each FALC argument is one line: one idea per line.
 */
const t = (standard: string, ...falc: string[]): PlainText => ({ standard, falc: falc.join('\n') });

/**
 * The seven phases of the participation cycle, in the order of `PHASE_IDS`.
 * Written for Participe from the facts of the source documents (groups of people
 * concerned, shared diagnostics, family conferences, answers from the institution).
 */
export const phases: CyclePhase[] = [
  {
    id: 'mobilise',
    label: t('Aller vers et constituer le groupe', 'Aller voir les gens', 'Former le groupe'),
    summary: t(
      'Aller à la rencontre des personnes concernées là où elles vivent, y compris celles qui ne viennent jamais aux réunions. Former avec elles un groupe mixte, qui se donne ses propres règles de travail.',
      'Nous allons voir les gens près de chez eux.',
      'Nous invitons aussi les personnes qui viennent rarement.',
      'Ensemble, nous formons un groupe.',
      'Le groupe écrit ses règles.',
    ),
    question: t(
      'Qui doit être autour de la table, et comment donner envie à chacun de venir et de rester ?',
      'Qui invitons-nous dans le groupe ?',
      'Comment donner envie de venir ?',
    ),
    stakes: [
      t(
        'Les personnes qui vivent une situation en sont les premières expertes. Sans leur regard, une politique sociale se construit à l’aveugle.',
        'Vous connaissez bien votre vie.',
        'Votre avis aide à faire de meilleures règles.',
      ),
      t(
        'La parité protège la parole des personnes concernées : elles sont au moins aussi nombreuses que les professionnels, les élus et les partenaires réunis.',
        'Dans le groupe, il y a autant de personnes concernées que d’autres personnes.',
        'Comme ça, chacun peut parler.',
      ),
      t(
        'Les personnes les plus isolées répondent rarement aux courriers et aux affiches. Aller à leur rencontre est la seule façon de les entendre aussi.',
        'Certaines personnes restent seules chez elles.',
        'Nous allons les voir.',
        'Leur avis compte aussi.',
      ),
      t(
        'Le parcours de vie a souvent abîmé la confiance envers les institutions. La reconstruire est la condition de départ, et non un bonus.',
        'Parfois, on a peur des services sociaux.',
        'Le groupe aide à retrouver la confiance.',
      ),
      t(
        'Un soutien clair des élus et de l’encadrement (les chefs de service) donne au groupe les moyens d’agir et de durer.',
        'Les élus et les chefs de service soutiennent le groupe.',
        'Avec eux, le groupe peut changer les choses.',
      ),
    ],
    objectives: [
      t(
        'Réunir un groupe de 12 à 20 personnes, avec au moins la moitié de personnes concernées. Les autres membres sont des professionnels, des élus et des associations.',
        'Le groupe a entre 12 et 20 personnes.',
        'Au moins la moitié des membres vit la situation.',
      ),
      t(
        'Adopter ensemble une charte. Elle pose trois principes : la coresponsabilité (chacun porte le groupe), la bienveillance et la confidentialité.',
        'Nous écrivons ensemble les règles du groupe.',
        'Chacun respecte les autres.',
        'Ce qui est dit dans le groupe reste dans le groupe.',
      ),
      t(
        'Décider avec les membres du rythme, du lieu, de l’horaire et des sujets. Une réunion par mois, à date fixe, est un repère qui a fait ses preuves.',
        'Nous choisissons ensemble le jour, l’heure et le lieu.',
        'Par exemple : une réunion le premier lundi de chaque mois.',
      ),
      t(
        'Lever les obstacles pratiques avant la première réunion : transport, horaires compatibles avec la garde des enfants, salle accessible.',
        'Nous aidons chacun à venir.',
        'Par exemple : nous payons le bus.',
        'Nous choisissons une heure pratique pour les parents.',
      ),
      t(
        'Dire clairement à quoi sert le groupe, ce qu’il peut changer, et comment la participation de chacun sera reconnue (attestation de participation).',
        'Nous expliquons à quoi sert le groupe.',
        'Nous disons ce que le groupe peut changer.',
        'À la fin, chaque membre reçoit un papier qui dit ce qu’il a appris.',
      ),
    ],
    vigilance: [
      t(
        'On invite les gens pour leur expérience, sans leur demander s’ils touchent le RSA ou une autre aide. Chacun choisit ce qu’il dit de sa situation.',
        'Nous parlons de votre expérience.',
        'Vous choisissez ce que vous dites sur votre vie.',
      ),
      t(
        'Un courrier ou une affiche touche surtout les personnes déjà habituées aux institutions. Il faut compléter par le porte-à-porte et la présence dans les lieux de passage.',
        'Une lettre suffit rarement.',
        'Nous allons aussi frapper aux portes.',
        'Nous allons au marché pour parler avec les gens.',
      ),
      t(
        'La présence varie avec les aléas de la vie. Rappeler les membres avant chaque réunion, aller les chercher si besoin, et accepter que chacun s’implique à son rythme.',
        'Avant chaque réunion, nous appelons les membres.',
        'Chacun participe comme il peut.',
      ),
      t(
        'L’éloignement et le manque de transports en commun écartent les habitants des zones rurales. Il faut organiser les trajets ou les rembourser.',
        'Certaines personnes habitent loin.',
        'Nous organisons le trajet.',
        'Ou nous payons le transport.',
      ),
      t(
        'Si les professionnels parlent plus que les autres, le groupe perd vite ses membres. Surveiller la parité et le temps de parole à chaque séance.',
        'Les professionnels écoutent autant qu’ils parlent.',
        'Chaque membre a du temps pour parler.',
      ),
    ],
    methods: [
      t(
        'Porte-à-porte et discussions en bas d’immeuble, en binôme de professionnels venus de structures différentes.',
        'Nous frappons aux portes.',
        'Nous parlons avec les gens en bas de l’immeuble.',
      ),
      t(
        'Présence dans les lieux du quotidien (marché, sortie d’école, chantier d’insertion, permanence hors les murs) pour écouter ce qui préoccupe les gens.',
        'Nous allons au marché, à l’école, sur les chantiers.',
        'Nous écoutons ce qui pose problème aux gens.',
      ),
      t(
        'Un membre volontaire dans chaque action ou chantier d’insertion fait le lien entre ses collègues et le groupe.',
        'Dans chaque atelier, une personne volontaire parle du groupe aux autres.',
      ),
      t(
        'Une première rencontre conviviale, autour d’un café ou d’un goûter, pour faire connaissance avant de travailler.',
        'La première réunion commence par un café ou un goûter.',
        'Nous apprenons à nous connaître.',
      ),
      t(
        'Un groupe ressource, renouvelé chaque année, qui accueille aussi les nouveaux venus en cours de route.',
        'Chaque année, de nouvelles personnes entrent dans le groupe.',
        'Les nouveaux sont les bienvenus à tout moment.',
      ),
    ],
    tools: [
      t(
        'Un modèle de charte du groupe à compléter, discuter et adopter ensemble.',
        'Un modèle de règles du groupe.',
        'Nous le remplissons ensemble.',
      ),
      t(
        'Une carte des acteurs du territoire : qui fait quoi, qui peut aider, qui décide.',
        'Une carte des services du quartier.',
        'Elle montre qui peut aider.',
      ),
      t(
        'Une invitation rédigée en langage facile à lire, avec l’adresse, l’heure, un plan et le nom d’une personne à appeler.',
        'Une invitation facile à lire.',
        'Avec l’adresse, l’heure et un plan.',
      ),
      t(
        'Un formulaire simple de remboursement des frais de transport, réglé rapidement.',
        'Une fiche pour se faire rembourser le bus ou l’essence.',
      ),
      t(
        'Un tableau de composition du groupe, qui signale quand les personnes concernées deviennent moins de la moitié des membres.',
        'Un tableau montre qui est dans le groupe.',
        'Il montre si le groupe est équilibré.',
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
    label: t('Diagnostic partagé', 'Comprendre ensemble le problème'),
    summary: t(
      'Le groupe met en commun ce que chacun observe et vit. Il cherche les causes et les ressources du territoire, puis choisit un problème prioritaire et l’énonce en une phrase, avec les mots des personnes concernées.',
      'Chacun dit ce qu’il voit et ce qu’il vit.',
      'Le groupe choisit le problème le plus important.',
      'Le groupe écrit ce problème en une phrase.',
    ),
    question: t(
      'Quel est, pour nous, le problème principal, dit en une seule phrase ?',
      'Quel est notre problème le plus important ?',
    ),
    stakes: [
      t(
        'Partir du vécu des personnes, et pas seulement des cases des dispositifs, pour voir où les choses bloquent vraiment.',
        'Nous partons de votre vie de tous les jours.',
        'C’est là que sont les vrais problèmes.',
      ),
      t(
        'Croiser les savoirs : l’expérience des habitants, le métier des professionnels, la connaissance du territoire des élus et des partenaires.',
        'Chacun sait des choses différentes.',
        'Ensemble, nous comprenons mieux.',
      ),
      t(
        'Sortir du sentiment d’impuissance en nommant une « épine dans le pied » : un problème précis sur lequel le groupe peut réellement agir.',
        'Nous choisissons un problème précis.',
        'Un problème sur lequel nous pouvons agir.',
      ),
      t(
        'Repérer aussi les atouts : personnes ressources, services qui existent mais que personne ne connaît, entraide entre voisins.',
        'Nous cherchons aussi ce qui marche bien.',
        'Par exemple : des voisins qui s’entraident.',
      ),
      t(
        'Un diagnostic construit ensemble devient une base commune. L’institution doit en tenir compte dans ses décisions.',
        'Le groupe et l’institution partent du même constat.',
      ),
    ],
    objectives: [
      t(
        'Recueillir les constats de chacun, y compris de celles et ceux qui se taisent en réunion.',
        'Nous écoutons chaque personne.',
        'Aussi les personnes timides.',
      ),
      t(
        'Analyser le problème avec quatre questions : qui est concerné ? qu’est-ce qui freine ? qui peut aider ? que gagnerait-on à le résoudre ?',
        'Nous posons 4 questions.',
        'Qui est concerné ?',
        'Qu’est-ce qui bloque ?',
        'Qui peut aider ?',
        'Qu’allons-nous gagner ?',
      ),
      t(
        'Choisir un problème prioritaire parmi tous ceux qui ont été cités, et garder les autres pour plus tard.',
        'Nous choisissons un seul problème pour commencer.',
        'Nous gardons les autres pour plus tard.',
      ),
      t(
        'Écrire ce problème en une phrase portée par les personnes concernées, sur le modèle : « Nous, habitants, considérons que notre problème principal est … ».',
        'Nous écrivons le problème en une phrase.',
        'La phrase commence par : « Nous, habitants, pensons que notre problème principal est … ».',
      ),
      t(
        'Présenter le diagnostic aux décideurs (élus, direction, bailleur) et aux habitants absents des réunions.',
        'Nous présentons le problème aux élus et aux responsables.',
        'Nous le présentons aussi aux autres habitants.',
      ),
    ],
    vigilance: [
      t(
        'Le professionnel facilite le travail du groupe. Il ne fait pas le diagnostic à la place des personnes : elles sont les expertes de leur vie.',
        'Le professionnel aide le groupe à parler.',
        'Les habitants choisissent le problème.',
      ),
      t(
        'Un problème trop vaste (« la pauvreté », « le chômage ») décourage. Il faut le découper jusqu’à trouver une prise concrète.',
        'Un très grand problème fait peur.',
        'Nous choisissons une partie précise du problème.',
      ),
      t(
        'Raconter sa situation peut faire mal. Rappeler la confidentialité et laisser chacun libre de ce qu’il partage.',
        'Parler de sa vie peut faire mal.',
        'Vous dites seulement ce que vous voulez.',
        'Le groupe garde le secret.',
      ),
      t(
        'Un vrai diagnostic prend du temps, parfois plusieurs mois d’écoute. Mieux vaut l’annoncer dès le départ que promettre des résultats rapides.',
        'Comprendre un problème prend du temps.',
        'Parfois plusieurs mois.',
      ),
      t(
        'Une phrase qui désigne des coupables (« les gens ne respectent rien ») bloque la recherche de solutions. La reformuler ensemble à partir de ce qui est vécu.',
        'Nous parlons du problème.',
        'Nous évitons d’accuser des personnes.',
      ),
    ],
    methods: [
      t(
        'Diagnostic en marchant : parcourir le quartier ensemble et noter ce qui va bien et ce qui coince.',
        'Nous marchons ensemble dans le quartier.',
        'Nous notons ce qui va bien et ce qui va mal.',
      ),
      t(
        'Photo-langage : chacun choisit une image pour parler d’une situation sans avoir à tout expliquer.',
        'Chacun choisit une photo.',
        'La photo aide à parler.',
      ),
      t(
        'Arbre à problèmes : placer le problème au centre, les causes dans les racines et les conséquences dans les branches.',
        'Nous dessinons un arbre.',
        'Les racines sont les causes.',
        'Les branches sont les conséquences.',
      ),
      t(
        'Récits de vie en petits groupes, pour repérer ce qui revient chez plusieurs personnes.',
        'Chacun raconte un moment de sa vie en petit groupe.',
        'Nous cherchons ce qui est pareil pour plusieurs personnes.',
      ),
      t(
        'Vote avec des gommettes pour choisir le problème prioritaire, puis rédaction collective de la phrase.',
        'Chacun colle des gommettes sur les problèmes importants.',
        'Nous gardons le problème qui a le plus de gommettes.',
        'Puis nous écrivons la phrase ensemble.',
      ),
    ],
    tools: [
      t(
        'Le questionnaire d’auto-diagnostic, rempli séparément par les habitants, les professionnels et les élus, pour comparer leurs regards.',
        'Un questionnaire pour savoir où en est le groupe.',
        'Habitants, professionnels et élus le remplissent.',
        'Nous comparons les réponses.',
      ),
      t(
        'Un gabarit d’énoncé du problème : « Nous, …, considérons que notre problème principal est … ».',
        'Une phrase à compléter pour dire le problème.',
      ),
      t(
        'Une grille d’analyse en quatre colonnes : personnes concernées, freins, personnes ressources, gains attendus.',
        'Un tableau avec 4 questions.',
        'Il aide à comprendre le problème.',
      ),
      t('Un jeu de photos et d’images variées pour le photo-langage.', 'Des photos pour aider à parler.'),
      t(
        'Une carte du quartier ou de la commune pour situer les lieux, les services et les difficultés.',
        'Une carte du quartier.',
        'Nous y plaçons les services et les lieux importants.',
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
    label: t('Co-construire des propositions', 'Chercher des solutions ensemble'),
    summary: t(
      'À partir du problème choisi, le groupe imagine des solutions. Il les confronte aux contraintes réelles avec les professionnels et les partenaires, puis adresse à l’institution des propositions et des questions précises.',
      'Le groupe cherche des solutions.',
      'Le groupe écrit ses idées et ses questions.',
      'Le groupe envoie ses idées à l’institution, par exemple au département.',
    ),
    question: t('Que proposons-nous, concrètement, et à qui ?', 'Quelles sont nos idées ?', 'À qui les envoyer ?'),
    stakes: [
      t(
        'Passer de la plainte à la proposition : une demande précise a bien plus de chances d’être reprise.',
        'Une idée précise a plus de chances d’être acceptée.',
      ),
      t(
        'Travailler « côte à côte » plutôt que « face à face » : habitants, professionnels et élus cherchent dans la même direction.',
        'Habitants, professionnels et élus travaillent côte à côte.',
      ),
      t(
        'Reconnaître l’expertise d’usage : les personnes savent ce qui aide ou ce qui bloque dans un accueil, un courrier ou un dispositif.',
        'Vous savez si un courrier est clair.',
        'Vous savez si un accueil est agréable.',
        'Votre expérience est utile.',
      ),
      t(
        'Poser aussi les questions pratiques que beaucoup se posent, par exemple « comment signaler une reprise d’emploi ? ». La réponse servira à tous.',
        'Vous pouvez aussi poser des questions.',
        'Par exemple : comment dire que j’ai retrouvé un travail ?',
        'La réponse aide tout le monde.',
      ),
      t(
        'Chercher des actions simples, réalisables vite, à côté des changements plus longs, pour que le groupe voie des résultats.',
        'Certaines idées se réalisent vite.',
        'D’autres prennent plus de temps.',
        'Nous faisons les deux.',
      ),
    ],
    objectives: [
      t(
        'Produire plusieurs pistes de solution pour le problème prioritaire, sans les juger trop tôt.',
        'Nous trouvons beaucoup d’idées.',
        'Nous trions les idées après.',
      ),
      t(
        'Vérifier chaque piste avec les personnes qui connaissent les règles, le budget et les délais.',
        'Nous demandons aux professionnels si l’idée est possible.',
        'Nous regardons le prix et le temps nécessaire.',
      ),
      t(
        'Rédiger chaque proposition clairement : ce qui ne va pas, ce qui est proposé, qui peut agir.',
        'Nous écrivons chaque idée clairement.',
        'Nous disons ce qui va mal.',
        'Nous disons ce que nous proposons.',
        'Nous disons qui peut agir.',
      ),
      t(
        'Déposer les propositions et les questions là où l’institution s’est engagée à répondre : en ligne, dans le compte rendu de réunion, ou avec l’aide d’un professionnel (saisie accompagnée).',
        'Nous envoyons les idées à l’institution.',
        'Sur internet, ou avec l’aide d’un travailleur social.',
      ),
      t(
        'Repérer les actions que le groupe peut mener lui-même avec les habitants.',
        'Nous choisissons aussi des actions que le groupe fait lui-même.',
      ),
    ],
    vigilance: [
      t(
        'Une idée écartée d’emblée au nom du « ce n’est pas possible » décourage. Les professionnels expliquent les contraintes et cherchent une variante.',
        'Chaque idée est écoutée.',
        'Si une idée est difficile, nous cherchons une autre façon de la faire.',
      ),
      t(
        'Les mots techniques et les sigles excluent. Si un terme est nécessaire, on l’explique.',
        'Nous utilisons des mots simples.',
        'Nous expliquons les mots difficiles.',
      ),
      t(
        'Le groupe propose, l’institution décide. Personne ne promet au nom de l’institution avant sa réponse.',
        'Le groupe propose.',
        'Ensuite, l’institution décide.',
        'Nous attendons sa réponse avant de promettre.',
      ),
      t(
        'Co-construire prend plus de temps que décider seul. L’encadrement doit reconnaître ce temps dans la charge de travail des professionnels.',
        'Travailler ensemble prend du temps.',
        'Les chefs de service donnent ce temps aux professionnels.',
      ),
      t(
        'Garder une trace écrite de chaque proposition pour pouvoir y répondre, en respectant l’anonymat de ceux qui le souhaitent.',
        'Nous notons chaque idée.',
        'Vous pouvez garder votre nom secret.',
      ),
    ],
    methods: [
      t(
        'World café : plusieurs petites tables travaillent chacune sur une question, et les participants changent de table à chaque tour.',
        'Plusieurs petites tables.',
        'Chaque table parle d’une question.',
        'Nous changeons de table plusieurs fois.',
      ),
      t(
        'Théâtre-forum : jouer une scène vécue, comme un accueil au guichet, puis la rejouer autrement pour trouver des solutions.',
        'Nous jouons une scène de la vie.',
        'Par exemple : l’accueil au guichet.',
        'Nous rejouons la scène pour l’améliorer.',
      ),
      t(
        'Co-écriture de documents (dépliant, courrier type, page internet) avec les personnes concernées, pour qu’ils soient compris de tous.',
        'Nous écrivons ensemble une lettre ou un dépliant.',
        'Le texte devient facile à comprendre.',
      ),
      t(
        'Rencontre avec les services et partenaires concernés (emploi, formation, logement) pour leur poser les questions du groupe.',
        'Nous invitons des services au groupe.',
        'Par exemple : France Travail, le service public de l’emploi.',
        'Nous leur posons nos questions.',
      ),
      t(
        'Binôme pair-professionnel : une personne concernée et un professionnel préparent et présentent ensemble une proposition.',
        'Une personne concernée et un professionnel travaillent à deux.',
        'Ils présentent l’idée ensemble.',
      ),
      t(
        'Conférence familiale, pour une situation familiale : la famille pose une question centrale, la préparation dure 2 à 3 mois, et la réunion finale aboutit au plan d’action de la famille et de son entourage.',
        'La famille pose une question importante.',
        'Un coordinateur aide la famille pendant 2 ou 3 mois.',
        'À la fin, la famille et ses proches se réunissent.',
        'Ensemble, ils écrivent leur plan d’action.',
      ),
    ],
    tools: [
      t(
        'Une fiche proposition : le constat, la proposition, les personnes concernées, les premiers pas possibles.',
        'Une fiche pour écrire une idée.',
      ),
      t(
        'Une boîte à idées mobile, posée dans les lieux d’accueil, pour recueillir l’avis de ceux qui ne viennent pas aux réunions.',
        'Une boîte à idées dans les lieux d’accueil.',
        'Pour les personnes absentes des réunions.',
      ),
      t(
        'Le formulaire de contribution en ligne, à remplir seul ou avec l’aide d’un professionnel.',
        'Un formulaire sur internet.',
        'Vous le remplissez seul ou avec de l’aide.',
      ),
      t(
        'Des supports de réunion en FALC (Facile à lire et à comprendre), pour que chacun suive.',
        'Des documents faciles à lire pour les réunions.',
      ),
      t(
        'Un compte rendu de chaque séance, relu et validé par le groupe, qui liste les propositions retenues.',
        'Un résumé de chaque réunion.',
        'Le groupe relit le résumé.',
        'Le groupe est d’accord avec le résumé.',
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
    label: t('Réponse et engagement de l’institution', 'L’institution répond et promet'),
    summary: t(
      'L’institution étudie chaque contribution et y répond publiquement, en donnant les raisons de sa décision. Quand elle dit oui, elle s’engage sur une action, un responsable et une date.',
      'L’institution lit chaque idée.',
      'Elle répond à chaque idée.',
      'Elle explique sa réponse.',
      'Si elle dit oui, elle dit qui agit et quand.',
    ),
    question: t(
      'Que répond l’institution à chacune de nos contributions, et pourquoi ?',
      'Quelle est la réponse de l’institution ?',
      'Pourquoi cette réponse ?',
    ),
    stakes: [
      t(
        'Une contribution restée sans réponse nourrit le sentiment que « rien ne change » et décourage la participation suivante.',
        'Parfois, une idée reste sans réponse.',
        'Alors les gens pensent que tout reste pareil.',
        'Ils arrêtent de venir.',
      ),
      t(
        'Une réponse argumentée, même négative, est une marque de respect. Elle fait comprendre les contraintes et ouvre d’autres pistes.',
        'Parfois, la réponse est non.',
        'L’institution explique pourquoi.',
        'C’est une forme de respect.',
      ),
      t(
        'Écouter ne suffit pas : les élus s’engagent à agir à partir des propositions du groupe.',
        'Les élus écoutent le groupe.',
        'Ensuite, les élus agissent.',
      ),
      t(
        'Des réponses publiques et motivées rendent les décisions compréhensibles et renforcent la confiance envers l’administration.',
        'Tout le monde peut lire les réponses.',
        'Cela donne confiance.',
      ),
      t(
        'Un délai de réponse annoncé à l’avance permet à chacun de savoir quand revenir, et rend visible tout retard.',
        'Vous savez quand la réponse arrive.',
        'Si la réponse est en retard, tout le monde le voit.',
      ),
    ],
    objectives: [
      t(
        'Répondre à chaque contribution dans le délai annoncé, en donnant les raisons de la décision.',
        'L’institution répond à chaque idée.',
        'Elle répond à temps.',
        'Elle donne ses raisons.',
      ),
      t(
        'Pour chaque proposition retenue, préciser l’action prévue, le service responsable et la date visée.',
        'Pour chaque idée acceptée, l’institution dit :',
        'ce qui sera fait,',
        'qui le fera,',
        'et quand.',
      ),
      t(
        'Publier les réponses en langage clair, là où les participants peuvent les lire.',
        'L’institution publie les réponses.',
        'Elle écrit avec des mots simples.',
      ),
      t(
        'Présenter les réponses au groupe lors d’une réunion, en présence d’un élu ou d’un responsable, pour pouvoir en discuter.',
        'Un élu vient au groupe.',
        'Il présente les réponses.',
        'Le groupe peut poser des questions.',
      ),
      t(
        'Transmettre les questions pratiques au bon service et publier la réponse pour que tout le monde en profite.',
        'Chaque question va au bon service.',
        'La réponse est publiée pour tout le monde.',
      ),
    ],
    vigilance: [
      t(
        'Une réponse vague, comme « c’est à l’étude », sans date ni étape suivante, vaut une absence de réponse.',
        'La réponse donne toujours une prochaine étape.',
        'La réponse donne toujours une date.',
      ),
      t(
        'S’engager seulement sur ce que la loi et le budget permettent : un refus expliqué vaut mieux qu’une promesse non tenue.',
        'L’institution promet seulement ce qu’elle peut faire.',
        'Un non expliqué vaut mieux qu’une fausse promesse.',
      ),
      t(
        'La mobilisation baisse quand les réponses tardent. Un retard doit être annoncé au groupe avec une nouvelle date.',
        'Quand la réponse est en retard, l’institution prévient le groupe.',
        'Elle donne une nouvelle date.',
      ),
      t(
        'La réponse s’adresse à des personnes : pas de jargon juridique ni de renvoi à un texte de loi sans explication.',
        'La réponse utilise des mots simples.',
        'Les mots difficiles sont expliqués.',
      ),
      t(
        'Quand la décision s’écarte de l’avis du groupe, l’institution le dit franchement et tout de suite, avec ses raisons.',
        'Parfois, l’institution décide autrement que le groupe.',
        'Elle le dit au groupe tout de suite.',
        'Elle explique pourquoi.',
      ),
    ],
    methods: [
      t(
        'Élus en écoute : les élus viennent entendre les propositions, puis reviennent annoncer leurs décisions au groupe.',
        'Les élus viennent écouter le groupe.',
        'Plus tard, ils reviennent donner leurs décisions.',
      ),
      t(
        'Un référent dans l’institution suit chaque contribution, de son arrivée jusqu’à la réponse publiée.',
        'Dans l’institution, une personne suit chaque idée jusqu’à la réponse.',
      ),
      t(
        'Un comité de suivi mixte (habitants, professionnels, élus) examine régulièrement les réponses et les engagements.',
        'Un comité avec des habitants, des professionnels et des élus.',
        'Il vérifie les réponses et les promesses.',
      ),
      t(
        'Une lettre de retour personnelle à chaque personne qui a contribué et qui a accepté d’être recontactée.',
        'Une lettre à chaque personne qui a donné une idée.',
        'Seulement si la personne est d’accord.',
      ),
      t(
        'Un jury citoyen, consulté avant une décision importante de la politique d’insertion.',
        'Avant une grande décision, l’institution demande l’avis d’un groupe d’habitants.',
      ),
      t(
        'Un budget participatif : une partie du budget est réservée aux projets choisis avec les habitants.',
        'Une partie de l’argent est réservée aux idées des habitants.',
        'Les habitants choisissent les projets.',
      ),
    ],
    tools: [
      t(
        'Le tableau de suivi des réponses : date de dépôt, date limite de réponse, état de chaque contribution, retards en évidence.',
        'Un tableau montre chaque idée.',
        'Nous voyons la date de réponse prévue.',
        'Nous voyons les retards.',
      ),
      t(
        'Un modèle de réponse motivée : la décision, ses raisons, l’engagement pris, le service à contacter.',
        'Un modèle de réponse.',
        'Il dit la décision et les raisons.',
        'Il dit qui contacter.',
      ),
      t(
        'Le registre des engagements : pour chaque action promise, le responsable, la date visée et l’avancement.',
        'Une liste des promesses.',
        'Pour chaque promesse : qui agit et quand.',
      ),
      t(
        'Une page publique des réponses, consultable par tous, sans compte à créer.',
        'Une page internet avec toutes les réponses.',
        'Tout le monde peut la lire.',
      ),
      t('Un modèle de lettre de retour en langage clair.', 'Un modèle de lettre facile à lire.'),
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
    label: t('Mise en œuvre, faire savoir ce qui a été fait', 'Agir et montrer ce qui a changé'),
    summary: t(
      'Les actions décidées sont réalisées, avec les personnes concernées quand c’est possible. L’institution rend compte régulièrement de leur avancement, y compris des retards et des difficultés.',
      'Les actions promises sont faites.',
      'Les habitants participent.',
      'L’institution dit où en sont les actions.',
      'Elle dit aussi les retards.',
    ),
    question: t(
      'Qu’est-ce qui a changé depuis nos propositions, et comment le savons-nous ?',
      'Qu’est-ce qui a changé ?',
      'Comment le savoir ?',
    ),
    stakes: [
      t(
        'Faire savoir ce qui a été fait est le meilleur remède au sentiment que « rien ne change ».',
        'L’institution montre ce qui a été fait.',
        'Ainsi, chacun voit que les choses changent.',
      ),
      t(
        'Des résultats visibles, même modestes (un courrier réécrit, un dépliant, un hall réaménagé), relancent la mobilisation.',
        'Un petit changement visible donne envie de continuer.',
        'Par exemple : une lettre plus claire.',
      ),
      t(
        'Associer les habitants à la mise en œuvre développe leurs compétences et leur légitimité face aux institutions.',
        'Les habitants participent aux actions.',
        'Ils apprennent de nouvelles choses.',
      ),
      t(
        'Le partenariat s’élargit : bailleurs, associations et services de l’emploi apprennent à travailler avec le groupe.',
        'D’autres partenaires rejoignent le projet.',
        'Par exemple : des associations.',
      ),
      t(
        'Parler des difficultés autant que des réussites entretient la confiance.',
        'L’institution parle aussi des difficultés.',
        'C’est honnête.',
      ),
    ],
    objectives: [
      t(
        'Réaliser les actions promises dans les délais annoncés, ou expliquer chaque décalage.',
        'Les actions sont faites à la date prévue.',
        'Sinon, l’institution explique le retard.',
      ),
      t(
        'Publier régulièrement l’avancement de chaque engagement : prévu, commencé, réalisé, ou abandonné avec ses raisons.',
        'L’institution donne souvent des nouvelles de chaque action.',
      ),
      t(
        'Confier au groupe les actions qu’il peut porter lui-même : informer les voisins, organiser une journée, accueillir de nouveaux membres.',
        'Le groupe fait aussi des actions lui-même.',
        'Par exemple : informer les voisins.',
      ),
      t(
        'Informer des changements obtenus les personnes qui ne participent pas au groupe.',
        'Nous disons aux autres habitants ce qui a changé.',
      ),
      t(
        'Préparer chaque rencontre avec les institutions partenaires : demandes écrites, porte-parole choisis, compte rendu.',
        'Nous préparons les rencontres avec les partenaires.',
      ),
    ],
    vigilance: [
      t(
        'Une action qui traîne sans nouvelles démobilise. Donner des nouvelles même quand les choses avancent lentement.',
        'Nous donnons des nouvelles souvent.',
        'Même quand l’action avance lentement.',
      ),
      t(
        'Une solution peut créer un nouveau problème, par exemple des poubelles déplacées qui attirent les nuisibles. Observer les effets et ajuster.',
        'Parfois, une solution crée un nouveau problème.',
        'Nous regardons les effets.',
        'Nous corrigeons si besoin.',
      ),
      t(
        'Le groupe propose et suit les actions ; il ne remplace pas le travail des services publics.',
        'Le groupe propose et surveille.',
        'Les services publics font leur travail.',
      ),
      t(
        'Quand quelques membres portent tout, ils s’épuisent. Répartir les tâches et accepter que chacun donne le temps qu’il peut.',
        'Nous partageons les tâches entre les membres.',
        'Chacun donne le temps qu’il peut.',
      ),
      t(
        'Témoigner en public ou dans la presse doit rester un choix libre, que la personne peut retirer.',
        'Parler dans le journal, c’est votre choix.',
        'Vous pouvez changer d’avis.',
      ),
    ],
    methods: [
      t(
        'Un point d’avancement à chaque réunion mensuelle, engagement par engagement.',
        'À chaque réunion, nous regardons où en sont les actions.',
      ),
      t(
        'Des actions conviviales et visibles menées par le groupe : journée de nettoyage, goûter dans le hall, exposition photo.',
        'Le groupe organise des moments ensemble.',
        'Par exemple : un goûter ou une exposition de photos.',
      ),
      t(
        'Des rencontres préparées avec les partenaires (bailleur, mairie, services de l’emploi), où les habitants parlent eux-mêmes.',
        'Avant une rencontre, le groupe prépare ses demandes.',
        'Le groupe choisit qui parle.',
      ),
      t(
        'Porteurs de paroles : s’installer dans l’espace public avec une question affichée, pour informer les passants et recueillir leurs réactions.',
        'Nous allons au marché avec des panneaux.',
        'Nous parlons avec les passants.',
      ),
      t(
        'Une vidéo participative tournée avec les membres pour montrer le chemin parcouru.',
        'Nous faisons un film avec les membres du groupe.',
        'Le film montre ce qui a été fait.',
      ),
    ],
    tools: [
      t('Le registre des engagements, tenu à jour et visible par tous.', 'La liste des promesses.', 'Elle est à jour.'),
      t(
        'Une lettre d’information ou une affiche « ce que vous avez proposé, ce qui a été fait ».',
        'Une affiche avec vos idées.',
        'Elle montre ce qui a été fait.',
      ),
      t('Un calendrier partagé des actions et des rencontres.', 'Un calendrier avec les dates des actions.'),
      t(
        'Les comptes rendus des rencontres avec les partenaires, relus par le groupe.',
        'Un résumé de chaque rencontre.',
        'Le groupe le relit.',
      ),
      t(
        'L’historique public de chaque contribution : la réponse, les engagements, puis chaque nouvelle étape.',
        'Sur internet, chaque idée a son histoire.',
        'Nous voyons la réponse et les actions.',
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
    label: t('Évaluer ensemble', 'Faire le bilan ensemble'),
    summary: t(
      'Le groupe mesure ce qui a changé et la façon dont la démarche s’est passée, en croisant les regards des habitants, des professionnels, des élus et des partenaires. Chaque membre reçoit une attestation qui décrit les compétences qu’il a développées.',
      'Le groupe regarde ce qui a changé.',
      'Habitants, professionnels, élus et partenaires donnent leur avis.',
      'Chaque membre reçoit un papier.',
      'Le papier dit ce qu’il a appris.',
    ),
    question: t(
      'Qu’est-ce qui a changé, pour qui, et que ferions-nous autrement ?',
      'Qu’est-ce qui a changé ?',
      'Pour qui ?',
      'Que faire mieux la prochaine fois ?',
    ),
    stakes: [
      t(
        'Une évaluation à plusieurs voix donne une image juste : ce qui compte pour un habitant n’est pas toujours ce que mesure l’institution.',
        'Chacun voit les changements à sa façon.',
        'Tous les avis comptent.',
      ),
      t(
        'Reconnaître ce que chacun a appris : confiance en soi, prise de parole, rédaction, organisation.',
        'Dans le groupe, nous apprenons beaucoup.',
        'Par exemple : parler devant les autres.',
      ),
      t(
        'Faire valoir la participation dans le parcours de chacun, par exemple pour un projet de formation ou d’emploi.',
        'Ce que vous avez appris peut vous aider.',
        'Par exemple : pour trouver une formation.',
      ),
      t(
        'Apprendre de ce qui a moins bien marché pour améliorer le cycle suivant.',
        'Nous regardons aussi les difficultés.',
        'La prochaine fois, nous ferons mieux.',
      ),
      t(
        'Montrer aux décideurs ce que la participation a changé dans les politiques et dans les pratiques professionnelles.',
        'Les élus voient ce que le groupe a changé.',
      ),
    ],
    objectives: [
      t(
        'Recueillir l’avis des habitants, des professionnels, des élus et des partenaires, d’abord séparément, puis ensemble.',
        'Chaque groupe de personnes donne son avis.',
        'Puis nous comparons les avis ensemble.',
      ),
      t(
        'Comparer les résultats aux objectifs de départ et à la phrase qui énonçait le problème.',
        'Nous relisons la phrase du début.',
        'Le problème est-il réglé ?',
      ),
      t(
        'Évaluer aussi la démarche elle-même : ambiance, parité, accessibilité, respect de la charte.',
        'Nous regardons aussi comment le groupe a fonctionné.',
        'Par exemple : l’ambiance et le respect des règles.',
      ),
      t(
        'Remettre à chaque participant concerné une attestation de participation qui décrit les compétences développées.',
        'Chaque membre reçoit une attestation.',
        'C’est un papier qui dit ce qu’il a appris.',
      ),
      t(
        'Après une conférence familiale, revoir la famille quelques mois plus tard pour faire le point sur son plan d’action.',
        'Après une conférence familiale, nous revoyons la famille quelques mois plus tard.',
        'Nous regardons si le plan marche.',
      ),
    ],
    vigilance: [
      t(
        'Les chiffres seuls passent à côté de l’essentiel : les changements vécus par les personnes.',
        'Les chiffres montrent une partie des changements.',
        'Le vécu des habitants compte aussi.',
      ),
      t(
        'Évaluer une action n’est pas juger les personnes qui y ont participé.',
        'Nous regardons l’action et le groupe.',
        'Chaque personne reste respectée.',
      ),
      t(
        'Certains effets apparaissent tard (reprise d’une formation, liens familiaux retrouvés). Prévoir un deuxième regard quelques mois après.',
        'Certains changements arrivent plus tard.',
        'Nous refaisons le point quelques mois après.',
      ),
      t(
        'Choisir des façons simples de donner son avis (images, tour de table, questionnaire court) plutôt que de longs formulaires.',
        'Des outils simples pour donner son avis.',
        'Par exemple : des images de visages contents ou tristes.',
      ),
      t(
        'L’attestation décrit des compétences réelles et utiles, rédigées avec la personne elle-même.',
        'L’attestation est écrite avec vous.',
        'Elle dit ce que vous savez faire.',
      ),
    ],
    methods: [
      t(
        'Évaluation croisée : chaque catégorie d’acteurs répond aux mêmes questions, puis le groupe compare et discute les écarts.',
        'Tout le monde répond aux mêmes questions.',
        'Nous comparons les réponses ensemble.',
      ),
      t(
        'Un retour rapide en fin de séance, avec des images de visages (émoticônes) ou une « météo » du groupe.',
        'À la fin de chaque réunion, chacun montre une image.',
        'L’image dit comment il se sent.',
      ),
      t(
        'Une réunion de bilan chaque année, qui relit la charte, la phrase du problème et la liste des engagements.',
        'Une fois par an, nous faisons une réunion de bilan.',
        'Nous relisons les règles, le problème et les promesses.',
      ),
      t(
        'Le questionnaire d’auto-diagnostic rempli de nouveau en fin de cycle, pour mesurer le chemin parcouru.',
        'Nous remplissons à nouveau le questionnaire du début.',
        'Nous voyons le chemin parcouru.',
      ),
      t(
        'Un entretien individuel pour rédiger ensemble l’attestation de participation.',
        'Un rendez-vous avec chaque membre.',
        'Pour écrire son attestation ensemble.',
      ),
    ],
    tools: [
      t(
        'Une grille d’évaluation à quatre regards : habitants, professionnels, élus, partenaires.',
        'Un tableau avec 4 colonnes :',
        'habitants, professionnels, élus, partenaires.',
      ),
      t(
        'Un modèle d’attestation de participation, avec une liste de compétences : prendre la parole, rédiger un compte rendu, organiser une rencontre…',
        'Un modèle d’attestation.',
        'Avec une liste de choses apprises.',
        'Par exemple : parler en public.',
      ),
      t('Des cartes avec des visages (émoticônes) pour les retours rapides.', 'Des cartes avec des visages.'),
      t(
        'La comparaison des résultats de l’auto-diagnostic selon le rôle de chacun, avec les écarts mis en évidence.',
        'Un graphique compare les avis.',
        'Les avis des habitants, des professionnels et des élus.',
      ),
      t(
        'Une fiche de suivi du plan d’action familial, pour le bilan quelques mois après une conférence familiale.',
        'Une fiche pour suivre le plan de la famille.',
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
    label: t('Valoriser, essaimer, renouveler', 'Montrer, partager, recommencer'),
    summary: t(
      'Le groupe fait connaître ce qu’il a réalisé et partage sa façon de faire avec d’autres territoires, sous forme de fiche pratique. Il prépare l’année suivante : nouveaux membres, nouveau sujet, passerelles vers d’autres engagements.',
      'Le groupe montre ce qu’il a fait.',
      'Le groupe explique sa méthode à d’autres groupes.',
      'Le groupe prépare l’année suivante avec de nouveaux membres.',
    ),
    question: t(
      'Qu’est-ce qui mérite d’être raconté, à qui, et qui prend la suite ?',
      'Qu’avons-nous envie de raconter ?',
      'À qui ?',
      'Qui continue l’année prochaine ?',
    ),
    stakes: [
      t(
        'Faire connaître le travail du groupe, c’est reconnaître l’engagement de ses membres et changer le regard porté sur eux.',
        'Nous montrons le travail du groupe.',
        'Les autres voient les membres autrement.',
      ),
      t(
        'Une démarche qui a marché peut en inspirer d’autres, à condition de raconter aussi ses difficultés.',
        'D’autres villes peuvent reprendre les bonnes idées.',
        'Nous racontons aussi les difficultés.',
      ),
      t(
        'Renouveler le groupe chaque année ouvre la place à d’autres personnes concernées et évite l’essoufflement.',
        'Chaque année, de nouvelles personnes entrent dans le groupe.',
        'Le groupe garde son énergie.',
      ),
      t(
        'Offrir une suite à ceux qui veulent continuer : associations, autres instances, bénévolat, pair-aidance.',
        'Vous voulez continuer ?',
        'Vous pouvez rejoindre une association ou un autre groupe.',
      ),
      t(
        'Faire reculer les préjugés sur les personnes concernées en montrant leurs compétences au grand public.',
        'Nous montrons au public ce que les membres savent faire.',
        'Cela change les idées toutes faites.',
      ),
    ],
    objectives: [
      t(
        'Organiser une restitution publique animée avec les membres du groupe.',
        'Nous organisons une réunion ouverte à tous.',
        'Les membres du groupe la présentent.',
      ),
      t(
        'Rédiger une fiche pratique : contexte, diagnostic, objectifs, actions, évaluation, changements vus par chacun, suites.',
        'Nous écrivons une fiche qui raconte le projet.',
      ),
      t(
        'Accueillir les nouveaux membres avec l’aide des anciens, et transmettre l’histoire du groupe.',
        'Les anciens accueillent les nouveaux.',
        'Ils racontent l’histoire du groupe.',
      ),
      t(
        'Créer des passerelles vers les associations pour ceux qui souhaitent garder le lien social.',
        'Nous présentons des associations aux membres qui veulent continuer.',
      ),
      t(
        'Choisir avec le groupe le prochain sujet et les changements de méthode pour le nouveau cycle.',
        'Nous choisissons ensemble le sujet de l’année prochaine.',
      ),
    ],
    vigilance: [
      t(
        'Montrer des visages et des histoires demande l’accord écrit de chaque personne, qu’elle peut retirer à tout moment.',
        'Avant de montrer une photo ou une histoire, nous demandons votre accord.',
        'Vous pouvez changer d’avis.',
      ),
      t(
        'Une fiche trop flatteuse n’aide personne : elle décrit aussi les frustrations, les échecs et les conditions de réussite.',
        'La fiche raconte aussi ce qui a été difficile.',
      ),
      t(
        'Le départ de tous les membres expérimentés fragilise le groupe. Prévoir un temps où anciens et nouveaux se côtoient.',
        'Quelques anciens restent un moment avec les nouveaux.',
      ),
      t(
        'Une démarche copiée sans adaptation échoue souvent. Chaque territoire repart de ses habitants et de son contexte.',
        'Chaque quartier est différent.',
        'Nous adaptons la méthode à chaque quartier.',
      ),
      t(
        'Quand le groupe se structure (association, instance officielle), veiller à ce que les habitants gardent la main sur les décisions.',
        'Quand le groupe grandit, les habitants continuent à décider.',
      ),
    ],
    methods: [
      t(
        'Restitution publique : exposition, film, témoignages, en présence des élus et des partenaires.',
        'Une grande réunion pour tout montrer.',
        'Avec les élus et les partenaires.',
      ),
      t(
        'Rédaction collective d’une fiche pratique inspirante, relue par les membres avant publication.',
        'Nous écrivons ensemble la fiche du projet.',
        'Les membres la relisent.',
      ),
      t(
        'Formation croisée : habitants et professionnels se forment ensemble, puis transmettent la démarche à d’autres équipes.',
        'Habitants et professionnels apprennent ensemble.',
        'Ensuite, ils expliquent la méthode à d’autres.',
      ),
      t(
        'Parrainage : chaque nouveau membre est accompagné par un ancien pendant ses premières réunions.',
        'Chaque nouveau membre a un parrain ou une marraine.',
        'C’est un ancien membre.',
      ),
      t(
        'Rencontres entre groupes de différents territoires pour échanger méthodes et résultats.',
        'Plusieurs groupes se rencontrent.',
        'Ils partagent leurs idées.',
      ),
    ],
    tools: [
      t(
        'Le modèle de fiche pratique : contexte, diagnostic partagé, objectifs, public, actions, évaluation, transformations, perspectives.',
        'Un modèle de fiche pour raconter un projet.',
      ),
      t(
        'La vidéo participative ou l’exposition photo réalisée avec le groupe.',
        'Un film ou des photos faits par le groupe.',
      ),
      t(
        'Un formulaire d’accord pour l’usage de l’image et des témoignages.',
        'Une fiche pour donner votre accord pour les photos.',
      ),
      t(
        'La bibliothèque de pratiques du centre de ressources, pour s’inspirer et publier.',
        'Un site avec les projets d’autres groupes.',
      ),
      t(
        'Un livret d’accueil des nouveaux membres : histoire du groupe, charte, calendrier.',
        'Un petit livret pour les nouveaux membres.',
        'Avec l’histoire et les règles du groupe.',
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
