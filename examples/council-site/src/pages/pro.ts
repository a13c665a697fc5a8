// The professionals' page. The back-office widgets (answer form, moderation queue) do
// not exist yet, so this page says so and shows what works today: tokens and the API.
import { DEMO_LOGINS, TOKEN_DAYS } from '../logins.js';
import { RSA_GROUP } from '../seed/spaces.js';
import { escapeHtml, layout } from './layout.js';

export function proPage(origin: string): string {
  const rows = DEMO_LOGINS.map(
    (l) =>
      `<tr><th scope="row">${escapeHtml(l.displayName)}</th><td>${l.roleLabel}</td>` +
      `<td>${escapeHtml(l.spaceName)}</td><td><code>${escapeHtml(l.memberId)}</code></td></tr>`,
  ).join('\n');
  const slug = RSA_GROUP.space.slug;
  const api = `${escapeHtml(origin)}/api`;
  return layout({
    path: '/pro',
    title: 'Espace professionnels',
    widgets: false,
    main: `<h1>Espace des professionnels</h1>
<p class="note">Les écrans pour répondre aux contributions et pour les modérer ne sont pas encore prêts.
En attendant, vous travaillez avec l’API de Participe et un jeton d’accès, comme expliqué ici.</p>
<!-- Emplacement réservé : <participe-answer-form>, <participe-moderation-queue> et
<participe-diagnostic endpoint="/api" space="…"> (auto-diagnostic du groupe) viendront ici. -->

<h2>Comptes de démonstration</h2>
<table>
<caption>Personnes inventées, une par rôle et par groupe</caption>
<thead><tr><th scope="col">Personne</th><th scope="col">Rôle</th><th scope="col">Groupe</th>
<th scope="col">Identifiant de membre</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p>Leurs jetons sont affichés dans le terminal où la démonstration a démarré. Un jeton est valable
${TOKEN_DAYS} jours ; chaque démarrage en affiche de nouveaux.</p>

<h2>Obtenir un jeton</h2>
<p>Un jeton dit qui vous êtes : votre rôle, votre groupe, votre identifiant. Le serveur le signe avec
son secret. Dans cette démonstration, le secret est dans le fichier <code>.data/token-secret</code>,
ou dans la variable <code>PARTICIPE_TOKEN_SECRET</code> si vous l’avez donnée.</p>
<pre><code>pnpm --filter @participe/example-council-site token --role professional --space ${slug} --member m_rsa_pro_2</code></pre>
<p>Sur un vrai serveur, la commande s’appelle <code>participe token</code> : elle est fournie par
<code>@participe/adapters</code> et lit le secret dans <code>PARTICIPE_TOKEN_SECRET</code>.</p>

<h2>Répondre à une contribution avec l’API</h2>
<p>Le jeton va dans l’en-tête <code>Authorization: Bearer …</code>. Par exemple, pour voir les
contributions du groupe qui attendent une réponse, décisions internes comprises :</p>
<pre><code>curl -H "Authorization: Bearer $JETON" "${api}/contributions?space=${slug}&amp;status=underReview,decided"</code></pre>
<p>Une réponse se fait en trois temps : prendre en charge (<code>contribution.review</code>),
décider en interne (<code>contribution.decide</code>), puis publier (<code>contribution.publish</code>).</p>
<pre><code>curl -X POST -H "Authorization: Bearer $JETON" -H "Content-Type: application/json" \\
  -d '{"type":"contribution.decide","data":{"answer":{"verdict":"accepted",
       "text":"Nous ajoutons un bus à 8 h 10, car…","service":"Service des mobilités"}}}' \\
  "${api}/contributions/IDENTIFIANT/events"</code></pre>
<p>Toutes les routes sont décrites dans <a href="/api/openapi.json">la description de l’API au format OpenAPI</a>.</p>`,
  });
}
