// The council's public participation pages, one per group: a few lines of HTML around
// the form and the list, exactly what a council would paste into its own site.
import { type DemoSpace, NEIGHBOURHOOD, RSA_GROUP } from '../seed/spaces.js';
import { escapeHtml, layout } from './layout.js';

/** The form, the list and where the group stands in the participation cycle. */
function widgets(demo: DemoSpace): string {
  const space = escapeHtml(demo.space.slug);
  return `<participe-contribution-form endpoint="/api" space="${space}" institution="Le Département"
  follow-up-url="/suivi?code={code}"></participe-contribution-form>
<participe-contribution-list endpoint="/api" space="${space}"
  detail-url="/contribution?id={id}"></participe-contribution-list>
<participe-cycle endpoint="/api" space="${space}"></participe-cycle>`;
}

export function homePage(): string {
  const name = escapeHtml(RSA_GROUP.space.name);
  return layout({
    path: '/',
    title: 'Participer',
    main: `<h1>Participer : le Département vous répond</h1>
<p class="lead">Une idée, une difficulté, une question sur l’insertion ou vos démarches ? Écrivez-la ici.
Le Département publie une réponse à chaque message, avec ses raisons, en 60 jours au plus.</p>
<p>Les messages sont lus par le <strong>${name}</strong> : des personnes concernées, des professionnels
et des élus qui se réunissent chaque mois. Tout le monde peut écrire. Personne ne vous demande votre situation.</p>
<p>Vous avez déjà écrit ? <a href="/suivi">Suivez votre message avec votre code</a>.</p>
${widgets(RSA_GROUP)}
<h2>Un autre groupe</h2>
<p>Vous habitez le quartier des Tilleuls ? <a href="/quartier">Écrivez au collectif d’habitants du quartier</a>.</p>`,
  });
}

export function neighbourhoodPage(): string {
  const name = escapeHtml(NEIGHBOURHOOD.space.name);
  return layout({
    path: '/quartier',
    title: 'Quartier des Tilleuls',
    main: `<h1>${name}</h1>
<p class="lead">Une idée pour le quartier, un problème à signaler, une question ? Le collectif d’habitants
en parle toutes les deux semaines, et le Département répond à chaque message en 60 jours au plus.</p>
<p>Vous avez déjà écrit ? <a href="/suivi">Suivez votre message avec votre code</a>.</p>
${widgets(NEIGHBOURHOOD)}`,
  });
}
