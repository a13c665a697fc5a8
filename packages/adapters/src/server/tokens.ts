// Access tokens for staff and integrations: standard JWTs (RFC 9068 `at+jwt`, ES256, made
// and checked by `jose`) with `kid`, `iss`, `aud`, `exp`, `iat` and `jti`. Two kinds:
// - a session (`sid` claim): a member of staff signed in with the identity provider, at
//   most one hour, renewed while their tab is active;
// - an API token (`scope` claim): printed by `participe token` for an integration, with the
//   scopes and expiry the administrator chose, recorded so it can be listed and revoked.
// Every check reads revocation: one token, every token of a subject, an ended session.
import { MEMBER_ROLES } from '@participe/core';
import * as z from 'zod/mini';
import type { IdentityStore } from '../identity/identity.store.js';
import { API_SCOPES, type ApiScope } from '../identity/identity.types.js';
import { createKeyRing, loadJose } from '../identity/keys.js';
import { SESSION_MAX_SECONDS } from '../identity/limits.js';
import type { Identity } from '../service/api.js';
import { newId } from '../service/crypto.js';

export { assertTokenSecret, MIN_SECRET_LENGTH, SESSION_MAX_SECONDS } from '../identity/limits.js';

const TYP = 'at+jwt';
const MAX_TOKEN_LENGTH = 4096;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const ClaimsSchema = z.object({
  sub: z.string().check(z.regex(ID)),
  jti: z.string().check(z.regex(ID)),
  iat: z.int(),
  exp: z.int(),
  role: z.enum(MEMBER_ROLES),
  spaces: z.array(z.string().check(z.regex(ID))).check(z.maxLength(100)),
  member: z.nullable(z.string().check(z.regex(ID))),
  sid: z.optional(z.string().check(z.regex(ID))),
  scope: z.optional(z.string().check(z.maxLength(200))),
});

export interface VerifiedToken {
  identity: Identity;
  subject: string;
  jti: string;
  /** The session, for a signed-in member of staff. */
  sid: string | null;
  /** An API token's scopes; `null` for a session (bounded by the role alone). */
  scopes: ApiScope[] | null;
  issuedAt: Date;
  expiresAt: Date;
}

export type TokenCheck =
  | ({ ok: true } & VerifiedToken)
  | { ok: false; reason: 'badToken' | 'tokenExpired' | 'tokenRevoked' };

/** What the handler needs: a check of a bearer token. */
export interface TokenVerifier {
  verify(token: string, now?: Date): Promise<TokenCheck>;
}

export interface IssuedToken {
  token: string;
  jti: string;
  expiresAt: Date;
}

export interface TokenService extends TokenVerifier {
  /** `iss` of every token, e.g. `https://participe.departement.example`. */
  readonly issuer: string;
  /** `aud` of every token: the API, `<issuer>/api`. */
  readonly audience: string;
  /** A session token for a signed-in member of staff (`sid`), at most one hour. */
  issueSession(input: {
    identity: Identity;
    subject: string;
    sid: string;
    /** @default 3600, at most 3600 */
    ttlSeconds?: number;
  }): Promise<IssuedToken>;
  /** An API token for an integration, recorded (label, scopes) so it can be listed and revoked. */
  issueApiToken(input: {
    identity: Identity;
    subject: string;
    scopes: readonly ApiScope[];
    expiresAt: Date;
    label?: string | null;
  }): Promise<IssuedToken>;
  /** Refuses one API token from now on. False when no such token was issued. */
  revoke(jti: string): Promise<boolean>;
  /** Refuses every token of `subject` issued until now (a person removed, a leaked integration). */
  revokeSubject(subject: string): Promise<void>;
  /** Starts a new signing key; the previous ones verify until their last token expires. */
  rotateKeys(): Promise<{ kid: string; retired: Array<{ kid: string; verifyUntil: string }> }>;
}

export interface TokenServiceOptions {
  store: IdentityStore;
  /** `PARTICIPE_TOKEN_SECRET`, at least 32 characters: seals the signing keys in the store. */
  secret: string;
  /** The server's public address (`PARTICIPE_PUBLIC_URL`), without a trailing slash. */
  issuer: string;
  /** @default `${issuer}/api` */
  audience?: string;
  /** @default () => new Date() */
  now?: () => Date;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** Issues and checks Participe's tokens over an identity store (memory or PostgreSQL). */
export function createTokenService(options: TokenServiceOptions): TokenService {
  const now = options.now ?? (() => new Date());
  const issuer = options.issuer.replace(/\/+$/, '');
  const audience = options.audience ?? `${issuer}/api`;
  const keys = createKeyRing({ store: options.store, secret: options.secret, now });

  async function sign(claims: z.input<typeof ClaimsSchema>): Promise<{ token: string; kid: string }> {
    const { SignJWT } = await loadJose();
    const { kid, key } = await keys.signing();
    const { iat, exp, ...rest } = ClaimsSchema.parse(claims);
    const token = await new SignJWT(rest)
      .setProtectedHeader({ alg: 'ES256', typ: TYP, kid })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(key);
    return { token, kid };
  }

  const claimsOf = (identity: Identity) => ({
    role: identity.role,
    spaces: [...identity.spaceIds],
    member: identity.memberId,
  });

  return {
    issuer,
    audience,
    async issueSession({ identity, subject, sid, ttlSeconds = SESSION_MAX_SECONDS }) {
      const iat = seconds(now());
      const exp = iat + Math.min(Math.max(1, Math.floor(ttlSeconds)), SESSION_MAX_SECONDS);
      const jti = newId('t');
      const { token } = await sign({ ...claimsOf(identity), sub: subject, jti, sid, iat, exp });
      return { token, jti, expiresAt: new Date(exp * 1000) };
    },
    async issueApiToken({ identity, subject, scopes, expiresAt, label = null }) {
      const issuedAt = now();
      const iat = seconds(issuedAt);
      const exp = seconds(expiresAt);
      if (exp <= iat) throw new Error('An API token must expire in the future');
      if (scopes.length === 0) throw new Error('An API token needs at least one scope');
      const jti = newId('t');
      const scope = API_SCOPES.filter((s) => scopes.includes(s));
      const { token, kid } = await sign({ ...claimsOf(identity), sub: subject, jti, iat, exp, scope: scope.join(' ') });
      await options.store.recordToken({
        jti,
        subject,
        kid,
        label,
        role: identity.role,
        spaceIds: [...identity.spaceIds],
        memberId: identity.memberId,
        scopes: scope,
        issuedAt: new Date(iat * 1000).toISOString(),
        expiresAt: new Date(exp * 1000).toISOString(),
        revokedAt: null,
      });
      return { token, jti, expiresAt: new Date(exp * 1000) };
    },
    revoke: (jti) => options.store.revokeToken(jti, now().toISOString()),
    revokeSubject: (subject) => options.store.revokeSubject(subject, now().toISOString()),
    rotateKeys: () => keys.rotate(),

    /** Signature first (by the key its `kid` names), then issuer, audience, expiry, claims, revocation. */
    async verify(token, at = now()) {
      if (token.length > MAX_TOKEN_LENGTH || token.split('.').length !== 3) return { ok: false, reason: 'badToken' };
      const jose = await loadJose();
      let payload: unknown;
      try {
        ({ payload } = await jose.jwtVerify(
          token,
          async (header) => {
            const key = typeof header.kid === 'string' ? await keys.verifying(header.kid, at) : null;
            if (!key) throw new jose.errors.JWKSNoMatchingKey();
            return key;
          },
          {
            algorithms: ['ES256'],
            typ: TYP,
            issuer,
            audience,
            currentDate: at,
            requiredClaims: ['sub', 'jti', 'iat', 'exp'],
          },
        ));
      } catch (error) {
        return { ok: false, reason: error instanceof jose.errors.JWTExpired ? 'tokenExpired' : 'badToken' };
      }
      const claims = ClaimsSchema.safeParse(payload);
      if (!claims.success) return { ok: false, reason: 'badToken' };
      const c = claims.data;
      const scopes = c.scope === undefined ? null : c.scope.split(' ');
      if (scopes !== null && !scopes.every((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s))) {
        return { ok: false, reason: 'badToken' };
      }
      if ((scopes === null) === (c.sid === undefined)) return { ok: false, reason: 'badToken' };
      const revoked = await options.store.revocation(
        { jti: c.jti, subject: c.sub, sid: c.sid ?? null },
        at.toISOString(),
      );
      if (
        revoked.tokenRevoked ||
        revoked.sessionEnded ||
        (revoked.subjectRevokedBefore !== null && c.iat * 1000 <= Date.parse(revoked.subjectRevokedBefore))
      ) {
        return { ok: false, reason: 'tokenRevoked' };
      }
      return {
        ok: true,
        identity: { role: c.role, memberId: c.member, spaceIds: c.spaces },
        subject: c.sub,
        jti: c.jti,
        sid: c.sid ?? null,
        scopes,
        issuedAt: new Date(c.iat * 1000),
        expiresAt: new Date(c.exp * 1000),
      };
    },
  };
}
