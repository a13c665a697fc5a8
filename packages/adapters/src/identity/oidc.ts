// The relying party: Participe asks the council's identity provider who someone is, with
// `openid-client` (authorization code flow, PKCE S256, `state`, `nonce`; the ID token and,
// when the provider has one, userinfo are checked by the library). The provider's metadata
// is read once (discovery) and read again after a failure.
import { loadOptional } from '../shared/optional.js';
import type { ProviderPerson } from './access.js';

export interface OidcProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  clientAuth: 'client_secret_basic' | 'client_secret_post';
  scopes: readonly string[];
}

/** What a sign-in keeps while the person is at the provider. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface SignedInPerson {
  person: ProviderPerson;
  /** Sent back as `id_token_hint` when signing out at the provider. */
  idToken: string | null;
}

export interface OidcClient {
  /** Where to send the browser, and what to keep until it comes back. */
  start(redirectUri: string): Promise<{ url: string; pending: PendingSignIn }>;
  /**
   * Checks the provider's answer (`query` of the callback: code, state, iss) against what was
   * kept, exchanges the code (once: the provider refuses a second use) and reads who it is.
   */
  finish(redirectUri: string, query: string, pending: PendingSignIn): Promise<SignedInPerson>;
  /** The provider's sign-out address, or null when it has none. */
  endSessionUrl(input: { idToken: string | null; postLogoutRedirectUri: string }): Promise<string | null>;
  /** The origin of the authorization endpoint (for the sign-in page's CSP), once known. */
  authorizationOrigin(): Promise<string>;
}

/** Also asked for by `participe serve` at start (through `requireOpenIdClient`). */
const loadOpenIdClient = () =>
  loadOptional('openid-client', 'Staff sign-in with OpenID Connect', () => import('openid-client'));

/** Loads `openid-client` now, so that a server missing it stops at start with its name. */
export async function requireOpenIdClient(): Promise<void> {
  await loadOpenIdClient();
}

type Client = Awaited<ReturnType<typeof loadOpenIdClient>>;
type Configuration = Awaited<ReturnType<Client['discovery']>>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A sign-in the provider or the checks refused, with a reason safe to log (never a token). */
export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(
    readonly kind: 'provider' | 'checks' | 'unreachable',
    readonly code: string,
  ) {
    super(`Sign-in failed (${kind}: ${code})`);
  }
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export function createOidcClient(settings: OidcProviderSettings): OidcClient {
  let config: Promise<{ client: Client; config: Configuration }> | null = null;

  const configuration = () => {
    config ??= (async () => {
      const client = await loadOpenIdClient();
      const issuer = new URL(settings.issuer);
      const auth =
        settings.clientAuth === 'client_secret_post'
          ? client.ClientSecretPost(settings.clientSecret)
          : client.ClientSecretBasic(settings.clientSecret);
      // http only for a provider on this machine (tests, the demo); anything else is https.
      const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
      const discovered = await client.discovery(issuer, settings.clientId, undefined, auth, {
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      });
      return { client, config: discovered };
    })();
    // A provider that was down at start is asked again at the next sign-in.
    config.catch(() => {
      config = null;
    });
    return config;
  };

  return {
    async start(redirectUri) {
      let c: Awaited<ReturnType<typeof configuration>>;
      try {
        c = await configuration();
      } catch {
        throw new SignInError('unreachable', 'discovery');
      }
      const { client } = c;
      const pending: PendingSignIn = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(c.config, {
        redirect_uri: redirectUri,
        scope: settings.scopes.join(' '),
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },

    async finish(redirectUri, query, pending) {
      let c: Awaited<ReturnType<typeof configuration>>;
      try {
        c = await configuration();
      } catch {
        throw new SignInError('unreachable', 'discovery');
      }
      const { client } = c;
      const current = new URL(redirectUri);
      current.search = query;
      let tokens: Awaited<ReturnType<Client['authorizationCodeGrant']>>;
      try {
        tokens = await client.authorizationCodeGrant(c.config, current, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        throw classify(client, error);
      }
      const claims = tokens.claims();
      if (!claims) throw new SignInError('checks', 'noIdToken');
      let info: Record<string, unknown> = {};
      if (c.config.serverMetadata().userinfo_endpoint && tokens.access_token) {
        try {
          info = await client.fetchUserInfo(c.config, tokens.access_token, claims.sub);
        } catch (error) {
          throw classify(client, error);
        }
      }
      const all: Record<string, unknown> = { ...claims, ...info };
      const given = text(all['given_name']);
      // ProConnect names the family name `usual_name`.
      const family = text(all['usual_name']) ?? text(all['family_name']);
      return {
        idToken: tokens.id_token ?? null,
        person: {
          providerSubject: `${claims.iss}|${claims.sub}`,
          email: text(all['email']),
          emailVerified: typeof all['email_verified'] === 'boolean' ? all['email_verified'] : undefined,
          displayName: text(all['name']) ?? ([given, family].filter(Boolean).join(' ') || null),
          claims: all,
        },
      };
    },

    async endSessionUrl({ idToken, postLogoutRedirectUri }) {
      const { client, config: cfg } = await configuration();
      if (!cfg.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(cfg, {
        post_logout_redirect_uri: postLogoutRedirectUri,
        client_id: settings.clientId,
        ...(idToken ? { id_token_hint: idToken } : {}),
      }).href;
    },

    async authorizationOrigin() {
      const { config: cfg } = await configuration();
      return new URL(cfg.serverMetadata().authorization_endpoint ?? settings.issuer).origin;
    },
  };
}

/** The provider's error code (`invalid_grant` for a code used twice), or which check failed. */
function classify(client: Client, error: unknown): SignInError {
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) {
    return new SignInError('provider', String((error as { error?: unknown }).error ?? 'error').slice(0, 60));
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('OAUTH_')) return new SignInError('checks', code);
  return new SignInError('unreachable', typeof code === 'string' ? code.slice(0, 60) : 'fetch');
}
