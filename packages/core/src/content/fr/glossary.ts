import type { GlossaryEntry, PlainText } from '../content.types.js';

/** A definition in standard French and in FALC: each FALC argument is one line. */
const t = (standard: string, ...falc: string[]): PlainText => ({ standard, falc: falc.join('\n') });

/**
 * Words and acronyms a citizen meets in social policy and in a participation group,
 * explained plainly. Rules change: definitions describe the general case, and the
 * council or the organisation concerned remains the reference for a given situation.
 */
export const glossary: GlossaryEntry[] = [
  {
    id: 'rsa',
    term: 'RSA',
    expansion: 'Revenu de solidarité active',
    definition: t(
      'Aide financière qui garantit un revenu minimum aux personnes qui ont peu ou pas de ressources. Elle est décidée et financée par le département, et versée par la CAF ou la MSA. Elle s’accompagne de droits (un accompagnement) et de devoirs (des démarches d’insertion).',
      'RSA veut dire revenu de solidarité active.',
      'C’est une aide en argent.',
      'Il aide les personnes qui ont très peu d’argent.',
      'Le département décide qui reçoit cette aide.',
      'La caisse d’allocations familiales verse l’argent chaque mois.',
      'Une personne vous aide aussi dans vos démarches.',
    ),
  },
  {
    id: 'cer',
    term: 'CER',
    expansion: 'Contrat d’engagement réciproque',
    definition: t(
      'Document signé entre une personne au RSA et le département, quand l’accompagnement est d’abord social. Il liste ce que chacun s’engage à faire : les démarches de la personne et l’aide apportée par l’institution. Depuis 2025, il est progressivement remplacé par le contrat d’engagement.',
      'CER veut dire contrat d’engagement réciproque.',
      'Vous le signez avec le département.',
      'Il dit ce que vous allez faire.',
      'Il dit aussi comment le département vous aide.',
      'Depuis 2025, le contrat d’engagement le remplace peu à peu.',
    ),
  },
  {
    id: 'ppae',
    term: 'PPAE',
    expansion: 'Projet personnalisé d’accès à l’emploi',
    definition: t(
      'Document établi avec France Travail par une personne qui cherche un emploi. Il précise le métier recherché, la zone géographique et le salaire attendu, ainsi que les actions prévues. Depuis 2025, le contrat d’engagement prend progressivement sa place.',
      'PPAE veut dire projet personnalisé d’accès à l’emploi.',
      'C’est un plan pour trouver un travail.',
      'Vous l’écrivez avec France Travail.',
      'Il dit quel travail vous cherchez et où.',
      'Depuis 2025, le contrat d’engagement le remplace peu à peu.',
    ),
  },
  {
    id: 'contrat-d-engagement',
    term: 'Contrat d’engagement',
    definition: t(
      'Contrat créé par la loi pour le plein emploi. Depuis 2025, il est signé par les personnes inscrites à France Travail, dont les personnes au RSA. Il contient un plan d’action (formation, emploi, démarches de santé ou de logement…) et remplace peu à peu le CER et le PPAE.',
      'Le contrat d’engagement est un contrat.',
      'Vous le signez avec la personne qui vous accompagne.',
      'Il contient votre plan d’action.',
      'Par exemple : une formation ou une recherche d’emploi.',
    ),
  },
  {
    id: 'pti',
    term: 'PTI',
    expansion: 'Pacte territorial pour l’insertion',
    definition: t(
      'Accord signé entre le département et ses partenaires (État, France Travail, CAF, communes, associations…) pour mettre en œuvre ensemble la politique d’insertion prévue par le PDI.',
      'PTI veut dire pacte territorial pour l’insertion.',
      'C’est un accord.',
      'Le département et ses partenaires le signent.',
      'Ils s’engagent à aider ensemble les personnes à trouver leur place.',
    ),
  },
  {
    id: 'pdi',
    term: 'PDI',
    expansion: 'Programme (ou plan) départemental d’insertion',
    definition: t(
      'Document adopté par le conseil départemental pour plusieurs années. Il décrit les besoins des personnes en difficulté d’insertion et les actions proposées pour y répondre. Les personnes concernées peuvent être associées à son bilan et à sa préparation.',
      'PDI veut dire programme départemental d’insertion.',
      'C’est le plan du département pour l’insertion.',
      'Il dure plusieurs années.',
      'Il dit quelles aides le département propose.',
      'Les personnes concernées peuvent donner leur avis sur ce plan.',
    ),
  },
  {
    id: 'equipe-pluridisciplinaire',
    term: 'Équipe pluridisciplinaire',
    definition: t(
      'Instance du département qui réunit des professionnels de l’insertion et des représentants des personnes au RSA. Elle donne son avis avant certaines décisions importantes, par exemple un changement d’accompagnement ou une réduction du RSA.',
      'L’équipe pluridisciplinaire est un groupe de personnes.',
      'Il y a des professionnels.',
      'Il y a aussi des personnes qui touchent le revenu de solidarité active.',
      'Le groupe donne son avis avant une décision importante sur cette aide.',
    ),
  },
  {
    id: 'referent-unique',
    term: 'Référent unique',
    definition: t(
      'Professionnel chargé d’accompagner une personne au RSA tout au long de son parcours. C’est l’interlocuteur principal : il aide à construire le projet, signe le contrat avec la personne et fait le lien avec les autres services. On parle aussi de référent de parcours.',
      'Le référent unique est une personne.',
      'Il vous accompagne pendant votre parcours.',
      'Vous pouvez lui poser vos questions.',
    ),
  },
  {
    id: 'orientation',
    term: 'Orientation',
    definition: t(
      'Décision qui désigne l’organisme chargé d’accompagner une personne au RSA : plutôt vers l’emploi, plutôt social, ou les deux. Elle tient compte de la situation de la personne (santé, logement, famille, projet).',
      'L’orientation choisit qui va vous accompagner.',
      'Cela dépend de votre situation.',
      'Par exemple : votre santé ou votre logement.',
    ),
  },
  {
    id: 'conseil-departemental',
    term: 'Conseil départemental',
    definition: t(
      'Assemblée élue du département, et par extension ses services. Il est le responsable principal de l’action sociale : RSA et insertion, protection de l’enfance, aides aux personnes âgées et aux personnes handicapées.',
      'Le conseil départemental dirige le département.',
      'Ses membres sont élus par les habitants.',
      'Il s’occupe des aides sociales.',
      'Par exemple : le revenu de solidarité active et la protection des enfants.',
    ),
  },
  {
    id: 'mds',
    term: 'MDS',
    expansion: 'Maison départementale des solidarités',
    definition: t(
      'Lieu d’accueil de proximité du département, où travaillent des assistants sociaux, des professionnels de l’insertion, de la protection maternelle et infantile et de la protection de l’enfance. Le nom change selon les départements : maison des solidarités, maison de la solidarité et de l’insertion…',
      'MDS veut dire maison départementale des solidarités.',
      'C’est un lieu du département près de chez vous.',
      'Des travailleurs sociaux vous y accueillent.',
      'Son nom change selon les départements.',
    ),
  },
  {
    id: 'utas',
    term: 'UTAS',
    expansion: 'Unité territoriale d’action sociale',
    definition: t(
      'Dans certains départements, service local qui regroupe les professionnels de l’action sociale d’un territoire. Il joue le même rôle qu’une maison des solidarités.',
      'UTAS veut dire unité territoriale d’action sociale.',
      'C’est un service du département près de chez vous.',
      'Des travailleurs sociaux y travaillent.',
    ),
  },
  {
    id: 'ccas',
    term: 'CCAS',
    expansion: 'Centre communal d’action sociale',
    definition: t(
      'Service social de la commune. Il aide les habitants dans leurs démarches, verse certaines aides locales et peut fournir une adresse administrative (domiciliation). Quand il est commun à plusieurs communes, on parle de CIAS (centre intercommunal d’action sociale).',
      'CCAS veut dire centre communal d’action sociale.',
      'C’est le service social de la mairie.',
      'Il vous aide dans vos démarches.',
      'Il peut donner une adresse pour recevoir votre courrier.',
    ),
  },
  {
    id: 'caf',
    term: 'CAF',
    expansion: 'Caisse d’allocations familiales',
    definition: t(
      'Organisme qui verse les prestations familiales, les aides au logement, la prime d’activité, l’allocation aux adultes handicapés et, pour le compte du département, le RSA. Les personnes qui relèvent du régime agricole s’adressent à la MSA.',
      'CAF veut dire caisse d’allocations familiales.',
      'La CAF verse des aides en argent.',
      'Par exemple : les aides pour le logement.',
    ),
  },
  {
    id: 'msa',
    term: 'MSA',
    expansion: 'Mutualité sociale agricole',
    definition: t(
      'Organisme de protection sociale des personnes qui travaillent ou ont travaillé dans l’agriculture, et de leur famille. Pour elles, il joue le rôle de la CAF et de l’assurance maladie.',
      'MSA veut dire mutualité sociale agricole.',
      'La MSA aide les personnes qui travaillent dans l’agriculture.',
      'Elle verse les mêmes aides que la caisse d’allocations familiales.',
    ),
  },
  {
    id: 'france-travail',
    term: 'France Travail',
    definition: t(
      'Service public de l’emploi, qui a remplacé Pôle emploi en 2024. Il inscrit et accompagne les personnes qui cherchent un emploi et verse les allocations chômage. Depuis 2025, les personnes au RSA y sont inscrites automatiquement.',
      'France Travail aide les personnes à trouver un emploi.',
      'Avant, il s’appelait Pôle emploi.',
      'Les personnes qui touchent le revenu de solidarité active sont inscrites à France Travail.',
    ),
  },
  {
    id: 'prime-d-activite',
    term: 'Prime d’activité',
    definition: t(
      'Aide mensuelle versée par la CAF ou la MSA aux personnes qui travaillent et gagnent peu. Elle se demande en ligne et se calcule à partir des revenus déclarés tous les trois mois.',
      'La prime d’activité est une aide en argent.',
      'Elle aide les personnes qui travaillent et gagnent peu.',
      'Vous déclarez vos revenus tous les 3 mois.',
    ),
  },
  {
    id: 'aah',
    term: 'AAH',
    expansion: 'Allocation aux adultes handicapés',
    definition: t(
      'Aide financière qui assure un revenu minimum aux adultes dont le handicap limite fortement l’accès à l’emploi. Le droit est décidé par la commission de la MDPH, et l’allocation est versée par la CAF ou la MSA.',
      'AAH veut dire allocation aux adultes handicapés.',
      'C’est une aide en argent.',
      'Elle aide les adultes qui ont un handicap.',
      'La maison départementale des personnes handicapées décide si vous y avez droit.',
      'La caisse d’allocations familiales verse l’argent.',
    ),
  },
  {
    id: 'mdph',
    term: 'MDPH',
    expansion: 'Maison départementale des personnes handicapées',
    definition: t(
      'Lieu unique où les personnes handicapées et leur famille demandent leurs droits : reconnaissance du handicap, allocations, aides humaines ou techniques, orientation vers un établissement ou un emploi adapté.',
      'MDPH veut dire maison départementale des personnes handicapées.',
      'La MDPH aide les personnes qui ont un handicap.',
      'Vous y faites vos demandes d’aides.',
    ),
  },
  {
    id: 'domiciliation',
    term: 'Domiciliation',
    definition: t(
      'Adresse administrative donnée à une personne sans domicile stable, par un CCAS ou une association agréée. Elle permet de recevoir son courrier et d’ouvrir ses droits (RSA, assurance maladie, papiers d’identité…).',
      'Vous vivez sans adresse fixe ?',
      'La mairie ou une association peut vous donner une adresse.',
      'Avec cette adresse, vous recevez votre courrier.',
      'Vous pouvez aussi demander vos aides.',
    ),
  },
  {
    id: 'insertion',
    term: 'Insertion',
    definition: t(
      'Chemin qui aide une personne à trouver ou retrouver sa place dans la société. On parle d’insertion sociale (logement, santé, liens avec les autres) et d’insertion professionnelle (formation, emploi).',
      'L’insertion aide une personne à trouver sa place.',
      'Par exemple : avoir un logement.',
      'Ou trouver un travail.',
    ),
  },
  {
    id: 'siae',
    term: 'SIAE',
    expansion: 'Structure d’insertion par l’activité économique',
    definition: t(
      'Structure agréée par l’État qui embauche des personnes éloignées de l’emploi et les accompagne pendant leur contrat. Ce sont notamment les ateliers et chantiers d’insertion, les entreprises d’insertion, les entreprises de travail temporaire d’insertion et les associations intermédiaires.',
      'SIAE veut dire structure d’insertion par l’activité économique.',
      'C’est une entreprise ou une association.',
      'Elle donne un travail aux personnes qui ont du mal à trouver un emploi.',
      'Elle les aide aussi dans leurs démarches.',
    ),
  },
  {
    id: 'aci',
    term: 'ACI',
    expansion: 'Atelier et chantier d’insertion',
    definition: t(
      'Type de SIAE, souvent associatif, qui propose un travail (espaces verts, couture, recyclage…) avec un accompagnement social et professionnel. Les salariés y signent en général un CDDI.',
      'ACI veut dire atelier et chantier d’insertion.',
      'Un chantier d’insertion propose un vrai travail.',
      'Par exemple : s’occuper des espaces verts.',
      'Une personne vous aide aussi pour la suite.',
    ),
  },
  {
    id: 'cddi',
    term: 'CDDI',
    expansion: 'Contrat à durée déterminée d’insertion',
    definition: t(
      'Contrat de travail proposé par un atelier et chantier d’insertion ou une entreprise d’insertion. Il dure en général de 4 mois à 2 ans et comprend un accompagnement pour préparer la suite du parcours.',
      'CDDI veut dire contrat à durée déterminée d’insertion.',
      'C’est un contrat de travail.',
      'Il dure entre 4 mois et 2 ans.',
      'Pendant ce contrat, une personne vous aide à préparer la suite.',
    ),
  },
  {
    id: 'plie',
    term: 'PLIE',
    expansion: 'Plan local pour l’insertion et l’emploi',
    definition: t(
      'Dispositif porté par une ou plusieurs communes, qui offre un accompagnement renforcé vers l’emploi aux personnes qui en sont éloignées. Il est souvent financé en partie par le Fonds social européen.',
      'PLIE veut dire plan local pour l’insertion et l’emploi.',
      'Le PLIE aide les personnes à trouver un emploi.',
      'Une personne vous suit de près.',
    ),
  },
  {
    id: 'ase',
    term: 'ASE',
    expansion: 'Aide sociale à l’enfance',
    definition: t(
      'Service du département chargé de la protection de l’enfance. Il soutient les familles en difficulté et protège les enfants en danger, par une aide à domicile ou, si nécessaire, un accueil hors de la famille.',
      'ASE veut dire aide sociale à l’enfance.',
      'C’est un service du département.',
      'Elle aide les familles en difficulté.',
      'Elle protège les enfants.',
    ),
  },
  {
    id: 'cvs',
    term: 'CVS',
    expansion: 'Conseil de la vie sociale',
    definition: t(
      'Instance créée par la loi de 2002 sur l’action sociale dans les établissements sociaux et médico-sociaux (maison de retraite, foyer, centre d’hébergement…). Les personnes accueillies, leurs familles et le personnel y donnent leur avis et font des propositions sur le fonctionnement.',
      'CVS veut dire conseil de la vie sociale.',
      'C’est un groupe dans un établissement.',
      'Par exemple : une maison de retraite ou un foyer.',
      'Les personnes accueillies donnent leur avis.',
      'Elles proposent des idées pour mieux vivre ensemble.',
    ),
  },
  {
    id: 'travailleur-social',
    term: 'Travailleur social',
    definition: t(
      'Professionnel qui accompagne des personnes ou des groupes pour les aider à accéder à leurs droits et à agir sur leur situation : assistant de service social, éducateur, conseiller en économie sociale et familiale, animateur…',
      'Un travailleur social est un professionnel.',
      'Il vous aide à connaître vos droits.',
      'Il vous aide dans vos démarches.',
    ),
  },
  {
    id: 'participation-citoyenne',
    term: 'Participation citoyenne',
    definition: t(
      'Fait, pour des habitants, de prendre part aux décisions qui les concernent : donner son avis, faire des propositions, suivre ce que l’institution en fait. En action sociale, la loi reconnaît le droit des personnes accompagnées à participer.',
      'Participer, c’est donner son avis.',
      'C’est aussi proposer des idées.',
      'Vous avez le droit de participer aux décisions qui vous concernent.',
    ),
  },
  {
    id: 'pouvoir-d-agir',
    term: 'Pouvoir d’agir',
    expansion: 'DPA : développement du pouvoir d’agir',
    definition: t(
      'Capacité des personnes à agir, seules ou ensemble, sur ce qui compte pour elles. La démarche de développement du pouvoir d’agir part d’un problème concret choisi par les personnes ; le professionnel y joue un rôle de facilitateur.',
      'Le pouvoir d’agir, c’est pouvoir changer les choses.',
      'Seul ou avec d’autres.',
      'Les habitants choisissent le problème.',
      'Le professionnel les aide.',
    ),
  },
  {
    id: 'aller-vers',
    term: 'Aller vers',
    definition: t(
      'Façon de travailler où les professionnels vont à la rencontre des personnes dans leurs lieux de vie (rue, marché, immeuble, domicile) au lieu d’attendre qu’elles viennent au bureau.',
      'Les professionnels viennent vous voir.',
      'Par exemple : dans la rue ou au marché.',
    ),
  },
  {
    id: 'personne-concernee',
    term: 'Personne concernée',
    definition: t(
      'Personne qui vit ou a vécu la situation dont on parle : par exemple être au RSA, vivre dans le quartier, être parent accompagné par la protection de l’enfance. Son expérience est un savoir à part entière.',
      'Une personne concernée vit la situation.',
      'Par exemple : elle habite le quartier.',
      'Son expérience est utile à tous.',
    ),
  },
  {
    id: 'college-des-personnes-concernees',
    term: 'Collège des personnes concernées',
    definition: t(
      'Dans une instance de participation, groupe des sièges réservés aux personnes qui vivent la situation. Il a sa place à côté des collèges des professionnels, des élus et des partenaires, souvent à parité avec eux.',
      'Dans certains groupes, des places sont réservées aux personnes concernées.',
      'Ces personnes forment un collège.',
      'Elles parlent à égalité avec les professionnels et les élus.',
    ),
  },
  {
    id: 'parite',
    term: 'Parité',
    definition: t(
      'Équilibre entre deux catégories de membres d’un groupe. Dans Participe, elle désigne l’équilibre entre personnes concernées et autres participants : les personnes concernées doivent être au moins la moitié du groupe.',
      'La parité, c’est l’équilibre dans le groupe.',
      'Au moins la moitié des membres vit la situation.',
    ),
  },
  {
    id: 'expertise-d-usage',
    term: 'Expertise d’usage',
    definition: t(
      'Savoir tiré de l’expérience vécue d’un service, d’un dispositif ou d’un quartier. Il complète le savoir des professionnels et des élus.',
      'Vous utilisez les services.',
      'Vous savez ce qui marche et ce qui bloque.',
      'C’est votre expertise.',
    ),
  },
  {
    id: 'diagnostic-partage',
    term: 'Diagnostic partagé',
    definition: t(
      'Analyse d’une situation construite ensemble par les habitants, les professionnels, les élus et les partenaires. Elle aboutit à un problème prioritaire, formulé par les personnes concernées.',
      'Un diagnostic partagé, c’est comprendre un problème ensemble.',
      'Chacun donne son point de vue.',
    ),
  },
  {
    id: 'charte',
    term: 'Charte du groupe',
    definition: t(
      'Texte adopté par les membres au début du travail. Il fixe les règles communes : coresponsabilité, bienveillance, confidentialité, rôle de chacun, déroulement des réunions.',
      'La charte contient les règles du groupe.',
      'Les membres l’écrivent ensemble.',
    ),
  },
  {
    id: 'attestation-de-participation',
    term: 'Attestation de participation',
    definition: t(
      'Document remis à un membre du groupe à la fin de son engagement. Il décrit ce qu’il a fait et les compétences qu’il a développées, et peut servir dans un parcours de formation ou d’emploi.',
      'L’attestation est un papier.',
      'Il dit ce que vous avez fait dans le groupe.',
      'Il dit ce que vous avez appris.',
      'Vous pouvez le montrer pour une formation ou un emploi.',
    ),
  },
  {
    id: 'conference-familiale',
    term: 'Conférence familiale',
    definition: t(
      'Méthode où une famille et son entourage (proches, amis, voisins) cherchent eux-mêmes des solutions à une question centrale. Un coordinateur prépare la rencontre pendant deux à trois mois. La réunion finale aboutit à un plan d’action, évalué avec la famille quelques mois plus tard.',
      'La famille pose une question importante.',
      'La famille invite ses proches.',
      'Ensemble, ils trouvent des solutions.',
      'Ils écrivent un plan d’action.',
    ),
  },
  {
    id: 'pair-aidance',
    term: 'Pair-aidance',
    definition: t(
      'Soutien apporté par une personne qui a vécu une situation semblable (un pair). Quand cette aide est un métier reconnu, on parle de travail pair.',
      'Une personne a vécu la même situation que vous.',
      'Elle vous aide grâce à son expérience.',
    ),
  },
  {
    id: 'action-collective',
    term: 'Action collective',
    definition: t(
      'Forme d’accompagnement où un travailleur social réunit plusieurs personnes autour d’un projet commun, au lieu de les recevoir une par une. Elle crée du lien et renforce la confiance en soi.',
      'Une action collective réunit plusieurs personnes.',
      'Ensemble, elles mènent un projet.',
    ),
  },
  {
    id: 'developpement-social-local',
    term: 'Développement social local',
    definition: t(
      'Démarche qui améliore les conditions de vie d’un territoire en s’appuyant sur ses habitants, ses ressources et ses acteurs (élus, associations, services), réunis autour de projets communs.',
      'Les habitants, les élus et les associations travaillent ensemble.',
      'Ils améliorent la vie dans leur quartier ou leur village.',
    ),
  },
  {
    id: 'accueil-social-inconditionnel',
    term: 'Premier accueil social inconditionnel',
    definition: t(
      'Engagement des services sociaux à recevoir toute personne qui se présente, quelle que soit sa demande, à l’écouter et à l’orienter vers la bonne réponse près de chez elle.',
      'Toute personne peut venir.',
      'Quelqu’un l’écoute.',
      'Quelqu’un l’aide à trouver le bon service.',
    ),
  },
  {
    id: 'falc',
    term: 'FALC',
    expansion: 'Facile à lire et à comprendre',
    definition: t(
      'Méthode d’écriture qui suit des règles européennes : phrases courtes, mots courants, une idée par ligne. Conçue d’abord avec et pour les personnes qui ont un handicap intellectuel, elle aide aussi beaucoup d’autres lecteurs.',
      'FALC veut dire facile à lire et à comprendre.',
      'Les phrases sont courtes.',
      'Les mots sont simples.',
      'Il y a une idée par ligne.',
    ),
  },
  {
    id: 'saisie-accompagnee',
    term: 'Saisie accompagnée',
    definition: t(
      'Possibilité de déposer une contribution avec l’aide d’un professionnel, qui l’écrit à partir de ce que dit la personne. La contribution reste celle de la personne.',
      'Un professionnel écrit votre idée avec vous.',
      'L’idée reste votre idée.',
    ),
  },
  {
    id: 'contribution',
    term: 'Contribution',
    definition: t(
      'Ce qu’une personne ou un groupe adresse à l’institution : un constat, une proposition, une question ou un témoignage. Chaque contribution reçoit une réponse publique et motivée.',
      'Une contribution, c’est ce que vous envoyez à l’institution.',
      'Par exemple : une idée ou une question.',
      'Vous recevez toujours une réponse.',
    ),
  },
];
