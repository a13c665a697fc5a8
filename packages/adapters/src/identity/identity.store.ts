// Where identity records live. Two implementations with one behaviour: in memory (tests,
// a handler on the memory store) and in PostgreSQL (identity.sql.ts), checked by the same
// tests.
import type {
  ApiTokenRecord,
  OneTimeKind,
  RevocationState,
  SigningKeyRecord,
  StaffAccount,
  StaffSession,
} from './identity.types.js';

export interface IdentityStore {
  /**
   * The same records seen by `organisation` (a council): its signing keys, accounts,
   * sessions, tokens and sign-ins, apart from every other council's. The store one opens is
   * `default`'s.
   */
  forOrganisation(organisation: string): IdentityStore;

  /** This council's signing keys, oldest first. */
  listKeys(): Promise<SigningKeyRecord[]>;
  /**
   * Adds `key` to this council's keys and, in the same write, retires every one of its keys
   * still active (each verifying until `verifyUntil(kid)`); other councils' keys are untouched.
   */
  rotateKeys(key: SigningKeyRecord, retire: { at: string; verifyUntil: (kid: string) => string }): Promise<void>;
  /** The latest expiry of this council's API tokens `kid` signed (revoked ones included), or null. */
  lastTokenExpiry(kid: string): Promise<string | null>;

  recordToken(token: ApiTokenRecord): Promise<void>;
  listTokens(): Promise<ApiTokenRecord[]>;
  /** False when no such token was issued. */
  revokeToken(jti: string, at: string): Promise<boolean>;
  /** Every token of `subject` issued at or before `at` is refused from now on. */
  revokeSubject(subject: string, at: string): Promise<void>;
  revocation(token: { jti: string; subject: string; sid: string | null }, at: string): Promise<RevocationState>;

  /** Inserts or replaces by id; e-mails are unique (lower-case). */
  putAccount(account: StaffAccount): Promise<void>;
  findAccount(by: { id: string } | { email: string } | { providerSubject: string }): Promise<StaffAccount | null>;
  listAccounts(): Promise<StaffAccount[]>;

  createSession(session: StaffSession): Promise<void>;
  getSession(sid: string): Promise<StaffSession | null>;
  /** Ends one session, or every session of an account. */
  endSessions(by: { sid: string } | { accountId: string }, at: string): Promise<void>;

  /** Keeps `doc` under `id` until `expiresAt`; expired records are dropped on the way. */
  putOnce(kind: OneTimeKind, id: string, doc: unknown, expiresAt: string, now: string): Promise<void>;
  /** Returns and deletes the record: a second take of the same id gets null. */
  takeOnce(kind: OneTimeKind, id: string, now: string): Promise<unknown | null>;
}

const clone = <T>(v: T): T => structuredClone(v);
const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

/** An identity store in this process's memory: for tests and a handler over the memory store. */
export function createMemoryIdentityStore(): IdentityStore {
  // Everything, signing keys included, is kept per organisation.
  const scopes = new Map<string, IdentityStore>();
  const scoped = (organisation: string): IdentityStore => {
    let found = scopes.get(organisation);
    if (!found) {
      found = memoryScope(scoped);
      scopes.set(organisation, found);
    }
    return found;
  };
  return scoped('default');
}

function memoryScope(forOrganisation: (organisation: string) => IdentityStore): IdentityStore {
  const keys = new Map<string, SigningKeyRecord>();
  const tokens = new Map<string, ApiTokenRecord>();
  const subjects = new Map<string, string>();
  const accounts = new Map<string, StaffAccount>();
  const sessions = new Map<string, StaffSession>();
  const once = new Map<string, { doc: unknown; expiresAt: string }>();

  return {
    forOrganisation,
    async listKeys() {
      return [...keys.values()].map(clone);
    },
    async rotateKeys(key, retire) {
      for (const k of keys.values()) {
        if (k.retiredAt === null) Object.assign(k, { retiredAt: retire.at, verifyUntil: retire.verifyUntil(k.kid) });
      }
      keys.set(key.kid, clone(key));
    },
    async lastTokenExpiry(kid) {
      const exp = [...tokens.values()].filter((t) => t.kid === kid).map((t) => t.expiresAt);
      return exp.length ? exp.reduce((a, b) => (later(a, b) ? a : b)) : null;
    },
    async recordToken(token) {
      tokens.set(token.jti, clone(token));
    },
    async listTokens() {
      return [...tokens.values()].map(clone);
    },
    async revokeToken(jti, at) {
      const t = tokens.get(jti);
      if (!t) return false;
      t.revokedAt ??= at;
      return true;
    },
    async revokeSubject(subject, at) {
      const before = subjects.get(subject);
      if (!before || later(at, before)) subjects.set(subject, at);
    },
    async revocation({ jti, subject, sid }, at) {
      const session = sid === null ? null : sessions.get(sid);
      return {
        tokenRevoked: tokens.get(jti)?.revokedAt != null,
        subjectRevokedBefore: subjects.get(subject) ?? null,
        sessionEnded: sid !== null && (!session || session.endedAt !== null || !later(session.expiresAt, at)),
      };
    },
    async putAccount(account) {
      const email = account.email.toLowerCase();
      for (const a of accounts.values()) {
        if (a.id !== account.id && a.email === email) throw new Error(`An account already has the e-mail ${email}`);
      }
      accounts.set(account.id, clone({ ...account, email }));
    },
    async findAccount(by) {
      let found: StaffAccount | undefined;
      if ('id' in by) found = accounts.get(by.id);
      else if ('email' in by) found = [...accounts.values()].find((a) => a.email === by.email.toLowerCase());
      else found = [...accounts.values()].find((a) => a.providerSubject === by.providerSubject);
      return found ? clone(found) : null;
    },
    async listAccounts() {
      return [...accounts.values()].map(clone);
    },
    async createSession(session) {
      sessions.set(session.sid, clone(session));
    },
    async getSession(sid) {
      const s = sessions.get(sid);
      return s ? clone(s) : null;
    },
    async endSessions(by, at) {
      for (const s of sessions.values()) {
        if (('sid' in by ? s.sid === by.sid : s.accountId === by.accountId) && s.endedAt === null) s.endedAt = at;
      }
    },
    async putOnce(kind, id, doc, expiresAt, now) {
      for (const [k, v] of once) if (!later(v.expiresAt, now)) once.delete(k);
      once.set(`${kind}:${id}`, { doc: clone(doc), expiresAt });
    },
    async takeOnce(kind, id, now) {
      const key = `${kind}:${id}`;
      const found = once.get(key);
      once.delete(key);
      return found && later(found.expiresAt, now) ? found.doc : null;
    },
  };
}
