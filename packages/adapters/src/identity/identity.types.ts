// The records of identity: signing keys, issued API tokens, staff accounts, sessions and
// the one-time records of a sign-in. `IdentityStore` (identity.store.ts) keeps them, in
// memory or in PostgreSQL beside the rest of the data.
import type { MemberRole } from '@participe/core';

/**
 * What a machine-to-machine token may do. A session is bounded by its role only. `edit` is
 * the council's content and practice review: a token issued with it is also a council editor.
 */
export const API_SCOPES = ['read', 'answer', 'moderate', 'edit', 'admin'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * A council's signing key (each council signs and checks its tokens with its own): the public
 * half in clear, the private half sealed with `PARTICIPE_TOKEN_SECRET`.
 */
export interface SigningKeyRecord {
  kid: string;
  alg: 'ES256';
  /** The public JWK (`kty`, `crv`, `x`, `y`). */
  publicJwk: Record<string, string>;
  /** The private JWK, encrypted (compact JWE, `dir` + `A256GCM`) under a key derived from the secret. */
  sealed: string;
  createdAt: string;
  /** When `participe keys rotate` replaced it; new tokens are then signed with the next key. */
  retiredAt: string | null;
  /** A retired key verifies until then: the last expiry of the tokens it signed. */
  verifyUntil: string | null;
}

/** A token printed by `participe token`, recorded so it can be listed and revoked. */
export interface ApiTokenRecord {
  jti: string;
  subject: string;
  kid: string;
  /** What the administrator wrote to recognise it, e.g. "SIG du département". */
  label: string | null;
  role: MemberRole;
  spaceIds: string[];
  memberId: string | null;
  scopes: ApiScope[];
  issuedAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export const ACCOUNT_STATUSES = ['invited', 'active', 'removed'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** A member of staff who signs in with the identity provider. */
export interface StaffAccount {
  /** Also the `sub` of their tokens, so revoking a subject ends all of their tokens. */
  id: string;
  /** Lower-case. The provider's verified e-mail is matched against it at the first sign-in. */
  email: string;
  displayName: string | null;
  role: MemberRole;
  spaceIds: string[];
  /** The actor id of what they do (a member of the space, e.g. `m_rsa_pro_1`). @default the account id */
  memberId: string;
  status: AccountStatus;
  /** An administrator of the council, above the per-space roles. @default false */
  admin?: boolean;
  /** An editor of the council's content and practice sheets (an administrator is one too). @default false */
  editor?: boolean;
  /** `invitation`: made by `participe staff invite`; `rule`: made at sign-in by an access rule. */
  via: 'invitation' | 'rule';
  /** `issuer|sub` at the provider, bound at the first sign-in. */
  providerSubject: string | null;
  createdAt: string;
  activatedAt: string | null;
  removedAt: string | null;
}

/** A signed-in staff member: renewed while the tab is active, until `expiresAt` at the latest. */
export interface StaffSession {
  sid: string;
  accountId: string;
  /** The provider's ID token, sent back as `id_token_hint` when signing out there. */
  idToken: string | null;
  createdAt: string;
  /** No renewal after this (a working day). */
  expiresAt: string;
  endedAt: string | null;
}

/** Records used once: a sign-in waiting for the provider, or a session waiting for its tab. */
export type OneTimeKind = 'signIn' | 'handoff';

/** What revocation says about a token, in one read. */
export interface RevocationState {
  tokenRevoked: boolean;
  /** Tokens of this subject issued at or before this instant are refused. */
  subjectRevokedBefore: string | null;
  /** For a session token: the session ended (signed out, account removed) or is unknown. */
  sessionEnded: boolean;
}
