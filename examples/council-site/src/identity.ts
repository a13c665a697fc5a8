// The demo's staff sign-in: a test OpenID Connect provider started with the demo (a real
// one, `oidc-provider`, on loopback; its page lists the demo's people, no password), and
// Participe's sign-in flow under `/auth/`, as `participe serve` offers it. The demo's
// people are invited at each start: the provider is new each time, so their first sign-in
// binds them again.
import {
  createOidcClient,
  createSignIn,
  type Handler,
  type IdentityStore,
  SIGN_IN_PATHS,
  type TokenService,
} from '@participe/adapters/server';
import { startTestProvider } from '../../../packages/adapters/src/identity/testing/provider.js';
import { DEMO_ADMIN, DEMO_LOGINS } from './logins.js';

export interface DemoIdentity {
  /** `/auth/*` of the site. */
  handler: Handler;
  paths: readonly string[];
  /** Where the demo's identity provider answers. */
  providerUrl: string;
  close(): Promise<void>;
}

export async function startDemoIdentity(options: {
  identity: IdentityStore;
  tokens: TokenService;
  /** The site's address: the provider sends people back to `<siteUrl>/auth/callback`. */
  siteUrl: string;
}): Promise<DemoIdentity> {
  const client = { clientId: 'participe-demo', clientSecret: globalThis.crypto.randomUUID() };
  const provider = await startTestProvider({
    name: 'Fournisseur d’identité de démonstration',
    people: [
      ...DEMO_LOGINS.map((l) => ({
        sub: l.memberId,
        label: `${l.displayName}, ${l.roleLabel} — ${l.spaceName}`,
        email: l.email,
        email_verified: true,
        given_name: l.displayName,
      })),
      {
        sub: DEMO_ADMIN.memberId,
        label: `${DEMO_ADMIN.displayName}, ${DEMO_ADMIN.roleLabel}`,
        email: DEMO_ADMIN.email,
        email_verified: true,
        given_name: DEMO_ADMIN.displayName,
      },
    ],
    clients: [
      {
        ...client,
        redirectUris: [`${options.siteUrl}/auth/callback`],
        postLogoutRedirectUris: [`${options.siteUrl}/auth/signed-out`],
      },
    ],
  });
  const now = new Date().toISOString();
  for (const login of DEMO_LOGINS) {
    const existing = await options.identity.findAccount({ email: login.email });
    await options.identity.putAccount({
      id: existing?.id ?? `acc_demo_${login.memberId}`,
      email: login.email,
      displayName: login.displayName,
      role: login.role,
      spaceIds: [login.spaceSlug],
      memberId: login.memberId,
      status: 'invited',
      via: 'invitation',
      providerSubject: null,
      createdAt: existing?.createdAt ?? now,
      activatedAt: null,
      removedAt: null,
    });
  }
  // The administrator: no group of their own, the council's administration.
  const admin = await options.identity.findAccount({ email: DEMO_ADMIN.email });
  await options.identity.putAccount({
    id: admin?.id ?? DEMO_ADMIN.memberId,
    email: DEMO_ADMIN.email,
    displayName: DEMO_ADMIN.displayName,
    role: 'professional',
    spaceIds: [],
    memberId: DEMO_ADMIN.memberId,
    admin: true,
    status: 'invited',
    via: 'invitation',
    providerSubject: null,
    createdAt: admin?.createdAt ?? now,
    activatedAt: null,
    removedAt: null,
  });
  const handler = createSignIn({
    identity: options.identity,
    tokens: options.tokens,
    oidc: createOidcClient({
      issuer: provider.issuer,
      ...client,
      clientAuth: 'client_secret_basic',
      scopes: ['openid', 'email', 'profile'],
    }),
    publicUrl: options.siteUrl,
    access: [],
    sessionSeconds: 3600,
    staffHome: '/pro',
  });
  return { handler, paths: SIGN_IN_PATHS, providerUrl: provider.issuer, close: () => provider.close() };
}
