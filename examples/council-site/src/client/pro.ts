// The professionals' page: signs in through `/auth/` (the identity provider; OpenID Connect),
// keeps the session for this tab only (sessionStorage: no cookie, gone when the tab closes;
// `/auth/staff.js` renews it while the tab is in use), and creates the widgets of the
// account's role with `endpoint="/api"` and the token as a property (never in markup).

interface Session {
  token: string;
  expiresAt: string;
  account: {
    displayName: string | null;
    email: string;
    role: string;
    spaceIds: string[];
    memberId: string;
    admin?: boolean;
    /** Edits the council's content and reviews the groups' practice sheets. */
    editor?: boolean;
  };
}
interface Staff {
  currentSession(): Session | null;
  onSession(listener: (session: Session | null) => void): () => void;
  signOut(): Promise<void>;
  startSignIn(): Promise<void>;
}

// Served by the server, not bundled: the same module the sign-in pages run.
const STAFF_MODULE = '/auth/staff.js';
// Loaded for an administrator only: the administration widgets are not in participe.js.
const ADMIN_MODULE = '/participe/participe-admin.js';
// The content editor on its own, for an editor who is not an administrator (participe-admin.js has it too).
const CONTENT_MODULE = '/participe/participe-content-editor.js';

/** The council's administration, above any group: for an administrator's account. */
const ADMIN_WIDGETS = [
  { tag: 'participe-spaces-admin', title: 'Groupes de la collectivité' },
  { tag: 'participe-staff-admin', title: 'Équipe et invitations' },
  { tag: 'participe-council-settings', title: 'Réglages de la collectivité' },
];

/**
 * The council's content, for its editors and administrators: its resources to edit, and the
 * groups' practice sheets to review (publish, return with a reason, share).
 */
const EDITOR_WIDGETS = [
  { tag: 'participe-content-editor', title: 'Ressources de la collectivité' },
  { tag: 'participe-practice-editor', title: 'Fiches pratiques à relire', attributes: { mode: 'review' } },
];

const WIDGETS: Record<string, Array<{ tag: string; title: string }>> = {
  professional: [{ tag: 'participe-answer-form', title: 'Répondre aux contributions' }],
  facilitator: [
    { tag: 'participe-moderation-queue', title: 'Modération' },
    { tag: 'participe-space-composition', title: 'Composition du groupe' },
    { tag: 'participe-meetings', title: 'Réunions' },
    { tag: 'participe-attestation', title: 'Attestations de participation' },
  ],
};
const ROLE_LABEL: Record<string, string> = { professional: 'professionnel·le', facilitator: 'animateur·rice' };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const spaceNames = JSON.parse($('travail').dataset['spaces'] ?? '{}') as Record<string, string>;

type Staffed = HTMLElement & { token?: string };

async function show(session: Session, focus: boolean) {
  const { account } = session;
  const space = account.spaceIds[0] ?? '';
  $('connexion').hidden = true;
  $('travail').hidden = false;
  const name = account.displayName ?? account.email;
  $('who').textContent = account.admin
    ? `Connecté·e : ${name}, administrateur·rice de la collectivité.`
    : account.editor
      ? `Connecté·e : ${name}, éditeur·rice des contenus de la collectivité.`
      : `Connecté·e : ${name}, ${ROLE_LABEL[account.role] ?? account.role} — ${spaceNames[space] ?? space}.`;
  const host = $('widgets');
  host.replaceChildren();
  // An editor gets the content, never the administration's module; an administrator gets both.
  if (account.admin) await import(ADMIN_MODULE);
  else if (account.editor) await import(CONTENT_MODULE);
  const widgets: Array<{ tag: string; title: string; attributes?: Record<string, string> }> = [
    ...(account.admin ? ADMIN_WIDGETS : []),
    ...(account.admin || account.editor ? EDITOR_WIDGETS : []),
    ...(space ? (WIDGETS[account.role] ?? []) : []),
  ];
  for (const { tag, title, attributes = {} } of widgets) {
    // The token must land on the element's own property: wait until the element is defined.
    await customElements.whenDefined(tag);
    const section = document.createElement('section');
    const heading = document.createElement('h3');
    heading.textContent = title;
    const element = document.createElement(tag) as Staffed;
    element.setAttribute('endpoint', '/api');
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    if (space) element.setAttribute('space', space);
    element.dataset['staff'] = '';
    // Which forms to offer; the server checks the token's role on every call anyway.
    element.setAttribute('member-role', account.role);
    if (tag === 'participe-attestation') {
      element.setAttribute('signed-by', `${account.displayName ?? account.email}, pour le groupe`);
    }
    element.token = session.token;
    section.append(heading, element);
    host.append(section);
  }
  if (focus) $('travail-titre').focus();
}

function showSignIn(message: string | null) {
  $('travail').hidden = true;
  $('widgets').replaceChildren();
  $('connexion').hidden = false;
  const error = $('login-error');
  error.hidden = message === null;
  error.textContent = message ?? '';
}

async function start() {
  let staff: Staff;
  try {
    staff = (await import(STAFF_MODULE)) as Staff;
  } catch {
    showSignIn('La connexion n’est pas disponible : le serveur ne propose pas de fournisseur d’identité.');
    return;
  }
  $('sign-in').addEventListener('click', () => void staff.startSignIn());
  $('logout').addEventListener('click', () => void staff.signOut());
  staff.onSession((session) => {
    if (!session) {
      showSignIn('Votre session est terminée. Reconnectez-vous.');
      return;
    }
    // Renewed: the same widgets get the new token.
    for (const el of document.querySelectorAll<Staffed>('[data-staff]')) el.token = session.token;
  });
  const session = staff.currentSession();
  // Back from the identity provider (or a reload): straight to the workspace.
  if (session) await show(session, true);
}

void start();
