// What the RSA group's members and other residents wrote, and what the Département did
// with it: every state of a contribution appears at least once across the two groups.
import { RSA_GROUP as space } from './spaces.js';
import {
  commit,
  complete,
  decide,
  duplicate,
  hide,
  progress,
  publish,
  review,
  type SeedContribution,
  start,
  withdraw,
} from './steps.js';

const MOBILITES = 'Service des mobilités';
const INSERTION = 'Direction de l’insertion et de l’emploi';
const DROITS = 'Service de l’accès aux droits';
const MDS = 'Maison départementale des solidarités de Valbrume';
const FAMILLE = 'Direction de l’enfance et de la famille';

export const RSA_CONTRIBUTIONS: SeedContribution[] = [
  {
    ref: 'bus',
    space,
    email: 'camille.demo@exemple.fr',
    daysAgo: 160,
    kind: 'proposal',
    theme: 'mobilite',
    title: 'Un bus plus tôt pour les rendez-vous du matin',
    body:
      'Le premier bus de la ligne 4 arrive à 9 h 05 devant la maison des solidarités. Les rendez-vous ' +
      'commencent à 8 h 30. Alors nous arrivons en retard, ou nous marchons cinquante minutes.',
    pseudonym: 'Sab',
    steps: [
      review(6),
      decide(
        14,
        'accepted',
        'Vous avez raison : avec cet horaire, personne ne peut arriver à l’heure. Le transporteur ajoute un ' +
          'départ à 8 h 10. En attendant, aucun rendez-vous n’est fixé avant 9 h 30.',
        MOBILITES,
      ),
      publish(3),
      commit(2, 'k_1', 'Ajouter un départ à 8 h 10 sur la ligne 4', MOBILITES, 60, [
        ['m_1', 'Horaire validé par le transporteur', -20],
        ['m_2', 'Le bus de 8 h 10 roule tous les jours', 45],
      ]),
      commit(0.1, 'k_2', 'Fixer les premiers rendez-vous à 9 h 30 tant que ce bus n’existe pas', MDS, -100),
      start(5),
      progress(10, 'k_2', 100, 'Depuis ce mois-ci, aucun rendez-vous n’est fixé avant 9 h 30.'),
      progress(30, 'k_1', 40, 'Le transporteur a validé le nouvel horaire. Les fiches horaires sont en cours.', [
        'm_1',
      ]),
      progress(40, 'k_1', 70, 'Le bus de 8 h 10 roule à l’essai deux jours par semaine.'),
    ],
  },
  {
    ref: 'bus-bis',
    space,
    daysAgo: 150,
    kind: 'proposal',
    theme: 'mobilite',
    title: 'Un bus qui arrive avant 8 h 30',
    body: 'Il faudrait un bus qui arrive avant l’ouverture, pour ne pas rater le début des ateliers.',
    pseudonym: 'Didier',
    steps: [
      review(5),
      duplicate(
        4,
        'bus',
        'Votre proposition rejoint une autre sur le même sujet, déjà retenue : un bus à 8 h 10. Suivez-la ' +
          'pour voir où en est le projet.',
        MOBILITES,
      ),
      publish(1),
    ],
  },
  {
    ref: 'guide-falc',
    space,
    daysAgo: 200,
    kind: 'proposal',
    theme: 'acces-aux-droits',
    title: 'Un guide des droits écrit en facile à lire',
    body:
      'Les courriers sont difficiles à comprendre. Un petit guide avec des mots simples et des dessins ' +
      'aiderait beaucoup de monde.',
    pseudonym: 'Thierry',
    channel: { meeting: 'reunion_groupe_mai' },
    steps: [
      review(10),
      decide(
        20,
        'accepted',
        'Oui. Le groupe ressource écrit ce guide avec le service, en « facile à lire et à comprendre ». ' +
          'Deux personnes du groupe relisent chaque fiche avant l’impression.',
        DROITS,
      ),
      publish(2),
      commit(1, 'k_1', 'Écrire le guide avec le groupe ressource', DROITS, -20),
      commit(0.1, 'k_2', 'Imprimer le guide et le déposer dans les maisons des solidarités', DROITS, 45),
      start(7),
      progress(30, 'k_1', 50, 'Six fiches sur douze sont écrites et relues par le groupe.'),
      progress(40, 'k_1', 100, 'Les douze fiches sont écrites et relues.'),
      progress(10, 'k_2', 20, 'Le devis de l’imprimeur est signé.'),
    ],
  },
  {
    ref: 'salle-attente',
    space,
    daysAgo: 260,
    kind: 'proposal',
    theme: 'famille',
    title: 'Un coin pour les enfants dans la salle d’attente',
    body: 'Quand on vient avec les enfants, ils attendent longtemps sans rien faire. Des jeux et des livres aideraient.',
    pseudonym: 'Mélanie',
    steps: [
      review(7),
      decide(
        10,
        'accepted',
        'C’est une bonne idée, et elle coûte peu. Nous installons un coin enfants dans les trois maisons des ' +
          'solidarités du secteur.',
        MDS,
      ),
      publish(1),
      commit(1, 'k_1', 'Installer un coin enfants dans les trois salles d’attente', MDS, -150),
      start(5),
      progress(30, 'k_1', 50, 'Le coin enfants de Valbrume est installé. Les deux autres suivent.'),
      progress(40, 'k_1', 100, 'Les trois salles d’attente ont leur coin enfants.'),
      complete(2),
    ],
  },
  {
    ref: 'creche',
    space,
    daysAgo: 130,
    kind: 'proposal',
    theme: 'famille',
    title: 'Des places de crèche pendant les ateliers',
    body: 'Sans solution de garde, je ne peux pas aller aux ateliers. Quelques heures de halte-garderie suffiraient.',
    pseudonym: 'Fatou',
    steps: [
      review(8),
      decide(
        20,
        'accepted',
        'Nous réservons des places en halte-garderie pour les parents qui vont à un atelier ou à un ' +
          'entretien. Ces places sont gratuites. Demandez-les à la personne qui vous accompagne.',
        FAMILLE,
      ),
      publish(2),
      commit(3, 'k_1', 'Réserver six places par semaine en halte-garderie à Valbrume', FAMILLE, 30),
    ],
  },
  {
    ref: 'permis',
    space,
    daysAgo: 180,
    kind: 'proposal',
    theme: 'mobilite',
    title: 'Une aide pour passer le permis de conduire',
    body: 'Beaucoup d’offres d’emploi demandent le permis. Il coûte plus de 1 500 €. Sans aide, c’est impossible.',
    pseudonym: 'Kévin',
    steps: [
      review(10),
      decide(
        25,
        'partlyAccepted',
        'Nous ne pouvons pas payer le permis de tout le monde. Nous payons une partie du code et vingt heures ' +
          'de conduite quand un projet d’emploi demande le permis.',
        INSERTION,
      ),
      publish(3),
      commit(5, 'k_1', 'Ouvrir une aide au permis pour 40 personnes par an', INSERTION, 90, [
        ['m_1', 'Règles de l’aide votées en commission', -5],
        ['m_2', 'Premières personnes aidées', 60],
      ]),
    ],
  },
  {
    ref: 'numerique',
    space,
    daysAgo: 120,
    kind: 'proposal',
    theme: 'numerique',
    title: 'Des ateliers numériques près de chez soi',
    body: 'Tout se fait sur internet maintenant. Il faudrait des ateliers dans les villages, pas seulement en ville.',
    pseudonym: 'Gérard',
    steps: [
      review(5),
      decide(
        15,
        'partlyAccepted',
        'Nous ouvrons des ateliers dans deux bourgs du secteur. Nous ne pouvons pas en ouvrir dans chaque ' +
          'village : un bus numérique passera une fois par mois dans les autres.',
        DROITS,
      ),
      publish(2),
    ],
  },
  {
    ref: 'trimestrielle',
    space,
    daysAgo: 140,
    kind: 'proposal',
    theme: 'acces-aux-droits',
    title: 'Supprimer la déclaration de ressources tous les trois mois',
    body: 'Tous les trois mois, il faut tout déclarer de nouveau. Une erreur, et les versements s’arrêtent.',
    pseudonym: 'Joël',
    steps: [
      review(7),
      decide(
        20,
        'declined',
        'Nous ne pouvons pas la supprimer : c’est la loi qui impose cette déclaration, pas le Département. ' +
          'Nous ouvrons en revanche une aide pour la remplir, le premier lundi du mois, dans chaque maison ' +
          'des solidarités.',
        DROITS,
      ),
      publish(2),
    ],
  },
  {
    ref: 'carburant',
    space,
    daysAgo: 100,
    kind: 'proposal',
    theme: 'mobilite',
    title: 'Un chèque carburant chaque mois',
    body: 'Pour aller aux rendez-vous et chercher du travail, il faut rouler. L’essence coûte trop cher.',
    pseudonym: 'Didier',
    steps: [
      review(5),
      decide(
        20,
        'declined',
        'Une aide chaque mois pour tout le monde coûterait plus que tout le budget d’insertion du secteur. ' +
          'Nous remboursons déjà les trajets vers un entretien d’embauche ou une formation : demandez-le à ' +
          'la personne qui vous accompagne.',
        INSERTION,
      ),
      publish(2),
    ],
  },
  {
    ref: 'reprise',
    space,
    daysAgo: 90,
    kind: 'question',
    theme: 'emploi-insertion',
    title: 'Comment déclarer une reprise d’emploi de quelques heures ?',
    body: 'J’ai trouvé un travail de dix heures par semaine. Je ne sais pas quoi déclarer, ni à qui.',
    pseudonym: 'Aïcha',
    steps: [
      review(3),
      decide(
        5,
        'answered',
        'Vous déclarez votre salaire dans la déclaration de chaque trimestre, à la ligne des revenus ' +
          'd’activité. Vous gardez une partie de votre allocation. La personne qui vous accompagne peut faire ' +
          'le calcul avec vous.',
        DROITS,
      ),
      publish(1),
    ],
  },
  {
    ref: 'referent',
    space,
    daysAgo: 70,
    kind: 'question',
    theme: 'accompagnement',
    title: 'Peut-on garder la même personne pour nous accompagner ?',
    body: 'J’ai changé trois fois de référent en un an. À chaque fois, il faut tout raconter depuis le début.',
    pseudonym: 'Sabrina',
    steps: [
      review(4),
      decide(
        10,
        'answered',
        'Oui, c’est notre règle : la même personne vous suit pendant tout votre parcours, sauf si vous ' +
          'demandez à changer. L’an dernier, deux départs n’ont pas été remplacés ; les deux postes sont ' +
          'pourvus depuis septembre.',
        MDS,
      ),
      publish(1),
    ],
  },
  {
    ref: 'temoignage',
    space,
    daysAgo: 45,
    kind: 'testimony',
    theme: 'accompagnement',
    title: 'Ce que le groupe ressource a changé pour moi',
    body: 'Avant, je n’osais pas parler devant des professionnels. Maintenant, je prépare les réunions et je dis ce que je pense.',
    pseudonym: 'Une membre du groupe',
    steps: [
      review(3),
      decide(
        4,
        'answered',
        'Merci pour ce témoignage. Avec votre accord, nous le lirons à la prochaine séance de l’assemblée ' +
          'départementale consacrée à l’insertion.',
        INSERTION,
      ),
      publish(1),
    ],
  },
  {
    ref: 'garantie',
    space,
    daysAgo: 95,
    kind: 'observation',
    theme: 'logement',
    title: 'L’aide pour le dépôt de garantie arrive trop tard',
    body: 'L’aide arrive deux mois après la signature du bail. Le propriétaire ne veut pas attendre : on perd le logement.',
    pseudonym: 'Thierry',
  },
  {
    ref: 'sms',
    space,
    daysAgo: 75,
    kind: 'proposal',
    theme: 'accompagnement',
    title: 'Pouvoir joindre la personne qui nous accompagne par SMS',
    body: 'Le téléphone sonne dans le vide. Un numéro pour envoyer un SMS et être rappelé dans la journée serait plus simple.',
    pseudonym: 'Kévin',
  },
  {
    ref: 'permanences',
    space,
    daysAgo: 110,
    kind: 'proposal',
    theme: 'acces-aux-droits',
    title: 'Des permanences dans les mairies des villages',
    body: 'La maison des solidarités est à 35 km pour certains d’entre nous. Une permanence par mois en mairie éviterait le trajet.',
    pseudonym: 'Gérard',
    steps: [review(20)],
  },
  {
    ref: 'cv-samedi',
    space,
    daysAgo: 30,
    kind: 'proposal',
    theme: 'emploi-insertion',
    title: 'Des ateliers CV le samedi matin',
    body: 'En semaine, celles et ceux qui font des petits boulots ne peuvent pas venir aux ateliers.',
    pseudonym: 'Mélanie',
    steps: [review(7)],
  },
  {
    ref: 'bilan-sante',
    space,
    daysAgo: 40,
    kind: 'proposal',
    theme: 'sante',
    title: 'Un bilan de santé gratuit au début de l’accompagnement',
    body: 'Beaucoup d’entre nous n’ont pas vu de médecin depuis des années. Un bilan au début aiderait à repartir.',
    pseudonym: 'Joël',
    // Decided, not yet published: only professionals of the group see this answer.
    steps: [
      review(5),
      decide(
        25,
        'partlyAccepted',
        'Nous proposerons un bilan de santé à chaque personne qui commence un accompagnement, avec une aide ' +
          'pour prendre rendez-vous. Nous ne pouvons pas ouvrir un centre de santé nous-mêmes.',
        INSERTION,
      ),
    ],
  },
  {
    ref: 'urgence',
    space,
    daysAgo: 80,
    kind: 'proposal',
    theme: 'alimentation',
    title: 'Une aide alimentaire d’urgence sans attendre la commission',
    body: 'Quand il n’y a plus rien dans le frigo, attendre trois semaines la commission, c’est trop long.',
    pseudonym: 'Aïcha',
    steps: [
      review(10),
      decide(
        40,
        'accepted',
        'Nous créons une aide d’urgence, versée en 48 heures par la maison des solidarités, sans passer par ' +
          'la commission.',
        INSERTION,
      ),
    ],
  },
  {
    ref: 'courriers',
    space,
    daysAgo: 12,
    kind: 'observation',
    theme: 'acces-aux-droits',
    title: 'Les convocations arrivent après la date du rendez-vous',
    body: 'Deux fois ce trimestre, la convocation est arrivée le lendemain du rendez-vous. Ensuite, on nous reproche d’être absents.',
    pseudonym: 'Sabrina',
  },
  {
    ref: 'declaration-mobile',
    space,
    daysAgo: 20,
    kind: 'observation',
    theme: 'numerique',
    title: 'Le site de déclaration se bloque sur téléphone',
    body: 'Sur mon téléphone, la page se fige à la dernière étape. Je dois aller à la médiathèque pour finir.',
    pseudonym: 'Kévin',
  },
  {
    ref: 'formation',
    space,
    daysAgo: 5,
    kind: 'question',
    theme: 'emploi-insertion',
    title: 'Peut-on suivre une formation longue et garder ses droits ?',
    body: 'On me propose une formation d’aide-soignante de dix mois. Je ne sais pas ce que deviennent mes droits pendant ce temps.',
    pseudonym: 'Mélanie',
  },
  {
    ref: 'chauffage',
    space,
    daysAgo: 25,
    kind: 'observation',
    theme: 'logement',
    title: 'Sans chauffage depuis le début de l’hiver',
    body: 'Mon logement n’a plus de chauffage. Le propriétaire ne répond pas. Je ne sais pas à qui m’adresser.',
    pseudonym: 'Monsieur R.',
    channel: { assisted: 'Monsieur R.' },
    steps: [review(3)],
  },
  {
    ref: 'masque',
    space,
    daysAgo: 50,
    kind: 'observation',
    theme: 'accompagnement',
    title: 'Un accueil désagréable',
    body: 'La personne de l’accueil, Madame X., m’a parlé sur un ton méprisant devant tout le monde.',
    pseudonym: 'Jo',
    steps: [
      hide(
        1,
        'Ce message nomme une personne de l’accueil. Nous l’avons masqué pour la protéger. Vous pouvez ' +
          'l’écrire de nouveau sans nom : il sera publié.',
      ),
    ],
  },
  {
    ref: 'covoiturage',
    space,
    daysAgo: 65,
    kind: 'proposal',
    theme: 'mobilite',
    title: 'Du covoiturage entre membres du groupe',
    body: 'Plusieurs d’entre nous viennent du même village. Nous pourrions partager les trajets pour les réunions.',
    pseudonym: 'Jo',
    steps: [withdraw(10, 'J’ai trouvé une solution avec une voisine, je retire ma proposition.')],
  },
];
