// The author's own page, in the lazy module that draws it: a page showing a contribution to
// the public never downloads these words.
import { defineCatalog } from '../i18n/i18n.js';
import { registerCatalog } from '../i18n/registry.js';

export const authorMessages = registerCatalog(
  'contribution-detail-author',
  defineCatalog({
    fr: {
      heading: 'Mon espace : ma contribution et mes données',
      intro:
        'Avec votre code secret, vous pouvez télécharger vos données, corriger ou retirer votre contribution, ou tout effacer.',
      secretLabel: 'Quel est votre code secret ?',
      secretHint:
        'Les six mots reçus quand vous avez envoyé votre message, par exemple : lapin sapin orage galet cerise moulin. Les majuscules, les accents et les tirets ne comptent pas.',
      open: 'Ouvrir mon espace',
      opening: 'Vérification du code secret…',
      emptySecret: 'Écrivez votre code secret : six mots, par exemple lapin sapin orage galet cerise moulin.',
      wrongSecret:
        'Ce code secret ne correspond pas à ce code de suivi. Vérifiez chaque mot (exemple : lapin sapin orage galet cerise moulin).',
      offline: 'Impossible de joindre le service. Rien n’a changé : réessayez dans un moment.',
      failed: 'Cela n’a pas marché. Rien n’a changé : réessayez plus tard.',
      tooLate:
        'Ce n’est plus possible : l’institution a déjà commencé à examiner votre contribution. Vous pouvez toujours télécharger ou effacer vos données.',
      downloadHeading: 'Télécharger mes données',
      downloadIntro:
        'Tout ce que Participe garde sur vous pour cette contribution : votre texte, son historique, votre moyen de contact et les messages envoyés.',
      downloadJson: 'Télécharger mes données (fichier JSON)',
      downloadPage: 'Télécharger une page lisible, à imprimer (HTML)',
      changeHeading: 'Changer ma contribution',
      correct: 'Corriger mon message',
      withdraw: 'Retirer ma contribution',
      erase: 'Effacer mes données',
      lock: 'Fermer mon espace',
      cantCorrect: 'Votre message ne peut plus être corrigé : l’institution a commencé à l’examiner.',
      titleLabel: 'Titre de votre message',
      bodyLabel: 'Votre message',
      emptyTitle: 'Le titre est vide. Écrivez quelques mots, par exemple : Un bus plus tôt le matin.',
      emptyBody: 'Le message est vide. Écrivez au moins une phrase.',
      tooLong: 'C’est trop long : 120 caractères au plus pour le titre, 4 000 pour le message.',
      save: 'Continuer',
      cancel: 'Annuler',
      confirmHeading: 'Vérifiez avant de confirmer',
      'confirm.correct':
        'Le titre et le texte publiés seront remplacés par votre correction. L’historique public dira que le message a été corrigé.',
      'confirm.withdraw':
        'Votre contribution ne sera plus montrée au public et ne recevra pas de réponse. Ce qui reste : l’historique dit qu’elle a été retirée. Vos données restent jusqu’à ce que vous les effaciez.',
      'confirm.erase':
        'Tout ce que vous avez écrit (titre, texte, nom affiché) et votre moyen de contact seront effacés, pour toujours. Votre code secret ne servira plus. Téléchargez d’abord vos données si vous voulez en garder une copie.',
      'remains.answer': 'Ce qui reste : la réponse publiée de l’institution, sans rien de ce que vous avez écrit.',
      'remains.trace': 'Ce qui reste : une trace que la contribution a existé, sans rien de ce que vous avez écrit.',
      'do.correct': 'Oui, corriger mon message',
      'do.withdraw': 'Oui, retirer ma contribution',
      'do.erase': 'Oui, effacer mes données',
      working: 'Envoi en cours…',
      'done.correct': 'C’est fait : votre message est corrigé.',
      'done.withdraw': 'C’est fait : votre contribution est retirée.',
      erasedHeading: 'Vos données sont effacées',
      erasedBody:
        'Ce que vous aviez écrit et votre moyen de contact ne sont plus gardés. Votre code secret ne sert plus.',
      pageTitle: 'Mes données – contribution {code}',
      pageIntro: 'Copie de tout ce que Participe garde sur vous pour cette contribution, au {date}.',
      pageContribution: 'Ma contribution',
      pageStatus: 'État',
      pageTitleField: 'Titre',
      pageBody: 'Texte',
      pageAuthor: 'Nom affiché',
      pageContact: 'Moyen de contact',
      pageNoContact: 'Aucun',
      pageAnswer: 'Réponse de l’institution',
      pageHistory: 'Historique',
      pageMessages: 'Messages envoyés ou à envoyer',
      pageNone: 'Aucun',
    },
    more: () => import('./contribution-detail.author.messages.more.js').then((m) => m.authorMessagesMore),
  }),
);
