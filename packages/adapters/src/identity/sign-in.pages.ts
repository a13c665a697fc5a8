// The pages of staff sign-in, rendered by the server in French: sign in, signing in (the
// tab takes its session), refused, failed, signed out. No inline script or style: each page
// loads `/auth/staff.js` and `/auth/staff.css`, under a strict CSP.
import type { Refusal } from './access.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Which part of `staff.js` runs on the page. */
type PageKind = 'sign-in' | 'handoff' | 'message';

function page(kind: PageKind, title: string, main: string, data: Record<string, string> = {}): string {
  const attrs = Object.entries({ 'participe-auth': kind, ...data })
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} — Participe</title>
<link rel="stylesheet" href="/auth/staff.css">
<script type="module" src="/auth/staff.js"></script>
</head>
<body${attrs}>
<header><p class="brand">Participe — espace des professionnels</p></header>
<main id="contenu" tabindex="-1">
${main}
</main>
</body>
</html>
`;
}

export function signInPage(home: string): string {
  return page(
    'sign-in',
    'Connexion',
    `<h1>Connexion des professionnels</h1>
<section id="sign-in-section" aria-labelledby="sign-in-title">
<h2 id="sign-in-title">Se connecter</h2>
<p>Connectez-vous avec le compte de votre collectivité. Vous revenez ici ensuite.</p>
<p id="sign-in-error" class="error" role="alert" hidden></p>
<form id="sign-in" action="/auth/login" method="get">
<input type="hidden" name="binding" value="">
<button type="submit">Se connecter avec le compte de ma collectivité</button>
</form>
<noscript><p>Cet espace a besoin de JavaScript.</p></noscript>
</section>
<section id="signed-in-section" aria-labelledby="signed-in-title" hidden>
<h2 id="signed-in-title" tabindex="-1">Vous êtes connecté·e</h2>
<p id="signed-in-who"></p>
<p><a href="${escapeHtml(home)}">Aller à votre espace de travail</a></p>
<p><button type="button" id="sign-out">Se déconnecter</button></p>
</section>`,
    { home },
  );
}

export function handoffPage(handoff: string, home: string): string {
  return page(
    'handoff',
    'Connexion en cours',
    `<h1>Connexion en cours</h1>
<p id="handoff-status" role="status">Un instant : nous ouvrons votre session dans cet onglet.</p>
<p id="handoff-error" class="error" role="alert" hidden></p>
<p><a href="/auth/">Recommencer la connexion</a></p>
<noscript><p>Cet espace a besoin de JavaScript.</p></noscript>`,
    { handoff, home },
  );
}

const REFUSALS: Record<Refusal, { title: string; text: string }> = {
  unknown: {
    title: 'Vous n’avez pas accès à cet espace',
    text: 'Votre identité est bien reconnue, mais aucun accès n’a été ouvert pour vous. Demandez à la personne qui administre Participe dans votre collectivité de vous inviter, avec l’adresse e-mail ci-dessous.',
  },
  removed: {
    title: 'Votre accès a été retiré',
    text: 'Votre accès à cet espace a été retiré. Si c’est une erreur, adressez-vous à la personne qui administre Participe dans votre collectivité.',
  },
  noEmail: {
    title: 'Adresse e-mail manquante',
    text: 'Votre fournisseur d’identité ne nous a pas transmis d’adresse e-mail : nous ne pouvons pas savoir si vous êtes invité·e. Adressez-vous au service informatique de votre collectivité.',
  },
  emailNotVerified: {
    title: 'Adresse e-mail non vérifiée',
    text: 'Votre fournisseur d’identité indique que votre adresse e-mail n’est pas vérifiée. Vérifiez-la auprès de lui, puis reconnectez-vous.',
  },
  otherPerson: {
    title: 'Adresse déjà utilisée',
    text: 'Cette adresse e-mail est déjà liée à une autre personne chez votre fournisseur d’identité. Adressez-vous à la personne qui administre Participe dans votre collectivité.',
  },
};

export function refusalPage(reason: Refusal, email: string | null, providerSignOut: string | null): string {
  const r = REFUSALS[reason];
  return page(
    'message',
    r.title,
    `<h1>${escapeHtml(r.title)}</h1>
<p>${escapeHtml(r.text)}</p>
${email ? `<p>Adresse transmise : <strong>${escapeHtml(email)}</strong></p>` : ''}
<p>Aucun compte n’a été créé et rien n’a été enregistré à votre nom.</p>
<ul>
${providerSignOut ? `<li><a href="${escapeHtml(providerSignOut)}">Se déconnecter du fournisseur d’identité</a> (pour changer de compte)</li>\n` : ''}<li><a href="/auth/">Revenir à la page de connexion</a></li>
</ul>`,
  );
}

export type FailureKind = 'expired' | 'cancelled' | 'provider' | 'unreachable' | 'needsScript' | 'tooMany';

const FAILURES: Record<FailureKind, { title: string; text: string }> = {
  expired: {
    title: 'Cette connexion a expiré',
    text: 'Ce lien de connexion a déjà servi, ou il a plus de dix minutes. Recommencez la connexion depuis le début.',
  },
  cancelled: {
    title: 'Connexion annulée',
    text: 'La connexion a été annulée chez votre fournisseur d’identité. Vous pouvez recommencer.',
  },
  provider: {
    title: 'Connexion refusée par le fournisseur d’identité',
    text: 'Votre fournisseur d’identité n’a pas confirmé cette connexion. Recommencez ; si cela se reproduit, adressez-vous au service informatique de votre collectivité.',
  },
  unreachable: {
    title: 'Fournisseur d’identité injoignable',
    text: 'Nous n’avons pas pu joindre votre fournisseur d’identité. Réessayez dans quelques minutes.',
  },
  tooMany: {
    title: 'Trop de tentatives de connexion',
    text: 'Beaucoup de connexions ont été commencées depuis cette adresse. Attendez une minute, puis recommencez.',
  },
  needsScript: {
    title: 'JavaScript est nécessaire',
    text: 'La connexion se fait dans cet onglet et a besoin de JavaScript. Activez-le, puis recommencez.',
  },
};

export function failurePage(kind: FailureKind): string {
  const f = FAILURES[kind];
  return page(
    'message',
    f.title,
    `<h1>${escapeHtml(f.title)}</h1>
<p>${escapeHtml(f.text)}</p>
<p><a href="/auth/">Revenir à la page de connexion</a></p>`,
  );
}

export function signedOutPage(): string {
  return page(
    'message',
    'Vous êtes déconnecté·e',
    `<h1>Vous êtes déconnecté·e</h1>
<p>Votre session est fermée dans Participe et, quand il le permet, chez votre fournisseur d’identité.</p>
<p><a href="/auth/">Se reconnecter</a></p>`,
  );
}
