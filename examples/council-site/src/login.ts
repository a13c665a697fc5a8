// `POST /pro/login`: the demo's stand-in for a council's own staff login. It checks the
// demo password and answers with the account's token; the page keeps it for the tab
// (sessionStorage, no cookie) and hands it to the widgets. Nothing else is stored.
import { timingSafeEqual } from 'node:crypto';
import type { DemoLogin } from './logins.js';

export interface LoginOptions {
  password: string;
  logins: () => ReadonlyArray<DemoLogin & { token: string }>;
}

const json = (body: unknown, status: number, headers: Record<string, string>) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export async function handleLogin(
  request: Request,
  options: LoginOptions,
  headers: Record<string, string>,
): Promise<Response> {
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
    return json({ error: { message: 'Envoyez du JSON.' } }, 415, headers);
  }
  let body: unknown;
  try {
    body = JSON.parse((await request.text()).slice(0, 4096));
  } catch {
    return json({ error: { message: 'Le corps de la demande n’est pas du JSON valide.' } }, 400, headers);
  }
  const { memberId, password } = (body ?? {}) as { memberId?: unknown; password?: unknown };
  const issues: Array<{ path: string; message: string }> = [];
  const login = options.logins().find((l) => l.memberId === memberId);
  if (!login) issues.push({ path: 'memberId', message: 'Choisissez un compte de la liste.' });
  if (typeof password !== 'string' || password.trim() === '') {
    issues.push({
      path: 'password',
      message: 'Indiquez le mot de passe affiché dans le terminal (exemple : aB3-x9Qz).',
    });
  }
  if (issues.length > 0 || !login) return json({ error: { message: 'Connexion impossible.', issues } }, 422, headers);
  if (!same(String(password).trim(), options.password)) {
    return json(
      {
        error: {
          message: 'Mot de passe incorrect.',
          issues: [{ path: 'password', message: 'Ce n’est pas le mot de passe affiché dans le terminal de la démo.' }],
        },
      },
      401,
      headers,
    );
  }
  const { token, role, spaceSlug, spaceName, displayName } = login;
  return json({ token, role, memberId: login.memberId, spaceSlug, spaceName, displayName }, 200, headers);
}
