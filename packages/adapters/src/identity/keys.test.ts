// Each council owns its signing keys: its tokens are signed with its current key and checked
// against its keys only. Run on the memory identity store and on PostgreSQL (PGlite, and the
// server at DATABASE_URL when it is set), plus the migration that gave the server-wide keys
// to the councils whose tokens they had signed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDriver } from '../postgres/driver.js';
import { pgDriver } from '../postgres/pg.driver.js';
import { DATABASE_URL } from '../postgres/pg.testing.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from '../postgres/pglite.driver.js';
import { createTokenService, type TokenOrganisation } from '../server/tokens.js';
import { IDENTITY_MIGRATION_VERSIONS, migrateIdentity, sqlIdentityStore } from './identity.sql.js';
import { createMemoryIdentityStore, type IdentityStore } from './identity.store.js';
import { createCouncilKeyRings, loadJose } from './keys.js';
import { KEY_REFRESH_SECONDS, SESSION_MAX_SECONDS } from './limits.js';

const SECRET = 'keys-test-secret-that-is-long-enough-000000';
const ISSUER = 'https://participe.example';
const PRO = { role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] } as const;
const A: TokenOrganisation = { id: 'o_a', slug: 'lyon' };
const B: TokenOrganisation = { id: 'o_b', slug: 'cd93' };
const DAY = 86_400_000;

const kidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { kid: string }).kid;

/** A token as the server makes them for `claims.org`, but signed with whichever key is given. */
async function forge(signer: { kid: string; key: unknown }, claimsOrg: TokenOrganisation, at: Date) {
  const { SignJWT } = await loadJose();
  const iat = Math.floor(at.getTime() / 1000);
  return new SignJWT({
    role: 'professional',
    spaces: ['groupe-rsa-nord'],
    member: 'pro_1',
    scope: 'read',
    org: claimsOrg.id,
  })
    .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: signer.kid })
    .setIssuer(ISSUER)
    .setAudience(`${ISSUER}/o/${claimsOrg.slug}/api`)
    .setSubject('sig')
    .setJti(`t_forged_${iat}`)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(signer.key as CryptoKey);
}

let pglite: PgliteDatabase;
let admin: pg.Client | null = null;
const schemas: string[] = [];
const drivers: SqlDriver[] = [];
beforeAll(async () => {
  pglite = await openPglite();
  if (DATABASE_URL) {
    admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
  }
}, 60_000);
afterAll(async () => {
  for (const d of drivers) await d.close();
  for (const s of schemas) await admin?.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await admin?.end();
  await pglite?.close();
});

/** A fresh schema, migrated up to `upTo` (every migration by default). */
async function freshSql(kind: 'pglite' | 'pg', upTo?: number): Promise<SqlDriver> {
  const schema = `keys_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  let driver: SqlDriver;
  if (kind === 'pglite') {
    await pglite.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    driver = pgliteDriver(pglite);
  } else {
    await admin!.query(`CREATE SCHEMA ${schema}`);
    schemas.push(schema);
    driver = pgDriver({ connectionString: DATABASE_URL!, schema, max: 2 });
    drivers.push(driver);
  }
  await migrateIdentity(driver, upTo);
  return driver;
}

const STORES: Array<[string, () => Promise<IdentityStore>]> = [
  ['memory', async () => createMemoryIdentityStore()],
  ['PGlite', async () => sqlIdentityStore(await freshSql('pglite'))],
  ...(DATABASE_URL
    ? [['PostgreSQL', async () => sqlIdentityStore(await freshSql('pg'))] as [string, () => Promise<IdentityStore>]]
    : []),
];

describe.each(STORES)('signing keys per council, %s identity store', (_name, open) => {
  const T0 = new Date('2026-03-02T09:00:00.000Z');
  let clock = T0;
  const service = (store: IdentityStore) =>
    createTokenService({ store, secret: SECRET, issuer: ISSUER, now: () => clock });
  const issue = (svc: ReturnType<typeof service>, organisation: TokenOrganisation, days = 30) =>
    svc.issueApiToken({
      identity: PRO,
      subject: 'sig',
      scopes: ['read'],
      expiresAt: new Date(clock.getTime() + days * DAY),
      organisation,
    });

  it('signs each council’s tokens with its own key, and refuses a token signed with another council’s', async () => {
    const store = await open();
    clock = T0;
    const tokens = service(store);
    const a = await issue(tokens, A);
    const b = await issue(tokens, B);
    const [keysA, keysB] = [await store.forOrganisation(A.id).listKeys(), await store.forOrganisation(B.id).listKeys()];
    expect(keysA.map((k) => k.kid)).toEqual([kidOf(a.token)]);
    expect(keysB.map((k) => k.kid)).toEqual([kidOf(b.token)]);
    expect(kidOf(a.token)).not.toBe(kidOf(b.token));
    // Nothing signed for `default` yet: it has no key.
    expect(await store.listKeys()).toEqual([]);

    const rings = createCouncilKeyRings({ store, secret: SECRET, now: () => clock });
    // Control: A's own key makes a token A accepts (the forgery below fails for its key alone).
    const genuine = await forge(await rings.of(A.id).signing(), A, clock);
    expect(await tokens.verify(genuine, clock, A)).toMatchObject({ ok: true });
    // B's key, a token claiming A: A's keys do not know it, whatever the server it is shown to.
    const forged = await forge(await rings.of(B.id).signing(), A, clock);
    expect(await tokens.verify(forged, clock, A)).toEqual({ ok: false, reason: 'badToken' });
    expect(await tokens.verify(forged, clock, B)).toEqual({ ok: false, reason: 'badToken' });
    expect(await tokens.verify(forged, clock)).toEqual({ ok: false, reason: 'badToken' });
    // An authentic token of A shown at B's address is still said to be another council's.
    expect(await tokens.verify(a.token, clock, B)).toEqual({ ok: false, reason: 'otherOrganisation' });
    expect(await tokens.verify(b.token, clock, B)).toMatchObject({ ok: true });
    // A council is named before its signature is checked: a made-up one is refused, not an error.
    const unknown = await forge(await rings.of(B.id).signing(), { id: 'o_nowhere', slug: 'nowhere' }, clock);
    expect(await tokens.verify(unknown, clock, B)).toEqual({ ok: false, reason: 'badToken' });
  });

  it('rotates one council’s keys: the others keep theirs; retirement and expiry as before', async () => {
    const store = await open();
    clock = T0;
    const tokens = service(store);
    const a = await issue(tokens, A, 2);
    const b = await issue(tokens, B, 5);
    const rotated = await service(store).rotateKeys(A);
    // Only A's tokens count for A's key: B's longer one does not keep it alive.
    expect(rotated.retired).toEqual([
      { kid: kidOf(a.token), verifyUntil: new Date(T0.getTime() + 2 * DAY).toISOString() },
    ]);
    expect((await store.forOrganisation(B.id).listKeys()).map((k) => [k.kid, k.retiredAt])).toEqual([
      [kidOf(b.token), null],
    ]);
    expect(await store.forOrganisation(B.id).lastTokenExpiry(kidOf(a.token))).toBeNull();

    // Another process (a fresh ring) signs A's tokens with A's new key; B's with B's same key.
    clock = new Date(T0.getTime() + 60_000);
    const fresh = service(store);
    const a2 = await issue(fresh, A);
    expect(kidOf(a2.token)).toBe(rotated.kid);
    expect(kidOf((await issue(fresh, B)).token)).toBe(kidOf(b.token));
    expect(await tokens.verify(a.token, clock, A)).toMatchObject({ ok: true });
    expect(await fresh.verify(a.token, new Date(T0.getTime() + 2 * DAY + 60_000), A)).toEqual({
      ok: false,
      reason: 'badToken',
    });
    expect(await tokens.verify(b.token, new Date(T0.getTime() + 2 * DAY + 60_000), B)).toMatchObject({ ok: true });

    expect((await service(store).rotateKeys(A)).retired).toEqual([
      { kid: rotated.kid, verifyUntil: a2.expiresAt.toISOString() },
    ]);
    // `default` is a council like the others; with no API token, a retired key covers a
    // session and a refresh.
    const first = await service(store).rotateKeys();
    expect(first.retired).toEqual([]);
    expect((await service(store).rotateKeys()).retired).toEqual([
      {
        kid: first.kid,
        verifyUntil: new Date(clock.getTime() + (SESSION_MAX_SECONDS + KEY_REFRESH_SECONDS) * 1000).toISOString(),
      },
    ]);
    expect((await store.forOrganisation(B.id).listKeys()).map((k) => k.kid)).toEqual([kidOf(b.token)]);
  });
});

describe.each([['PGlite', 'pglite'], ...(DATABASE_URL ? [['PostgreSQL', 'pg']] : [])] as Array<
  [string, 'pglite' | 'pg']
>)('identity migration 3 (keys per council), %s', (_name, kind) => {
  it('gives the server-wide keys to the councils they signed for: nobody is signed out', async () => {
    expect(IDENTITY_MIGRATION_VERSIONS.at(-1)).toBe(3);
    const driver = await freshSql(kind, 2);
    // Real time: the migration reads the database's clock.
    const now = new Date();
    const server = sqlIdentityStore(driver);
    // The server's one key, as made before (kept under `default`).
    const rings = createCouncilKeyRings({ store: server, secret: SECRET, now: () => now });
    const shared = await rings.of('default').signing();
    const issued = await forge(shared, A, now);
    const apiExpiry = new Date(now.getTime() + 10 * DAY);
    await server.forOrganisation(A.id).recordToken({
      jti: 't_lyon',
      subject: 'sig',
      kid: shared.kid,
      label: null,
      role: 'professional',
      spaceIds: ['groupe-rsa-nord'],
      memberId: 'pro_1',
      scopes: ['read'],
      issuedAt: now.toISOString(),
      expiresAt: apiExpiry.toISOString(),
      revokedAt: null,
    });
    await server.forOrganisation(B.id).createSession({
      sid: 'sess_b',
      accountId: 'acc_b',
      idToken: null,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
      endedAt: null,
    });

    expect(await migrateIdentity(driver)).toEqual([3]);

    const [copyA] = await server.forOrganisation(A.id).listKeys();
    expect(copyA).toMatchObject({
      kid: shared.kid,
      retiredAt: expect.any(String),
      verifyUntil: apiExpiry.toISOString(),
    });
    const [copyB] = await server.forOrganisation(B.id).listKeys();
    expect(copyB?.kid).toBe(shared.kid);
    const sessionCover = (SESSION_MAX_SECONDS + KEY_REFRESH_SECONDS) * 1000;
    expect(Date.parse(copyB!.verifyUntil!)).toBeGreaterThanOrEqual(now.getTime() + sessionCover - 60_000);
    expect(await server.forOrganisation('o_silent').listKeys()).toEqual([]);
    // `default` keeps signing with it.
    expect(await server.listKeys()).toMatchObject([{ kid: shared.kid, retiredAt: null }]);

    const tokens = createTokenService({ store: server, secret: SECRET, issuer: ISSUER, now: () => now });
    expect(await tokens.verify(issued, now, A)).toMatchObject({ ok: true });
    // A's next token is signed with a key of its own.
    const next = await tokens.issueSession({ identity: PRO, subject: 'acc_a', sid: 'sess_a', organisation: A });
    expect(kidOf(next.token)).not.toBe(shared.kid);
    // A key is written with its council: the column has no default left to hide a mistake.
    await expect(
      driver.query(
        `INSERT INTO identity_keys (kid, alg, public_jwk, sealed, created_at) VALUES ('k_x', 'ES256', '{}', 'x', now())`,
      ),
    ).rejects.toThrow();
  }, 60_000);
});
