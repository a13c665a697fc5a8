// Staff sign-in for every council a server hosts: the server's own council at `/auth/` (with
// the server-wide PARTICIPE_OIDC_* settings), any other at `/o/{slug}/auth/`, with the provider,
// client and access rules of its settings (`participe org settings`). Each council's people,
// sessions and sign-ins are in its own part of the identity store: someone invited in one
// council is unknown to another.
import { DEFAULT_ORGANISATION, type Organisation } from '@participe/core';
import type { Handler } from '../server/handler.js';
import type { AccessRule } from './access.js';
import type { IdentityStore } from './identity.store.js';
import { createOidcClient, type OidcClient, type OidcProviderSettings } from './oidc.js';
import { createSignIn, type SignInOptions } from './sign-in.js';

/** `/o/cd93/auth/login` → `cd93`; null for any other path. */
const COUNCIL_AUTH = /^\/o\/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\/auth(?:\/|$)/;

export const DEFAULT_COUNCIL_SCOPES = ['openid', 'email', 'profile'] as const;

/** The variable holding a council's client secret when its settings name none. */
export const clientSecretEnvOf = (slug: string) =>
  `PARTICIPE_OIDC_CLIENT_SECRET_${slug.toUpperCase().replace(/-/g, '_')}`;

export interface CouncilSignInOptions
  extends Omit<SignInOptions, 'identity' | 'oidc' | 'access' | 'basePath' | 'organisation'> {
  /** `default`'s identity store; each council's is `forOrganisation(id)`. */
  identity: IdentityStore;
  /** The server's council (at `/auth/`), from PARTICIPE_OIDC_*; null when not configured. */
  server: { oidc: OidcClient; access: readonly AccessRule[] } | null;
  /** A council by slug (the store's `getOrganisation`). */
  organisation(slug: string): Promise<Organisation | null>;
  /** Where client secrets are read (`process.env` for `participe serve`). */
  env: Readonly<Record<string, string | undefined>>;
  /** @default createOidcClient */
  createClient?: (settings: OidcProviderSettings) => OidcClient;
}

/** Whether `pathname` is a council's sign-in (`/o/{slug}/auth…`). */
export const isCouncilSignInPath = (pathname: string) => COUNCIL_AUTH.test(pathname);

export function createCouncilSignIn(options: CouncilSignInOptions): Handler {
  const { server, organisation, env, createClient = createOidcClient, ...common } = options;
  const notFound = () =>
    new Response('Introuvable', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  const atServer = server
    ? createSignIn({ ...common, identity: options.identity, oidc: server.oidc, access: server.access })
    : null;
  // One handler per council and version of its settings: a change is used at the next request,
  // the provider's metadata is read once per version.
  const councils = new Map<string, { key: string; handler: Handler }>();

  async function councilHandler(slug: string): Promise<Handler | null> {
    const found = await organisation(slug);
    if (!found || found.slug !== slug) return null;
    if (found.id === DEFAULT_ORGANISATION) return atServer;
    const oidc = found.settings.oidc;
    if (!oidc) return null;
    const secret = env[oidc.clientSecretEnv ?? clientSecretEnvOf(found.slug)];
    if (!secret) return null;
    const key = JSON.stringify([found.slug, oidc, secret.length]);
    const cached = councils.get(found.id);
    if (cached?.key === key) return cached.handler;
    const handler = createSignIn({
      ...common,
      identity: options.identity.forOrganisation(found.id),
      oidc: createClient({
        issuer: oidc.issuer,
        clientId: oidc.clientId,
        clientSecret: secret,
        clientAuth: oidc.clientAuth ?? 'client_secret_basic',
        scopes: oidc.scopes ?? DEFAULT_COUNCIL_SCOPES,
      }),
      access: oidc.access ?? [],
      basePath: `/o/${found.slug}/auth`,
      organisation: { id: found.id, slug: found.slug },
      staffHome: `/o/${found.slug}/auth/`,
    });
    councils.set(found.id, { key, handler });
    return handler;
  }

  return async (request, info) => {
    const { pathname } = new URL(request.url);
    const council = COUNCIL_AUTH.exec(pathname);
    const handler = council ? await councilHandler(council[1]!) : atServer;
    return handler ? handler(request, info) : notFound();
  };
}
