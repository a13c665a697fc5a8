import type { PlainText, Resource } from '../content.types.js';

/** A citizen-facing text: plain French first, then its FALC (easy-to-read) version. */
const pt = (standard: string, falc: string): PlainText => ({ standard, falc });

/**
 * The resource centre: methods and tools a group can pick up at each phase of the
 * participation cycle. Written for Participe from the practices described in the
 * project's source documents; every text is original.
 */
export const resources: Resource[] = [
  {
    id: 'porte-a-porte',
    type: 'method',
    title: pt('Porte-à-porte', 'Aller frapper aux portes'),
    summary: pt(
      'Aller voir les habitants chez eux ou en bas de l’immeuble, à deux, pour présenter la démarche et écouter ce qui les préoccupe au quotidien.',
      'On va voir les gens chez eux. On y va à deux. On explique le projet. On écoute ce qui ne va pas pour eux.',
    ),
    whenToUse: pt(
      'Au démarrage, pour rencontrer les personnes qui ne viennent jamais aux réunions, et juste avant une première rencontre collective pour rappeler la date et le lieu.',
      'Au début du projet. Pour parler aux gens qui ne viennent pas aux réunions. Avant une réunion, pour rappeler le jour et le lieu.',
    ),
    steps: [
      pt(
        'Préparer un message court et un petit papier qui donne la date, l’heure et le lieu de la première rencontre.',
        'Préparer un petit papier. Il dit le jour, l’heure et le lieu de la réunion.',
      ),
      pt(
        'Partir en binôme : deux professionnels de structures différentes, ou un professionnel avec un habitant déjà engagé.',
        'Partir à deux. Par exemple : un professionnel et un habitant.',
      ),
      pt(
        'Écouter avant de présenter : noter les « épines dans le pied » que les gens racontent, sans promettre de solution.',
        'D’abord écouter. Noter ce qui gêne les gens. Ne pas promettre ce qu’on ne peut pas faire.',
      ),
      pt(
        'Proposer de laisser un moyen de contact, seulement si la personne est d’accord, pour la prévenir des prochaines rencontres.',
        'Demander si la personne veut être prévenue. Si elle dit oui, noter comment la joindre.',
      ),
      pt(
        'La veille ou le jour même, repasser ou rappeler, et aller chercher celles et ceux qui hésitent ou se sont trompés de lieu.',
        'La veille, repasser ou appeler. Le jour de la réunion, aller chercher ceux qui hésitent.',
      ),
    ],
    phases: ['mobilise', 'diagnose'],
    duration: '2 à 3 demi-journées',
    tags: ['aller-vers', 'mobilisation', 'quartier', 'écoute'],
  },
  {
    id: 'porteurs-de-paroles',
    type: 'method',
    title: pt('Porteurs de paroles', 'Poser une question aux passants'),
    summary: pt(
      'S’installer dans un lieu public avec une question écrite en grand, engager la conversation avec les passants et afficher leurs réponses pour ouvrir le débat.',
      'On s’installe dans la rue ou au marché. On écrit une question en grand. On parle avec les passants. On affiche leurs réponses.',
    ),
    whenToUse: pt(
      'Pour faire entendre la voix des personnes concernées au-delà du groupe, recueillir des avis variés ou bousculer des préjugés, par exemple sur les allocataires du RSA.',
      'Pour parler avec beaucoup de gens. Pour changer les idées fausses sur les personnes qui ont le RSA.',
    ),
    steps: [
      pt(
        'Choisir ensemble une question ouverte qui fait réagir, par exemple « Pour vous, vivre du RSA, c’est quoi ? ».',
        'Choisir une question ensemble. Une question qui fait parler les gens.',
      ),
      pt(
        'Se former à deux jours d’animation : aborder un inconnu, relancer, écrire fidèlement ce qui est dit.',
        'Apprendre pendant 2 jours. Apprendre à parler à quelqu’un qu’on ne connaît pas. Apprendre à écrire ce qu’il dit.',
      ),
      pt(
        'S’installer un jour de marché, avec des affiches, des fils et des pinces pour accrocher les paroles recueillies.',
        'Aller au marché. Accrocher les réponses sur des fils, comme du linge.',
      ),
      pt(
        'Noter chaque parole sur une affiche, avec l’accord de la personne et sans son nom.',
        'Écrire chaque réponse sur une feuille. Demander l’accord. Ne pas écrire le nom.',
      ),
      pt(
        'Faire le bilan en groupe et garder les paroles comme matériau pour le diagnostic partagé.',
        'Après, parler ensemble de ce qu’on a entendu. Garder les réponses pour la suite.',
      ),
    ],
    phases: ['mobilise', 'diagnose', 'share'],
    duration: '2 jours de formation, puis une matinée',
    tags: ['espace public', 'préjugés', 'débat', 'aller-vers'],
  },
  {
    id: 'groupe-ressource',
    type: 'method',
    title: pt('Groupe ressource de personnes concernées', 'Un groupe de personnes qui connaissent la situation'),
    summary: pt(
      'Un groupe mixte de 12 à 20 personnes, à parité entre personnes concernées et autres participants (professionnels, élus, partenaires), qui se réunit chaque mois et donne son avis sur une politique publique.',
      'Un groupe de 12 à 20 personnes. La moitié vit la situation. L’autre moitié : des professionnels, des élus, des partenaires. Le groupe se voit chaque mois. Il donne son avis.',
    ),
    whenToUse: pt(
      'Quand une institution veut que l’expertise d’usage pèse durablement sur une politique, par exemple le programme départemental d’insertion (PDI), au-delà d’une consultation ponctuelle.',
      'Quand le Département veut l’avis des personnes sur la durée. Pas seulement une fois.',
    ),
    steps: [
      pt(
        'Écrire le mandat avec l’institution : sur quels sujets l’avis du groupe est attendu, et ce qui sera fait de ses propositions.',
        'Écrire à quoi sert le groupe. Écrire ce que le Département fera de ses idées.',
      ),
      pt(
        'Constituer le groupe par plusieurs portes d’entrée (actions d’insertion, référents, porte-à-porte) en visant la parité.',
        'Trouver des membres de plusieurs façons. Garder la moitié de personnes concernées.',
      ),
      pt(
        'Adopter une charte commune et prévoir transport, horaires et frais pour que chacun puisse venir.',
        'Écrire ensemble les règles du groupe. Prévoir le transport et les frais.',
      ),
      pt(
        'Se réunir chaque mois, tenir un compte rendu, et envoyer des membres en binôme dans les commissions de l’institution.',
        'Se réunir chaque mois. Écrire ce qui a été dit. Aller à deux dans les réunions du Département.',
      ),
      pt(
        'Faire le bilan chaque année, remettre une attestation à chacun et renouveler une partie du groupe.',
        'Chaque année, faire le bilan. Donner une attestation. Accueillir de nouveaux membres.',
      ),
    ],
    phases: ['mobilise', 'coConstruct', 'evaluate'],
    duration: '1 an, renouvelable',
    tags: ['parité', 'insertion', 'RSA', 'expertise d’usage'],
  },
  {
    id: 'charte-du-groupe',
    type: 'tool',
    title: pt('Charte du groupe', 'Les règles du groupe'),
    summary: pt(
      'Un texte court, écrit et adopté par le groupe, qui fixe les règles de fonctionnement : coresponsabilité, bienveillance, confidentialité, et les engagements de l’institution.',
      'Un texte court. Le groupe l’écrit ensemble. Il dit comment on travaille. On est tous responsables. On se respecte. Ce qui est dit reste dans le groupe.',
    ),
    whenToUse: pt(
      'Dès les premières séances, avant de travailler sur le fond, puis chaque fois que de nouveaux membres arrivent.',
      'Au début du groupe. Et quand de nouvelles personnes arrivent.',
    ),
    steps: [
      pt(
        'Recueillir ce dont chacun a besoin pour se sentir à l’aise, par exemple avec des papillons adhésifs.',
        'Chacun dit ce qu’il lui faut pour être bien dans le groupe.',
      ),
      pt(
        'Rédiger ensemble, en mots simples : coresponsabilité, bienveillance, confidentialité, droit de ne pas parler.',
        'Écrire les règles avec des mots simples. Par exemple : on ne se moque pas. On a le droit de ne pas parler.',
      ),
      pt(
        'Ajouter ce que l’institution s’engage à faire : répondre à chaque proposition, dans quel délai, prendre en charge les frais.',
        'Écrire aussi ce que l’institution promet. Par exemple : répondre à chaque idée. Payer le transport.',
      ),
      pt(
        'Adopter la charte et la faire signer par tous, professionnels et élus compris.',
        'Tout le monde signe. Les professionnels et les élus aussi.',
      ),
      pt(
        'La relire régulièrement et la modifier quand le groupe change.',
        'Relire les règles de temps en temps. Les changer si besoin.',
      ),
    ],
    phases: ['mobilise'],
    duration: '1 séance de 2 heures',
    tags: ['règles', 'confidentialité', 'bienveillance', 'coresponsabilité'],
  },
  {
    id: 'photo-langage',
    type: 'tool',
    title: pt('Photo-langage', 'Parler avec des photos'),
    summary: pt(
      'Chacun choisit une photo parmi une quarantaine étalées sur une table pour dire ce qu’il ressent sur une question : un support qui aide à prendre la parole sans avoir à chercher ses mots.',
      'Des photos sont posées sur une table. Chacun choisit une photo. Avec la photo, il dit ce qu’il pense. C’est plus facile pour parler.',
    ),
    whenToUse: pt(
      'Pour lancer un diagnostic, faire parler des personnes peu habituées aux réunions, ou recueillir les ressentis lors d’une évaluation.',
      'Pour commencer à parler d’un sujet. Pour aider les personnes qui n’osent pas parler.',
    ),
    steps: [
      pt(
        'Formuler une question simple, par exemple « Qu’est-ce que l’accueil au guichet représente pour vous ? ».',
        'Choisir une question simple.',
      ),
      pt(
        'Étaler 40 à 60 photos variées (lieux, visages, objets, paysages) et laisser chacun choisir en silence.',
        'Poser beaucoup de photos sur la table. Chacun choisit sans parler.',
      ),
      pt(
        'Faire un tour de parole : chacun explique son choix, sans être interrompu ni jugé.',
        'Chacun dit pourquoi il a choisi sa photo. Personne ne coupe la parole.',
      ),
      pt(
        'Noter au tableau les mots qui reviennent et les regrouper avec le groupe.',
        'On écrit les mots qui reviennent souvent.',
      ),
    ],
    phases: ['diagnose', 'evaluate'],
    duration: '1 h 30',
    tags: ['expression', 'image', 'animation', 'ressenti'],
  },
  {
    id: 'conference-familiale',
    type: 'method',
    title: pt('Conférence familiale', 'Réunir la famille pour trouver des solutions'),
    summary: pt(
      'La famille et son entourage (proches, amis, voisins) se réunissent pour répondre à une question centrale et construire leur propre plan d’action. Un coordinateur prépare la rencontre pendant deux à trois mois ; la famille reste maîtresse des décisions.',
      'La famille invite ses proches, ses amis, ses voisins. Ensemble, ils cherchent des solutions. Une personne aide à préparer la réunion. C’est la famille qui décide.',
    ),
    whenToUse: pt(
      'Quand une personne ou une famille fait face à une difficulté (éducation d’un enfant, isolement, risque de placement) et que l’on veut mobiliser ses ressources et son réseau plutôt que décider à sa place.',
      'Quand une famille a un gros problème. Quand on veut que la famille trouve elle-même les solutions.',
    ),
    steps: [
      pt(
        'Avec le coordinateur, la famille formule une question centrale claire, ouverte, qui ne contient pas déjà la réponse.',
        'La famille écrit sa question. Une question claire. La réponse n’est pas dans la question.',
      ),
      pt(
        'Le coordinateur rencontre chaque personne que la famille souhaite inviter, y compris des proches éloignés ; compter 30 à 35 heures sur deux à trois mois.',
        'La personne qui aide va voir chaque invité. Cela prend 2 à 3 mois.',
      ),
      pt(
        'Lors de la réunion finale, les professionnels donnent les informations utiles puis laissent la famille délibérer seule.',
        'Le jour de la réunion, les professionnels donnent des informations. Puis ils sortent. La famille parle seule.',
      ),
      pt(
        'La famille présente son plan d’action : qui fait quoi, quand ; les professionnels vérifient seulement que la sécurité de chacun est assurée.',
        'La famille présente son plan. Le plan dit qui fait quoi et quand.',
      ),
      pt(
        'La famille évalue la conférence à la fin de la réunion, puis le plan d’action est évalué avec elle quelques mois plus tard.',
        'À la fin, la famille dit si la réunion était utile. Quelques mois après, on regarde ensemble si le plan marche.',
      ),
    ],
    phases: ['diagnose', 'coConstruct', 'evaluate'],
    duration: '2 à 3 mois',
    tags: ['famille', 'entourage', 'protection de l’enfance', 'pouvoir d’agir'],
  },
  {
    id: 'diagnostic-en-marchant',
    type: 'method',
    title: pt('Diagnostic en marchant', 'Faire le tour du quartier ensemble'),
    summary: pt(
      'Un parcours à pied dans le quartier avec des habitants, des professionnels et des élus, pour repérer ensemble ce qui fonctionne, ce qui manque et ce qui pose problème, sur place.',
      'On marche dans le quartier. Avec des habitants, des professionnels, des élus. On regarde ce qui va bien. On regarde ce qui ne va pas.',
    ),
    whenToUse: pt(
      'Au début d’un diagnostic partagé, pour que chacun voie le quartier avec les yeux de ceux qui y vivent, et pour que les habitants guident les décideurs.',
      'Au début du projet. Pour que les élus voient le quartier comme les habitants.',
    ),
    steps: [
      pt(
        'Laisser les habitants choisir le trajet et les arrêts : ce qu’ils veulent montrer, en bien comme en mal.',
        'Les habitants choisissent le chemin. Ils montrent ce qu’ils veulent.',
      ),
      pt(
        'Former des petits groupes mixtes et confier à chacun un carnet, un plan et si possible un appareil photo.',
        'Faire des petits groupes. Chaque groupe a un plan et un carnet.',
      ),
      pt(
        'À chaque arrêt, laisser un habitant expliquer ; les autres posent des questions et notent.',
        'À chaque arrêt, un habitant explique. Les autres écoutent et notent.',
      ),
      pt(
        'Se retrouver autour d’un café pour mettre en commun et classer les constats.',
        'Après, boire un café ensemble. Mettre en commun ce qu’on a vu.',
      ),
      pt(
        'Envoyer à tous une synthèse illustrée dans les quinze jours.',
        'Envoyer un résumé avec des photos à tout le monde.',
      ),
    ],
    phases: ['diagnose'],
    duration: '2 heures 30',
    tags: ['quartier', 'diagnostic', 'cadre de vie', 'élus'],
  },
  {
    id: 'arbre-a-problemes',
    type: 'tool',
    title: pt('Arbre à problèmes', 'L’arbre des causes et des effets'),
    summary: pt(
      'Un dessin d’arbre pour analyser un problème : le tronc porte le problème principal, les racines ses causes, les branches ses conséquences. Il aide à passer des plaintes aux leviers d’action.',
      'On dessine un arbre. Le tronc, c’est le problème. Les racines, ce sont les causes. Les branches, ce sont les effets.',
    ),
    whenToUse: pt(
      'Une fois le problème principal choisi, pour comprendre d’où il vient et repérer les causes sur lesquelles le groupe peut agir.',
      'Quand on a choisi le problème. Pour comprendre d’où il vient.',
    ),
    steps: [
      pt(
        'Dessiner un grand arbre et écrire le problème principal sur le tronc.',
        'Dessiner un grand arbre. Écrire le problème sur le tronc.',
      ),
      pt(
        'Demander « pourquoi ? » plusieurs fois et placer les réponses en racines.',
        'Se demander : pourquoi ? Écrire les réponses dans les racines.',
      ),
      pt(
        'Demander « et alors ? » et placer les conséquences vécues en branches.',
        'Se demander : qu’est-ce que ça change pour nous ? Écrire les réponses dans les branches.',
      ),
      pt(
        'Entourer les racines sur lesquelles le groupe, ou l’institution, peut vraiment agir.',
        'Entourer les causes sur lesquelles on peut agir.',
      ),
    ],
    phases: ['diagnose', 'coConstruct'],
    duration: '1 h 30',
    tags: ['analyse', 'causes', 'diagnostic', 'animation'],
  },
  {
    id: 'enonce-du-probleme',
    type: 'method',
    title: pt('Énoncer le problème en une phrase', 'Dire notre problème en une phrase'),
    summary: pt(
      'Issue de la démarche de développement du pouvoir d’agir (DPA), cette méthode amène les personnes concernées à dire elles-mêmes, en une seule phrase, le problème sur lequel elles veulent agir : « Nous, …, considérons que notre problème principal est … ».',
      'Les personnes disent leur problème en une phrase. La phrase commence par : « Nous, … ». Ce sont les personnes concernées qui choisissent les mots.',
    ),
    whenToUse: pt(
      'Pour clore le diagnostic partagé : tant que le problème n’est pas dit par les personnes concernées elles-mêmes, le groupe risque de travailler sur celui des professionnels.',
      'À la fin du diagnostic. Pour être sûr qu’on parle du problème des habitants. Pas du problème des professionnels.',
    ),
    steps: [
      pt(
        'Lister les « épines dans le pied » recueillies pendant l’écoute (porte-à-porte, permanences, marches).',
        'Faire la liste de tout ce qui gêne les gens.',
      ),
      pt(
        'Choisir celle qui compte le plus pour le groupe et sur laquelle il peut agir.',
        'Choisir le problème le plus important. Un problème sur lequel on peut agir.',
      ),
      pt(
        'Écrire la phrase avec les mots des personnes concernées, en commençant par « Nous, … ».',
        'Écrire la phrase avec nos mots. Elle commence par « Nous ».',
      ),
      pt(
        'Vérifier que chacun se reconnaît dans la phrase ; la reformuler jusqu’à ce que ce soit le cas.',
        'Vérifier que tout le monde est d’accord. Sinon, changer la phrase.',
      ),
      pt(
        'Analyser le contexte : qui est concerné, quels sont les freins, qui peut aider, que veut-on gagner.',
        'Se demander : qui est touché ? Qu’est-ce qui bloque ? Qui peut nous aider ? Qu’est-ce qu’on veut obtenir ?',
      ),
    ],
    phases: ['diagnose'],
    duration: '1 à 2 séances',
    tags: ['pouvoir d’agir', 'DPA', 'diagnostic', 'problème'],
  },
  {
    id: 'world-cafe',
    type: 'method',
    title: pt('World café', 'Discuter par petites tables'),
    summary: pt(
      'Des discussions en petites tables de quatre à six personnes, par tours de vingt minutes : un hôte reste à chaque table, les autres changent, et les idées se croisent d’une table à l’autre.',
      'On discute à des petites tables. Toutes les 20 minutes, on change de table. Une personne reste pour raconter ce qui a été dit.',
    ),
    whenToUse: pt(
      'Pour faire émerger beaucoup de propositions avec un grand nombre de participants, par exemple lors d’une journée réunissant habitants, professionnels et élus.',
      'Quand il y a beaucoup de monde. Pour trouver beaucoup d’idées.',
    ),
    steps: [
      pt(
        'Préparer deux ou trois questions ouvertes et une nappe en papier par table.',
        'Préparer 2 ou 3 questions. Mettre une grande feuille sur chaque table.',
      ),
      pt(
        'Mélanger les participants à chaque table : habitants, professionnels, élus côte à côte.',
        'Mélanger les gens à chaque table.',
      ),
      pt(
        'Lancer des tours de vingt minutes ; l’hôte accueille les nouveaux et résume ce qui a été dit avant.',
        'Toutes les 20 minutes, on change de table. La personne qui reste raconte.',
      ),
      pt(
        'Terminer par une mise en commun où chaque hôte présente les idées fortes de sa table.',
        'À la fin, chaque table dit ses meilleures idées.',
      ),
    ],
    phases: ['coConstruct', 'share'],
    duration: '2 heures',
    tags: ['propositions', 'grand groupe', 'intelligence collective'],
  },
  {
    id: 'theatre-forum',
    type: 'method',
    title: pt('Théâtre-forum', 'Jouer une scène pour chercher des solutions'),
    summary: pt(
      'Des participants jouent une courte scène tirée de leur vécu (un rendez-vous qui tourne mal, un guichet). Le public peut ensuite arrêter la scène et prendre la place d’un personnage pour essayer une autre issue.',
      'Des personnes jouent une scène de la vie. Par exemple : un rendez-vous difficile. Le public peut arrêter la scène. Il peut jouer à la place d’un acteur pour essayer autre chose.',
    ),
    whenToUse: pt(
      'Pour faire comprendre une situation vécue aux professionnels et aux élus, et chercher ensemble des changements concrets de pratiques.',
      'Pour montrer aux professionnels et aux élus ce que vivent les personnes. Pour chercher ensemble comment faire mieux.',
    ),
    steps: [
      pt(
        'Recueillir en atelier des situations vécues et en choisir une ou deux.',
        'Raconter des moments difficiles. En choisir un ou deux.',
      ),
      pt(
        'Écrire et répéter la scène avec un animateur, si possible une compagnie de théâtre.',
        'Préparer la scène avec une personne du théâtre.',
      ),
      pt(
        'Jouer la scène une première fois devant le public, sans interruption.',
        'Jouer la scène une fois devant le public.',
      ),
      pt(
        'La rejouer : un spectateur crie « stop » et remplace un personnage pour essayer autre chose.',
        'La jouer encore. Quelqu’un du public dit « stop ». Il prend la place d’un acteur.',
      ),
      pt('Noter les pistes trouvées et les transformer en propositions.', 'Écrire les bonnes idées trouvées.'),
    ],
    phases: ['diagnose', 'coConstruct', 'share'],
    duration: '3 séances de préparation, puis 2 heures',
    tags: ['théâtre', 'culture', 'posture', 'expression'],
  },
  {
    id: 'boite-a-idees-mobile',
    type: 'tool',
    title: pt('Boîte à idées mobile', 'Une boîte à idées qui se déplace'),
    summary: pt(
      'Une boîte et des cartes simples qui circulent entre les lieux fréquentés (accueil de la maison des solidarités, épicerie sociale, centre social, marché) pour recueillir constats, questions et idées, avec l’engagement que chacun recevra une réponse affichée.',
      'Une boîte à idées voyage dans plusieurs lieux. On écrit ou on dessine son idée sur une carte. Chaque idée reçoit une réponse.',
    ),
    whenToUse: pt(
      'Pour recueillir la parole de personnes qui ne viendront pas à une réunion, en complément d’une saisie en ligne ou accompagnée.',
      'Pour les personnes qui ne viennent pas aux réunions.',
    ),
    steps: [
      pt(
        'Imprimer des cartes avec trois questions courtes et de la place pour écrire ou dessiner.',
        'Faire des cartes avec 3 questions simples.',
      ),
      pt(
        'Faire tourner la boîte chaque mois entre plusieurs lieux, avec une personne qui peut aider à écrire.',
        'Changer la boîte de lieu chaque mois. Quelqu’un peut aider à écrire.',
      ),
      pt(
        'Relever les cartes, les saisir comme contributions et les transmettre au service concerné.',
        'Ramasser les cartes. Les envoyer au bon service.',
      ),
      pt(
        'Afficher à côté de la boîte les réponses données aux cartes du mois précédent.',
        'Afficher les réponses à côté de la boîte.',
      ),
    ],
    phases: ['mobilise', 'coConstruct'],
    duration: 'Toute l’année, relève mensuelle',
    tags: ['recueil', 'idées', 'aller-vers', 'contributions'],
  },
  {
    id: 'reunion-mensuelle',
    type: 'method',
    title: pt('Réunion mensuelle du groupe', 'La réunion de chaque mois'),
    summary: pt(
      'Un rendez-vous fixe, par exemple le premier lundi après-midi du mois, qui donne un rythme au groupe : ordre du jour construit ensemble, compte rendu, et objectifs de la séance suivante validés en fin de réunion.',
      'Le groupe se voit une fois par mois. Toujours le même jour. On décide ensemble de quoi on parle. À la fin, on décide ce qu’on fera la prochaine fois.',
    ),
    whenToUse: pt(
      'Pour tout groupe qui travaille dans la durée ; le même jour et la même heure chaque mois facilitent l’organisation des personnes (garde d’enfants, transport, travail).',
      'Pour un groupe qui dure longtemps. Le même jour chaque mois, c’est plus facile à retenir.',
    ),
    steps: [
      pt(
        'Fixer avec le groupe le jour, l’heure et le lieu, compatibles avec les transports et les horaires d’école.',
        'Choisir ensemble le jour, l’heure et le lieu.',
      ),
      pt(
        'Envoyer une invitation simple une semaine avant, avec l’ordre du jour.',
        'Envoyer l’invitation une semaine avant.',
      ),
      pt(
        'Ouvrir par un temps d’accueil et un point sur les réponses reçues depuis la dernière fois.',
        'Commencer par un café. Dire les réponses reçues depuis la dernière réunion.',
      ),
      pt(
        'Travailler le sujet du jour, puis valider ensemble les objectifs de la prochaine séance.',
        'Travailler sur le sujet du jour. Décider ce qu’on fera la prochaine fois.',
      ),
      pt(
        'Rédiger un compte rendu court, relu par un membre du groupe, et le diffuser.',
        'Écrire un résumé court. Un membre du groupe le relit.',
      ),
    ],
    phases: ['mobilise', 'coConstruct', 'act'],
    duration: '2 h 30 par mois',
    tags: ['rythme', 'organisation', 'compte rendu'],
  },
  {
    id: 'binome-pair-professionnel',
    type: 'method',
    title: pt('Binôme pair et professionnel', 'Animer à deux : une personne concernée et un professionnel'),
    summary: pt(
      'Une personne concernée, ayant l’expérience vécue de la situation (pair), et un professionnel préparent et animent ensemble les séances, les permanences ou les rencontres avec l’institution.',
      'Deux personnes animent ensemble. L’une a vécu la situation. L’autre est un professionnel. Ils préparent tout à deux.',
    ),
    whenToUse: pt(
      'Quand le groupe est installé et que des membres veulent prendre davantage de place, ou pour des actions d’aller-vers où la parole d’un pair met en confiance.',
      'Quand des membres du groupe veulent prendre plus de place. Quand on va vers des personnes qui ne font pas confiance.',
    ),
    steps: [
      pt(
        'Proposer le rôle à une personne volontaire et convenir de ce qu’elle souhaite faire.',
        'Demander qui veut animer. Dire ce que la personne a envie de faire.',
      ),
      pt('Préparer chaque séance à deux, en se répartissant les temps de parole.', 'Préparer chaque réunion à deux.'),
      pt(
        'Animer côte à côte : le pair ouvre souvent la séance, le professionnel garde le cadre et le temps.',
        'Animer ensemble, côte à côte.',
      ),
      pt(
        'Débriefer après chaque séance et reconnaître ce rôle (attestation, défraiement, formation).',
        'Après chaque réunion, dire ce qui a marché. Reconnaître le travail de la personne.',
      ),
    ],
    phases: ['mobilise', 'coConstruct', 'act'],
    duration: 'Sur la durée du projet',
    tags: ['pair-aidance', 'coanimation', 'posture'],
  },
  {
    id: 'cartographie-des-acteurs',
    type: 'tool',
    title: pt('Cartographie des acteurs', 'La carte de qui fait quoi'),
    summary: pt(
      'Une carte, dessinée avec le groupe, de ceux qui décident, agissent, sont touchés ou peuvent aider sur le problème : services, élus, bailleur, associations, voisins, personnes ressources.',
      'On dessine une carte. On y met qui décide, qui agit et qui peut aider. Par exemple : la mairie, le bailleur, les associations.',
    ),
    whenToUse: pt(
      'Après avoir énoncé le problème, pour savoir à qui adresser une proposition et qui peut s’allier au groupe.',
      'Quand on sait quel est le problème. Pour savoir à qui parler.',
    ),
    steps: [
      pt('Écrire le problème au centre d’une grande feuille.', 'Écrire le problème au milieu d’une grande feuille.'),
      pt(
        'Placer les acteurs en cercles : plus ils ont de pouvoir sur le problème, plus ils sont près du centre.',
        'Mettre près du centre ceux qui peuvent le plus changer les choses.',
      ),
      pt(
        'Tracer les liens existants et ceux à créer, avec le nom du service plutôt que celui d’une personne.',
        'Tracer des traits entre ceux qui se parlent déjà.',
      ),
      pt(
        'Choisir les deux ou trois acteurs à rencontrer en priorité et qui, dans le groupe, prend contact.',
        'Choisir qui on va voir en premier. Choisir qui prend rendez-vous.',
      ),
    ],
    phases: ['diagnose', 'decide'],
    duration: '1 h 30',
    tags: ['partenaires', 'pouvoir', 'réseau', 'diagnostic'],
  },
  {
    id: 'tableau-de-suivi-des-reponses',
    type: 'tool',
    title: pt('Tableau de suivi des réponses', 'Le tableau qui suit chaque idée'),
    summary: pt(
      'Un tableau partagé qui suit chaque contribution du groupe : date, service destinataire, délai de réponse promis, réponse publiée et ses raisons, engagements pris, avancement. Une contribution sans réponse dans le délai y apparaît en retard.',
      'Un tableau suit chaque idée du groupe. Il dit qui doit répondre et quand. Il montre la réponse. Si la réponse arrive en retard, on le voit.',
    ),
    whenToUse: pt(
      'Dès que le groupe transmet ses premières propositions, pour lutter contre le sentiment que « rien ne change ».',
      'Dès que le groupe envoie ses idées. Pour que personne ne pense : « rien ne change ».',
    ),
    steps: [
      pt(
        'Convenir avec l’institution d’un délai de réponse, par exemple deux mois, et d’une personne qui coordonne les réponses.',
        'Décider avec l’institution en combien de temps elle répond.',
      ),
      pt(
        'Inscrire chaque contribution dès son dépôt, avec le service chargé d’y répondre.',
        'Écrire chaque idée dans le tableau. Écrire qui doit répondre.',
      ),
      pt(
        'Publier chaque réponse avec ses raisons, y compris quand c’est un refus.',
        'Écrire chaque réponse et pourquoi. Même quand c’est non.',
      ),
      pt(
        'Passer le tableau en revue au début de chaque réunion mensuelle.',
        'Regarder le tableau au début de chaque réunion.',
      ),
      pt(
        'Mettre à jour l’avancement des engagements jusqu’à leur réalisation.',
        'Écrire où en sont les actions promises.',
      ),
    ],
    phases: ['decide', 'act'],
    duration: 'En continu',
    tags: ['redevabilité', 'réponses', 'suivi', 'transparence'],
  },
  {
    id: 'restitution-publique',
    type: 'method',
    title: pt('Restitution publique', 'Une grande réunion pour montrer les résultats'),
    summary: pt(
      'Un temps ouvert, co-animé par les participants, où l’on présente ce qui a été proposé, ce que l’institution a répondu et ce qui a été réalisé, devant les élus, les professionnels et d’autres habitants.',
      'Une réunion ouverte à tous. Le groupe explique ses idées. L’institution dit ce qu’elle a fait. Les élus sont là.',
    ),
    whenToUse: pt(
      'À la fin d’un cycle ou d’une année de travail, pour rendre des comptes, valoriser le groupe et donner envie à d’autres de rejoindre la démarche.',
      'À la fin de l’année. Pour montrer le travail du groupe. Pour donner envie à d’autres de venir.',
    ),
    steps: [
      pt(
        'Choisir avec le groupe le format, le lieu et qui prend la parole ; préparer les interventions ensemble.',
        'Choisir ensemble comment présenter. Choisir qui parle.',
      ),
      pt(
        'Inviter largement, avec une invitation de l’élu responsable et une version facile à lire.',
        'Inviter beaucoup de monde.',
      ),
      pt(
        'Présenter pour chaque proposition : ce qui a été demandé, la réponse, ce qui est fait ou prévu.',
        'Pour chaque idée, dire : ce qu’on a demandé, la réponse, ce qui est fait.',
      ),
      pt(
        'Laisser du temps aux questions de la salle et aux engagements nouveaux des élus.',
        'Laisser la salle poser des questions.',
      ),
      pt('Publier un compte rendu et le lier aux contributions concernées.', 'Écrire un résumé et le publier.'),
    ],
    phases: ['act', 'share'],
    duration: '1 journée',
    tags: ['redevabilité', 'valorisation', 'événement', 'élus'],
  },
  {
    id: 'lettre-de-retour',
    type: 'tool',
    title: pt('Lettre de retour', 'La lettre qui donne la réponse'),
    summary: pt(
      'Un courrier court envoyé à chaque participant après une décision : ce qui a été décidé sur sa proposition, pourquoi, ce qui va se passer ensuite et à qui s’adresser.',
      'Une lettre courte. Elle dit ce qui a été décidé sur votre idée. Elle dit pourquoi. Elle dit ce qui va se passer.',
    ),
    whenToUse: pt(
      'Chaque fois que l’institution tranche sur une proposition, en particulier lorsqu’elle ne peut pas la retenir.',
      'Chaque fois que l’institution répond à une idée. Surtout quand elle dit non.',
    ),
    steps: [
      pt(
        'Reprendre la proposition avec les mots de ceux qui l’ont faite.',
        'Redire l’idée avec les mots de la personne.',
      ),
      pt(
        'Donner la décision et ses raisons, sans jargon ; expliquer les sigles.',
        'Donner la réponse et dire pourquoi. Avec des mots simples.',
      ),
      pt(
        'Dire ce qui va se passer et quand, ou ce qui pourrait faire changer la décision.',
        'Dire ce qui va se passer et quand.',
      ),
      pt(
        'Indiquer un service à contacter (et non une adresse personnelle) et l’inviter à la prochaine réunion.',
        'Dire quel service appeler. Inviter à la prochaine réunion.',
      ),
    ],
    phases: ['decide', 'act'],
    duration: '1 heure par lettre',
    tags: ['réponse', 'courrier', 'redevabilité', 'langage clair'],
  },
  {
    id: 'attestation-de-participation',
    type: 'tool',
    title: pt('Attestation de participation', 'Un papier qui prouve ce que vous avez appris'),
    summary: pt(
      'Un document remis à chaque participant, qui décrit son engagement et les compétences développées (prendre la parole en public, travailler en groupe, rédiger un compte rendu, animer) et qu’il peut valoriser dans son parcours d’insertion.',
      'Un papier officiel. Il dit que vous avez participé. Il dit ce que vous avez appris. Par exemple : parler en public. Vous pouvez le montrer pour trouver un travail ou une formation.',
    ),
    whenToUse: pt(
      'À la fin de chaque année ou au départ d’un membre, et chaque fois qu’une personne en a besoin pour une démarche d’emploi ou de formation.',
      'À la fin de l’année. Ou quand vous quittez le groupe. Ou quand vous en avez besoin.',
    ),
    steps: [
      pt(
        'Faire avec la personne le point sur ce qu’elle a fait et appris, à partir d’une liste de compétences.',
        'Parler avec la personne de ce qu’elle a appris.',
      ),
      pt(
        'Rédiger l’attestation en termes concrets, sans mentionner le RSA ni la situation sociale.',
        'Écrire l’attestation. Ne pas écrire que la personne a le RSA.',
      ),
      pt('La faire signer par un élu ou un responsable de l’institution.', 'Un élu ou un responsable signe.'),
      pt(
        'La remettre lors d’un moment convivial ou d’une restitution publique.',
        'Donner l’attestation pendant une fête ou une grande réunion.',
      ),
    ],
    phases: ['evaluate', 'share'],
    duration: '30 minutes par personne',
    tags: ['reconnaissance', 'compétences', 'insertion', 'valorisation'],
  },
  {
    id: 'frais-de-transport',
    type: 'tool',
    title: pt('Prise en charge des frais et du transport', 'On paie votre transport'),
    summary: pt(
      'Des règles simples pour que venir ne coûte rien : tickets ou carburant avancés, covoiturage ou ramassage en zone rurale, garde d’enfants, repas. Le transport et les horaires sont des conditions de la participation.',
      'Venir ne doit rien vous coûter. On vous donne des tickets de bus. On peut venir vous chercher. On peut garder vos enfants.',
    ),
    whenToUse: pt(
      'Dès la constitution du groupe, et en particulier en milieu rural ou quand les réunions ont lieu loin du domicile des personnes.',
      'Dès le début. Surtout à la campagne, quand c’est loin.',
    ),
    steps: [
      pt(
        'Demander à chacun comment il viendra et ce qui pourrait l’empêcher de venir.',
        'Demander à chacun comment il peut venir.',
      ),
      pt(
        'Prévoir un budget et payer à l’avance plutôt que rembourser après coup.',
        'Payer avant, pas après. Ainsi, personne n’avance l’argent.',
      ),
      pt(
        'Organiser le covoiturage ou le ramassage, et choisir des horaires compatibles avec l’école.',
        'Organiser le covoiturage. Choisir des horaires qui vont avec l’école.',
      ),
      pt(
        'Écrire ces règles dans la charte et les rappeler dans chaque invitation.',
        'Écrire ces règles dans la charte du groupe.',
      ),
    ],
    phases: ['mobilise'],
    duration: 'Toute la durée du groupe',
    tags: ['mobilité', 'accessibilité', 'frais', 'rural'],
  },
  {
    id: 'accueil-convivial',
    type: 'method',
    title: pt('Accueil convivial', 'Bien accueillir chaque personne'),
    summary: pt(
      'Soigner l’arrivée de chacun : café, prénoms, tour de présentation, tables en cercle « côte à côte » plutôt qu’en « face à face », murs débarrassés des affiches réservées aux professionnels.',
      'On accueille chaque personne avec un café. On dit son prénom. On s’assoit en rond, côte à côte.',
    ),
    whenToUse: pt(
      'À chaque rencontre, et d’autant plus quand des personnes viennent pour la première fois ou appréhendent le lieu.',
      'À chaque réunion. Surtout quand des personnes viennent pour la première fois.',
    ),
    steps: [
      pt(
        'Arriver avant tout le monde pour installer la salle en cercle et préparer boissons et en-cas.',
        'Arriver en avance. Mettre les chaises en rond. Préparer le café.',
      ),
      pt(
        'Accueillir chacun à la porte, par son prénom, et présenter les personnes qui ne se connaissent pas.',
        'Dire bonjour à chacun à la porte.',
      ),
      pt(
        'Commencer par un tour de météo ou un jeu court pour que tout le monde ait parlé une fois.',
        'Commencer par un petit jeu. Tout le monde parle une fois.',
      ),
      pt(
        'Garder un temps informel à la fin : c’est souvent là que la confiance se construit.',
        'À la fin, rester un peu pour discuter.',
      ),
    ],
    phases: ['mobilise'],
    duration: '30 minutes à chaque rencontre',
    tags: ['convivialité', 'confiance', 'accueil'],
  },
  {
    id: 'video-participative',
    type: 'method',
    title: pt('Vidéo participative', 'Faire un film ensemble'),
    summary: pt(
      'Les participants décident ce qu’ils veulent montrer, filment, montent avec un professionnel de l’image et valident le film avant toute diffusion. Le film porte leur parole devant les décideurs et le public.',
      'Le groupe fait un film. Il choisit ce qu’il veut montrer. Il filme. Il regarde le film avant de le montrer. Le film est montré aux élus.',
    ),
    whenToUse: pt(
      'Pour rendre visible une expérience de participation, faire entendre la parole des personnes là où elles ne sont pas présentes, ou nourrir une évaluation.',
      'Pour montrer ce que le groupe a vécu. Pour que les élus entendent les personnes.',
    ),
    steps: [
      pt(
        'Choisir ensemble le sujet, le message et les personnes qui acceptent d’apparaître.',
        'Choisir ensemble de quoi parle le film. Choisir qui veut être filmé.',
      ),
      pt(
        'Recueillir par écrit le consentement à l’image de chacun, révocable à tout moment.',
        'Chacun signe son accord pour être filmé. Il peut changer d’avis.',
      ),
      pt(
        'Filmer les rencontres et les témoignages, avec un accompagnement technique.',
        'Filmer les réunions et les témoignages.',
      ),
      pt(
        'Monter le film ensemble et le faire valider par tous les participants.',
        'Monter le film ensemble. Tout le monde doit être d’accord.',
      ),
      pt(
        'Organiser une projection-débat avec les élus et les professionnels.',
        'Montrer le film aux élus et en parler.',
      ),
    ],
    phases: ['diagnose', 'share'],
    duration: '3 à 6 mois',
    tags: ['vidéo', 'témoignage', 'valorisation', 'expression'],
  },
  {
    id: 'evaluation-croisee',
    type: 'method',
    title: pt('Évaluation croisée', 'Évaluer ensemble, chacun avec son regard'),
    summary: pt(
      'Chaque groupe d’acteurs (personnes concernées, professionnels, élus, partenaires) évalue d’abord séparément ce qui a changé, puis les regards sont confrontés pour en tirer des enseignements communs.',
      'Les habitants, les professionnels et les élus disent chacun ce qui a changé. D’abord chacun de son côté. Puis tous ensemble.',
    ),
    whenToUse: pt(
      'À la fin d’une action ou d’une année, pour mesurer les transformations vues de chaque côté et décider de la suite.',
      'À la fin d’une action. Pour voir ce qui a changé. Pour décider de la suite.',
    ),
    steps: [
      pt('Définir ensemble trois ou quatre questions d’évaluation simples.', 'Choisir ensemble 3 ou 4 questions.'),
      pt(
        'Réunir chaque groupe d’acteurs à part pour y répondre, avec un support adapté (photos, émoticônes, questionnaire).',
        'Chaque groupe répond de son côté.',
      ),
      pt(
        'Mettre les réponses côte à côte lors d’une séance commune et discuter des écarts.',
        'Ensuite, on compare les réponses. On parle des différences.',
      ),
      pt('Écrire les enseignements et les décisions pour la suite.', 'Écrire ce qu’on a appris et ce qu’on va faire.'),
    ],
    phases: ['evaluate'],
    duration: '2 séances de 2 heures',
    tags: ['évaluation', 'regards croisés', 'transformations'],
  },
  {
    id: 'questionnaire-auto-diagnostic',
    type: 'tool',
    title: pt('Questionnaire d’auto-diagnostic', 'Un questionnaire pour savoir où en est le groupe'),
    summary: pt(
      'Un questionnaire court, rempli par les habitants, les professionnels et les élus, qui situe le groupe dans le cycle de la participation, signale les points de vigilance et propose les méthodes adaptées.',
      'Un questionnaire court. Chacun répond. Il dit où en est le groupe. Il donne des conseils pour la suite.',
    ),
    whenToUse: pt(
      'Au lancement d’une démarche, puis à chaque étape, pour construire une vision partagée plutôt que choisir des outils au hasard.',
      'Au début du projet. Puis de temps en temps, pour faire le point.',
    ),
    steps: [
      pt(
        'Faire remplir le questionnaire à chaque participant, quel que soit son rôle.',
        'Chaque personne remplit le questionnaire.',
      ),
      pt(
        'Afficher les résultats par rôle : habitants, professionnels, élus.',
        'Regarder les réponses des habitants, des professionnels et des élus.',
      ),
      pt('Discuter des écarts de perception entre les rôles.', 'Parler des différences entre les réponses.'),
      pt(
        'Choisir ensemble les points à travailler et les méthodes proposées.',
        'Choisir ensemble ce qu’on va améliorer.',
      ),
    ],
    phases: ['diagnose', 'evaluate'],
    duration: '45 minutes, puis 1 heure de discussion',
    tags: ['auto-diagnostic', 'cycle', 'vision partagée'],
  },
  {
    id: 'formation-croisee',
    type: 'method',
    title: pt('Formation croisée', 'Se former ensemble'),
    summary: pt(
      'Des professionnels et des personnes concernées suivent ensemble la même formation, par exemple sur l’accueil ou le développement du pouvoir d’agir ; chacun apprend des savoirs de l’autre.',
      'Des professionnels et des personnes concernées apprennent ensemble. Chacun apprend de l’autre.',
    ),
    whenToUse: pt(
      'Quand une pratique professionnelle doit changer (premier accueil, courriers, accompagnement) et que les savoirs d’expérience des personnes sont indispensables pour y arriver.',
      'Quand les professionnels veulent changer leur façon de travailler.',
    ),
    steps: [
      pt(
        'Construire le programme avec des personnes concernées et des professionnels.',
        'Préparer la formation avec des personnes concernées.',
      ),
      pt(
        'Composer un groupe mixte, à parité, et prendre en charge les frais des personnes concernées.',
        'Faire un groupe mélangé. Payer les frais de chacun.',
      ),
      pt(
        'Alterner apports et mises en situation, par exemple échanger les rôles « accueillant » et « accueilli ».',
        'Jouer des situations. Par exemple : le professionnel joue la personne accueillie.',
      ),
      pt(
        'Terminer par des engagements concrets de changement et les suivre.',
        'À la fin, chacun dit ce qu’il va changer.',
      ),
    ],
    phases: ['mobilise', 'act', 'share'],
    duration: '2 à 4 jours',
    tags: ['formation', 'posture', 'savoirs d’expérience', 'accueil'],
  },
  {
    id: 'parrainage-nouveaux-membres',
    type: 'method',
    title: pt('Parrainage des nouveaux membres', 'Un ancien aide un nouveau'),
    summary: pt(
      'Lors du renouvellement annuel, chaque nouveau membre est accompagné par un ancien qui lui explique le fonctionnement, les sigles et l’histoire du groupe.',
      'Chaque nouveau membre a un parrain ou une marraine. C’est un ancien membre. Il explique comment marche le groupe.',
    ),
    whenToUse: pt(
      'À chaque renouvellement du groupe, pour garder la mémoire de ce qui a été fait sans que les anciens prennent toute la place.',
      'Quand de nouvelles personnes arrivent dans le groupe.',
    ),
    steps: [
      pt(
        'Proposer aux membres sortants ou restants de devenir parrain ou marraine.',
        'Demander aux anciens qui veut aider un nouveau.',
      ),
      pt(
        'Organiser une première rencontre en binôme avant la première réunion.',
        'Le parrain et le nouveau se voient avant la réunion.',
      ),
      pt(
        'Remettre un livret d’accueil simple : charte, sigles expliqués, réalisations du groupe.',
        'Donner un petit livret. Il explique les règles et les mots difficiles.',
      ),
      pt(
        'Faire un point à trois mois, puis laisser le nouveau membre voler de ses propres ailes.',
        'Après 3 mois, faire le point.',
      ),
    ],
    phases: ['mobilise', 'share'],
    duration: '3 mois',
    tags: ['renouvellement', 'transmission', 'accueil', 'pairs'],
  },
  {
    id: 'elus-en-ecoute',
    type: 'method',
    title: pt('Élus en écoute', 'Les élus viennent écouter'),
    summary: pt(
      'Des élus participent aux travaux du groupe, à la même table que les autres, pour écouter plutôt que présenter, puis s’engagent publiquement sur la suite donnée aux propositions.',
      'Les élus viennent dans le groupe. Ils s’assoient avec tout le monde. Ils écoutent. Ensuite, ils disent ce qu’ils vont faire.',
    ),
    whenToUse: pt(
      'Quand le groupe a des constats et des propositions à porter, et pour que les élus voient que les personnes concernées sont des interlocuteurs légitimes.',
      'Quand le groupe a des idées à donner aux élus.',
    ),
    steps: [
      pt(
        'Préparer la rencontre avec le groupe : ce qu’il veut dire, qui parle, ce qu’il demande.',
        'Préparer avec le groupe ce qu’on veut dire.',
      ),
      pt(
        'Convenir avec l’élu de la règle : il écoute d’abord, répond ensuite, sans discours d’ouverture.',
        'L’élu écoute d’abord. Il parle après.',
      ),
      pt(
        'Installer tout le monde côte à côte, sans estrade ni place réservée.',
        'Tout le monde est assis ensemble. Pas de place spéciale pour l’élu.',
      ),
      pt('Noter les engagements pris par l’élu et les inscrire au tableau de suivi.', 'Écrire ce que l’élu promet.'),
    ],
    phases: ['coConstruct', 'decide'],
    duration: '2 heures',
    tags: ['élus', 'écoute', 'engagement', 'dialogue'],
  },
  {
    id: 'comite-de-suivi',
    type: 'method',
    title: pt('Comité de suivi', 'Le groupe qui vérifie les promesses'),
    summary: pt(
      'Une instance mixte (personnes concernées, professionnels, élus) qui se réunit chaque trimestre pour vérifier l’avancement des engagements de l’institution et décider des ajustements.',
      'Un groupe mélangé. Il se réunit tous les 3 mois. Il vérifie que l’institution fait ce qu’elle a promis.',
    ),
    whenToUse: pt(
      'Dès que l’institution a pris des engagements, pour que leur mise en œuvre soit suivie dans la durée et rendue visible.',
      'Quand l’institution a fait des promesses.',
    ),
    steps: [
      pt(
        'Désigner les membres, avec au moins la moitié de personnes concernées.',
        'Choisir les membres. La moitié sont des personnes concernées.',
      ),
      pt(
        'Préparer pour chaque réunion un point d’avancement par engagement, en langage clair.',
        'Préparer un point simple sur chaque promesse.',
      ),
      pt(
        'Examiner les retards, demander des explications et, si besoin, de nouveaux délais.',
        'Regarder ce qui est en retard. Demander pourquoi.',
      ),
      pt('Publier un relevé de décisions après chaque réunion.', 'Publier ce qui a été décidé.'),
    ],
    phases: ['act', 'evaluate'],
    duration: '2 heures par trimestre',
    tags: ['suivi', 'engagements', 'gouvernance', 'redevabilité'],
  },
  {
    id: 'fiche-pratique-inspirante',
    type: 'tool',
    title: pt('Fiche pratique inspirante', 'Raconter notre projet pour inspirer les autres'),
    summary: pt(
      'Un modèle pour raconter une action : contexte, diagnostic partagé, problème énoncé, objectifs, public, actions, évaluation, transformations vues par les habitants, les professionnels, les élus et les partenaires, clés de réussite, vigilances, perspectives.',
      'Un modèle pour raconter un projet. On dit ce qu’on a fait. On dit ce qui a changé pour chacun. D’autres groupes peuvent s’en inspirer.',
    ),
    whenToUse: pt(
      'Quand une action a produit des effets, pour la faire connaître, permettre à d’autres territoires de s’en inspirer et garder la mémoire du groupe.',
      'Quand un projet a marché. Pour le faire connaître.',
    ),
    steps: [
      pt(
        'Rassembler les comptes rendus, les chiffres et les témoignages recueillis avec accord.',
        'Rassembler les résumés et les témoignages.',
      ),
      pt(
        'Écrire la fiche à plusieurs mains, dont celles de personnes concernées.',
        'Écrire la fiche à plusieurs. Avec des habitants.',
      ),
      pt(
        'Recueillir les transformations vues par chacun : habitants, professionnels, élus, partenaires.',
        'Demander à chacun ce qui a changé pour lui.',
      ),
      pt(
        'Retirer les noms et coordonnées personnels, et faire relire par le groupe avant publication.',
        'Enlever les noms. Le groupe relit avant de publier.',
      ),
    ],
    phases: ['share'],
    duration: '2 séances de 2 heures',
    tags: ['capitalisation', 'essaimage', 'partage', 'valorisation'],
  },
  {
    id: 'jury-citoyen',
    type: 'method',
    title: pt('Jury citoyen', 'Un groupe d’habitants donne son avis'),
    summary: pt(
      'Un panel d’une quinzaine d’habitants, en partie tirés au sort et en partie personnes concernées, entend des témoins et des experts, délibère, puis rend un avis écrit auquel l’institution s’engage à répondre publiquement.',
      'Une quinzaine d’habitants se réunissent. Certains sont tirés au sort. Ils écoutent des spécialistes. Ils discutent. Ils donnent leur avis. L’institution doit répondre.',
    ),
    whenToUse: pt(
      'Quand une décision importante est à prendre (nouveau règlement, choix entre plusieurs options) et qu’on veut un avis éclairé, indépendant et argumenté.',
      'Quand une décision importante doit être prise.',
    ),
    steps: [
      pt(
        'Définir la question posée et l’engagement de l’institution sur la suite donnée à l’avis.',
        'Écrire la question. Écrire ce que l’institution fera de l’avis.',
      ),
      pt(
        'Composer le jury : tirage au sort et places réservées aux personnes concernées, avec indemnisation.',
        'Choisir les membres du jury. Certains par tirage au sort.',
      ),
      pt(
        'Organiser des auditions de témoins, de professionnels et d’experts de points de vue différents.',
        'Le jury écoute des personnes qui ont des avis différents.',
      ),
      pt(
        'Laisser le jury délibérer seul, avec un animateur neutre, et rédiger son avis.',
        'Le jury discute seul. Il écrit son avis.',
      ),
      pt(
        'Publier l’avis et la réponse motivée de l’institution, point par point.',
        'Publier l’avis et la réponse de l’institution.',
      ),
    ],
    phases: ['coConstruct', 'decide'],
    duration: '3 week-ends sur 2 mois',
    tags: ['délibération', 'tirage au sort', 'avis', 'décision'],
  },
  {
    id: 'budget-participatif',
    type: 'method',
    title: pt('Budget participatif', 'Les habitants choisissent comment dépenser une somme'),
    summary: pt(
      'L’institution réserve une enveloppe ; les habitants déposent des projets, les services vérifient leur faisabilité, puis les habitants votent et suivent la réalisation des projets retenus.',
      'L’institution donne une somme d’argent. Les habitants proposent des projets. Puis ils votent. Les projets gagnants sont réalisés.',
    ),
    whenToUse: pt(
      'Quand on veut donner un vrai pouvoir de décision aux habitants sur des projets concrets de leur quartier ou de leur commune.',
      'Quand on veut que les habitants décident vraiment.',
    ),
    steps: [
      pt(
        'Fixer le montant, les règles et le calendrier, et les expliquer dans une version facile à lire.',
        'Dire combien d’argent il y a. Expliquer les règles simplement.',
      ),
      pt(
        'Aider les habitants à déposer leurs projets, en ligne, sur papier ou avec une personne qui les accompagne.',
        'Aider les habitants à proposer leurs projets.',
      ),
      pt(
        'Étudier chaque projet et publier les raisons d’un éventuel refus.',
        'Étudier chaque projet. Si un projet est refusé, dire pourquoi.',
      ),
      pt('Organiser un vote accessible, y compris hors ligne.', 'Organiser un vote facile, aussi sur papier.'),
      pt('Suivre la réalisation des projets retenus et en rendre compte.', 'Montrer où en sont les projets gagnants.'),
    ],
    phases: ['coConstruct', 'decide', 'act'],
    duration: '6 à 12 mois',
    tags: ['budget', 'vote', 'décision', 'quartier'],
  },
  {
    id: 'marche-exploratoire',
    type: 'method',
    title: pt('Marche exploratoire', 'Une marche pour repérer ce qui fait peur ou gêne'),
    summary: pt(
      'Un petit groupe d’habitantes et d’habitants parcourt un trajet précis, souvent à la tombée de la nuit, avec une grille d’observation (éclairage, visibilité, accessibilité, sentiment de sécurité), puis présente ses propositions à la commune et au bailleur.',
      'Un petit groupe d’habitants marche sur un trajet. Souvent le soir. Ils regardent la lumière, les chemins, ce qui fait peur. Puis ils donnent leurs idées à la mairie.',
    ),
    whenToUse: pt(
      'Quand des habitants, souvent des femmes, évitent certains lieux ou trajets, et pour obtenir des aménagements concrets de l’espace public.',
      'Quand des habitants ont peur de passer à certains endroits.',
    ),
    steps: [
      pt(
        'Choisir le trajet avec les habitants et l’heure où il pose problème.',
        'Choisir le chemin et l’heure avec les habitants.',
      ),
      pt(
        'Préparer une grille d’observation simple et se répartir les rôles (noter, photographier, guider).',
        'Préparer une feuille pour noter. Se partager les rôles.',
      ),
      pt(
        'Marcher en petit groupe et noter à chaque point ce qui est ressenti et ce qui est observé.',
        'Marcher ensemble. Noter ce qu’on voit et ce qu’on ressent.',
      ),
      pt(
        'Rédiger des propositions précises et les présenter aux services techniques et aux élus.',
        'Écrire des idées précises. Les présenter à la mairie.',
      ),
      pt(
        'Refaire la marche quelques mois plus tard pour vérifier les changements.',
        'Refaire la marche quelques mois après.',
      ),
    ],
    phases: ['diagnose', 'coConstruct', 'evaluate'],
    duration: '2 heures, plus 2 séances de préparation et de bilan',
    tags: ['sécurité', 'espace public', 'femmes', 'aménagement'],
  },
  {
    id: 'recit-de-vie',
    type: 'method',
    title: pt('Récit de vie', 'Raconter son parcours'),
    summary: pt(
      'Une personne raconte son parcours, à son rythme et avec son accord, pour faire comprendre les obstacles rencontrés ; le récit, rendu anonyme, éclaire le diagnostic et les décideurs.',
      'Une personne raconte sa vie. Elle choisit ce qu’elle dit. Son nom n’apparaît pas. Son histoire aide à comprendre les difficultés.',
    ),
    whenToUse: pt(
      'Pendant le diagnostic, quand les chiffres ne suffisent pas à comprendre un parcours (ruptures de droits, allers-retours entre services).',
      'Pour comprendre ce que vivent vraiment les personnes.',
    ),
    steps: [
      pt(
        'Expliquer à quoi servira le récit et recueillir un accord écrit, que la personne peut retirer.',
        'Expliquer à quoi sert le récit. La personne donne son accord. Elle peut changer d’avis.',
      ),
      pt(
        'Écouter sans interrompre, avec une frise du temps comme support si la personne le souhaite.',
        'Écouter sans couper la parole.',
      ),
      pt(
        'Rédiger le récit en retirant tout ce qui permettrait de reconnaître la personne.',
        'Écrire le récit sans rien qui permette de reconnaître la personne.',
      ),
      pt('Le faire relire et valider par la personne avant tout usage.', 'La personne relit et dit si c’est d’accord.'),
    ],
    phases: ['diagnose'],
    duration: '1 à 2 heures par récit',
    tags: ['témoignage', 'parcours', 'écoute', 'confidentialité'],
  },
  {
    id: 'permanence-hors-les-murs',
    type: 'method',
    title: pt('Permanence hors les murs', 'Des rendez-vous près de chez vous'),
    summary: pt(
      'Une présence régulière là où vivent les personnes — un appartement prêté par le bailleur, le marché, la sortie d’école, une salle de la mairie — plutôt que dans les bureaux de l’institution.',
      'Les professionnels viennent près de chez vous. Par exemple : au marché, devant l’école, dans un appartement du quartier. Toujours le même jour.',
    ),
    whenToUse: pt(
      'Pour aller vers les personnes éloignées des services, recueillir leurs préoccupations et leur proposer de rejoindre le groupe.',
      'Pour rencontrer les personnes qui ne vont pas dans les bureaux.',
    ),
    steps: [
      pt(
        'Repérer avec des habitants les lieux où les gens passent et se sentent à l’aise.',
        'Trouver avec des habitants un lieu où les gens passent.',
      ),
      pt(
        'Fixer un créneau régulier et l’annoncer par affiches et bouche-à-oreille.',
        'Choisir un jour et une heure fixes. Le faire savoir.',
      ),
      pt(
        'Accueillir sans rendez-vous, écouter et noter les préoccupations, avec accord.',
        'Accueillir sans rendez-vous. Écouter.',
      ),
      pt(
        'Aider si besoin à déposer une contribution (saisie accompagnée) et inviter à la prochaine rencontre du groupe.',
        'Aider la personne à écrire son idée. L’inviter au groupe.',
      ),
    ],
    phases: ['mobilise', 'diagnose'],
    duration: '2 heures par semaine',
    tags: ['aller-vers', 'proximité', 'accès aux droits', 'saisie accompagnée'],
  },
  {
    id: 'reunion-accessible-falc',
    type: 'tool',
    title: pt('Réunion accessible et documents en FALC', 'Des réunions faciles à comprendre'),
    summary: pt(
      'Des règles pour que chacun comprenne : documents en Facile à lire et à comprendre (FALC), pictogrammes, sigles expliqués, une idée par phrase, pauses régulières, droit de demander « ça veut dire quoi ? ».',
      'Des règles pour que tout le monde comprenne. Des phrases courtes. Des mots simples. Des images. On explique les sigles. On peut toujours demander : « ça veut dire quoi ? ».',
    ),
    whenToUse: pt(
      'Pour toute réunion ou document destiné à des personnes concernées, et en particulier les invitations, les comptes rendus et les réponses de l’institution.',
      'Pour toutes les réunions. Pour tous les papiers envoyés aux participants.',
    ),
    steps: [
      pt(
        'Écrire les invitations et comptes rendus en FALC et les faire relire par une personne concernée.',
        'Écrire les papiers avec des mots simples. Une personne du groupe relit.',
      ),
      pt(
        'Afficher un lexique des sigles utilisés (RSA, PDI, CAF, CCAS) pendant la réunion.',
        'Afficher la liste des sigles et ce qu’ils veulent dire.',
      ),
      pt(
        'Donner à chacun un carton pour signaler qu’il n’a pas compris, sans avoir à interrompre.',
        'Chacun a un carton. On le lève quand on ne comprend pas.',
      ),
      pt(
        'Prévoir une pause toutes les 45 minutes et limiter la réunion à deux heures et demie.',
        'Faire une pause toutes les 45 minutes.',
      ),
    ],
    phases: ['mobilise', 'coConstruct'],
    duration: 'À chaque réunion',
    tags: ['FALC', 'accessibilité', 'langage clair', 'sigles'],
  },
];
