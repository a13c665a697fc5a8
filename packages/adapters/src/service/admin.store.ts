// Where the administration keeps what it records: the audit log (one entry per change an
// administrator makes, with the target's version it claims) and the council's settings.
// Staff accounts stay in the identity store, which the administration reaches through it.
// Two implementations with one behaviour: in memory here, in PostgreSQL in
// `postgres/admin.tables.ts`.
import type { IdentityStore } from '../identity/identity.store.js';
import { createMemoryIdentityStore } from '../identity/identity.store.js';
import { MemoryStore } from '../memory/memory.store.js';
import { adminSettingsIn, type CouncilSettingsPlace } from './council-settings.js';

/** What an administrator's change is about. */
export const AUDIT_TARGETS = ['space', 'staff', 'settings', 'notification'] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

export const AUDIT_ACTIONS = [
  'space.create',
  'space.update',
  'space.archive',
  'space.restore',
  'staff.invite',
  'staff.update',
  'staff.revoke',
  'settings.update',
  /** A notification set aside after its last attempt, put back in the queue. */
  'notification.revive',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One recorded change. `before` is null for a creation. */
export interface AuditEntry {
  id: string;
  /** Newer entries have larger numbers; the list's cursor. */
  seq: number;
  at: string;
  actor: { id: string | null; role: string };
  action: AuditAction;
  target: { type: AuditTarget; id: string; version: number | null };
  before: unknown;
  after: unknown;
}

/**
 * The council's settings its administrator edits: a part of its organisation's settings
 * (`OrganisationSettings`, kept in one place, see `council-settings.ts`). Every field is
 * optional: the server's apply otherwise.
 */
export interface CouncilSettings {
  name?: string;
  /** The address notifications are sent from, e.g. `Participation <participation@cd93.fr>`. */
  mailFrom?: string;
  /** Days a new space gives the institution to answer. */
  answerWithinDays?: number;
}

export interface AdminStore {
  /** Staff accounts, sessions and token revocation. */
  readonly identity: IdentityStore;
  /**
   * Records `entry`. With a `target.version`, claims it: `false` (nothing recorded) when
   * that version of the target is already recorded — someone else changed it first.
   */
  appendAudit(organisation: string, entry: Omit<AuditEntry, 'seq'>): Promise<boolean>;
  /** Newest first; `before` is the `seq` of the last entry of the previous page. */
  listAudit(organisation: string, page: { before?: number; limit: number }): Promise<AuditEntry[]>;
  /** The last version of a target recorded, 0 when none is. */
  lastVersion(organisation: string, target: { type: AuditTarget; id: string }): Promise<number>;
  /** The back office's part of the organisation's settings; `null` when there is no such organisation. */
  getSettings(organisation: string): Promise<{ settings: CouncilSettings; version: number } | null>;
  /**
   * Replaces the back office's part (the others stay) and writes version `expectedVersion + 1`
   * if the settings are still at `expectedVersion` (0: never changed); `false` otherwise.
   */
  putSettings(organisation: string, settings: CouncilSettings, expectedVersion: number): Promise<boolean>;
}

const clone = <T>(v: T): T => structuredClone(v);

/**
 * An administration in this process's memory: tests, Storybook, the in-process service. The
 * settings are those of the organisations of `organisations` (give the memory store the
 * service uses); without it, of a store of its own, which knows the organisation `default`.
 */
export function createMemoryAdminStore(
  identity: IdentityStore = createMemoryIdentityStore(),
  organisations: CouncilSettingsPlace = new MemoryStore(),
): AdminStore {
  const audit: Array<AuditEntry & { organisation: string }> = [];
  let seq = 0;
  return {
    identity,
    ...adminSettingsIn(organisations),
    async appendAudit(organisation, entry) {
      const { id, type, version } = entry.target;
      if (
        version !== null &&
        audit.some(
          (e) =>
            e.organisation === organisation &&
            e.target.type === type &&
            e.target.id === id &&
            e.target.version === version,
        )
      ) {
        return false;
      }
      seq += 1;
      audit.push({ ...clone(entry), seq, organisation });
      return true;
    },
    async listAudit(organisation, { before, limit }) {
      return audit
        .filter((e) => e.organisation === organisation && (before === undefined || e.seq < before))
        .sort((a, b) => b.seq - a.seq)
        .slice(0, limit)
        .map(({ organisation: _o, ...e }) => clone(e));
    },
    async lastVersion(organisation, target) {
      let last = 0;
      for (const e of audit) {
        if (e.organisation === organisation && e.target.type === target.type && e.target.id === target.id) {
          last = Math.max(last, e.target.version ?? 0);
        }
      }
      return last;
    },
  };
}
