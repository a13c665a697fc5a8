// The professionals' page: signs in with the demo login, keeps the token for this tab
// only (sessionStorage: no cookie, gone when the tab closes), and creates the widgets of
// the account's role with `endpoint="/api"` and the token as a property (never in markup).

interface Session {
  token: string;
  role: 'professional' | 'facilitator';
  memberId: string;
  spaceSlug: string;
  spaceName: string;
  displayName: string;
}

const KEY = 'participe-demo-session';
const WIDGETS: Record<Session['role'], Array<{ tag: string; title: string }>> = {
  professional: [{ tag: 'participe-answer-form', title: 'Répondre aux contributions' }],
  facilitator: [
    { tag: 'participe-moderation-queue', title: 'Modération' },
    { tag: 'participe-space-composition', title: 'Composition du groupe' },
    { tag: 'participe-meetings', title: 'Réunions' },
    { tag: 'participe-attestation', title: 'Attestations de participation' },
  ],
};
const ROLE_LABEL = { professional: 'professionnel·le', facilitator: 'animateur·rice' } as const;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

async function show(session: Session, focus: boolean) {
  $('connexion').hidden = true;
  $('travail').hidden = false;
  $('who').textContent = `Connecté·e : ${session.displayName}, ${ROLE_LABEL[session.role]} — ${session.spaceName}.`;
  const host = $('widgets');
  host.replaceChildren();
  for (const { tag, title } of WIDGETS[session.role]) {
    // The token must land on the element's own property: wait until the element is defined.
    await customElements.whenDefined(tag);
    const section = document.createElement('section');
    const heading = document.createElement('h3');
    heading.textContent = title;
    const element = document.createElement(tag) as HTMLElement & { token?: string };
    element.setAttribute('endpoint', '/api');
    element.setAttribute('space', session.spaceSlug);
    // Which forms to offer; the server checks the token's role on every call anyway.
    element.setAttribute('member-role', session.role);
    if (tag === 'participe-attestation') element.setAttribute('signed-by', `${session.displayName}, pour le groupe`);
    element.token = session.token;
    section.append(heading, element);
    host.append(section);
  }
  if (focus) $('travail-titre').focus();
}

function showLogin() {
  $('travail').hidden = true;
  $('widgets').replaceChildren();
  $('connexion').hidden = false;
}

function fieldError(input: HTMLElement, message: string | null) {
  const error = $('login-error');
  error.hidden = message === null;
  error.textContent = message ?? '';
  if (message === null) input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
}

$('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const account = $<HTMLSelectElement>('login-account');
  const password = $<HTMLInputElement>('login-password');
  if (password.value.trim() === '') {
    fieldError(password, 'Mot de passe : indiquez celui affiché dans le terminal (exemple : aB3-x9Qz).');
    password.focus();
    return;
  }
  let response: Response;
  try {
    response = await fetch('/pro/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId: account.value, password: password.value }),
    });
  } catch {
    fieldError(password, 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.');
    return;
  }
  const body = (await response.json().catch(() => null)) as
    | (Session & { error?: undefined })
    | { error: { message: string; issues?: Array<{ path: string; message: string }> } }
    | null;
  if (!response.ok || !body || body.error) {
    const issue = body?.error?.issues?.[0];
    fieldError(password, `Mot de passe : ${issue?.message ?? body?.error?.message ?? 'connexion impossible.'}`);
    password.focus();
    return;
  }
  fieldError(password, null);
  password.value = '';
  sessionStorage.setItem(KEY, JSON.stringify(body));
  await show(body as Session, true);
});

$('logout').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  showLogin();
  $('login-account').focus();
});

const saved = read();
if (saved) void show(saved, false);
