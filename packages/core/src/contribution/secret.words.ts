// The words of a contribution's secret code: 2,048 common French words (lowercase ASCII,
// 3 to 8 letters, each one distinct once accents are dropped), so six of them carry 66 bits
// of randomness. Data, not code: only the server's generator and checker import it, never a
// widget bundle. Changing the list changes which codes are valid: only ever append to a
// new list with a new version, never edit this one.

/** 2,048 words, in alphabetical order; a word's index is 11 bits of a code. */
export const SECRET_WORDS: readonly string[] = `
  abeille abri abricot accord accueil acheter acier acteur adopter adresse affaire agenda agile
  agir agneau agrume aider aigle aigu aiguille aile aimable aimant aimer air aise ajouter ajuster
  alarme album alcove alerte algebre algue allee allegro aller allumer allure alpaga alpage alpin
  alto amande ambre amener ami amical amiral amour amphore ample ampoule amusant amuser ananas
  anchois ancien ancre ange angle animal animer anis anneau annee annuel anorak antenne aout aplomb
  apogee appel appeler appui apres araignee arbitre arbre arc arcade arceau arche archer ardent
  ardoise arene argent argile aride armada armoire armure arome arpege arrivee arroser arrosoir art
  artiste asile aspect asperge assiette assis assise aster astre atelier atlas atoll atome atout
  atrium attente aubade aube auberge audace aurore auteur autobus automne autre autruche aval
  avance avancer avenir avenue averse avion avis avocat avoine avril axe azalee azur babouin bac
  badaud badge bagage bague baguette baie bain balade balai balance balcon baleine balise balle
  ballon balsa bambin bambou banane banc bande banjo banque banquet barbe barda baril baron barque
  barrage barre baryton bas basalte basilic bassin bassine basson bateau baton bavard bayou bazar
  beau beaute bebe bec beignet belette belier bemol berceau beret berger bergere besoin beton
  beurre biberon biche bien bijou bilan bille billet biplan biscuit bise bison bisou bistrot
  bivouac blague blanc blason ble bleu bleuet bloc blond blouson bobine bocage bocal boeuf boire
  bois boisson boite bol bolide bon bonbon bonheur bonhomme bonnet bonsai bord bordure borne
  bosquet bosse botte bottine bouche boucle boue bouee bouger bougie boule bouleau boulier bouquet
  bouquin bourdon boussole bout boutique bouton bouvier braille braise branche bras brasero brave
  brebis bref bretzel brevet bridge briller brin brioche brique briquet brise brochet brocoli
  broder brosse brouette bruit brume brun bruyere buche budget buffet buffle buisson bulle bureau
  buse buste but butte cabane cabas cable cabri cacao cacher cachet cactus cadeau cadenas cadet
  cadran cadre cafe cage cageot cahier caille caillou caiman caisse calamar calcul calice calme
  calmer camee camelia camion camp campagne camper canal canard canari canevas canif canne canoe
  canot cantine canyon cap capable capsule capuche carafe carafon caramel caravane cargo caribou
  carnet carotte carpe carre cartable carte carton cascade case casier casque cassis castor cave
  cedre ceinture celeri cellule cendre cent centre cepe cerceau cercle cereale cerf cerise certain
  chacal chaise chalet chaleur chambre chamois champ chance changer chanson chant chanter chanvre
  chapeau charade charbon chardon chariot charme charrue chasse chat chateau chaton chaud chaume
  chemin chemise chenal chene cher cheval chevet cheveu chevre chevron chien chiffon chiffre
  chignon chimie chiot choisir choix choral chorale chose chou chouette cible ciboule cidre ciel
  cigale cigogne cime ciment cinema cinq cirage cirque ciseau citron civil clair clairon clarte
  classe classer clavier clef client climat cloche clocher clos clou clown club cobalt cobaye cocon
  cocotte code coeur coffre coin coing col colibri colis collage coller collier colline colombe
  colonie colonne colorer colvert colza comedie comete commun commune compas complet compote compte
  compter concert condor conseil console conte content conter contour copain copeau copier coq
  coquet coquille corail corbeau cordage corde cordon corne cornet corps correct cortege cosmos
  costume cote coton coucou coudre couleur coulis couloir coupe coupole cour courage courbe coureur
  courir couronne course court cousin coussin couvert couvrir crabe craie crampon crapaud cravate
  crayon creme creneau crepe cresson crete creuser creux crevette crier criquet cristal crochet
  crocus croix croquer croquis cru crumble cuillere cuir cuire cuisine cuivre culture cumin cumulus
  curieux cuvette cycle cyclone cyclope cygne dahlia daim dalle dame damier danse danser date datte
  dauphin debat debut decembre declic decor decorer defi defiler degre delice delta demain demeure
  dent depart depot derby dernier desert dessert dessin detail deviner devise devoir diamant dictee
  digue dimanche dinde dindon diner dinette diorama diplome dire direct disco disque divers docteur
  dodo doigt dolmen domaine domino don donner dorade dormir dortoir dossier douceur douche doux
  dragee dragon drap drapeau droit drole dune dur durable durer duvet dynamo eau ebauche ebene
  ecaille echange echarpe echelle echo echoppe eclair eclat eclipse ecluse ecole ecorce ecouter
  ecran ecrin ecrire ecrit ecrou ecume ecureuil ecusson edition edredon effet effort egal elan
  elegant elephant eleve elever elite elixir embleme emploi enclos encore encre endive energie
  enfance enfant engin enigme enquete entier entree entrer envie envol envoyer epais epaule epee
  epi epice epicea epinard epine eponge epopee epoque equerre equipe erable errance escale escalier
  escargot espace espadon esperer espoir esprit esquif essai essayer estrade etable etage etagere
  etain etang etat etau ete etoffe etoile etrier etroit etude etudier eveil exact exemple expert
  exploit fable facade facile facteur fagot faible faim faisan falaise fameux famille fanfare
  fanion fantome faon farce fardeau farine faucon faune fauteuil faveur fee femme fenetre fenouil
  fer ferme fermer ferry festin festival fete feu feuille feutre feve fiacre ficelle fiche fidele
  fier fierte fiesta figue figuier figure fil filet fille film fils fin finale fiole fixe fixer
  flacon flamant flamme flan flanc flaneur flaque fleche fleur fleuve flocon flotter fluide flute
  foin foire fond fondre fondue fontaine force foret forme former fort fortin fosse foudre fougere
  foulard four fourmi fournir foyer fragile frais fraise franc frelon frene frere fresque friche
  frigo frimas frise frisson frites friture froid fromage fronde front fronton fruit fuchsia fumee
  fuseau fusee futur gabarit gadget gagner gain galaxie galerie galet galette galion galop gamin
  gamme gant garage garance garder gardien gardon gare garenne gateau gauche gaufre gazelle gazette
  gazon geant gecko gel gelee gendre genet genou gentil gerbe geste geyser gibier gigot gilet
  girafe girafon girolle givre glace glacier glaieul glaneur globe glycine gobelet goeland golfe
  gomme gondole gonfler gong gorge gorille goudron goujon goulash gourde gousse gouter goutte
  gradin grain graine grand grandir grange granit granola granule graphe grappe gratin grave
  gravure grelot grenade grenier griffe grille grillon grimper grive grizzli grotte groupe grue
  guepard guepe gui guichet guide guider guidon guitare habile habit habiter haie halo halte hamac
  hameau hamster hanche hangar hareng harfang haricot harpe hasard haut hectare helice herbe
  hermine heron hetre heure hibou hier hippo histoire hiver hockey homard homme honneur horizon
  horloge hotel hotte houblon houle houx hublot huile huit huitre humble humeur humour huppe hutte
  hyene hymne ibis iceberg icone idee idylle igloo iguane ile ilot image immense impala indice
  indigo infini inox insecte intense invite inviter iris ivoire jade jaguar jalon jambe jambon
  janvier jardin jarre jasmin jaune javelot jersey jetee jeton jeu jeudi jeune jockey joie joker
  joli jonc jongler jonque joue jouer jouet jour journal jovial joyau judo juillet juin jumeau
  jungle jupe jus juste kayak kilo kimono kiosque kiwi koala label labour lac lacer lagon lagune
  laine lait laitier laitue lama lame lampe lance lancer langue lanterne lapin laque large lasso
  laurier lavande laver lavoir lecon legende leger legume lent lentille lessive lettre levain lever
  levier levre lexique lezard liberte libre liege lien lier lierre lievre ligne lilas limande lime
  limer limon linge lingot linotte lion lire lisse liste lit litchi litiere litre livre livrer
  livret local loge loger logis logo loi loisir lombric long loriot losange lotion lotte lotus
  louange louer loup loupe loutre loyal lucarne lucide luciole lueur luge lumiere lundi lune lutin
  luxe lycee lynx lyre macaron machine madame madras madrier magasin magie magret mai maillet
  maillot main maire mairie mais maison maitre malice malle maman manche manchot mandat manege
  manette manger mangue manier manoir mante manteau marais marche marcher mardi maree marelle marge
  mari marin marmite marmotte marque marron mars marteau martre mascara masque massage massif match
  matelas matin mauve maxime mazout medaille melisse melodie melon membre mener menhir menthe menu
  mer merci mercredi mercure mere merlan merle mesange message mesure mesurer metal meteo meteore
  metier metre metro meuble meunier micro micron miel miette mille millet mimique mimosa mince mine
  minerai minuit minute mirador miroir miser mistral mobile mode moderne modeste module moineau
  mois moisson moitie moka mollet monde monnaie monocle montagne monter montre montrer morceau
  morille morue mot moteur motif mou mouche mouette moufle mouflon moulin mousse mouton moyen
  muesli muguet mulot mur murene murier muscade muscat muscle musee musette musique myrtille
  mystere nacelle nage nappe narval nature naturel navet navire nectar negoce neige neon nerf net
  neuf nez nid niveau noble noce noeud noir noisette noix nom nomade nombre nord normal norme
  notaire note nouer nougat nouveau novembre noyau noyer nuage nuance nuit numero nylon oasis objet
  obole obscur ocean ocre octave octobre odeon odeur odyssee oeil oeillet oeuf offre offrir ogive
  oie oignon oiseau okapi olive olivier olympe ombre omelette once oncle onde ongle onyx onze opale
  opera opossum optique opus orage orange orbite ordre oreille orfevre orge orgue origami origan
  orme ortie ortolan oser osier otarie ouate ouest ourlet ours oursin outarde outil ouvert ouvrage
  ouvrir ovale ovation oxygene page pagode paille pain paix palais pale palette palme pampa panache
  panama panda panier panneau panthere pantin paon papaye papier papillon paprika papyrus paquet
  parasol parc pardon pareil parfait parfum parole parquet part partage partir passage passer
  pastel patate pate patin patiner patio patte pave payer pays paysage peau pecher pecheur pedale
  peigne peindre peinture pelican pelle pelote pelouse pendule pensee penser pente perche perdrix
  pere perle perron persil peser petale petit peuple phare phoque photo photon piano piccolo pie
  piece pied pierre pieuvre pigeon pilier pilote piment pin pinceau pinede pingouin pinson piolet
  pion pipeau pique piscine pistache piste pivoine pixel place placer plafond plage plaid plaine
  plan planche planete plante planter plat platane plateau plein plier plonger pluie plume plumier
  poche podium poeme poete poids poignet point poire poireau pois poisson poivre poivron pole
  polenta poli polka pomme pommier pompe poncho pont port portail porte porter poser poste pot
  potager poteau potiron pouce poudre poulain poulet poupee pousser poussin prairie praline pre
  precis premier prendre prenom presse presser prier prince prisme prix projet propre prose prudent
  prune public puceron puiser puits pull pulpe punaise pupitre pur puzzle pyjama quai quart
  quartier quartz quatre quatuor question quiche quille quinoa quinte quitter racine radar radeau
  radio radis ragout raisin rallye rame ramer rampe rang ranger rapide raquette rare rat rateau
  rater raton ravi ravioli rayon recette recif recit recolte reel refrain regard regate regle reine
  relais relief remede remous remplir renard rendre renne reparer repas repeter repos requin reseau
  rester retenir retour reve reveil rever rideau rigide rire riviere riz robe robinet robuste roche
  rocher roi romarin ronce rond rosace rose roseau rotonde roue rouge rouget rouleau rouler roulis
  route ruban rubis ruche rude rue ruelle ruisseau rumba rural ruse rythme sable sabot sac safari
  safran saga sage sain saison salade salle salon salsa saluer samba samedi sandale sanglier saphir
  sapin sardine satin sauce sauge saule saumon saut sauter sauver savane savoir savon saxo scene
  science seau sec second secret seigle sel semaine semer semoule sentier sentir sept sequoia
  serein serieux serre serrure service servir sesame seuil siecle siege siffler sifflet signal
  signe signer silence silex silo simple sincere singe sirene sirop sitar ski skier slalom soeur
  soie soif soigner soin soir soja sole soleil solide sombre sommet son sonar sonate sonner sorbet
  sorbier sorte sortir souci soupe souple source sourire souris soute sphere spirale sport sprint
  stable stade stand statue steppe studio stylo sucre sud suivre sujet sumo sureau surf surprise
  symbole table tableau tablier taille tailler tajine talent tambour tamis tango tante tapioca
  tapir tapis tarin tarot tarte tasse tatou taupe taureau taxi teckel temps tendre tenir tennis
  tenue terrain terrasse terre tete theatre thon thym tiare tiede tigre tilleul timbre timide tipi
  tirer tiroir tisser tissu titre toile toit tomate tomber tomme tonneau topaze torche tornade
  tortue total totem toucan touche toupie tour tourner tournoi tourte trace tracer train trait
  trajet tram tramway transat trapeze travail trefle treize tresor treuil tribu tricot trier trio
  triplet triste trois trombone trompe tronc trophee troupeau trouver truffe truite tuba tube tuile
  tulipe tundra tunnel turbot tutu tuyau tympan typhon ukulele union unique univers urbain usine
  utile vache vague valeur valise vallee valse vanille vanne vapeur varan vase vaste veau vedette
  velo velours vendre vendredi venir vent ventre veranda verdier verdure verger vernis verre verser
  vert veste vestige viaduc viande victoire vie vif vigie vigogne village ville vin vinyle violette
  violon virage virgule visage viser visiter vison vitrail vitre vivant voile voilier voisin
  voiture voix vol volcan voler volet volute voter voyage voyelle vrai vue wagon wapiti yaourt
  yourte zebre zephyr zero zeste zinc zinnia zone
`
  .trim()
  .split(/\s+/);
