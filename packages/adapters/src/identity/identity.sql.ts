// The identity store in PostgreSQL (PGlite or a server), in tables of its own with their
// own migration record (`participe_identity_migrations`), so identity evolves without
// touching the participation schema. Same behaviour as the memory store.
import type { SqlDriver, SqlExecutor } from '../postgres/driver.js';
import { pgErrorOf, UNIQUE_VIOLATION } from '../postgres/driver.js';
import type { IdentityStore } from './identity.store.js';
import type { ApiTokenRecord, SigningKeyRecord, StaffAccount, StaffSession } from './identity.types.js';
import { KEY_REFRESH_SECONDS, SESSION_MAX_SECONDS } from './limits.js';

interface IdentityMigration {
  version: number;
  name: string;
  statements: readonly string[];
}

// Never edit one that has shipped; add the next.
const IDENTITY_MIGRATIONS: readonly IdentityMigration[] = [
  {
    version: 1,
    name: 'keys, tokens, accounts, sessions',
    statements: [
      `CREATE TABLE identity_keys (
        kid text PRIMARY KEY,
        alg text NOT NULL,
        public_jwk jsonb NOT NULL,
        sealed text NOT NULL,
        created_at timestamptz NOT NULL,
        retired_at timestamptz,
        verify_until timestamptz
      )`,
      `CREATE TABLE identity_tokens (
        jti text PRIMARY KEY,
        subject text NOT NULL,
        kid text NOT NULL,
        doc jsonb NOT NULL,
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`,
      'CREATE INDEX identity_tokens_kid ON identity_tokens (kid, expires_at)',
      `CREATE TABLE identity_subject_revocations (
        subject text PRIMARY KEY,
        revoked_before timestamptz NOT NULL
      )`,
      `CREATE TABLE identity_accounts (
        id text PRIMARY KEY,
        email text NOT NULL,
        provider_subject text UNIQUE,
        doc jsonb NOT NULL
      )`,
      'CREATE UNIQUE INDEX identity_accounts_email ON identity_accounts (lower(email))',
      `CREATE TABLE identity_sessions (
        sid text PRIMARY KEY,
        account_id text NOT NULL,
        id_token text,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      )`,
      'CREATE INDEX identity_sessions_account ON identity_sessions (account_id)',
      `CREATE TABLE identity_once (
        kind text NOT NULL,
        id text NOT NULL,
        doc jsonb NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (kind, id)
      )`,
    ],
  },
  {
    // Councils as tenants (see the main schema's migration 4): every key starts with the
    // organisation, so these tables distribute by organisation too. Existing rows are `default`'s.
    version: 2,
    name: 'tenants',
    statements: [
      ...(
        [
          ['identity_keys', 'kid'],
          ['identity_tokens', 'jti'],
          ['identity_subject_revocations', 'subject'],
          ['identity_accounts', 'id'],
          ['identity_sessions', 'sid'],
          ['identity_once', 'kind, id'],
        ] as const
      ).flatMap(([table, key]) => [
        `ALTER TABLE ${table} ADD COLUMN organisation_id text COLLATE "C" NOT NULL DEFAULT 'default'`,
        `ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey`,
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_pkey PRIMARY KEY (organisation_id, ${key})`,
      ]),
      'ALTER TABLE identity_accounts DROP CONSTRAINT identity_accounts_provider_subject_key',
      `ALTER TABLE identity_accounts ADD CONSTRAINT identity_accounts_provider_subject_key
        UNIQUE (organisation_id, provider_subject)`,
      'DROP INDEX identity_accounts_email',
      'CREATE UNIQUE INDEX identity_accounts_email ON identity_accounts (organisation_id, lower(email))',
      'DROP INDEX identity_tokens_kid',
      'CREATE INDEX identity_tokens_kid ON identity_tokens (organisation_id, kid, expires_at)',
      'DROP INDEX identity_sessions_account',
      'CREATE INDEX identity_sessions_account ON identity_sessions (organisation_id, account_id)',
    ],
  },
  {
    // Each council owns its signing keys (they were the server's, kept under `default`). A
    // council whose tokens or sessions the shared keys signed gets a retired copy of them, so
    // that nobody is signed out: each verifies as long as the shared key would have for that
    // council (its last API token, or a session and a key refresh from now). The council's
    // first token after this makes its own key.
    version: 3,
    name: 'signing keys per organisation',
    statements: [
      `INSERT INTO identity_keys
         (organisation_id, kid, alg, public_jwk, sealed, created_at, retired_at, verify_until)
       SELECT o.organisation_id, k.kid, k.alg, k.public_jwk, k.sealed, k.created_at,
         coalesce(k.retired_at, now()),
         coalesce(k.verify_until, greatest(
           now() + interval '${SESSION_MAX_SECONDS + KEY_REFRESH_SECONDS} seconds',
           (SELECT max(t.expires_at) FROM identity_tokens t
             WHERE t.organisation_id = o.organisation_id AND t.kid = k.kid)))
       FROM identity_keys k
       CROSS JOIN (SELECT organisation_id FROM identity_tokens
                   UNION SELECT organisation_id FROM identity_sessions) o
       WHERE k.organisation_id = 'default' AND o.organisation_id <> 'default'
         AND (k.verify_until IS NULL OR k.verify_until > now())`,
      // Every key is written with its council from now on.
      'ALTER TABLE identity_keys ALTER COLUMN organisation_id DROP DEFAULT',
    ],
  },
];

const IDENTITY_LOCK = 7_243_110_532;

/** Every identity migration, in order (tests migrate up to a version with a prefix of it). */
export const IDENTITY_MIGRATION_VERSIONS: readonly number[] = IDENTITY_MIGRATIONS.map((m) => m.version);

/**
 * Brings the identity tables up to date (under an advisory lock, like the main migrations),
 * or up to `upTo` (a test of what a migration does to the data before it).
 */
export async function migrateIdentity(driver: SqlDriver, upTo?: number): Promise<number[]> {
  const applied: number[] = [];
  const known = Math.max(...IDENTITY_MIGRATION_VERSIONS);
  for (const migration of IDENTITY_MIGRATIONS) {
    if (upTo !== undefined && migration.version > upTo) break;
    await driver.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [IDENTITY_LOCK]);
      await tx.query(`CREATE TABLE IF NOT EXISTS participe_identity_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const [latest] = await tx.query<{ v: number }>(
        'SELECT coalesce(max(version), 0)::int AS v FROM participe_identity_migrations',
      );
      if ((latest?.v ?? 0) > known) {
        throw new Error(
          `The identity tables are at version ${latest?.v}; this code knows up to ${known}. Upgrade Participe.`,
        );
      }
      if (
        (await tx.query('SELECT 1 FROM participe_identity_migrations WHERE version = $1', [migration.version])).length
      )
        return;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO participe_identity_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    });
  }
  return applied;
}

const iso = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());
const json = (v: unknown) => JSON.stringify(v);

interface KeyRow {
  kid: string;
  alg: 'ES256';
  public_jwk: Record<string, string>;
  sealed: string;
  created_at: unknown;
  retired_at: unknown;
  verify_until: unknown;
}
const keyOf = (r: KeyRow): SigningKeyRecord => ({
  kid: r.kid,
  alg: r.alg,
  publicJwk: r.public_jwk,
  sealed: r.sealed,
  createdAt: iso(r.created_at)!,
  retiredAt: iso(r.retired_at),
  verifyUntil: iso(r.verify_until),
});

interface SessionRow {
  sid: string;
  account_id: string;
  id_token: string | null;
  created_at: unknown;
  expires_at: unknown;
  ended_at: unknown;
}
const sessionOf = (r: SessionRow): StaffSession => ({
  sid: r.sid,
  accountId: r.account_id,
  idToken: r.id_token,
  createdAt: iso(r.created_at)!,
  expiresAt: iso(r.expires_at)!,
  endedAt: iso(r.ended_at),
});

const tokenOf = (r: { doc: ApiTokenRecord; revoked_at: unknown }): ApiTokenRecord => ({
  ...r.doc,
  revokedAt: iso(r.revoked_at),
});

/**
 * The identity store on an open driver; run `migrateIdentity` first. It is `default`'s;
 * `forOrganisation` gives a council's (its keys included), on the same driver.
 */
export function sqlIdentityStore(db: SqlDriver, organisation = 'default'): IdentityStore {
  const org = organisation;
  const insertKey = (tx: SqlExecutor, key: SigningKeyRecord) =>
    tx.query(
      `INSERT INTO identity_keys (organisation_id, kid, alg, public_jwk, sealed, created_at, retired_at, verify_until)
       VALUES ($8, $1, $2, $3::text::jsonb, $4, $5, $6, $7)`,
      [key.kid, key.alg, json(key.publicJwk), key.sealed, key.createdAt, key.retiredAt, key.verifyUntil, org],
    );
  return {
    forOrganisation: (other) => sqlIdentityStore(db, other),
    async listKeys() {
      return (
        await db.query<KeyRow>('SELECT * FROM identity_keys WHERE organisation_id = $1 ORDER BY created_at, kid', [org])
      ).map(keyOf);
    },
    async rotateKeys(key, retire) {
      await db.transaction(async (tx) => {
        const active = await tx.query<{ kid: string }>(
          'SELECT kid FROM identity_keys WHERE organisation_id = $1 AND retired_at IS NULL FOR UPDATE',
          [org],
        );
        for (const { kid } of active) {
          await tx.query(
            'UPDATE identity_keys SET retired_at = $2, verify_until = $3 WHERE organisation_id = $4 AND kid = $1',
            [kid, retire.at, retire.verifyUntil(kid), org],
          );
        }
        await insertKey(tx, key);
      });
    },
    async lastTokenExpiry(kid) {
      const [row] = await db.query<{ e: unknown }>(
        'SELECT max(expires_at) AS e FROM identity_tokens WHERE organisation_id = $1 AND kid = $2',
        [org, kid],
      );
      return iso(row?.e);
    },
    async recordToken(token) {
      await db.query(
        `INSERT INTO identity_tokens (organisation_id, jti, subject, kid, doc, issued_at, expires_at, revoked_at)
         VALUES ($8, $1, $2, $3, $4::text::jsonb, $5, $6, $7)`,
        [token.jti, token.subject, token.kid, json(token), token.issuedAt, token.expiresAt, token.revokedAt, org],
      );
    },
    async listTokens() {
      return (
        await db.query<{ doc: ApiTokenRecord; revoked_at: unknown }>(
          'SELECT doc, revoked_at FROM identity_tokens WHERE organisation_id = $1 ORDER BY issued_at, jti',
          [org],
        )
      ).map(tokenOf);
    },
    async revokeToken(jti, at) {
      const rows = await db.query(
        `UPDATE identity_tokens SET revoked_at = coalesce(revoked_at, $2)
         WHERE organisation_id = $3 AND jti = $1 RETURNING jti`,
        [jti, at, org],
      );
      return rows.length > 0;
    },
    async revokeSubject(subject, at) {
      await db.query(
        `INSERT INTO identity_subject_revocations (organisation_id, subject, revoked_before) VALUES ($3, $1, $2)
         ON CONFLICT (organisation_id, subject) DO UPDATE SET revoked_before = greatest(identity_subject_revocations.revoked_before, $2)`,
        [subject, at, org],
      );
    },
    async revocation({ jti, subject, sid }, at) {
      const [row] = await db.query<{ token: boolean; before: unknown; ended: boolean }>(
        `SELECT
           EXISTS (SELECT 1 FROM identity_tokens
                   WHERE organisation_id = $5 AND jti = $1 AND revoked_at IS NOT NULL) AS token,
           (SELECT revoked_before FROM identity_subject_revocations
            WHERE organisation_id = $5 AND subject = $2) AS before,
           ($3::text IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM identity_sessions
             WHERE organisation_id = $5 AND sid = $3 AND ended_at IS NULL AND expires_at > $4
           )) AS ended`,
        [jti, subject, sid, at, org],
        { prepareAs: 'participe_identity_revocation_v2' },
      );
      return { tokenRevoked: row?.token ?? false, subjectRevokedBefore: iso(row?.before), sessionEnded: !!row?.ended };
    },
    async putAccount(account) {
      const doc = { ...account, email: account.email.toLowerCase() };
      try {
        await db.query(
          `INSERT INTO identity_accounts (organisation_id, id, email, provider_subject, doc)
           VALUES ($5, $1, $2, $3, $4::text::jsonb)
           ON CONFLICT (organisation_id, id) DO UPDATE SET email = $2, provider_subject = $3, doc = $4::text::jsonb`,
          [doc.id, doc.email, doc.providerSubject, json(doc), org],
        );
      } catch (error) {
        if (pgErrorOf(error)?.code === UNIQUE_VIOLATION)
          throw new Error(`An account already has the e-mail ${doc.email}`);
        throw error;
      }
    },
    async findAccount(by) {
      const [column, value] =
        'id' in by
          ? ['id', by.id]
          : 'email' in by
            ? ['lower(email)', by.email.toLowerCase()]
            : ['provider_subject', by.providerSubject];
      const [row] = await db.query<{ doc: StaffAccount }>(
        `SELECT doc FROM identity_accounts WHERE organisation_id = $2 AND ${column} = $1`,
        [value, org],
      );
      return row?.doc ?? null;
    },
    async listAccounts() {
      return (
        await db.query<{ doc: StaffAccount }>(
          'SELECT doc FROM identity_accounts WHERE organisation_id = $1 ORDER BY email',
          [org],
        )
      ).map((r) => r.doc);
    },
    async createSession(s) {
      await db.query(
        `INSERT INTO identity_sessions (organisation_id, sid, account_id, id_token, created_at, expires_at, ended_at)
         VALUES ($7, $1, $2, $3, $4, $5, $6)`,
        [s.sid, s.accountId, s.idToken, s.createdAt, s.expiresAt, s.endedAt, org],
      );
    },
    async getSession(sid) {
      const [row] = await db.query<SessionRow>(
        'SELECT * FROM identity_sessions WHERE organisation_id = $2 AND sid = $1',
        [sid, org],
      );
      return row ? sessionOf(row) : null;
    },
    async endSessions(by, at) {
      const [column, value] = 'sid' in by ? ['sid', by.sid] : ['account_id', by.accountId];
      await db.query(
        `UPDATE identity_sessions SET ended_at = $2
         WHERE organisation_id = $3 AND ${column} = $1 AND ended_at IS NULL`,
        [value, at, org],
      );
    },
    async putOnce(kind, id, doc, expiresAt, now) {
      await db.query('DELETE FROM identity_once WHERE expires_at <= $1', [now]);
      await db.query(
        `INSERT INTO identity_once (organisation_id, kind, id, doc, expires_at)
         VALUES ($5, $1, $2, $3::text::jsonb, $4)`,
        [kind, id, json(doc), expiresAt, org],
      );
    },
    async takeOnce(kind, id, now) {
      const [row] = await db.query<{ doc: unknown; expires_at: unknown }>(
        `DELETE FROM identity_once WHERE organisation_id = $3 AND kind = $1 AND id = $2
         RETURNING doc, expires_at`,
        [kind, id, org],
      );
      return row && Date.parse(iso(row.expires_at)!) > Date.parse(now) ? row.doc : null;
    },
  };
}
