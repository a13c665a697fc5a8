// The council's public participation pages, one per group: a few lines of HTML around
// the form and the list, exactly what a council would paste into its own site.
// The form comes first: on a phone the page used to be fourteen screens long with the form
// on the second. What is not needed to write is folded in native `<details>`: they open
// with the keyboard and a screen reader says whether each is open, without any script.
import { type DemoSpace, NEIGHBOURHOOD, RSA_GROUP } from '../seed/spaces.js';
import { escapeHtml, layout } from './layout.js';

const FOLLOW_UP = '<p>Vous avez déjà écrit ? <a href="/suivi">Suivez votre message avec votre code</a>.</p>';

/** A section folded behind a clear label; its content says the rest with its own heading. */
const fold = (id: string, label: string, content: string): string =>
  `<details class="fold" id="${id}">
<summary>${label}</summary>
${content}
</details>`;

/** The form first, then the list and where the group stands in the participation cycle, folded. */
function widgets(demo: DemoSpace, about: string): string {
  const space = escapeHtml(demo.space.slug);
  return `<participe-contribution-form endpoint="/api" space="${space}" institution="Le Département"
  follow-up-url="/suivi?code={code}"></participe-contribution-form>
${fold('qui-lit', 'Qui lit vos messages ?', about)}
${fold(
  'messages',
  'Les messages déjà envoyés et les réponses',
  `<participe-contribution-list endpoint="/api" space="${space}"
  detail-url="/contribution?id={id}"></participe-contribution-list>`,
)}
${fold('cycle', 'Où en est le groupe', `<participe-cycle endpoint="/api" space="${space}"></participe-cycle>`)}`;
}

export function homePage(): string {
  const name = escapeHtml(RSA_GROUP.space.name);
  return layout({
    path: '/',
    title: 'Participer',
    main: `<h1>Participer : le Département vous répond</h1>
<p class="lead">Une idée, une difficulté, une question sur l’insertion ou vos démarches ? Écrivez-la ici.
Le Département répond à chaque message, avec ses raisons, en 60 jours au plus.</p>
${FOLLOW_UP}
${widgets(
  RSA_GROUP,
  `<p>Les messages sont lus par le <strong>${name}</strong> : des personnes concernées, des professionnels
et des élus qui se réunissent chaque mois. Tout le monde peut écrire. Personne ne vous demande votre situation.
Le Département publie sa réponse à chaque message.</p>`,
)}
<h2>Un autre groupe</h2>
<p>Vous habitez le quartier des Tilleuls ? <a href="/quartier">Écrivez au collectif d’habitants du quartier</a>.</p>`,
  });
}

export function neighbourhoodPage(): string {
  const name = escapeHtml(NEIGHBOURHOOD.space.name);
  return layout({
    path: '/quartier',
    title: 'Quartier des Tilleuls',
    main: `<h1>${name}</h1>
<p class="lead">Une idée pour le quartier, un problème à signaler, une question ? Écrivez-la ici.
Le Département répond à chaque message en 60 jours au plus.</p>
${FOLLOW_UP}
${widgets(
  NEIGHBOURHOOD,
  `<p>Le collectif d’habitants du quartier lit chaque message et en parle toutes les deux semaines.
Tout le monde peut écrire.</p>`,
)}`,
  });
}
