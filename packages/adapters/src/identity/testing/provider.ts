// A real OpenID Connect provider on loopback (`oidc-provider`), for the tests and the demo:
// authorization code flow with PKCE S256, signed ID tokens, userinfo, RP-initiated logout.
// Its sign-in page lists test people to choose from (no password), in French, keyboard
// usable; consent is given for the registered clients (first-party).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

export interface TestPerson {
  /** The subject at the provider. */
  sub: string;
  /** Shown on the provider's sign-in page. */
  label: string;
  email?: string;
  email_verified?: boolean;
  given_name?: string;
  usual_name?: string;
  organizational_unit?: string;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  /** `<publicUrl>/auth/callback` */
  redirectUris: string[];
  /** `<publicUrl>/auth/signed-out` */
  postLogoutRedirectUris: string[];
}

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http:; base-uri 'none'";

const page = (title: string, body: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
button{font:inherit;padding:.5rem 1rem}fieldset{border:1px solid #555;padding:1rem}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => {
      raw += d;
      if (raw.length > 10_000) req.destroy();
    });
    req.on('end', () => resolve(new URLSearchParams(raw)));
    req.on('error', reject);
  });
}

/** Starts the provider on 127.0.0.1 (`port` 0: any free port). */
export async function startTestProvider(options: {
  people: readonly TestPerson[];
  clients: readonly TestClient[];
  port?: number;
  /** The provider's name on its pages. @default 'Fournisseur d’identité de test' */
  name?: string;
}): Promise<TestProvider> {
  const name = options.name ?? 'Fournisseur d’identité de test';
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const people = new Map(options.people.map((p) => [p.sub, p]));

  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [jwk as never] },
    cookies: { keys: [globalThis.crypto.randomUUID()] },
    pkce: { methods: ['S256'], required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    scopes: ['openid', 'email', 'profile', 'organizational_unit'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'usual_name', 'name'],
      organizational_unit: ['organizational_unit'],
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = 'html';
          ctx.body = page(
            `${name} : se déconnecter`,
            `${form}<p>Voulez-vous vous déconnecter de ${escapeHtml(name)} ?</p>
<p><button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Oui, me déconnecter</button>
<button type="submit" form="op.logoutForm">Non, rester connecté·e</button></p>`,
          );
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.type = 'html';
          ctx.body = page(`${name} : déconnecté·e`, '<p>Vous êtes déconnecté·e.</p>');
        },
      },
    },
    findAccount: async (_ctx, sub) => {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: async () => {
          const { label: _label, ...claims } = person;
          const name = [person.given_name, person.usual_name].filter(Boolean).join(' ');
          return { ...claims, ...(name ? { name } : {}) };
        },
      };
    },
    // First-party clients: consent is given for every scope they ask.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid email profile organizational_unit');
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page(
        `${name} : erreur`,
        `<p>${escapeHtml(String(out['error']))} : ${escapeHtml(String(out['error_description'] ?? ''))}</p>`,
      );
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  handle = async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
    if (!match) {
      callback(req, res);
      return;
    }
    try {
      const details = await provider.interactionDetails(req, res);
      if (match[2] && req.method === 'POST') {
        const sub = (await readForm(req)).get('sub') ?? '';
        if (!people.has(sub)) {
          res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Personne inconnue');
          return;
        }
        await provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
        return;
      }
      if (details.prompt.name !== 'login') {
        await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
        return;
      }
      const choices = options.people
        .map(
          (p, i) =>
            `<p><input type="radio" name="sub" id="p${i}" value="${escapeHtml(p.sub)}"${i === 0 ? ' checked' : ''}>
<label for="p${i}">${escapeHtml(p.label)}</label></p>`,
        )
        .join('\n');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP });
      res.end(
        page(
          `${name} : se connecter`,
          `<form method="post" action="/interaction/${escapeHtml(details.uid)}/login">
<fieldset><legend>Qui êtes-vous ? (personnes de test, sans mot de passe)</legend>
${choices}
</fieldset>
<p><button type="submit">Se connecter</button></p>
</form>`,
        ),
      );
    } catch (error) {
      res
        .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(`Interaction refusée : ${(error as Error).message}`);
    }
  };

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
