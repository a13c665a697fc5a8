// The professionals' page: a demo login (standing in for the council's own staff login),
// then the back-office widgets for the account's role — the answer form for a
// professional; moderation, the group's composition, meetings and attestations for a
// facilitator. The page script creates them once it has a token; no inline script.
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
  const options = DEMO_LOGINS.map(
    (l) =>
      `<option value="${escapeHtml(l.memberId)}">${escapeHtml(l.displayName)}, ${l.roleLabel} — ${escapeHtml(l.spaceName)}</option>`,
  ).join('\n');
  const api = `${escapeHtml(origin)}/api`;
  return layout({
    path: '/pro',
    title: 'Espace professionnels',
    scripts: ['/assets/pro.js'],
    main: `<h1>Espace des professionnels</h1>
<section id="connexion" aria-labelledby="connexion-titre">
<h2 id="connexion-titre">Se connecter</h2>
<p>Sur le site d’un département, vous vous connectez avec votre compte habituel. Dans cette
démonstration, choisissez un compte et tapez le mot de passe affiché dans le terminal.</p>
<form id="login-form" class="login" novalidate>
<p id="login-error" role="alert" class="error" hidden></p>
<p><label for="login-account">Avec quel compte ?</label>
<select id="login-account" name="memberId" required>
${options}
</select></p>
<p><label for="login-password">Mot de passe de la démonstration</label>
<span class="hint" id="login-password-hint">Il est affiché dans le terminal, exemple : aB3-x9Qz</span>
<input id="login-password" name="password" type="password" autocomplete="current-password" required aria-describedby="login-password-hint"></p>
<p><button type="submit">Se connecter</button></p>
</form>
<noscript><p>Cet espace a besoin de JavaScript.</p></noscript>
</section>
<section id="travail" aria-labelledby="travail-titre" hidden>
<h2 id="travail-titre" tabindex="-1">Votre espace</h2>
<p id="who" role="status"></p>
<p><button type="button" id="logout">Se déconnecter</button></p>
<div id="widgets"></div>
</section>

<h2>Comptes de démonstration</h2>
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="comptes-legende">
<table>
<caption id="comptes-legende">Personnes inventées, une par rôle et par groupe</caption>
<thead><tr><th scope="col">Personne</th><th scope="col">Rôle</th><th scope="col">Groupe</th>
<th scope="col">Identifiant de membre</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
<p>Le mot de passe et les jetons sont affichés dans le terminal où la démonstration a démarré. Un jeton est valable
${TOKEN_DAYS} jours ; chaque démarrage en affiche de nouveaux.</p>

<h2>Pour les développeurs : obtenir un jeton</h2>
<p>Un jeton d’API (un JWT) dit ce qu’une intégration peut faire : un rôle, un groupe, des portées
(<code>read</code>, <code>answer</code>, <code>moderate</code>, <code>admin</code>) et une date d’expiration.
Le serveur le signe avec sa clé, rangée dans sa base ; chaque jeton est noté, et peut être révoqué.
Arrêtez la démonstration (la base embarquée ne s’ouvre que dans un processus à la fois), puis :</p>
<pre><code>pnpm --filter @participe/example-council-site token --role professional --space ${slug} --member m_rsa_pro_2 --scope read,answer --expires 30d</code></pre>
<p>Sur un vrai serveur, la commande s’appelle <code>participe token</code> : elle est fournie par
<code>@participe/adapters</code>, avec <code>participe token list</code>, <code>participe token revoke</code>
et <code>participe keys rotate</code>.</p>

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
