// Access tokens for staff and integrations: standard JWTs (RFC 9068 `at+jwt`, ES256, made
// and checked by `jose`) with `kid`, `iss`, `aud`, `exp`, `iat` and `jti`. Two kinds:
// - a session (`sid` claim): a member of staff signed in with the identity provider, at
//   most one hour, renewed while their tab is active;
// - an API token (`scope` claim): printed by `participe token` for an integration, with the
//   scopes and expiry the administrator chose, recorded so it can be listed and revoked.
// Every check reads revocation: one token, every token of a subject, an ended session.
import { DEFAULT_ORGANISATION, MEMBER_ROLES } from '@participe/core';
import * as z from 'zod/mini';
import type { IdentityStore } from '../identity/identity.store.js';
import { API_SCOPES, type ApiScope } from '../identity/identity.types.js';
import { createCouncilKeyRings, loadJose } from '../identity/keys.js';
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
  /** The organisation (council) the token serves; absent for `default`'s. */
  org: z.optional(z.string().check(z.regex(ID))),
  /** An administrator of the council. */
  adm: z.optional(z.literal(true)),
  /** An editor of the council's content. */
  edt: z.optional(z.literal(true)),
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
  | { ok: false; reason: 'badToken' | 'tokenExpired' | 'tokenRevoked' | 'otherOrganisation' };

/** The organisation a token is issued for or checked against: its API is `/o/{slug}/api`. */
export interface TokenOrganisation {
  id: string;
  slug: string;
}

/** What the handler needs: a check of a bearer token. */
export interface TokenVerifier {
  /**
   * Checks `token` for the API of `organisation` (@default `default`'s, at `/api`): a token of
   * another organisation is `otherOrganisation`, however valid it is there.
   */
  verify(token: string, now?: Date, organisation?: TokenOrganisation): Promise<TokenCheck>;
}

export interface IssuedToken {
  token: string;
  jti: string;
  expiresAt: Date;
}

export interface TokenService extends TokenVerifier {
  /** `iss` of every token, e.g. `https://participe.departement.example`. */
  readonly issuer: string;
  /** `aud` of `default`'s tokens: the API, `<issuer>/api`. */
  readonly audience: string;
  /** `aud` of an organisation's tokens: its API, `<issuer>/o/<slug>/api` (`audience` for `default`). */
  audienceOf(organisation?: TokenOrganisation): string;
  /** A session token for a signed-in member of staff (`sid`), at most one hour. */
  issueSession(input: {
    identity: Identity;
    subject: string;
    sid: string;
    /** @default 3600, at most 3600 */
    ttlSeconds?: number;
    /** The organisation whose API the token opens. @default `default` */
    organisation?: TokenOrganisation;
  }): Promise<IssuedToken>;
  /** An API token for an integration, recorded (label, scopes) so it can be listed and revoked. */
  issueApiToken(input: {
    identity: Identity;
    subject: string;
    scopes: readonly ApiScope[];
    expiresAt: Date;
    label?: string | null;
    /** The organisation whose API the token opens. @default `default` */
    organisation?: TokenOrganisation;
  }): Promise<IssuedToken>;
  /** Refuses one API token from now on. False when no such token was issued. */
  revoke(jti: string, organisation?: TokenOrganisation): Promise<boolean>;
  /** Refuses every token of `subject` issued until now (a person removed, a leaked integration). */
  revokeSubject(subject: string, organisation?: TokenOrganisation): Promise<void>;
  /**
   * Starts a new signing key for `organisation` (@default `default`), whose keys are its own;
   * its previous ones verify until their last token expires. Other councils' keys are untouched.
   */
  rotateKeys(
    organisation?: Pick<TokenOrganisation, 'id'>,
  ): Promise<{ kid: string; retired: Array<{ kid: string; verifyUntil: string }> }>;
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
  // Each council signs with its own keys, and a token is checked against its council's only.
  const keys = createCouncilKeyRings({ store: options.store, secret: options.secret, now });
  const ringOf = (organisation?: Pick<TokenOrganisation, 'id'>) => keys.of(organisation?.id ?? DEFAULT_ORGANISATION);
  /** A council's tokens and sessions are kept in its own part of the identity store. */
  const storeOf = (organisation?: TokenOrganisation) =>
    !organisation || organisation.id === DEFAULT_ORGANISATION
      ? options.store
      : options.store.forOrganisation(organisation.id);
  const audienceOf = (organisation?: TokenOrganisation) =>
    !organisation || organisation.id === DEFAULT_ORGANISATION ? audience : `${issuer}/o/${organisation.slug}/api`;
  /** The claim and the audience of a token for `organisation`. */
  const bindTo = (organisation?: TokenOrganisation) => ({
    claims: !organisation || organisation.id === DEFAULT_ORGANISATION ? {} : { org: organisation.id },
    audience: audienceOf(organisation),
  });

  async function sign(
    claims: z.input<typeof ClaimsSchema>,
    organisation?: TokenOrganisation,
  ): Promise<{ token: string; kid: string }> {
    const { SignJWT } = await loadJose();
    const { kid, key } = await ringOf(organisation).signing();
    const bound = bindTo(organisation);
    const { iat, exp, ...rest } = ClaimsSchema.parse({ ...claims, ...bound.claims });
    const token = await new SignJWT(rest)
      .setProtectedHeader({ alg: 'ES256', typ: TYP, kid })
      .setIssuer(issuer)
      .setAudience(bound.audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(key);
    return { token, kid };
  }

  const claimsOf = (identity: Identity) => ({
    role: identity.role,
    spaces: [...identity.spaceIds],
    member: identity.memberId,
    ...(identity.admin ? { adm: true as const } : {}),
    ...(identity.editor ? { edt: true as const } : {}),
  });

  return {
    issuer,
    audience,
    audienceOf,
    async issueSession({ identity, subject, sid, ttlSeconds = SESSION_MAX_SECONDS, organisation }) {
      const iat = seconds(now());
      const exp = iat + Math.min(Math.max(1, Math.floor(ttlSeconds)), SESSION_MAX_SECONDS);
      const jti = newId('t');
      const { token } = await sign({ ...claimsOf(identity), sub: subject, jti, sid, iat, exp }, organisation);
      return { token, jti, expiresAt: new Date(exp * 1000) };
    },
    async issueApiToken({ identity, subject, scopes, expiresAt, label = null, organisation }) {
      const issuedAt = now();
      const iat = seconds(issuedAt);
      const exp = seconds(expiresAt);
      if (exp <= iat) throw new Error('An API token must expire in the future');
      if (scopes.length === 0) throw new Error('An API token needs at least one scope');
      const jti = newId('t');
      const scope = API_SCOPES.filter((s) => scopes.includes(s));
      const { token, kid } = await sign(
        { ...claimsOf(identity), sub: subject, jti, iat, exp, scope: scope.join(' ') },
        organisation,
      );
      await storeOf(organisation).recordToken({
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
    revoke: (jti, organisation) => storeOf(organisation).revokeToken(jti, now().toISOString()),
    revokeSubject: (subject, organisation) => storeOf(organisation).revokeSubject(subject, now().toISOString()),
    rotateKeys: (organisation) => ringOf(organisation).rotate(),

    /**
     * Signature first (by the key its `kid` names among the keys of the council it claims),
     * then issuer, expiry, claims, the organisation and its audience, revocation.
     */
    async verify(token, at = now(), organisation) {
      if (token.length > MAX_TOKEN_LENGTH || token.split('.').length !== 3) return { ok: false, reason: 'badToken' };
      const jose = await loadJose();
      let payload: unknown;
      try {
        // The council is read before the signature is checked, only to choose whose keys
        // check it: a token claiming council A verifies with A's keys or not at all.
        const claimed = jose.decodeJwt(token).org ?? DEFAULT_ORGANISATION;
        if (typeof claimed !== 'string' || !ID.test(claimed)) return { ok: false, reason: 'badToken' };
        const ring = keys.of(claimed);
        ({ payload } = await jose.jwtVerify(
          token,
          async (header) => {
            const key = typeof header.kid === 'string' ? await ring.verifying(header.kid, at) : null;
            if (!key) throw new jose.errors.JWKSNoMatchingKey();
            return key;
          },
          {
            algorithms: ['ES256'],
            typ: TYP,
            issuer,
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
      // Authentic, but for another council's API: said so, so the holder knows which address to use.
      if ((c.org ?? DEFAULT_ORGANISATION) !== (organisation?.id ?? DEFAULT_ORGANISATION)) {
        return { ok: false, reason: 'otherOrganisation' };
      }
      const aud = (payload as { aud?: unknown }).aud;
      if (!(Array.isArray(aud) ? aud : [aud]).includes(audienceOf(organisation)))
        return { ok: false, reason: 'badToken' };
      const scopes = c.scope === undefined ? null : c.scope.split(' ');
      if (scopes !== null && !scopes.every((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s))) {
        return { ok: false, reason: 'badToken' };
      }
      if ((scopes === null) === (c.sid === undefined)) return { ok: false, reason: 'badToken' };
      const revoked = await storeOf(organisation).revocation(
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
        identity: {
          role: c.role,
          memberId: c.member,
          spaceIds: c.spaces,
          ...(c.adm ? { admin: true } : {}),
          ...(c.edt ? { editor: true } : {}),
        },
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
