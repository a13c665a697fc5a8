// The pages of staff sign-in, rendered by the server in French or English (the browser's
// Accept-Language): sign in, signing in (the tab takes its session), refused, failed, signed
// out. No inline script or style: each page loads `/auth/staff.js` and `/auth/staff.css`,
// under a strict CSP.
import type { Refusal } from './access.js';

/** The languages of the sign-in pages. */
export type PageLang = 'fr' | 'en';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Which part of `staff.js` runs on the page. */
type PageKind = 'sign-in' | 'handoff' | 'message';

const CHROME = {
  fr: { brand: 'Participe — espace des professionnels', needsScript: 'Cet espace a besoin de JavaScript.' },
  en: { brand: 'Participe — staff area', needsScript: 'This area needs JavaScript.' },
} as const;

function page(lang: PageLang, kind: PageKind, title: string, main: string, data: Record<string, string> = {}): string {
  const attrs = Object.entries({ 'participe-auth': kind, ...data })
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} — Participe</title>
<link rel="stylesheet" href="/auth/staff.css">
<script type="module" src="/auth/staff.js"></script>
</head>
<body${attrs}>
<header><p class="brand">${CHROME[lang].brand}</p></header>
<main id="contenu" tabindex="-1">
${main}
</main>
</body>
</html>
`;
}

const SIGN_IN = {
  fr: {
    title: 'Connexion',
    heading: 'Connexion des professionnels',
    signIn: 'Se connecter',
    intro: 'Connectez-vous avec le compte de votre collectivité. Vous revenez ici ensuite.',
    button: 'Se connecter avec le compte de ma collectivité',
    signedIn: 'Vous êtes connecté·e',
    home: 'Aller à votre espace de travail',
    signOut: 'Se déconnecter',
  },
  en: {
    title: 'Sign in',
    heading: 'Staff sign-in',
    signIn: 'Sign in',
    intro: 'Sign in with your council’s account. You come back here afterwards.',
    button: 'Sign in with my council’s account',
    signedIn: 'You are signed in',
    home: 'Go to your workspace',
    signOut: 'Sign out',
  },
} as const;

export function signInPage(home: string, lang: PageLang = 'fr'): string {
  const t = SIGN_IN[lang];
  return page(
    lang,
    'sign-in',
    t.title,
    `<h1>${t.heading}</h1>
<section id="sign-in-section" aria-labelledby="sign-in-title">
<h2 id="sign-in-title">${t.signIn}</h2>
<p>${t.intro}</p>
<p id="sign-in-error" class="error" role="alert" hidden></p>
<form id="sign-in" action="/auth/login" method="get">
<input type="hidden" name="binding" value="">
<button type="submit">${t.button}</button>
</form>
<noscript><p>${CHROME[lang].needsScript}</p></noscript>
</section>
<section id="signed-in-section" aria-labelledby="signed-in-title" hidden>
<h2 id="signed-in-title" tabindex="-1">${t.signedIn}</h2>
<p id="signed-in-who"></p>
<p><a href="${escapeHtml(home)}">${t.home}</a></p>
<p><button type="button" id="sign-out">${t.signOut}</button></p>
</section>`,
    { home },
  );
}

const HANDOFF = {
  fr: {
    title: 'Connexion en cours',
    status: 'Un instant : nous ouvrons votre session dans cet onglet.',
    again: 'Recommencer la connexion',
  },
  en: {
    title: 'Signing in',
    status: 'One moment: we are opening your session in this tab.',
    again: 'Start signing in again',
  },
} as const;

export function handoffPage(handoff: string, home: string, lang: PageLang = 'fr'): string {
  const t = HANDOFF[lang];
  return page(
    lang,
    'handoff',
    t.title,
    `<h1>${t.title}</h1>
<p id="handoff-status" role="status">${t.status}</p>
<p id="handoff-error" class="error" role="alert" hidden></p>
<p><a href="/auth/">${t.again}</a></p>
<noscript><p>${CHROME[lang].needsScript}</p></noscript>`,
    { handoff, home },
  );
}

type Texts = { title: string; text: string };

const REFUSALS: Record<PageLang, Record<Refusal, Texts>> = {
  fr: {
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
  },
  en: {
    unknown: {
      title: 'You have no access to this area',
      text: 'Your identity is recognised, but no access was opened for you. Ask the person who administers Participe in your council to invite you, with the e-mail address below.',
    },
    removed: {
      title: 'Your access was removed',
      text: 'Your access to this area was removed. If this is a mistake, ask the person who administers Participe in your council.',
    },
    noEmail: {
      title: 'E-mail address missing',
      text: 'Your identity provider did not give us an e-mail address, so we cannot tell whether you were invited. Ask your council’s IT department.',
    },
    emailNotVerified: {
      title: 'E-mail address not verified',
      text: 'Your identity provider says your e-mail address is not verified. Verify it there, then sign in again.',
    },
    otherPerson: {
      title: 'Address already in use',
      text: 'This e-mail address is already linked to another person at your identity provider. Ask the person who administers Participe in your council.',
    },
  },
};

const REFUSAL_PAGE = {
  fr: {
    address: 'Adresse transmise : ',
    nothing: 'Aucun compte n’a été créé et rien n’a été enregistré à votre nom.',
    providerOut: 'Se déconnecter du fournisseur d’identité',
    change: 'pour changer de compte',
    back: 'Revenir à la page de connexion',
  },
  en: {
    address: 'Address received: ',
    nothing: 'No account was created and nothing was recorded in your name.',
    providerOut: 'Sign out of the identity provider',
    change: 'to use another account',
    back: 'Back to the sign-in page',
  },
} as const;

export function refusalPage(
  reason: Refusal,
  email: string | null,
  providerSignOut: string | null,
  lang: PageLang = 'fr',
): string {
  const r = REFUSALS[lang][reason];
  const t = REFUSAL_PAGE[lang];
  return page(
    lang,
    'message',
    r.title,
    `<h1>${escapeHtml(r.title)}</h1>
<p>${escapeHtml(r.text)}</p>
${email ? `<p>${t.address}<strong>${escapeHtml(email)}</strong></p>` : ''}
<p>${t.nothing}</p>
<ul>
${providerSignOut ? `<li><a href="${escapeHtml(providerSignOut)}">${t.providerOut}</a> (${t.change})</li>\n` : ''}<li><a href="/auth/">${t.back}</a></li>
</ul>`,
  );
}

export type FailureKind = 'expired' | 'cancelled' | 'provider' | 'unreachable' | 'needsScript' | 'tooMany';

const FAILURES: Record<PageLang, Record<FailureKind, Texts>> = {
  fr: {
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
  },
  en: {
    expired: {
      title: 'This sign-in has expired',
      text: 'This sign-in link was already used, or is more than ten minutes old. Start signing in again from the beginning.',
    },
    cancelled: {
      title: 'Sign-in cancelled',
      text: 'The sign-in was cancelled at your identity provider. You can start again.',
    },
    provider: {
      title: 'Sign-in refused by the identity provider',
      text: 'Your identity provider did not confirm this sign-in. Start again; if it happens again, ask your council’s IT department.',
    },
    unreachable: {
      title: 'Identity provider unreachable',
      text: 'We could not reach your identity provider. Try again in a few minutes.',
    },
    tooMany: {
      title: 'Too many sign-in attempts',
      text: 'Many sign-ins were started from this address. Wait a minute, then start again.',
    },
    needsScript: {
      title: 'JavaScript is needed',
      text: 'Signing in happens in this tab and needs JavaScript. Turn it on, then start again.',
    },
  },
};

export function failurePage(kind: FailureKind, lang: PageLang = 'fr'): string {
  const f = FAILURES[lang][kind];
  return page(
    lang,
    'message',
    f.title,
    `<h1>${escapeHtml(f.title)}</h1>
<p>${escapeHtml(f.text)}</p>
<p><a href="/auth/">${REFUSAL_PAGE[lang].back}</a></p>`,
  );
}

const SIGNED_OUT = {
  fr: {
    title: 'Vous êtes déconnecté·e',
    text: 'Votre session est fermée dans Participe et, quand il le permet, chez votre fournisseur d’identité.',
    again: 'Se reconnecter',
  },
  en: {
    title: 'You are signed out',
    text: 'Your session is closed in Participe and, when it allows it, at your identity provider.',
    again: 'Sign in again',
  },
} as const;

export function signedOutPage(lang: PageLang = 'fr'): string {
  const t = SIGNED_OUT[lang];
  return page(
    lang,
    'message',
    t.title,
    `<h1>${t.title}</h1>
<p>${t.text}</p>
<p><a href="/auth/">${t.again}</a></p>`,
  );
}
