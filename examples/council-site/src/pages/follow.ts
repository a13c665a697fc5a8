// Pages that show one contribution: by follow-up code (what a citizen keeps) or by id
// (a link from the list). A tiny external script hands the query string to the widget.
import { layout } from './layout.js';

export function followUpPage(): string {
  return layout({
    path: '/suivi',
    title: 'Suivre ma contribution',
    scripts: ['/assets/suivi.js'],
    main: `<h1>Votre message et la réponse du Département</h1>
<p class="lead">Quand vous avez envoyé votre message, nous vous avons donné un code de suivi, par exemple K7P-4QX,
et un code secret de six mots. Avec le code de suivi, vous voyez où en est votre message et la réponse du
Département. Avec le code secret en plus, vous pouvez télécharger vos données, corriger ou retirer votre
message, ou tout effacer.</p>
<participe-contribution-detail endpoint="/api"></participe-contribution-detail>
<p>Vous avez perdu votre code ? Écrivez de nouveau depuis <a href="/">la page Participer</a> :
nous ne pouvons pas retrouver un code, car nous ne savons pas qui a écrit.</p>`,
  });
}

export function contributionPage(): string {
  return layout({
    path: '/contribution',
    title: 'Une contribution',
    scripts: ['/assets/contribution.js'],
    main: `<h1>Une contribution et sa réponse</h1>
<participe-contribution-detail endpoint="/api"></participe-contribution-detail>
<p><a href="/">Voir toutes les contributions</a></p>`,
  });
}
