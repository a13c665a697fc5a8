// Staff sign-in in the browser, served by `participe serve` at /auth/staff.js. No cookie: the
// session lives in this tab (sessionStorage) and goes to the API as `Authorization: Bearer`.
// A council's staff page imports it to sign in and give the widgets their token:
//
//   import { currentSession, onSession, signOut, startSignIn } from '/auth/staff.js';
//   signInButton.addEventListener('click', () => startSignIn());
//   const apply = (s) => { for (const el of document.querySelectorAll('[data-staff]')) el.token = s?.token; };
//   apply(currentSession()); onSession(apply);
//
// The token lasts at most an hour; it is renewed while the tab is in use (a key pressed, a
// click in the last 15 minutes, the tab visible), until the session's end (ten hours).

// Where this script is served: `/auth` for the server's council, `/o/<slug>/auth` for another.
// Each council's session is kept apart in the tab.
const BASE = new URL('.', import.meta.url).pathname.replace(/\/$/, '');
const SCOPE = BASE === '/auth' ? '' : `:${BASE}`;
const SESSION_KEY = `participe-staff-session${SCOPE}`;
const BINDING_KEY = `participe-sign-in-binding${SCOPE}`;
const ACTIVE_MS = 15 * 60_000;
const CHECK_MS = 30_000;
// The page's language (the server chose it from the browser's): French or English.
const LANG = document.documentElement.lang === 'en' ? 'en' : 'fr';
const TEXT = {
  fr: {
    roles: {
      professional: 'professionnel·le',
      facilitator: 'animateur·rice',
      concerned: 'personne concernée',
      elected: 'élu·e',
      partner: 'partenaire',
    },
    failed: 'La connexion n’a pas abouti.',
    otherTab: 'Cette connexion n’a pas été commencée dans cet onglet. Recommencez la connexion.',
    again: 'Recommencez la connexion.',
    noServer: 'Le serveur ne répond pas. Vérifiez votre connexion, puis recommencez.',
  },
  en: {
    roles: {
      professional: 'professional',
      facilitator: 'facilitator',
      concerned: 'person concerned',
      elected: 'elected official',
      partner: 'partner',
    },
    failed: 'Signing in did not work.',
    otherTab: 'This sign-in was not started in this tab. Start signing in again.',
    again: 'Start signing in again.',
    noServer: 'The server does not answer. Check your connection, then start again.',
  },
}[LANG];
const ROLES = TEXT.roles;

const listeners = new Set();

function read() {
  try {
    const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

function write(session) {
  if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(SESSION_KEY);
  for (const listener of listeners) listener(session);
}

/** The session of this tab: `{ token, expiresAt, account: { displayName, email, role, spaceIds, memberId } }`, or null. */
export function currentSession() {
  return read();
}

/** Calls `listener` with the new session (renewed) or null (expired, signed out). Returns the unsubscribe. */
export function onSession(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const post = (path, body, token) =>
  fetch(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': LANG,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

/** Ends the session here, then at the identity provider when it allows it. */
export async function signOut() {
  const session = read();
  write(null);
  let next = `${BASE}/signed-out`;
  try {
    const response = await post(`${BASE}/sign-out`, {}, session?.token);
    next = (await response.json()).endSessionUrl ?? next;
  } catch {
    // Signed out here anyway.
  }
  location.assign(next);
}

const base64url = (bytes) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const sha256 = async (text) =>
  base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));

/**
 * Goes to the identity provider. Only this tab will be able to take the session its answer
 * opens: a random binding stays here, the server gets its hash.
 */
export async function startSignIn() {
  const binding = base64url(crypto.getRandomValues(new Uint8Array(32)));
  sessionStorage.setItem(BINDING_KEY, binding);
  location.assign(`${BASE}/login?binding=${await sha256(binding)}`);
}

// Renewal while the tab is in use.
let lastActivity = Date.now();
for (const type of ['keydown', 'pointerdown']) {
  addEventListener(
    type,
    () => {
      lastActivity = Date.now();
    },
    { capture: true, passive: true },
  );
}
let renewing = false;
async function renew() {
  const session = read();
  if (!session) {
    if (sessionStorage.getItem(SESSION_KEY)) write(null);
    return;
  }
  const lifetime = Date.parse(session.expiresAt) - session.receivedAt;
  const left = Date.parse(session.expiresAt) - Date.now();
  const active = document.visibilityState === 'visible' && Date.now() - lastActivity < ACTIVE_MS;
  if (renewing || !active || left > lifetime / 4) return;
  renewing = true;
  try {
    const response = await post(`${BASE}/refresh`, {}, session.token);
    if (response.ok) write({ ...(await response.json()), receivedAt: Date.now() });
    else if (response.status === 401) write(null);
  } catch {
    // Offline: try again at the next check, while the token lasts.
  } finally {
    renewing = false;
  }
}
setInterval(renew, CHECK_MS);
addEventListener('visibilitychange', () => void renew());

const $ = (id) => document.getElementById(id);

function describe(account) {
  const spaces = account.spaceIds.join(', ');
  return `${account.displayName ?? account.email} (${account.email}), ${ROLES[account.role] ?? account.role} — ${spaces}.`;
}

function signInPage() {
  const session = read();
  if (session) {
    $('sign-in-section').hidden = true;
    $('signed-in-section').hidden = false;
    $('signed-in-who').textContent = describe(session.account);
  }
  $('sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    void startSignIn();
  });
  $('sign-out').addEventListener('click', () => void signOut());
}

async function handoffPage() {
  const { handoff, home } = document.body.dataset;
  const binding = sessionStorage.getItem(BINDING_KEY);
  sessionStorage.removeItem(BINDING_KEY);
  const fail = (message) => {
    $('handoff-status').textContent = TEXT.failed;
    $('handoff-error').hidden = false;
    $('handoff-error').textContent = message;
  };
  if (!binding) {
    fail(TEXT.otherTab);
    return;
  }
  try {
    const response = await post(`${BASE}/session`, { handoff, binding });
    const body = await response.json();
    if (!response.ok) {
      fail(body.error?.message ?? TEXT.again);
      return;
    }
    write({ ...body, receivedAt: Date.now() });
    location.replace(home || `${BASE}/`);
  } catch {
    fail(TEXT.noServer);
  }
}

const kind = document.body?.dataset.participeAuth;
if (kind === 'sign-in') signInPage();
else if (kind === 'handoff') void handoffPage();
