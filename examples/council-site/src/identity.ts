// The demo's staff sign-in: a test OpenID Connect provider started with the demo (a real
// one, `oidc-provider`, on loopback; its page lists the demo's people, no password), which
// `participe serve` is told to use (PARTICIPE_OIDC_*): its own sign-in flow under `/auth/`
// does the rest. The demo's people are invited at each start: the provider is new each time,
// so their first sign-in binds them again.
import { randomUUID } from 'node:crypto';
import type { IdentityStore } from '@participe/adapters/server';
import { startTestProvider } from '../../../packages/adapters/src/identity/testing/provider.js';
import { DEMO_ADMIN, DEMO_EDITOR, DEMO_LOGINS } from './logins.js';

export interface DemoProvider {
  /** Where the demo's identity provider answers (PARTICIPE_OIDC_ISSUER). */
  issuer: string;
  /** The client it knows `participe serve` by. */
  client: { clientId: string; clientSecret: string };
  close(): Promise<void>;
}

/** The provider, with the site's sign-in addresses registered for its one client. */
export async function startDemoProvider(siteUrl: string): Promise<DemoProvider> {
  const client = { clientId: 'participe-demo', clientSecret: randomUUID() };
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
      ...[DEMO_ADMIN, DEMO_EDITOR].map((p) => ({
        sub: p.memberId,
        label: `${p.displayName}, ${p.roleLabel}`,
        email: p.email,
        email_verified: true,
        given_name: p.displayName,
      })),
    ],
    clients: [
      {
        ...client,
        redirectUris: [`${siteUrl}/auth/callback`],
        postLogoutRedirectUris: [`${siteUrl}/auth/signed-out`],
      },
    ],
  });
  return { issuer: provider.issuer, client, close: () => provider.close() };
}

/**
 * Invites the demo's people again (as `participe staff invite` and `participe admin invite`
 * would): each new provider binds them at their first sign-in.
 */
export async function inviteDemoPeople(identity: IdentityStore, now = new Date()): Promise<void> {
  const at = now.toISOString();
  for (const login of DEMO_LOGINS) {
    const existing = await identity.findAccount({ email: login.email });
    await identity.putAccount({
      id: existing?.id ?? `acc_demo_${login.memberId}`,
      email: login.email,
      displayName: login.displayName,
      role: login.role,
      spaceIds: [login.spaceSlug],
      memberId: login.memberId,
      status: 'invited',
      via: 'invitation',
      providerSubject: null,
      createdAt: existing?.createdAt ?? at,
      activatedAt: null,
      removedAt: null,
    });
  }
  // The administrator and the editor: no group of their own, the council's administration or
  // its content (as `participe admin invite` and `participe admin invite --editor`).
  for (const [person, right] of [
    [DEMO_ADMIN, { admin: true }],
    [DEMO_EDITOR, { editor: true }],
  ] as const) {
    const existing = await identity.findAccount({ email: person.email });
    await identity.putAccount({
      id: existing?.id ?? person.memberId,
      email: person.email,
      displayName: person.displayName,
      role: 'professional',
      spaceIds: [],
      memberId: person.memberId,
      ...right,
      status: 'invited',
      via: 'invitation',
      providerSubject: null,
      createdAt: existing?.createdAt ?? at,
      activatedAt: null,
      removedAt: null,
    });
  }
}
