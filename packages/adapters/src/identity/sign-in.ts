// Staff sign-in, served by `participe serve` under `/auth/` for councils without a portal of
// their own. No cookie: the session token lives in the tab (sessionStorage), as the widgets'
// `token` property needs it, and goes in `Authorization: Bearer` like any token.
//
//   GET  /auth/            the sign-in page; its script makes a random binding, kept in the tab
//   GET  /auth/login       ?binding=<SHA-256 of it>: a sign-in is recorded (state, nonce, PKCE
//                          verifier, binding), then the browser goes to the provider
//   GET  /auth/callback    the provider's answer: state taken once, code exchanged, person
//                          admitted or refused (a page), session made, a one-time handoff
//   POST /auth/session     {handoff, binding}: only the tab that started the sign-in gets the
//                          session token (a link planted by someone else gets nothing)
//   POST /auth/refresh     Bearer <session token>: a new one, while the session lasts
//   POST /auth/sign-out    Bearer <session token>: session ended; the provider's sign-out URL
//   GET  /auth/signed-out  where the provider sends people back after signing out
import { readFile } from 'node:fs/promises';
import type { Handler } from '../server/handler.js';
import { type Bucket, createClientAddress, createRateLimiter } from '../server/rate-limit.js';
import type { TokenOrganisation, TokenService } from '../server/tokens.js';
import { base64url, newId } from '../service/crypto.js';
import { negotiateLocale } from '../service/messages.js';
import { type AccessRule, admit } from './access.js';
import type { IdentityStore } from './identity.store.js';
import type { StaffAccount } from './identity.types.js';
import type { OidcClient, PendingSignIn } from './oidc.js';
import { SignInError } from './oidc.js';
import { failurePage, handoffPage, type PageLang, refusalPage, signedOutPage, signInPage } from './sign-in.pages.js';

/** The pages' language: the browser's (`staff.js` sends the page's), French by default. */
const langOf = (request: Request): PageLang => negotiateLocale(request.headers.get('accept-language'));

/** The English of the JSON errors `staff.js` shows, keyed by their French. */
const JSON_EN: Record<string, string> = {
  'Envoyez {"handoff", "binding"} en JSON.': 'Send {"handoff", "binding"} as JSON.',
  'Cette connexion n’a pas été commencée dans cet onglet, ou elle a expiré. Recommencez la connexion.':
    'This sign-in was not started in this tab, or it has expired. Start signing in again.',
  'Votre accès a été retiré.': 'Your access was removed.',
  'Envoyez le jeton de session : Authorization: Bearer <jeton>.':
    'Send the session token: Authorization: Bearer <token>.',
  'Cette session est terminée. Reconnectez-vous.': 'This session is over. Sign in again.',
  'Votre session a atteint sa durée maximale. Reconnectez-vous.':
    'Your session has reached its longest length. Sign in again.',
  'Cette demande ne vient pas de ce site.': 'This request does not come from this site.',
};

/** A staff session is renewed while the tab is in use, up to a working day. */
export const SESSION_ABSOLUTE_HOURS = 10;
const SIGN_IN_MINUTES = 10;
const HANDOFF_SECONDS = 120;

export interface SignInOptions {
  identity: IdentityStore;
  tokens: TokenService;
  oidc: OidcClient;
  /** `PARTICIPE_PUBLIC_URL`: the provider sends people back to `<publicUrl><basePath>/callback`. */
  publicUrl: string;
  /** Where these pages are served: `/auth` (the server's council), `/o/<slug>/auth` for another. @default '/auth' */
  basePath?: string;
  /** The council whose staff sign in here: its sessions open its API (`/o/<slug>/api`). @default `default` */
  organisation?: TokenOrganisation;
  /**
   * Sign-ins started per client (`/login`), a token bucket. @default 10 at once, then one every 10 s
   */
  loginRateLimit?: Bucket | false;
  /** Who the client is (behind a proxy: the forwarded address). @default the socket's address */
  clientAddress?: (headers: Headers, socketAddress: string | undefined) => string;
  /** Who may come in besides invited people. */
  access: readonly AccessRule[];
  /** Life of a session token, at most 3600. */
  sessionSeconds: number;
  /** Where people land once signed in. */
  staffHome: string;
  now?: () => Date;
  /** Outcomes for the logs: never an e-mail, a name or a token. */
  onEvent?: (event: SignInEvent) => void;
}

export type SignInEvent =
  | { event: 'signedIn'; via: StaffAccount['via']; firstSignIn: boolean }
  | { event: 'refused'; reason: string }
  | { event: 'failed'; kind: string; code: string }
  | { event: 'signedOut' };

/** The paths this handler answers, for logs and metrics (no id is ever in them). */
export const SIGN_IN_PATHS = [
  '/auth/',
  '/auth/login',
  '/auth/callback',
  '/auth/session',
  '/auth/refresh',
  '/auth/sign-out',
  '/auth/signed-out',
  '/auth/staff.js',
  '/auth/staff.css',
] as const;

const ASSETS = new URL('../../assets/auth/', import.meta.url);

const encoder = new TextEncoder();
const sha256 = async (s: string) =>
  base64url(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(s))));
const BINDING = /^[A-Za-z0-9_-]{43}$/;

interface SignInRecord {
  pending: PendingSignIn;
  bindingHash: string;
}
interface HandoffRecord {
  sid: string;
  accountId: string;
  bindingHash: string;
}

const accountView = (a: StaffAccount) => ({
  displayName: a.displayName,
  email: a.email,
  role: a.role,
  spaceIds: a.spaceIds,
  memberId: a.memberId,
  admin: a.admin === true,
  /** Edits the council's content and reviews practice sheets (an administrator does too). */
  editor: a.editor === true,
});

export function createSignIn(options: SignInOptions): Handler {
  const now = options.now ?? (() => new Date());
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const base = (options.basePath ?? '/auth').replace(/\/+$/, '');
  const redirectUri = `${publicUrl}${base}/callback`;
  const signedOutUri = `${publicUrl}${base}/signed-out`;
  // The pages name `/auth/…`: a council's are served under its own path.
  const rebase = (page: string) => (base === '/auth' ? page : page.replaceAll('"/auth/', `"${base}/`));
  const organisation = options.organisation;
  const takeLogin =
    options.loginRateLimit === false
      ? null
      : createRateLimiter({ capacity: 10, refillPerSecond: 0.1, ...options.loginRateLimit });
  const addressOf = options.clientAddress ?? createClientAddress();
  const assets = new Map<string, Promise<Buffer>>();
  const asset = (name: string) => {
    let found = assets.get(name);
    if (!found) {
      found = readFile(new URL(name, ASSETS));
      assets.set(name, found);
    }
    return found;
  };

  let providerOrigin: string | null = null;
  const headers = (type: string): Record<string, string> => ({
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
      `base-uri 'none'; form-action 'self'${providerOrigin ? ` ${providerOrigin}` : ''}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    // The callback's address holds a code: it must not leave in a Referer.
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  const html = (body: string, status = 200, extra: Record<string, string> = {}) =>
    new Response(rebase(body), { status, headers: { ...headers('text/html; charset=utf-8'), ...extra } });
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: headers('application/json; charset=utf-8') });
  /** An error for `staff.js`, in the page's language (the French words are the reference). */
  const jsonError = (status: number, code: string, message: string, lang: PageLang = 'fr') =>
    json({ error: { code, message: lang === 'en' ? (JSON_EN[message] ?? message) : message } }, status);
  const event = (e: SignInEvent) => options.onEvent?.(e);

  async function endSessionUrl(idToken: string | null): Promise<string | null> {
    try {
      return await options.oidc.endSessionUrl({ idToken, postLogoutRedirectUri: signedOutUri });
    } catch {
      return null;
    }
  }

  async function login(url: URL, request: Request, info: Parameters<Handler>[1]): Promise<Response> {
    const lang = langOf(request);
    const taken = takeLogin?.(addressOf(request.headers, info?.ip), now().getTime());
    if (taken && !taken.ok) {
      event({ event: 'refused', reason: 'rateLimited' });
      return html(failurePage('tooMany', lang), 429, { 'Retry-After': String(taken.retryAfterSeconds) });
    }
    const binding = url.searchParams.get('binding') ?? '';
    if (!BINDING.test(binding)) return html(failurePage('needsScript', lang), 400);
    let started: Awaited<ReturnType<OidcClient['start']>>;
    try {
      started = await options.oidc.start(redirectUri);
      providerOrigin ??= await options.oidc.authorizationOrigin();
    } catch (error) {
      event({ event: 'failed', kind: 'unreachable', code: error instanceof SignInError ? error.code : 'start' });
      return html(failurePage('unreachable', lang), 502);
    }
    const at = now();
    const record: SignInRecord = { pending: started.pending, bindingHash: binding };
    await options.identity.putOnce(
      'signIn',
      started.pending.state,
      record,
      new Date(at.getTime() + SIGN_IN_MINUTES * 60_000).toISOString(),
      at.toISOString(),
    );
    return new Response(null, { status: 303, headers: { ...headers('text/plain'), Location: started.url } });
  }

  async function callback(url: URL, lang: PageLang): Promise<Response> {
    const state = url.searchParams.get('state') ?? '';
    const at = now();
    // Taken once: the same answer replayed finds nothing.
    const record =
      state && state.length <= 200
        ? ((await options.identity.takeOnce('signIn', state, at.toISOString())) as SignInRecord | null)
        : null;
    if (!record) {
      event({ event: 'failed', kind: 'checks', code: 'unknownState' });
      return html(failurePage('expired', lang), 400);
    }
    if (url.searchParams.has('error')) {
      const code = (url.searchParams.get('error') ?? '').slice(0, 60);
      event({ event: 'failed', kind: 'provider', code });
      return html(failurePage(code === 'access_denied' ? 'cancelled' : 'provider', lang), 401);
    }
    let signedIn: Awaited<ReturnType<OidcClient['finish']>>;
    try {
      signedIn = await options.oidc.finish(redirectUri, url.search, record.pending);
    } catch (error) {
      const e = error instanceof SignInError ? error : new SignInError('unreachable', 'finish');
      event({ event: 'failed', kind: e.kind, code: e.code });
      return html(
        failurePage(e.kind === 'unreachable' ? 'unreachable' : 'provider', lang),
        e.kind === 'unreachable' ? 502 : 401,
      );
    }
    const admission = await admit(options.identity, options.access, signedIn.person, at);
    if (!admission.ok) {
      event({ event: 'refused', reason: admission.reason });
      return html(
        refusalPage(admission.reason, signedIn.person.email, await endSessionUrl(signedIn.idToken), lang),
        403,
      );
    }
    const { account, firstSignIn } = admission;
    event({ event: 'signedIn', via: account.via, firstSignIn });
    const sid = newId('s');
    await options.identity.createSession({
      sid,
      accountId: account.id,
      idToken: signedIn.idToken,
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString(),
      endedAt: null,
    });
    const handoff = newId('h');
    const doc: HandoffRecord = { sid, accountId: account.id, bindingHash: record.bindingHash };
    await options.identity.putOnce(
      'handoff',
      handoff,
      doc,
      new Date(at.getTime() + HANDOFF_SECONDS * 1000).toISOString(),
      at.toISOString(),
    );
    return html(handoffPage(handoff, options.staffHome, lang));
  }

  /** A session token for `account` in session `sid`, no longer than the session itself. */
  async function issue(account: StaffAccount, sid: string, sessionEnds: string) {
    const left = Math.floor((Date.parse(sessionEnds) - now().getTime()) / 1000);
    const issued = await options.tokens.issueSession({
      identity: {
        role: account.role,
        memberId: account.memberId,
        spaceIds: account.spaceIds,
        ...(account.admin ? { admin: true } : {}),
        ...(account.editor ? { editor: true } : {}),
      },
      subject: account.id,
      sid,
      ttlSeconds: Math.min(options.sessionSeconds, left),
      ...(organisation ? { organisation } : {}),
    });
    return { token: issued.token, expiresAt: issued.expiresAt.toISOString(), account: accountView(account) };
  }

  async function readJson(request: Request): Promise<Record<string, unknown> | null> {
    if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) return null;
    try {
      const body = JSON.parse((await request.text()).slice(0, 4096)) as unknown;
      return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }

  async function takeSession(request: Request): Promise<Response> {
    const lang = langOf(request);
    const body = await readJson(request);
    const handoff = typeof body?.['handoff'] === 'string' ? body['handoff'] : '';
    const binding = typeof body?.['binding'] === 'string' ? body['binding'] : '';
    if (!handoff || !BINDING.test(binding)) {
      return jsonError(400, 'badRequest', 'Envoyez {"handoff", "binding"} en JSON.', lang);
    }
    const at = now().toISOString();
    const record = (await options.identity.takeOnce('handoff', handoff.slice(0, 100), at)) as HandoffRecord | null;
    if (!record || (await sha256(binding)) !== record.bindingHash) {
      return jsonError(
        403,
        'signInNotFromThisTab',
        'Cette connexion n’a pas été commencée dans cet onglet, ou elle a expiré. Recommencez la connexion.',
        lang,
      );
    }
    const [account, session] = await Promise.all([
      options.identity.findAccount({ id: record.accountId }),
      options.identity.getSession(record.sid),
    ]);
    if (account?.status !== 'active' || !session || session.endedAt !== null) {
      return jsonError(403, 'accessRemoved', 'Votre accès a été retiré.', lang);
    }
    return json(await issue(account, session.sid, session.expiresAt));
  }

  /** The session of a valid bearer session token, with its account, or an error response. */
  async function bearerSession(request: Request) {
    const lang = langOf(request);
    const [scheme, token] = (request.headers.get('authorization') ?? '').split(/\s+/);
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      return jsonError(401, 'authRequired', 'Envoyez le jeton de session : Authorization: Bearer <jeton>.', lang);
    }
    const check = await options.tokens.verify(token, now(), organisation);
    if (!check.ok || check.sid === null) {
      return jsonError(
        401,
        check.ok ? 'badToken' : check.reason,
        'Cette session est terminée. Reconnectez-vous.',
        lang,
      );
    }
    const [session, account] = await Promise.all([
      options.identity.getSession(check.sid),
      options.identity.findAccount({ id: check.subject }),
    ]);
    if (!session || !account) {
      return jsonError(401, 'badToken', 'Cette session est terminée. Reconnectez-vous.', lang);
    }
    return { session, account };
  }

  async function refresh(request: Request): Promise<Response> {
    const found = await bearerSession(request);
    if (found instanceof Response) return found;
    const { session, account } = found;
    const lang = langOf(request);
    if (account.status !== 'active') return jsonError(401, 'accessRemoved', 'Votre accès a été retiré.', lang);
    if (Date.parse(session.expiresAt) - now().getTime() < 60_000) {
      return jsonError(401, 'sessionOver', 'Votre session a atteint sa durée maximale. Reconnectez-vous.', lang);
    }
    return json(await issue(account, session.sid, session.expiresAt));
  }

  async function signOut(request: Request): Promise<Response> {
    const found = await bearerSession(request);
    if (found instanceof Response) return json({ endSessionUrl: await endSessionUrl(null) });
    await options.identity.endSessions({ sid: found.session.sid }, now().toISOString());
    event({ event: 'signedOut' });
    return json({ endSessionUrl: await endSessionUrl(found.session.idToken) });
  }

  return async (request, info) => {
    const url = new URL(request.url);
    // Routes are named as under `/auth`, wherever this council's are served.
    const path =
      url.pathname === base || url.pathname.startsWith(`${base}/`) ? `/auth${url.pathname.slice(base.length)}` : '';
    const route = `${request.method} ${path}`;
    // Writes come from this site's own pages: JSON (a cross-site form cannot send it) and, when
    // the browser says where it comes from, this origin.
    const origin = request.headers.get('origin');
    if (request.method === 'POST' && origin !== null && origin !== new URL(publicUrl).origin) {
      return jsonError(403, 'originNotAllowed', 'Cette demande ne vient pas de ce site.', langOf(request));
    }
    switch (route) {
      case 'GET /auth':
        return new Response(null, { status: 308, headers: { ...headers('text/plain'), Location: `${base}/` } });
      case 'GET /auth/':
        return html(signInPage(options.staffHome, langOf(request)));
      case 'GET /auth/login':
        return login(url, request, info);
      case 'GET /auth/callback':
        return callback(url, langOf(request));
      case 'POST /auth/session':
        return takeSession(request);
      case 'POST /auth/refresh':
        return refresh(request);
      case 'POST /auth/sign-out':
        return signOut(request);
      case 'GET /auth/signed-out':
        return html(signedOutPage(langOf(request)));
      case 'GET /auth/staff.js':
        return new Response(new Uint8Array(await asset('staff.js')), {
          headers: { ...headers('text/javascript; charset=utf-8'), 'Cache-Control': 'no-cache' },
        });
      case 'GET /auth/staff.css':
        return new Response(new Uint8Array(await asset('staff.css')), {
          headers: { ...headers('text/css; charset=utf-8'), 'Cache-Control': 'no-cache' },
        });
      default:
        return new Response('Introuvable', { status: 404, headers: headers('text/plain; charset=utf-8') });
    }
  };
}
