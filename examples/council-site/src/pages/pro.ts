// The professionals' page: staff sign in with the council's identity provider (OpenID
// Connect, through `/auth/`; in the demo, a test provider started with it), then get the
// back-office widgets of their role — the answer form for a professional; moderation, the
// group's composition, meetings and attestations for a facilitator. The page script creates
// them once the tab has a session; no inline script, no cookie.
import { DEMO_ADMIN, DEMO_EDITOR, DEMO_LOGINS, TOKEN_DAYS } from '../logins.js';
import { DEMO_SPACES, RSA_GROUP } from '../seed/spaces.js';
import { escapeHtml, layout } from './layout.js';

export function proPage(origin: string): string {
  const rows =
    DEMO_LOGINS.map(
      (l) =>
        `<tr><th scope="row">${escapeHtml(l.displayName)}</th><td>${l.roleLabel}</td>` +
        `<td>${escapeHtml(l.spaceName)}</td><td><code>${escapeHtml(l.email)}</code></td>` +
        `<td><code>${escapeHtml(l.memberId)}</code></td></tr>`,
    ).join('\n') +
    `\n<tr><th scope="row">${escapeHtml(DEMO_ADMIN.displayName)}</th><td>${DEMO_ADMIN.roleLabel}</td>` +
    `<td>Tous (administration)</td><td><code>${escapeHtml(DEMO_ADMIN.email)}</code></td>` +
    `<td><code>${escapeHtml(DEMO_ADMIN.memberId)}</code></td></tr>` +
    `\n<tr><th scope="row">${escapeHtml(DEMO_EDITOR.displayName)}</th><td>${DEMO_EDITOR.roleLabel}</td>` +
    `<td>Tous (contenus et fiches pratiques)</td><td><code>${escapeHtml(DEMO_EDITOR.email)}</code></td>` +
    `<td><code>${escapeHtml(DEMO_EDITOR.memberId)}</code></td></tr>`;
  const slug = RSA_GROUP.space.slug;
  const spaces = JSON.stringify(Object.fromEntries(DEMO_SPACES.map((d) => [d.space.slug, d.space.name])));
  const api = `${escapeHtml(origin)}/api`;
  return layout({
    path: '/pro',
    title: 'Espace professionnels',
    scripts: ['/assets/pro.js'],
    main: `<h1>Espace des professionnels</h1>
<section id="connexion" aria-labelledby="connexion-titre">
<h2 id="connexion-titre">Se connecter</h2>
<p>Vous vous connectez avec le compte de votre collectivité, chez son fournisseur d’identité
(ProConnect, ou celui du département). Dans cette démonstration, un fournisseur d’identité de test
démarre avec la démo : choisissez-y une des personnes du tableau ci-dessous, sans mot de passe.</p>
<p id="login-error" role="alert" class="error" hidden></p>
<p><button type="button" id="sign-in">Se connecter avec le compte de ma collectivité</button></p>
<noscript><p>Cet espace a besoin de JavaScript.</p></noscript>
</section>
<section id="travail" aria-labelledby="travail-titre" data-spaces="${escapeHtml(spaces)}" hidden>
<h2 id="travail-titre" tabindex="-1">Votre espace</h2>
<p id="who" role="status"></p>
<p><button type="button" id="logout">Se déconnecter</button></p>
<div id="widgets"></div>
</section>

<h2>Comptes de démonstration</h2>
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="comptes-legende">
<table>
<caption id="comptes-legende">Personnes inventées, une par rôle et par groupe, l’administratrice et l’éditeur des contenus de la collectivité</caption>
<thead><tr><th scope="col">Personne</th><th scope="col">Rôle</th><th scope="col">Groupe</th>
<th scope="col">Adresse e-mail</th><th scope="col">Identifiant de membre</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
<p>Une session dure au plus une heure et se renouvelle tant que l’onglet sert ; elle reste dans cet
onglet (aucun cookie). Des jetons d’API pour ces personnes sont affichés dans le terminal où la démonstration
a démarré : valables ${TOKEN_DAYS} jours, chaque démarrage en affiche de nouveaux.</p>

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
<p>Chaque modification dit quelle version vous avez lue, pour ne jamais remplacer sans le savoir
la réponse d’un collègue : l’en-tête <code>If-Match</code> reprend l’<code>ETag</code> renvoyé par la
lecture de la contribution (<code>curl -i</code> l’affiche). Sans lui, l’API répond 428 ; si quelqu’un
l’a modifiée entre-temps, 409.</p>
<pre><code>curl -X POST -H "Authorization: Bearer $JETON" -H "Content-Type: application/json" -H 'If-Match: "3"' \\
  -d '{"type":"contribution.decide","data":{"answer":{"verdict":"accepted",
       "text":"Nous ajoutons un bus à 8 h 10, car…","service":"Service des mobilités"}}}' \\
  "${api}/contributions/IDENTIFIANT/events"</code></pre>
<p>Toutes les routes sont décrites dans <a href="/api/openapi.json">la description de l’API au format OpenAPI</a>.</p>`,
  });
}
