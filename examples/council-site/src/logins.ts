// The demo's logins: a professional and a facilitator of each group, with an API token
// signed by the demo's keys (as `participe token` would). Members are fictional (see seed/spaces.ts).
import type { TokenService } from '@participe/adapters/server';
import { DEMO_SPACES, memberWithRole } from './seed/spaces.js';

export interface DemoLogin {
  role: 'professional' | 'facilitator';
  /** In French, for the pages and the terminal. */
  roleLabel: string;
  spaceSlug: string;
  spaceName: string;
  memberId: string;
  displayName: string;
  /** Their address at the demo's identity provider, and their invitation. */
  email: string;
}

/** `Aïcha R.` → `aicha.r@hautes-combes.example` (fictional). */
const emailOf = (displayName: string) =>
  `${displayName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '')}@hautes-combes.example`;

const LABELS = { professional: 'professionnel·le', facilitator: 'animateur·rice' } as const;

export const DEMO_LOGINS: readonly DemoLogin[] = DEMO_SPACES.flatMap((demo) =>
  (['professional', 'facilitator'] as const).map((role) => {
    const member = memberWithRole(demo, role);
    return {
      role,
      roleLabel: LABELS[role],
      spaceSlug: demo.space.slug,
      spaceName: demo.space.name,
      memberId: member.id,
      displayName: member.displayName,
      email: emailOf(member.displayName),
    };
  }),
);

/** The council's administrator: creates groups, invites staff, sets the council's defaults. */
export const DEMO_ADMIN = {
  displayName: 'Nadia L.',
  roleLabel: 'administratrice de la collectivité',
  memberId: 'acc_demo_admin',
  email: 'administration@hautes-combes.example',
} as const;

/** The council's editor: changes its content and reviews the groups' practice sheets, no administration. */
export const DEMO_EDITOR = {
  displayName: 'Yanis B.',
  roleLabel: 'éditeur des contenus de la collectivité',
  memberId: 'acc_demo_editor',
  email: 'contenus@hautes-combes.example',
} as const;

export const TOKEN_DAYS = 30;

/**
 * Fresh tokens at each start, so the printed ones are always valid for `TOKEN_DAYS` days. One
 * after the other: the first makes the signing key the others use.
 */
export async function signLogins(
  tokens: TokenService,
  now = new Date(),
): Promise<Array<DemoLogin & { token: string }>> {
  const signed: Array<DemoLogin & { token: string }> = [];
  for (const login of DEMO_LOGINS) {
    const { token } = await tokens.issueApiToken({
      identity: { role: login.role, memberId: login.memberId, spaceIds: [login.spaceSlug] },
      subject: login.memberId,
      scopes: ['admin'],
      expiresAt: new Date(now.getTime() + TOKEN_DAYS * 86_400_000),
      label: `Démo : ${login.displayName}`,
    });
    signed.push({ ...login, token });
  }
  return signed;
}
