// Spaces, members, the cycle history and diagnostic responses: the SpaceStore and
// DiagnosticStore part of the PostgreSQL store, as functions over a connection. Documents are kept whole as JSONB;
// `position` keeps the order in which they were first stored, as the memory store does.
import type {
  CycleEvent,
  DiagnosticResponseRecord,
  DiagnosticStore,
  Member,
  Space,
  SpaceStore,
  StoredCycleEvent,
} from '@participe/core';
import { pgErrorOf, type SqlExecutor, UNIQUE_VIOLATION } from './driver.js';
import { assertStorable } from './text.js';

const json = (value: unknown): string => JSON.stringify(value);

/** The tables of `org`: every statement filters on it (`$1`) and every insert writes it. */
export function spaceTables(db: SqlExecutor, org: string): SpaceStore & DiagnosticStore {
  return {
    async getSpace(idOrSlug: string): Promise<Space | null> {
      // An id wins over another space's slug, as in the memory store.
      const [row] = await db.query<{ doc: Space }>(
        'SELECT doc FROM spaces WHERE organisation_id = $1 AND (id = $2 OR slug = $2) ORDER BY id = $2 DESC LIMIT 1',
        [org, idOrSlug],
        // Every create and most reads ask for their space: parsed and planned once per connection.
        { prepareAs: 'participe.getSpace' },
      );
      return row?.doc ?? null;
    },

    async listSpaces(): Promise<Space[]> {
      const rows = await db.query<{ doc: Space }>(
        'SELECT doc FROM spaces WHERE organisation_id = $1 ORDER BY position',
        [org],
      );
      return rows.map((r) => r.doc);
    },

    async putSpace(space: Space): Promise<void> {
      assertStorable(space, 'space');
      try {
        await db.query(
          `INSERT INTO spaces (organisation_id, id, slug, doc) VALUES ($1, $2, $3, $4::text::jsonb)
            ON CONFLICT (organisation_id, id) DO UPDATE SET slug = EXCLUDED.slug, doc = EXCLUDED.doc`,
          [org, space.id, space.slug, json(space)],
        );
      } catch (e) {
        if (pgErrorOf(e)?.code === UNIQUE_VIOLATION) {
          throw new Error(`Slug "${space.slug}" is already used by another space`, { cause: e });
        }
        throw e;
      }
    },

    async listMembers(spaceId: string): Promise<Member[]> {
      const rows = await db.query<{ doc: Member }>(
        'SELECT doc FROM members WHERE organisation_id = $1 AND space_id = $2 ORDER BY position',
        [org, spaceId],
      );
      return rows.map((r) => r.doc);
    },

    async putMember(member: Member): Promise<void> {
      assertStorable(member, 'member');
      await db.query(
        `INSERT INTO members (organisation_id, id, space_id, doc) VALUES ($1, $2, $3, $4::text::jsonb)
          ON CONFLICT (organisation_id, id) DO UPDATE SET space_id = EXCLUDED.space_id, doc = EXCLUDED.doc`,
        [org, member.id, member.spaceId, json(member)],
      );
    },

    async getCycleEvents(spaceId: string): Promise<StoredCycleEvent[]> {
      const rows = await db.query<{ seq: number; event: CycleEvent }>(
        'SELECT seq, event FROM cycle_events WHERE organisation_id = $1 AND space_id = $2 ORDER BY seq',
        [org, spaceId],
      );
      return rows.map((r) => ({ spaceId, seq: r.seq, event: r.event }));
    },

    async appendCycleEvent(spaceId: string, expectedSeq: number, event: CycleEvent): Promise<boolean> {
      assertStorable(event, 'cycleEvent');
      // Two writers at the same seq: the primary key lets one in and the other does nothing.
      const rows = await db.query(
        `INSERT INTO cycle_events (organisation_id, space_id, seq, event)
          SELECT $1, $2, $3::int + 1, $4::text::jsonb
          WHERE (SELECT coalesce(max(seq), 0) FROM cycle_events WHERE organisation_id = $1 AND space_id = $2) = $3::int
          ON CONFLICT DO NOTHING RETURNING seq`,
        [org, spaceId, expectedSeq, json(event)],
      );
      return rows.length === 1;
    },

    async saveDiagnosticResponse(response: DiagnosticResponseRecord): Promise<void> {
      assertStorable(response, 'diagnosticResponse');
      await db.query(
        'INSERT INTO diagnostic_responses (organisation_id, id, space_id, doc) VALUES ($1, $2, $3, $4::text::jsonb)',
        [org, response.id, response.spaceId, json(response)],
      );
    },

    async listDiagnosticResponses(spaceId: string): Promise<DiagnosticResponseRecord[]> {
      const rows = await db.query<{ doc: DiagnosticResponseRecord }>(
        'SELECT doc FROM diagnostic_responses WHERE organisation_id = $1 AND space_id = $2 ORDER BY position',
        [org, spaceId],
      );
      return rows.map((r) => r.doc);
    },
  };
}
