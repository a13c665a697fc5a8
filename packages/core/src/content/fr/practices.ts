import type { PracticeSheet } from '../content.types.js';

/**
 * Inspiring-practice sheets. They follow the structure of the practice sheets used in
 * French social work (context, shared diagnostic, objectives, actions, evaluation,
 * transformations seen from each side, perspectives). Places, groups and figures are
 * FICTIONAL: they illustrate realistic practices, not real ones.
 */
export const practices: PracticeSheet[] = [
  {
    id: 'courriers-rsa-reecrits',
    title: 'Des allocataires du RSA réécrivent les courriers du Département',
    territory: 'Département du Val-de-Brume',
    territoryType: 'rural',
    themes: ['accès aux droits', 'insertion'],
    public: ['allocataires du RSA'],
    year: 2022,
    context:
      'Au Val-de-Brume, les accueils des maisons des solidarités recevaient chaque semaine des personnes inquiètes, un courrier du Département à la main, sans savoir ce qu’on attendait d’elles. Le renouvellement du programme départemental d’insertion a été l’occasion de constituer un groupe de travail mixte : huit allocataires du RSA, deux conseillers départementaux, quatre travailleurs sociaux et deux agents du service de gestion de l’allocation.',
    sharedDiagnostic:
      'Lors des premières séances, chaque membre a apporté un courrier reçu ou envoyé. Les allocataires ont décrit la peur ressentie à l’ouverture de l’enveloppe, les termes juridiques incompris, les délais impossibles à tenir. Les agents ont découvert que certaines lettres, jugées claires au service, provoquaient des appels en nombre ou des absences aux rendez-vous.',
    problemStatement:
      'Nous, allocataires du RSA, considérons que notre problème principal est que nous ne comprenons pas les courriers qui décident de nos droits.',
    objectives: [
      'Rendre les courriers liés au RSA compréhensibles par toutes et tous',
      'Réduire les ruptures de droits dues à des courriers mal compris',
      'Associer durablement les allocataires à la conception des documents du Département',
    ],
    actions: [
      'Réécriture collective de douze modèles de courriers, dont la convocation au premier rendez-vous et l’avertissement avant suspension',
      'Test de chaque nouvelle version auprès d’allocataires extérieurs au groupe, lors des permanences',
      'Co-écriture d’un dépliant « Le RSA, mode d’emploi » en version standard et en version facile à lire',
      'Refonte de la page RSA du site du Département avec le service communication',
      'Formation des agents rédacteurs par des membres du groupe, sur ce qu’une lettre fait vivre à celui qui la reçoit',
    ],
    evaluation:
      'Un test de compréhension a été mené avant et après réécriture : la part des personnes capables de dire ce qu’elles devaient faire après lecture est passée d’environ une sur trois à quatre sur cinq. Les appels à l’accueil portant sur les courriers ont nettement diminué dans les six mois. Les membres ont aussi évalué leur propre parcours lors d’une séance de bilan avec des photos.',
    transformations: {
      residents: [
        'Des allocataires qui osent désormais appeler le service quand un courrier les inquiète',
        'Une fierté de voir « notre » dépliant distribué dans tout le département',
        'Pour plusieurs membres, une confiance retrouvée qui a ouvert une formation ou un emploi',
      ],
      professionals: [
        'Des agents qui relisent leurs écrits en se demandant comment ils seront reçus',
        'Une meilleure connaissance, de part et d’autre, des contraintes juridiques et des réalités vécues',
      ],
      elected: [
        'Des conseillers départementaux qui ont pris l’engagement de soumettre tout nouveau courrier au groupe',
        'Une autre image des allocataires, vus comme des experts de leur situation',
      ],
      partners: [
        'La caisse d’allocations familiales du territoire a demandé à s’appuyer sur la méthode pour ses propres notifications',
        'Les structures d’insertion utilisent le dépliant en atelier',
      ],
    },
    keysOfSuccess: [
      'Des réalisations concrètes et visibles dès les premiers mois',
      'La présence régulière d’élus dans le groupe, à la même table',
      'Des réunions mensuelles à horaire fixe, transport payé à l’avance',
    ],
    vigilance: [
      'Les contraintes juridiques limitent certaines reformulations : il faut l’expliquer pour éviter la frustration',
      'Le site internet a demandé beaucoup plus de temps que prévu et a suscité des attentes',
    ],
    perspectives:
      'Le Département a inscrit dans son règlement intérieur qu’aucun nouveau courrier RSA n’est envoyé sans relecture par des allocataires. Le groupe, renouvelé chaque année, travaille désormais sur les formulaires de déclaration de ressources.',
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
    title: 'Un collectif d’habitants se mobilise pour sortir du quartier après 20 heures',
    territory: 'Quartier des Tilleuls, Sorlinges',
    territoryType: 'quartier prioritaire',
    themes: ['mobilité', 'insertion'],
    public: ['habitants d’un quartier', 'allocataires du RSA', 'jeunes'],
    year: 2021,
    context:
      'Le quartier des Tilleuls, classé prioritaire, est relié au centre de Sorlinges et à la zone d’activités par une seule ligne de bus, qui s’arrête à 20 heures. Plusieurs habitants accompagnés par le centre social refusaient des emplois en horaires décalés (logistique, nettoyage, aide à domicile) faute de transport.',
    sharedDiagnostic:
      'Les professionnels du centre social, de la maison des solidarités et de la mission locale ont fait du porte-à-porte et tenu des permanences au pied des immeubles pendant trois mois. Un diagnostic en marchant, guidé par des habitants, a montré l’arrêt de bus mal éclairé, le chemin vers la zone d’activités sans trottoir et l’absence de solution le week-end. Une trentaine d’habitants ont rejoint le collectif.',
    problemStatement:
      'Nous, habitants des Tilleuls, considérons que notre problème principal est que nous ne pouvons plus nous déplacer après 20 heures, ce qui nous empêche d’accepter un travail.',
    objectives: [
      'Obtenir des solutions de transport en horaires décalés vers les lieux d’emploi',
      'Développer l’entraide entre voisins pour les trajets',
      'Faire reconnaître le collectif comme interlocuteur de l’autorité organisatrice des transports',
    ],
    actions: [
      'Enquête menée par les habitants eux-mêmes auprès de 180 voisins sur leurs besoins de trajets',
      'Rencontres préparées avec l’autorité organisatrice des transports et la mairie, en présence des seuls habitants après la première',
      'Expérimentation d’une navette à la demande entre 5 heures et 7 heures et entre 20 heures et 23 heures',
      'Mise en place d’un covoiturage entre voisins, avec un tableau d’affichage dans le hall du centre social',
      'Atelier de réparation de vélos animé par deux habitants formés',
    ],
    evaluation:
      'Le collectif a fait un bilan à six mois, puis à un an, avec une évaluation croisée : habitants, professionnels et élus ont répondu séparément aux mêmes questions avant de comparer. La navette transporte une quarantaine de personnes par semaine ; onze habitants disent avoir accepté un emploi ou une formation grâce à elle. Les délais de réponse des institutions aux courriers du collectif sont passés de trois mois à quelques jours.',
    transformations: {
      residents: [
        'Des habitants qui ont appris à préparer un argumentaire et à le présenter à des décideurs',
        'Une entraide nouvelle entre voisins, au-delà des seuls trajets',
      ],
      professionals: [
        'Des travailleurs sociaux qui se positionnent en facilitateurs plutôt qu’en porte-parole',
        'Un travail en binôme entre structures qui se connaissaient mal',
      ],
      elected: [
        'Une adjointe au maire chargée de la mobilité qui a fait inscrire la navette au budget de la commune',
        'La prise de conscience que l’emploi dépend aussi des horaires de transport',
      ],
      partners: [
        'L’autorité organisatrice des transports consulte désormais le collectif avant de modifier les horaires',
        'Deux entreprises de la zone d’activités ont adapté les horaires de prise de poste',
      ],
    },
    keysOfSuccess: [
      'Un problème formulé par les habitants eux-mêmes, concret et partagé',
      'Des rencontres avec les institutions toujours préparées en amont',
      'Des temps conviviaux qui entretiennent la mobilisation entre deux réunions',
    ],
    vigilance: [
      'La mobilisation baisse quand les réponses tardent : il faut remobiliser sans cesse',
      'La navette reste expérimentale et dépend d’un financement annuel',
    ],
    perspectives:
      'Le collectif demande l’intégration de la navette au réseau régulier et travaille avec la mission locale sur un garage solidaire. Il accueille chaque année de nouveaux habitants, parrainés par les premiers membres.',
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
    title: 'Des familles construisent leur propre plan d’action avec leurs proches',
    territory: 'Département des Hautes-Lisières',
    territoryType: 'périurbain',
    themes: ['parentalité', 'protection de l’enfance'],
    public: ['familles'],
    year: 2020,
    context:
      'Le service de protection de l’enfance des Hautes-Lisières constatait que beaucoup de décisions se prenaient en réunion entre professionnels, sans les parents ni leur entourage. Les élus et l’encadrement ont décidé d’expérimenter les conférences familiales sur deux territoires, après avoir formé six coordinateurs volontaires : quatre travailleurs sociaux, une conseillère en économie sociale et familiale et une bénévole retraitée.',
    sharedDiagnostic:
      'Des parents accompagnés, réunis avec des travailleurs sociaux, ont décrit le sentiment d’être jugés et de ne pas être crus capables. Les professionnels ont reconnu s’appuyer rarement sur les grands-parents, les voisins ou les amis, qu’ils connaissaient peu.',
    problemStatement:
      'Nous, familles accompagnées, considérons que notre problème principal est que les décisions sur nos enfants sont prises sans nous et sans nos proches.',
    objectives: [
      'Permettre aux familles de formuler leur question centrale et de bâtir leur plan d’action',
      'Mobiliser l’entourage élargi de la famille comme ressource',
      'Faire évoluer la posture des professionnels vers l’appui aux solutions des familles',
    ],
    actions: [
      'Sensibilisation de l’ensemble des équipes et des partenaires à la méthode',
      'Formation de six coordinateurs, avec une supervision pour leurs premières conférences',
      'Quatorze conférences familiales en dix-huit mois, chacune préparée sur deux à trois mois',
      'Réunions finales dans des lieux choisis par les familles, avec un budget pour le repas',
      'Journée d’échange ouverte aux partenaires, co-animée par deux parents',
    ],
    evaluation:
      'Chaque conférence a été évaluée avec la famille à l’issue de la réunion finale, puis le plan d’action a été revu avec elle six mois plus tard. Sur quatorze familles, onze sont allées jusqu’à la réunion finale ; les autres ont tout de même renoué des liens utiles. Trois mesures de placement envisagées ont pu être évitées.',
    transformations: {
      residents: [
        'Des parents qui ont renoué avec des proches perdus de vue, dont des pères',
        'Des tâches réparties au sein de l’entourage : accompagnement à l’école, accueil le week-end',
        'Une meilleure image de soi et de ses capacités',
      ],
      professionals: [
        'Des travailleurs sociaux qui s’appuient ouvertement sur les compétences des familles',
        'Le sentiment de retrouver le sens de l’accompagnement : faire chemin avec les personnes',
      ],
      elected: [
        'Un intérêt pour une méthode qui aide à la décision et peut éviter des placements coûteux',
        'La décision de financer une deuxième vague de formation',
      ],
      partners: [
        'Des écoles et des associations de quartier sollicitées par les familles comme ressources',
        'Une école de travail social associée à l’évaluation',
      ],
    },
    keysOfSuccess: [
      'Un portage clair par les élus et l’encadrement dès le départ',
      'Une formation préalable et une supervision des coordinateurs',
      'Le respect strict du temps de délibération de la famille, sans professionnels',
    ],
    vigilance: [
      'Une conférence demande trente à trente-cinq heures de coordination : ce temps doit être reconnu',
      'La participation d’enfants ou de personnes vulnérables suppose qu’elles soient volontaires et soutenues par une personne de leur choix',
    ],
    perspectives:
      'Le Département prévoit de proposer la conférence familiale sur tous ses territoires et d’ouvrir la fonction de coordinateur à des bénévoles formés. Il rejoint un réseau d’échange entre départements pratiquant la méthode.',
    phases: ['diagnose', 'coConstruct', 'evaluate'],
    resourceIds: ['conference-familiale', 'formation-croisee', 'evaluation-croisee'],
  },
  {
    id: 'video-parcours-insertion',
    title: 'Une série de films pour raconter la participation au plan d’insertion',
    territory: 'Ferlac-en-Brume',
    territoryType: 'rural',
    themes: ['insertion', 'participation'],
    public: ['allocataires du RSA', 'personnes en parcours d’insertion'],
    year: 2023,
    context:
      'Pendant trois ans, un groupe ressource d’allocataires du RSA a siégé dans les commissions du plan départemental d’insertion autour de Ferlac-en-Brume. Au moment du bilan du plan, le groupe a souhaité que son expérience ne se résume pas à quelques lignes dans un rapport.',
    sharedDiagnostic:
      'En séance, les membres ont expliqué que leur parole perdait sa force une fois résumée par écrit, et que les élus qui n’avaient pas participé ignoraient ce qui avait changé. Les professionnels ont confirmé que le rapport de bilan ne rendait pas compte de la relation de confiance construite.',
    problemStatement:
      'Nous, membres du groupe ressource, considérons que notre problème principal est que l’on parle de nous sans nous entendre.',
    objectives: [
      'Rendre visible, avec leurs propres mots, ce que la participation a changé pour les personnes',
      'Nourrir le bilan du plan d’insertion avec le regard des personnes concernées',
      'Donner envie à d’autres allocataires de rejoindre le groupe',
    ],
    actions: [
      'Choix collectif des sujets des films et des personnes volontaires pour apparaître',
      'Recueil écrit du consentement à l’image, révocable à tout moment',
      'Tournage de huit films courts avec une petite équipe de réalisation, pendant les commissions et les réunions',
      'Montage collectif et validation de chaque film par les personnes filmées',
      'Projection-débat lors de la séance de bilan du plan, devant l’assemblée départementale',
    ],
    evaluation:
      'Les films ont été vus lors de six projections, par environ 350 personnes dont des élus, des professionnels et des allocataires. Un questionnaire court à la sortie et un temps d’échange ont montré que les spectateurs retenaient surtout la confiance retrouvée entre personnes accompagnées et professionnels. Le groupe a fait son propre bilan avec un photo-langage.',
    transformations: {
      residents: [
        'Des membres qui se sont reconnus comme experts de leur situation',
        'Pour certains, un retour à l’emploi ou une entrée en formation pendant le projet',
      ],
      professionals: [
        'Des professionnels qui ont revu l’image qu’ils avaient des personnes accompagnées',
        'L’usage des films en formation des nouveaux travailleurs sociaux',
      ],
      elected: [
        'Des élus qui ont découvert le travail du groupe et demandé à y assister',
        'La décision d’inscrire un groupe ressource dans le prochain plan d’insertion',
      ],
      partners: [
        'Les structures d’insertion diffusent les films pour présenter le groupe aux nouveaux participants',
        'Un institut régional de travail social utilise la série comme support de cours',
      ],
    },
    keysOfSuccess: [
      'Le contrôle par les participants de ce qui est montré et de ce qui ne l’est pas',
      'Une relation de confiance déjà construite avant le tournage',
    ],
    vigilance: [
      'Le droit à l’image doit pouvoir être retiré, même après diffusion',
      'Une diffusion en ligne peut exposer les personnes : elle doit être discutée au cas par cas',
    ],
    perspectives:
      'Le prochain plan d’insertion prévoit un groupe ressource dès son lancement. Un nouveau film sera réalisé par les membres renouvelés, cette fois sur l’accueil dans les maisons des solidarités.',
    phases: ['evaluate', 'share'],
    resourceIds: ['video-participative', 'groupe-ressource', 'photo-langage', 'restitution-publique'],
  },
  {
    id: 'formation-croisee-accueil',
    title: 'Agents d’accueil et personnes accueillies se forment ensemble',
    territory: 'Maison des solidarités de Courtelune',
    territoryType: 'périurbain',
    themes: ['accès aux droits', 'accueil'],
    public: ['allocataires du RSA', 'personnes accueillies en maison des solidarités'],
    year: 2019,
    context:
      'À Courtelune, plusieurs membres d’un groupe de travail sur l’insertion ont décrit leur premier passage en maison des solidarités comme un moment difficile : file d’attente debout, affiches parlant de violence et de maltraitance, sentiment d’être jugés. La direction a proposé de repenser le premier accueil avec eux.',
    sharedDiagnostic:
      'Un questionnaire construit avec des personnes accueillies a été proposé pendant un mois à toutes les personnes passant à l’accueil. Il a confirmé trois attentes : être reçu sans attendre debout, comprendre où l’on est orienté, et ne pas avoir à raconter sa situation devant les autres.',
    problemStatement:
      'Nous, personnes accueillies, considérons que notre problème principal est que nous nous sentons jugées dès l’accueil.',
    objectives: [
      'Rendre le premier accueil plus bienveillant et plus lisible',
      'Faire évoluer le rôle des agents d’accueil',
      'Permettre à chacun de se mettre à la place de l’autre',
    ],
    actions: [
      'Deux jours de formation croisée réunissant six personnes accueillies, huit agents d’accueil et quatre travailleurs sociaux',
      'Mises en situation où les agents jouent la personne accueillie et inversement',
      'Réaménagement de la salle d’attente : sièges, coin enfants, retrait des affiches réservées aux professionnels',
      'Création d’un espace de confidentialité pour les premiers échanges',
      'Extension de la formation à tous les agents d’accueil du département l’année suivante',
    ],
    evaluation:
      'Le même questionnaire, proposé un an plus tard, a montré une nette amélioration du sentiment d’être bien reçu. Les agents d’accueil ont évalué la formation comme la plus utile de leur parcours. Un bilan croisé entre personnes accueillies et agents a permis d’ajuster la signalétique.',
    transformations: {
      residents: [
        'Des personnes accueillies qui se sentent respectées et savent à qui s’adresser',
        'Des participants à la formation devenus formateurs pour les sessions suivantes',
      ],
      professionals: [
        'Des agents d’accueil qui se voient comme le premier maillon de l’accompagnement',
        'Des travailleurs sociaux plus attentifs à ce qui se passe avant le rendez-vous',
      ],
      elected: [
        'La vice-présidente chargée de l’action sociale a fait de l’accueil inconditionnel de proximité une priorité',
        'Un budget voté pour réaménager les salles d’attente des autres maisons des solidarités',
      ],
      partners: [
        'Le centre communal d’action sociale de Courtelune a repris la démarche pour son propre accueil',
        'Un organisme de formation a intégré les mises en situation croisées à son catalogue',
      ],
    },
    keysOfSuccess: [
      'Un soutien clair de l’encadrement, qui a libéré du temps pour les agents',
      'La rémunération des personnes accueillies pour leur rôle de formateur',
      'Des changements visibles dès les premières semaines',
    ],
    vigilance: [
      'Les agents d’accueil ont besoin d’être soutenus dans le changement de posture, pas seulement formés',
      'Il faut préparer les personnes accueillies à des échanges parfois chargés en émotions',
    ],
    perspectives:
      'La formation croisée est désormais inscrite au plan de formation départemental. Les personnes accueillies formées souhaitent travailler ensuite sur l’accueil téléphonique.',
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
    title: 'Des habitantes parcourent leur quartier à la nuit tombée',
    territory: 'Résidence des Glycines, Brivenne',
    territoryType: 'quartier prioritaire',
    themes: ['cadre de vie', 'sécurité', 'logement'],
    public: ['habitants d’un quartier', 'femmes'],
    year: 2022,
    context:
      'Dans la résidence des Glycines, à Brivenne, plusieurs mères de famille rencontrées lors de la permanence du centre social ont dit qu’elles ne sortaient plus après 18 heures en hiver et évitaient le chemin vers l’arrêt de bus. Le bailleur et la ville avaient engagé des travaux sans consulter les habitants.',
    sharedDiagnostic:
      'Une première rencontre a rassemblé quatorze habitantes. À l’aide d’une carte du quartier, elles ont situé les lieux évités et les raisons : éclairage en panne, haie masquant le passage, hall toujours ouvert, recoins près des garages. Elles ont choisi de montrer ces lieux elles-mêmes aux décideurs.',
    problemStatement:
      'Nous, habitantes des Glycines, considérons que notre problème principal est que nous n’osons plus traverser le quartier le soir.',
    objectives: [
      'Identifier précisément les lieux et les causes du sentiment d’insécurité',
      'Obtenir des aménagements concrets de la ville et du bailleur',
      'Faire reconnaître l’expertise d’usage des habitantes',
    ],
    actions: [
      'Deux séances de préparation : choix du trajet, grille d’observation, répartition des rôles',
      'Deux marches exploratoires en fin de journée, l’une en hiver, l’autre au printemps',
      'Rédaction d’un rapport illustré de 22 propositions, présenté aux services techniques, au bailleur et au maire',
      'Suivi des propositions dans un tableau partagé, mis à jour à chaque réunion',
      'Marche de vérification six mois plus tard avec les élus',
    ],
    evaluation:
      'Sur 22 propositions, 15 ont été réalisées dans l’année : éclairage réparé et renforcé, haie taillée, porte de hall réparée, nouveau passage vers l’arrêt de bus. La marche de vérification a permis de constater les changements sur place. Les habitantes ont évalué leur démarche lors d’une séance avec des émoticônes et des photos.',
    transformations: {
      residents: [
        'Des habitantes qui ressortent le soir et se sentent légitimes pour interpeller la ville',
        'Un groupe d’entraide qui organise désormais des trajets à plusieurs',
      ],
      professionals: [
        'Des services techniques qui intègrent la marche exploratoire à leurs projets d’aménagement',
        'Des travailleurs sociaux qui ont découvert un levier collectif sur des situations individuelles',
      ],
      elected: [
        'Un maire qui a participé à la marche de vérification et s’est engagé sur les propositions restantes',
        'La généralisation des marches exploratoires avant chaque projet d’aménagement du quartier',
      ],
      partners: [
        'Le bailleur a revu son calendrier d’entretien des espaces extérieurs avec les habitantes',
        'L’association de prévention spécialisée a rejoint la démarche pour travailler sur l’occupation des halls',
      ],
    },
    keysOfSuccess: [
      'Des propositions précises et localisées, faciles à transformer en travaux',
      'La présence de décideurs lors de la marche de vérification',
    ],
    vigilance: [
      'Certaines propositions dépendent de plusieurs gestionnaires : il faut clarifier qui répond',
      'Le sentiment de sécurité ne se règle pas seulement par l’aménagement ; il faut aussi travailler le lien entre voisins',
    ],
    perspectives:
      'Le groupe a proposé d’étendre les marches aux trajets des enfants vers l’école. La ville prévoit un budget participatif de quartier pour financer des aménagements proposés par les habitants.',
    phases: ['diagnose', 'coConstruct', 'act', 'evaluate'],
    resourceIds: ['marche-exploratoire', 'tableau-de-suivi-des-reponses', 'permanence-hors-les-murs'],
  },
  {
    id: 'groupe-ressource-commissions-pdi',
    title: 'Un groupe ressource siège dans les commissions du plan d’insertion',
    territory: 'Département du Val-de-Brume',
    territoryType: 'rural',
    themes: ['insertion', 'gouvernance'],
    public: ['allocataires du RSA'],
    year: 2021,
    context:
      'Depuis plusieurs années, deux allocataires du RSA siégeaient dans les équipes pluridisciplinaires du Val-de-Brume, mais se sentaient seuls et peu écoutés. Le Département a proposé de constituer un groupe ressource capable de participer aux commissions du programme départemental d’insertion (PDI) : choix des actions financées, suivi et évaluation.',
    sharedDiagnostic:
      'Les premières réunions ont mis en évidence que les allocataires connaissaient mal l’offre d’insertion et son vocabulaire, et que les commissions se tenaient dans des salles éloignées, à des horaires difficiles. Les professionnels ont reconnu que des actions financées depuis des années n’avaient jamais été évaluées par ceux qui les suivaient.',
    problemStatement:
      'Nous, membres du groupe ressource, considérons que notre problème principal est que les actions d’insertion sont choisies sans ceux qui les suivent.',
    objectives: [
      'Faire entrer la parole des personnes concernées dans les commissions du PDI',
      'Outiller les membres pour qu’ils participent à égalité avec les autres acteurs',
      'Améliorer l’offre d’insertion à partir de l’expertise d’usage',
    ],
    actions: [
      'Constitution d’un groupe de quatorze membres, dont sept allocataires, renouvelé chaque année',
      'Trois demi-journées de formation sur le PDI, ses sigles et son budget, en langage clair',
      'Participation en binôme (un allocataire, un professionnel) aux commissions d’appel à projets et d’évaluation',
      'Création d’une grille « avis des participants » intégrée au dossier de chaque action financée',
      'Remise d’une attestation de participation listant les compétences développées',
    ],
    evaluation:
      'En deux ans, le groupe a donné son avis sur 46 actions ; cinq ont été profondément revues et deux arrêtées au profit de nouvelles. Tout au long de la démarche, l’équilibre entre allocataires et autres membres a été tenu, au prix de relances régulières. Le bilan annuel a été mené en évaluation croisée entre membres, professionnels et élus.',
    transformations: {
      residents: [
        'Des membres qui prennent la parole en commission et défendent des propositions argumentées',
        'Plusieurs membres engagés ensuite dans des associations locales',
      ],
      professionals: [
        'Des chargés d’insertion qui préparent les dossiers en pensant à leur lisibilité',
        'Une évaluation des actions enrichie par le vécu des participants',
      ],
      elected: [
        'Des élus qui ont changé leur regard sur les allocataires et sur leur propre rôle',
        'L’engagement de motiver par écrit chaque décision contraire à l’avis du groupe',
      ],
      partners: [
        'Des structures d’insertion qui sollicitent le groupe avant de déposer un projet',
        'Le service public de l’emploi associe des membres du groupe à la présentation de ses ateliers collectifs',
      ],
    },
    keysOfSuccess: [
      'Un mandat clair, écrit avec l’institution, sur ce qui sera fait des avis',
      'Le travail en binôme, qui évite l’isolement des représentants',
      'La prise en charge des frais et des horaires adaptés aux transports',
    ],
    vigilance: [
      'Le vocabulaire institutionnel peut exclure : il faut le traduire en permanence',
      'Les membres ne représentent pas tous les allocataires : leur parole est une expertise, pas un mandat électif',
    ],
    perspectives:
      'Le prochain PDI prévoit la présence du groupe dans toutes les commissions et un budget dédié à son fonctionnement. Les anciens membres parrainent les nouveaux lors de chaque renouvellement.',
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
    title: 'Sur le marché, des allocataires interpellent les passants sur les préjugés',
    territory: 'Estrelande',
    territoryType: 'rural',
    themes: ['lutte contre les préjugés', 'insertion'],
    public: ['allocataires du RSA', 'grand public'],
    year: 2019,
    context:
      'Dans un groupe de travail sur l’insertion du territoire d’Estrelande, les allocataires du RSA ont souvent évoqué la honte ressentie face au regard des autres, qui pousse certains à ne plus faire leurs démarches. Le groupe a voulu agir directement sur ces représentations.',
    sharedDiagnostic:
      'Les membres ont recensé les phrases blessantes entendues au quotidien et les situations où elles surgissent : à la caisse, à l’école, en famille. Les élus et professionnels du groupe ont reconnu que ces préjugés existaient aussi dans les institutions.',
    problemStatement:
      'Nous, allocataires du RSA, considérons que notre problème principal est le regard des autres, qui nous fait honte et nous éloigne de nos droits.',
    objectives: [
      'Ouvrir le dialogue avec le grand public sur la pauvreté et le RSA',
      'Déconstruire les idées reçues à partir de faits et de vécus',
      'Renforcer la confiance des membres dans leur prise de parole',
    ],
    actions: [
      'Deux jours de formation à la méthode des porteurs de paroles pour dix membres du groupe',
      'Trois matinées sur le marché hebdomadaire avec la question « Vivre avec le RSA, vous imaginez comment ? »',
      'Affichage des réponses recueillies sur des fils tendus entre les étals',
      'Exposition des paroles recueillies à la médiathèque, accompagnée de chiffres clés',
      'Débat public avec des élus à la clôture de l’exposition',
    ],
    evaluation:
      'Environ 400 paroles ont été recueillies. Les membres ont noté que beaucoup de passants commençaient par un préjugé puis nuançaient leur propos au fil de l’échange. Une évaluation en groupe a montré que l’action avait surtout renforcé la confiance en soi des participants.',
    transformations: {
      residents: [
        'Des membres qui osent parler de leur situation sans honte',
        'Des passants qui ont découvert des réalités qu’ils ignoraient',
      ],
      professionals: [
        'Des professionnels qui ont interrogé leurs propres représentations',
        'Une relation plus égalitaire avec les membres du groupe, rencontrés dans un autre rôle',
      ],
      elected: [
        'Un élu qui s’est engagé à lutter contre les préjugés dans la communication du Département',
        'L’invitation du groupe à une séance publique de l’assemblée départementale',
      ],
      partners: [
        'La médiathèque a proposé d’accueillir chaque année une exposition du groupe',
        'Le journal local a consacré une page aux paroles recueillies',
      ],
    },
    keysOfSuccess: [
      'Une formation préalable qui sécurise les membres face aux réactions hostiles',
      'Le choix d’un lieu fréquenté par tous, où les membres se sentent chez eux',
    ],
    vigilance: [
      'Certains échanges peuvent être blessants : prévoir un temps de débriefing après chaque sortie',
      'Personne ne doit être obligé de dire qu’il perçoit le RSA',
    ],
    perspectives:
      'Le groupe prépare une nouvelle question sur l’emploi et souhaite intervenir dans les collèges. L’expérience a été présentée à d’autres territoires du département lors d’une journée d’échange.',
    phases: ['mobilise', 'diagnose', 'share'],
    resourceIds: ['porteurs-de-paroles', 'restitution-publique', 'charte-du-groupe'],
  },
  {
    id: 'reseau-entraide-aines-haut-sorlin',
    title: 'Des aînés d’un territoire rural tissent un réseau d’entraide contre l’isolement',
    territory: 'Communauté de communes du Haut-Sorlin',
    territoryType: 'rural',
    themes: ['isolement', 'mobilité', 'santé', 'numérique'],
    public: ['personnes âgées', 'aidants'],
    year: 2020,
    context:
      'Le Haut-Sorlin compte une forte proportion d’habitants de plus de 70 ans, dispersés dans une vingtaine de villages. Les travailleurs sociaux de la caisse de mutualité agricole et du Département repéraient de plus en plus de personnes âgées isolées, sans transport ni médecin à proximité.',
    sharedDiagnostic:
      'Des groupes d’échange dans cinq villages, animés par les travailleurs sociaux avec les mairies, ont réuni près de 80 personnes âgées. Trois enjeux en sont sortis : le manque de transport pour les courses et les soins, la solitude après le décès d’un conjoint, et la difficulté croissante à faire ses démarches en ligne.',
    problemStatement:
      'Nous, habitants âgés du Haut-Sorlin, considérons que notre problème principal est que nous restons seuls chez nous faute de transport et de visites.',
    objectives: [
      'Rompre l’isolement des personnes âgées',
      'Faciliter les déplacements vers les commerces, les soins et les loisirs',
      'Accompagner les démarches en ligne',
      'Valoriser l’expérience et l’engagement des aînés eux-mêmes',
    ],
    actions: [
      'Création par les habitants d’un réseau de visites et d’appels entre voisins, coordonné par des bénévoles',
      'Transport solidaire assuré par des chauffeurs bénévoles, avec une participation modique',
      'Ateliers numériques animés par des lycéens et des retraités formés',
      'Rencontres intergénérationnelles avec les écoles : lectures et ateliers',
      'Groupe de réflexion sur la mobilité réunissant élus, habitants et associations',
    ],
    evaluation:
      'Une cinquantaine de personnes participent régulièrement ; le réseau compte 35 bénévoles, dont une majorité de retraités. Le transport solidaire a assuré plus de 1 200 trajets dans l’année. L’évaluation, menée avec les habitants lors de rencontres dans chaque village, souligne la création de liens durables entre voisins.',
    transformations: {
      residents: [
        'Des aînés qui passent du statut de personnes aidées à celui d’acteurs du réseau',
        'De nouvelles amitiés et une solidarité de proximité entre villages',
      ],
      professionals: [
        'Une meilleure connaissance mutuelle entre caisse agricole, Département, centres sociaux et associations',
        'Un repérage plus précoce des personnes vulnérables',
      ],
      elected: [
        'Des maires qui relaient l’information et mettent des salles à disposition',
        'L’inscription du transport solidaire dans le projet de territoire intercommunal',
      ],
      partners: [
        'Une maison de santé pluriprofessionnelle a adapté ses horaires au transport solidaire',
        'La médiathèque intercommunale accueille les ateliers numériques',
      ],
    },
    keysOfSuccess: [
      'Un diagnostic construit avec les habitants dans leurs propres villages',
      'L’appui continu des élus locaux, relais et facilitateurs',
      'Des bénévoles reconnus et soutenus',
    ],
    vigilance: [
      'L’essoufflement des bénévoles engagés depuis longtemps',
      'La couverture inégale des villages les plus éloignés',
    ],
    perspectives:
      'Le réseau souhaite s’étendre aux communautés de communes voisines et créer une plateforme de répit pour les proches aidants. Une association portée par les habitants est en cours de création pour pérenniser le projet.',
    phases: ['mobilise', 'diagnose', 'act', 'share'],
    resourceIds: ['permanence-hors-les-murs', 'photo-langage', 'frais-de-transport', 'cartographie-des-acteurs'],
  },
  {
    id: 'ateliers-parents-hors-les-murs',
    title: 'Des ateliers entre parents, hors des murs des services sociaux',
    territory: 'Bourg-Lisière',
    territoryType: 'périurbain',
    themes: ['parentalité', 'lien social'],
    public: ['familles', 'parents accompagnés en protection de l’enfance'],
    year: 2021,
    context:
      'À Bourg-Lisière, commune en forte croissance, les professionnels de l’antenne enfance-famille du Département peinaient à mobiliser les parents qu’ils accompagnaient au titre d’une mesure de prévention ou de protection. Les relations étaient souvent tendues, et ces familles ne venaient jamais aux actions de soutien à la parentalité pourtant ouvertes à tous.',
    sharedDiagnostic:
      'Les parents ont été consultés individuellement sur le rythme, le lieu et les sujets possibles. Beaucoup ont exprimé la crainte d’être jugés dans les locaux du service, et le souhait de parler entre parents des sujets qui créent des conflits à la maison : écrans, coucher, argent de poche, école.',
    problemStatement:
      'Nous, parents, considérons que notre problème principal est que nous nous sentons seuls et jugés face aux difficultés avec nos enfants.',
    objectives: [
      'Renforcer la confiance et les compétences des parents',
      'Transformer la relation entre familles et professionnels',
      'Faire connaître les lieux de soutien à la parentalité proches de chez eux',
    ],
    actions: [
      'Quatre cycles de quatre rencontres, organisés au centre social et au lieu d’accueil enfants-parents plutôt qu’à l’antenne',
      'Choix de chaque sujet et du support ludique par les parents et les professionnels ensemble',
      'Présence de l’animatrice famille du centre social comme tiers garant des échanges',
      'Ajout d’une cinquième rencontre animée par un parent qui partage un savoir-faire',
      'Covoiturage organisé entre parents pour ceux qui ne sont pas mobiles',
    ],
    evaluation:
      'Lors du premier cycle, chaque séance se terminait par une évaluation avec des cartes émoticônes, qui a permis d’ajuster le sujet et l’animation suivante. Les cycles suivants ont été évalués en fin de parcours. La plupart des parents ont suivi un cycle complet, et plusieurs ont ensuite fréquenté la halte-garderie et l’épicerie sociale.',
    transformations: {
      residents: [
        'Des parents qui s’entraident en dehors des ateliers : échanges de vêtements, bons plans, accompagnements',
        'Des parents qui diffusent eux-mêmes l’information sur les ateliers',
        'Une meilleure connaissance des ressources du territoire',
      ],
      professionals: [
        'Des relations moins conflictuelles et des accompagnements plus créatifs',
        'La mobilisation de l’entourage des familles intégrée aux pratiques, avec le soutien de l’encadrement',
      ],
      elected: [
        'Des élus satisfaits de voir ces familles fréquenter les services publics qui leur sont destinés',
        'Le financement d’un demi-poste d’éducateur de prévention au centre social',
      ],
      partners: [
        'Un centre social qui accueille désormais des familles qu’il ne touchait pas',
        'Un rapprochement entre acteurs qui travaillaient peu ensemble, dont la gendarmerie',
      ],
    },
    keysOfSuccess: [
      'Des rencontres hors des locaux du service, dans des lieux ouverts à tous',
      'Un cadre ludique et convivial, décidé avec les parents',
    ],
    vigilance: [
      'Bien distinguer l’atelier collectif de la mesure individuelle, pour que la participation reste libre',
      'Prévoir la garde des jeunes enfants pendant les rencontres',
    ],
    perspectives:
      'Les élus de l’intercommunalité ont financé une formation au développement du pouvoir d’agir ouverte à tous les professionnels et bénévoles du territoire. Les parents souhaitent ouvrir les ateliers à ceux qui fréquentent la crèche.',
    phases: ['mobilise', 'coConstruct', 'act', 'evaluate'],
    resourceIds: ['permanence-hors-les-murs', 'accueil-convivial', 'binome-pair-professionnel', 'frais-de-transport'],
  },
  {
    id: 'ambassadeurs-numeriques-lorvenne',
    title: 'Des habitants formés accompagnent leurs voisins dans les démarches en ligne',
    territory: 'Lorvenne',
    territoryType: 'urbain',
    themes: ['numérique', 'accès aux droits'],
    public: ['habitants d’un quartier', 'personnes éloignées du numérique'],
    year: 2024,
    context:
      'Avec la dématérialisation des démarches, les permanences sociales de Lorvenne étaient saturées de demandes d’aide pour une déclaration trimestrielle, une prise de rendez-vous ou un mot de passe perdu. Des habitants reprochaient aux services de les renvoyer vers des sites qu’ils ne savaient pas utiliser.',
    sharedDiagnostic:
      'Une boîte à idées mobile a circulé pendant deux mois entre l’épicerie sociale, le centre social et la médiathèque. Près de 200 cartes ont été recueillies. Un atelier de restitution avec des habitants, des agents du centre communal d’action sociale et des médiateurs numériques a fait émerger un constat : les personnes renoncent à des droits faute d’aide de proximité, et les lieux d’accès existants sont mal connus.',
    problemStatement:
      'Nous, habitants de Lorvenne, considérons que notre problème principal est que nous perdons des droits parce que les démarches se font seulement en ligne.',
    objectives: [
      'Réduire le non-recours aux droits lié au numérique',
      'Faire connaître les lieux d’accès et d’aide au numérique',
      'Reconnaître les compétences des habitants qui aident déjà leurs voisins',
    ],
    actions: [
      'Recensement des lieux d’aide au numérique et carte papier distribuée dans les boîtes aux lettres',
      'Formation de douze habitants « ambassadeurs numériques » par les médiateurs de la médiathèque',
      'Permanences tenues en binôme par un ambassadeur et un médiateur, au marché et à l’épicerie sociale',
      'Co-écriture de fiches pas-à-pas en version facile à lire pour les démarches les plus fréquentes',
      'Réponse publique à chaque carte de la boîte à idées, affichée dans les lieux de collecte',
    ],
    evaluation:
      'En un an, les permanences ont accueilli plus de 600 personnes ; un tiers sont revenues faire seules une démarche ensuite. Un questionnaire de fin d’année a été rempli par les ambassadeurs, les médiateurs et les agents du centre communal, puis les réponses ont été comparées en séance commune.',
    transformations: {
      residents: [
        'Des ambassadeurs reconnus dans leur quartier, dont deux ont trouvé un emploi de médiateur',
        'Des personnes plus autonomes dans leurs démarches',
      ],
      professionals: [
        'Des agents qui orientent vers un lieu précis plutôt que vers un site internet',
        'Un travail commun nouveau entre médiathèque, centre social et centre communal d’action sociale',
      ],
      elected: [
        'L’engagement de la ville à garder un accueil physique pour chaque démarche municipale',
        'L’inscription de l’inclusion numérique dans le contrat de ville',
      ],
      partners: [
        'La caisse d’allocations familiales a formé les ambassadeurs à ses propres démarches',
        'L’épicerie sociale accueille une permanence chaque semaine',
      ],
    },
    keysOfSuccess: [
      'Partir de l’entraide qui existait déjà entre voisins',
      'Répondre publiquement à chaque carte pour montrer que la parole est prise en compte',
    ],
    vigilance: [
      'Les ambassadeurs ne doivent jamais conserver les mots de passe ni les données des personnes',
      'Le bénévolat ne doit pas remplacer l’accueil physique des services publics',
    ],
    perspectives:
      'La ville envisage de rémunérer les ambassadeurs sous forme de vacations. Les fiches pas-à-pas vont être proposées aux autres communes de l’agglomération.',
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
    title: 'Un quartier décide de ses projets pour mieux se nourrir',
    territory: 'Quartier du Moulin-Vert, Sorlinges',
    territoryType: 'quartier prioritaire',
    themes: ['alimentation', 'santé', 'lien social'],
    public: ['familles', 'habitants d’un quartier'],
    year: 2023,
    context:
      'Au Moulin-Vert, la hausse des prix alimentaires a doublé en deux ans la fréquentation de la distribution d’aide alimentaire. Le centre social et la maison des solidarités ont constaté que les familles s’inquiétaient autant de la qualité de ce qu’elles mangeaient que de la quantité. La ville venait d’ouvrir un budget participatif par quartier.',
    sharedDiagnostic:
      'Un diagnostic en marchant a montré l’absence de commerce de fruits et légumes à moins de vingt minutes à pied, et une friche inutilisée au pied des immeubles. Des familles ont raconté, lors d’ateliers cuisine, leurs stratégies pour tenir le budget et ce à quoi elles renonçaient.',
    problemStatement:
      'Nous, familles du Moulin-Vert, considérons que notre problème principal est que nous n’arrivons pas à bien nourrir nos enfants avec notre budget.',
    objectives: [
      'Améliorer l’accès à une alimentation de qualité à petit prix',
      'Donner aux habitants un vrai pouvoir de décision sur les projets du quartier',
      'Créer des occasions de rencontre autour de la cuisine et du jardin',
    ],
    actions: [
      'Accompagnement de familles pour déposer des projets au budget participatif, avec une aide à la rédaction',
      'Vote organisé au marché et au centre social, y compris sur papier',
      'Création d’un jardin partagé sur la friche, géré par une association d’habitants',
      'Ouverture d’une cuisine collective où des habitants animent des ateliers à tour de rôle',
      'Mise en place d’un groupement d’achat de fruits et légumes auprès de producteurs voisins',
    ],
    evaluation:
      'Trois projets portés par des habitants du quartier ont été retenus par le vote, sur neuf déposés. Le jardin compte 40 parcelles et la cuisine collective accueille une soixantaine de personnes chaque mois. Une évaluation croisée entre habitants, élus et professionnels a été menée un an après les premières réalisations.',
    transformations: {
      residents: [
        'Des familles qui mangent plus de légumes frais et partagent leurs recettes',
        'Des habitants devenus porteurs de projet et membres d’une association',
      ],
      professionals: [
        'Des professionnels qui passent de la distribution d’aide à l’accompagnement de projets d’habitants',
        'Une coopération nouvelle entre la diététicienne de la protection maternelle et infantile et le centre social',
      ],
      elected: [
        'La ville a réservé une part du budget participatif aux quartiers prioritaires',
        'Des élus qui ont constaté l’intérêt d’un vote accessible hors ligne',
      ],
      partners: [
        'Des producteurs locaux qui ont trouvé un débouché régulier',
        'Le bailleur a mis la friche à disposition par convention',
      ],
    },
    keysOfSuccess: [
      'Un accompagnement au dépôt de projet pour que les habitants les plus éloignés puissent participer',
      'Des règles du budget participatif expliquées en langage simple',
    ],
    vigilance: [
      'Sans accompagnement, les projets des quartiers les mieux organisés l’emportent',
      'Le délai entre le vote et la réalisation peut décourager : il faut informer à chaque étape',
    ],
    perspectives:
      'L’association d’habitants souhaite ouvrir une épicerie solidaire gérée avec les usagers. Le groupement d’achat doit s’étendre à deux autres quartiers de Sorlinges.',
    phases: ['diagnose', 'coConstruct', 'decide', 'act', 'evaluate'],
    resourceIds: ['budget-participatif', 'diagnostic-en-marchant', 'evaluation-croisee', 'reunion-accessible-falc'],
  },
];
