import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateIdentity, sqlIdentityStore } from '../identity/identity.sql.js';
import { createMemoryIdentityStore, type IdentityStore } from '../identity/identity.store.js';
import { KEY_REFRESH_SECONDS, SESSION_MAX_SECONDS } from '../identity/limits.js';
import { MemoryStore } from '../memory/memory.store.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from '../postgres/pglite.driver.js';
import { base64url } from '../service/crypto.js';
import { space } from '../testing/fixtures.js';
import { createHandler } from './handler.js';
import { createTokenService, type TokenService } from './tokens.js';

const SECRET = 'token-test-secret-that-is-long-enough-00000';
const ISSUER = 'https://participe.departement.example';
const T0 = new Date('2026-03-02T09:00:00.000Z');
const PRO = { role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] } as const;
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

let pglite: PgliteDatabase;
beforeAll(async () => {
  pglite = await openPglite();
}, 60_000);
afterAll(async () => {
  await pglite?.close();
});

/** Each case on a fresh store: in memory, and PostgreSQL (PGlite) in its own schema. */
const STORES: Array<[string, () => Promise<IdentityStore>]> = [
  ['memory', async () => createMemoryIdentityStore()],
  [
    'PostgreSQL',
    async () => {
      const schema = `identity_${Math.random().toString(36).slice(2, 10)}`;
      await pglite.query(`CREATE SCHEMA ${schema}`);
      await pglite.query(`SET search_path TO ${schema}`);
      const driver = pgliteDriver(pglite);
      expect(await migrateIdentity(driver)).toEqual([1, 2, 3]);
      expect(await migrateIdentity(driver)).toEqual([]);
      return sqlIdentityStore(driver);
    },
  ],
];

describe.each(STORES)('tokens over the %s identity store', (_name, open) => {
  let store: IdentityStore;
  let clock: Date;
  let tokens: TokenService;
  const service = (over: { issuer?: string; audience?: string; secret?: string } = {}) =>
    createTokenService({
      store,
      secret: over.secret ?? SECRET,
      issuer: over.issuer ?? ISSUER,
      now: () => clock,
      ...(over.audience ? { audience: over.audience } : {}),
    });
  const apiToken = (svc = tokens, scopes = ['read'] as const, days = 30) =>
    svc.issueApiToken({
      identity: PRO,
      subject: 'sig_departement',
      scopes,
      expiresAt: new Date(clock.getTime() + days * 86_400_000),
      label: 'SIG',
    });
  const session = async (svc = tokens, sid = 'sess_1') => {
    await store.createSession({
      sid,
      accountId: 'acc_1',
      idToken: null,
      createdAt: clock.toISOString(),
      expiresAt: new Date(clock.getTime() + 10 * 3_600_000).toISOString(),
      endedAt: null,
    });
    return svc.issueSession({ identity: PRO, subject: 'acc_1', sid });
  };

  it('issues standard JWTs: kid, typ, iss, aud, exp, iat, jti; sessions last at most an hour', async () => {
    store = await open();
    clock = T0;
    tokens = service();
    const api = await apiToken();
    const [header, payload] = api.token.split('.').map((p, i) => (i < 2 ? decode(p) : p)) as Array<
      Record<string, unknown>
    >;
    expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt', kid: expect.stringMatching(/^k_/) });
    expect(payload).toMatchObject({
      iss: ISSUER,
      aud: `${ISSUER}/api`,
      sub: 'sig_departement',
      jti: api.jti,
      iat: T0.getTime() / 1000,
      exp: T0.getTime() / 1000 + 30 * 86_400,
      role: 'professional',
      spaces: ['groupe-rsa-nord'],
      member: 'pro_1',
      scope: 'read',
    });
    expect(await tokens.verify(api.token)).toMatchObject({ ok: true, identity: PRO, scopes: ['read'], sid: null });

    const s = await tokens.issueSession({ identity: PRO, subject: 'acc_1', sid: 'sess_x', ttlSeconds: 86_400 });
    expect(s.expiresAt.getTime() - T0.getTime()).toBe(SESSION_MAX_SECONDS * 1000);
    // No such session in the store: refused.
    expect(await tokens.verify(s.token)).toEqual({ ok: false, reason: 'tokenRevoked' });
    const ok = await session();
    expect(await tokens.verify(ok.token)).toMatchObject({ ok: true, sid: 'sess_1', scopes: null, subject: 'acc_1' });
    expect(await tokens.verify(ok.token, minutes(61))).toEqual({ ok: false, reason: 'tokenExpired' });
    expect((await store.listTokens()).map((t) => [t.jti, t.label, t.scopes])).toEqual([[api.jti, 'SIG', ['read']]]);
  });

  it('binds a token to one organisation: its claim and audience; refused at another organisation', async () => {
    store = await open();
    clock = T0;
    tokens = service();
    const cd93 = { id: 'o_cd93', slug: 'cd93' };
    const lyon = { id: 'o_lyon', slug: 'lyon' };
    const api = await tokens.issueApiToken({
      identity: PRO,
      subject: 'sig_cd93',
      scopes: ['read'],
      expiresAt: minutes(60),
      organisation: cd93,
    });
    expect(decode(api.token.split('.')[1]!)).toMatchObject({ org: 'o_cd93', aud: `${ISSUER}/o/cd93/api` });
    expect(tokens.audienceOf(cd93)).toBe(`${ISSUER}/o/cd93/api`);
    expect(await tokens.verify(api.token, T0, cd93)).toMatchObject({ ok: true, identity: PRO });
    expect(await tokens.verify(api.token, T0, lyon)).toEqual({ ok: false, reason: 'otherOrganisation' });
    expect(await tokens.verify(api.token, T0)).toEqual({ ok: false, reason: 'otherOrganisation' });
    // `default`'s tokens (no claim, the API's audience) are refused at any other organisation.
    const plain = await apiToken();
    expect(decode(plain.token.split('.')[1]!)).not.toHaveProperty('org');
    expect(await tokens.verify(plain.token, T0, cd93)).toEqual({ ok: false, reason: 'otherOrganisation' });
    // A session too: kept in the council's own part of the identity store.
    await store.forOrganisation('o_lyon').createSession({
      sid: 'sess_org',
      accountId: 'acc_1',
      idToken: null,
      createdAt: T0.toISOString(),
      expiresAt: minutes(600).toISOString(),
      endedAt: null,
    });
    const s = await tokens.issueSession({ identity: PRO, subject: 'acc_1', sid: 'sess_org', organisation: lyon });
    expect(await tokens.verify(s.token, T0, lyon)).toMatchObject({ ok: true, sid: 'sess_org' });
    expect(await tokens.verify(s.token, T0, cd93)).toEqual({ ok: false, reason: 'otherOrganisation' });
    // Revocation is per council: the council's token is listed and revoked there only.
    expect((await store.forOrganisation('o_cd93').listTokens()).map((t) => t.jti)).toEqual([api.jti]);
    expect((await store.listTokens()).map((t) => t.jti)).toEqual([plain.jti]);
    expect(await tokens.revoke(api.jti)).toBe(false);
    expect(await tokens.revoke(api.jti, cd93)).toBe(true);
    expect(await tokens.verify(api.token, T0, cd93)).toEqual({ ok: false, reason: 'tokenRevoked' });
    await tokens.revokeSubject('acc_1');
    expect(await tokens.verify(s.token, T0, lyon)).toMatchObject({ ok: true });
    // The claim without the organisation's audience (a slug renamed since, say) is no token of it.
    expect(await tokens.verify(api.token, T0, { id: 'o_cd93', slug: 'seine-saint-denis' })).toEqual({
      ok: false,
      reason: 'badToken',
    });
  });

  it('refuses forged, tampered, wrong-issuer, wrong-audience and unsigned tokens', async () => {
    store = await open();
    clock = T0;
    tokens = service();
    const good = (await apiToken()).token;
    const [h, p, sig] = good.split('.') as [string, string, string];

    // Same keys (same store and secret), another issuer or audience.
    const otherIssuer = (await apiToken(service({ issuer: 'https://autre.example' }))).token;
    const otherAudience = (await apiToken(service({ audience: 'https://autre.example/api' }))).token;
    // Another server's keys.
    const saved = store;
    store = createMemoryIdentityStore();
    const forged = (await apiToken(service())).token;
    store = saved;
    const tampered = `${h}.${base64url(new TextEncoder().encode(JSON.stringify({ ...decode(p), role: 'facilitator' })))}.${sig}`;
    const unsigned = `${base64url(new TextEncoder().encode(JSON.stringify({ alg: 'none', typ: 'at+jwt', kid: decode(h)['kid'] })))}.${p}.`;
    const flipped = `${h}.${p}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'AB' : 'AA'}`;

    for (const bad of [
      otherIssuer,
      otherAudience,
      forged,
      tampered,
      unsigned,
      flipped,
      'pt1.e30.AAAA',
      'x'.repeat(5000),
    ]) {
      expect(await tokens.verify(bad)).toEqual({ ok: false, reason: 'badToken' });
    }
    expect(await tokens.verify(good)).toMatchObject({ ok: true });
  });

  it('keeps each council apart: accounts, sessions and one-time records (keys are shared)', async () => {
    store = await open();
    clock = T0;
    const a = store.forOrganisation('o_cd93');
    const b = store.forOrganisation('o_lyon');
    const account = {
      id: 'acc_x',
      email: 'Camille@cd93.example',
      displayName: null,
      role: 'professional' as const,
      spaceIds: ['s1'],
      memberId: 'acc_x',
      status: 'invited' as const,
      via: 'invitation' as const,
      providerSubject: null,
      createdAt: T0.toISOString(),
      activatedAt: null,
      removedAt: null,
    };
    await a.putAccount(account);
    // The same e-mail and id may be invited in another council: a different account.
    await b.putAccount({ ...account, role: 'facilitator' });
    expect(await a.findAccount({ email: 'camille@cd93.example' })).toMatchObject({ role: 'professional' });
    expect(await b.findAccount({ id: 'acc_x' })).toMatchObject({ role: 'facilitator' });
    expect(await store.findAccount({ email: 'camille@cd93.example' })).toBeNull();
    expect(await store.listAccounts()).toEqual([]);
    await a.createSession({
      sid: 'sess_a',
      accountId: 'acc_x',
      idToken: null,
      createdAt: T0.toISOString(),
      expiresAt: minutes(60).toISOString(),
      endedAt: null,
    });
    expect(await b.getSession('sess_a')).toBeNull();
    await b.endSessions({ accountId: 'acc_x' }, T0.toISOString());
    expect(await a.getSession('sess_a')).toMatchObject({ endedAt: null });
    await a.putOnce('signIn', 'state_1', { x: 1 }, minutes(5).toISOString(), T0.toISOString());
    expect(await b.takeOnce('signIn', 'state_1', T0.toISOString())).toBeNull();
    expect(await a.takeOnce('signIn', 'state_1', T0.toISOString())).toEqual({ x: 1 });
    // Each council's own keys: a council's token is signed with its key, and only its tokens count for it.
    await service().issueApiToken({
      identity: PRO,
      subject: 'k',
      scopes: ['read'],
      expiresAt: minutes(60),
      organisation: { id: 'o_cd93', slug: 'cd93' },
    });
    expect(await a.listKeys()).toHaveLength(1);
    expect(await store.listKeys()).toEqual([]);
    const kid = (await a.listKeys())[0]!.kid;
    expect(await a.lastTokenExpiry(kid)).toBe(minutes(60).toISOString());
    expect(await b.lastTokenExpiry(kid)).toBeNull();
  });

  it('revokes one token, every token of a subject, and a session', async () => {
    store = await open();
    clock = T0;
    tokens = service();
    const a = await apiToken();
    const b = await apiToken();
    expect(await tokens.revoke(a.jti)).toBe(true);
    expect(await tokens.revoke('t_nosuchtoken')).toBe(false);
    expect(await tokens.verify(a.token)).toEqual({ ok: false, reason: 'tokenRevoked' });
    expect(await tokens.verify(b.token)).toMatchObject({ ok: true });

    clock = minutes(1);
    await tokens.revokeSubject('sig_departement');
    expect(await tokens.verify(b.token)).toEqual({ ok: false, reason: 'tokenRevoked' });
    clock = minutes(2);
    const after = await apiToken();
    expect(await tokens.verify(after.token)).toMatchObject({ ok: true });

    const s = await session();
    expect(await tokens.verify(s.token)).toMatchObject({ ok: true });
    await store.endSessions({ sid: 'sess_1' }, clock.toISOString());
    expect(await tokens.verify(s.token)).toEqual({ ok: false, reason: 'tokenRevoked' });
  });

  it('rotates keys: earlier tokens verify until they expire, new ones use the new key', async () => {
    store = await open();
    clock = T0;
    tokens = service();
    const s = await session();
    const api = await apiToken(tokens, ['read'], 2);
    const oldKid = decode(api.token.split('.')[0]!)['kid'];

    clock = minutes(10);
    // Another process (the CLI) rotates; this server sees it at its next read of the keys.
    const rotated = await service().rotateKeys();
    expect(rotated.retired).toEqual([
      { kid: oldKid, verifyUntil: new Date(T0.getTime() + 2 * 86_400_000).toISOString() },
    ]);
    expect(await tokens.verify(s.token)).toMatchObject({ ok: true });
    expect(await tokens.verify(api.token)).toMatchObject({ ok: true });

    const fresh = service();
    const next = await session(fresh, 'sess_2');
    expect(decode(next.token.split('.')[0]!)['kid']).toBe(rotated.kid);
    expect(await tokens.verify(next.token)).toMatchObject({ ok: true });

    // The old key verifies until its last token expires, then nothing it signed is accepted.
    expect(await fresh.verify(api.token, minutes(2 * 24 * 60 - 1))).toMatchObject({ ok: true });
    expect(await fresh.verify(api.token, minutes(2 * 24 * 60 + 1))).toEqual({ ok: false, reason: 'badToken' });

    // A rotation with no API token left: the old key still covers an hour of sessions (and a refresh).
    clock = minutes(20);
    const again = await service().rotateKeys();
    expect(again.retired).toEqual([
      {
        kid: rotated.kid,
        verifyUntil: new Date(clock.getTime() + (SESSION_MAX_SECONDS + KEY_REFRESH_SECONDS) * 1000).toISOString(),
      },
    ]);
  });

  it('keeps private keys sealed: another secret cannot sign, but earlier tokens still verify', async () => {
    store = await open();
    clock = T0;
    tokens = service();
    const api = await apiToken();
    for (const key of await store.listKeys()) {
      expect(key.sealed.split('.')).toHaveLength(5);
      expect(key.sealed).not.toContain(key.publicJwk['x']);
    }
    const otherSecret = service({ secret: 'another-secret-that-is-long-enough-000000' });
    await expect(apiToken(otherSecret)).rejects.toThrow(/sealed with another PARTICIPE_TOKEN_SECRET.*keys rotate/);
    expect(await otherSecret.verify(api.token)).toMatchObject({ ok: true });
    await otherSecret.rotateKeys();
    expect(await otherSecret.verify((await apiToken(otherSecret)).token)).toMatchObject({ ok: true });
  });
});

describe('bearer tokens through the API', () => {
  const NOW = T0;
  const store = createMemoryIdentityStore();
  const tokens = createTokenService({ store, secret: SECRET, issuer: ISSUER, now: () => NOW });
  const data = new MemoryStore();
  const handle = createHandler({ store: data, tokens, now: () => NOW, rateLimit: false });
  const call = (token: string, path = '/api/spaces/groupe-rsa-nord/members', init: RequestInit = {}) =>
    handle(
      new Request(`${ISSUER}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } }),
    );

  it('answers 401 with a JSON error for an expired, forged or revoked token, 403 outside its scopes', async () => {
    await data.putSpace(space());
    const issue = (scopes: Array<'read' | 'answer' | 'admin'>, expiresAt = new Date(NOW.getTime() + 3_600_000)) =>
      tokens.issueApiToken({ identity: PRO, subject: 'sig', scopes, expiresAt });
    const reader = await issue(['read']);
    expect((await call(reader.token)).status).toBe(200);

    const expired = createTokenService({
      store,
      secret: SECRET,
      issuer: ISSUER,
      now: () => new Date(NOW.getTime() - 7_200_000),
    });
    const old = await expired.issueApiToken({
      identity: PRO,
      subject: 'sig',
      scopes: ['read'],
      expiresAt: new Date(NOW.getTime() - 60_000),
    });
    const revoked = await issue(['admin']);
    await tokens.revoke(revoked.jti);
    const wrongIssuer = await createTokenService({
      store,
      secret: SECRET,
      issuer: 'https://autre.example',
      now: () => NOW,
    }).issueApiToken({ identity: PRO, subject: 'sig', scopes: ['read'], expiresAt: new Date(NOW.getTime() + 60_000) });

    const later = new Date(NOW.getTime() + 60_000);
    const wrongAudience = await createTokenService({
      store,
      secret: SECRET,
      issuer: ISSUER,
      audience: 'https://autre.example/api',
      now: () => NOW,
    }).issueApiToken({ identity: PRO, subject: 'sig', scopes: ['read'], expiresAt: later });
    // Another server's keys, the same claims.
    const forged = await createTokenService({
      store: createMemoryIdentityStore(),
      secret: SECRET,
      issuer: ISSUER,
      now: () => NOW,
    }).issueApiToken({ identity: PRO, subject: 'sig', scopes: ['admin'], expiresAt: later });
    const [h, p, sig] = reader.token.split('.') as [string, string, string];
    const widened = base64url(new TextEncoder().encode(JSON.stringify({ ...decode(p), scope: 'admin' })));

    for (const [token, code] of [
      [old.token, 'tokenExpired'],
      [revoked.token, 'badToken'],
      [wrongIssuer.token, 'badToken'],
      [wrongAudience.token, 'badToken'],
      [forged.token, 'badToken'],
      [`${h}.${widened}.${sig}`, 'badToken'],
      [`${reader.token.slice(0, -4)}AAAA`, 'badToken'],
    ] as const) {
      const res = await call(token);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code });
    }

    const write = (token: string) =>
      call(token, '/api/spaces/groupe-rsa-nord/settings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answerTemplates: [] }),
      });
    const refused = await write(reader.token);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'roleForbidden',
      message: expect.stringContaining('read'),
    });
    expect((await write((await issue(['answer'])).token)).status).not.toBe(403);
  });
});
