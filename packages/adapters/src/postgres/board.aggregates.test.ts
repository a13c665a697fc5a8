// The board read from the counts that migration 11's triggers keep (`readBoard`) equals the
// board counted from the rows themselves (`readBoardFromRows`, the statement it replaced),
// after random sequences of writes of every kind the triggers must follow: inserts of one or
// several rows in one statement, updates of any counted column (status, space, council, theme,
// publication, answer, verdict) or of none, updates and deletes of a whole space at once,
// deletes, truncation. Then the migration itself: a database at version 10 with random rows
// gets counts that give the same board. On PGlite, and on the PostgreSQL server at
// DATABASE_URL when it is set.
import { randomBytes } from 'node:crypto';
import {
  AWAITING_ANSWER_STATUSES,
  BOARD_LEFT_OUT,
  type BoardQuery,
  CONTRIBUTION_STATUSES,
  type ContributionStatus,
} from '@participe/core';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoardFromRows } from './board.rows.sql.js';
import { percentileOfCounts, readBoard } from './board.sql.js';
import { AWAITING_AT_V11, BOARD_LEFT_OUT_AT_V11 } from './board-aggregates.migration.js';
import type { SqlDriver, SqlParam } from './driver.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { pgDriver } from './pg.driver.js';
import { DATABASE_URL } from './pg.testing.js';
import { openPglite, type PgliteDatabase, pgliteDriver } from './pglite.driver.js';

const DAY = 86_400_000;
const ORGS = ['default', 'o_sud'] as const;
const SPACES = ['s1', 's2', 's3'] as const;
const VERDICTS = ['accepted', 'declined', 'answered'] as const;
// Four months across New Year: rows share months and years, and cut-offs fall among them.
const FROM = Date.parse('2025-11-01T00:00:00.000Z');
const TO = Date.parse('2026-02-28T00:00:00.000Z');

interface Row {
  org: (typeof ORGS)[number];
  id: string;
  space: string;
  status: ContributionStatus;
  theme: string;
  published: number | null;
  /** Milliseconds from publication to the answer's (a little before counts as 0 days); null: no answer yet. */
  answerDelay: number | null;
  verdict: (typeof VERDICTS)[number];
  commitment: boolean;
  lang: 'en' | null;
}

const instant = fc.integer({ min: FROM, max: TO });
// Around New Year and month ends too: the counts are kept per month and per year.
const edge = fc.constantFrom(
  Date.parse('2025-12-31T23:59:59.999Z'),
  Date.parse('2026-01-01T00:00:00.000Z'),
  Date.parse('2025-11-30T23:59:59.000Z'),
  Date.parse('2026-01-31T23:30:00.000Z'),
);
const fields = {
  org: fc.constantFrom(...ORGS),
  space: fc.constantFrom(...SPACES),
  // Often waiting for an answer: those can be overdue.
  status: fc.oneof(fc.constantFrom(...AWAITING_ANSWER_STATUSES), fc.constantFrom(...CONTRIBUTION_STATUSES)),
  theme: fc.constantFrom('mobilite', 'logement', 'Santé'),
  published: fc.option(fc.oneof(instant, edge), { nil: null, freq: 5 }),
  answerDelay: fc.option(fc.integer({ min: -DAY, max: 90 * DAY }), { nil: null, freq: 2 }),
  verdict: fc.constantFrom(...VERDICTS),
  commitment: fc.boolean(),
  lang: fc.constantFrom('en' as const, null),
};
const newRow = fc.record(fields);
type NewRow = Omit<Row, 'id'>;

type Op =
  | { kind: 'insert'; rows: NewRow[] }
  | { kind: 'update'; pick: number; set: Partial<NewRow> }
  | { kind: 'touch'; pick: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'spaceStatus'; org: (typeof ORGS)[number]; space: string; status: ContributionStatus }
  | { kind: 'deleteSpace'; org: (typeof ORGS)[number]; space: string }
  | { kind: 'truncate' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      rows: fc.array(newRow, { minLength: 1, maxLength: 6 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      // One column at a time mostly, so that each counted column is seen changing alone.
      set: fc.oneof(
        ...Object.entries(fields).map(([key, value]) =>
          (value as fc.Arbitrary<unknown>).map((v) => ({ [key]: v }) as Partial<NewRow>),
        ),
        fc.record(fields, { requiredKeys: [] }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('touch' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('spaceStatus' as const),
      org: fields.org,
      space: fields.space,
      status: fields.status,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('deleteSpace' as const), org: fields.org, space: fields.space }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'truncate' as const }) },
);

const delay = fc.constantFrom(-1, 0, 10, 30.5, 60);
const boardQuery: fc.Arbitrary<{ org: (typeof ORGS)[number]; query: BoardQuery }> = fc.record({
  org: fc.constantFrom(...ORGS),
  query: fc.record(
    {
      // Some spaces, each with its delay; or every space with one delay, as a council's board asks.
      spaces: fc.oneof(
        fc.uniqueArray(fc.record({ id: fc.constantFrom(...SPACES, 'nowhere'), answerWithinDays: delay }), {
          selector: (s) => s.id,
          minLength: 1,
          maxLength: 4,
        }),
        delay.map((answerWithinDays) => SPACES.map((id) => ({ id, answerWithinDays }))),
      ),
      // The cut-off (now minus the delay) falls among the contributions, in one month or another.
      now: fc.integer({ min: FROM + 10 * DAY, max: TO + 70 * DAY }).map((t) => new Date(t).toISOString()),
      year: fc.constantFrom(null, 2025, 2026),
      overdueLimit: fc.integer({ min: 1, max: 6 }),
    },
    { requiredKeys: ['spaces', 'now'] },
  ),
});

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
const answerAt = (r: NewRow) => (r.published === null || r.answerDelay === null ? null : r.published + r.answerDelay);

function view(r: Row) {
  return {
    id: r.id,
    spaceId: r.space,
    status: r.status,
    content: { title: `Titre ${r.id}`, theme: r.theme, ...(r.lang ? { lang: r.lang } : {}) },
    publishedAt: iso(r.published),
    // Every answered contribution has a verdict; others may have one decided and not yet published.
    ...(answerAt(r) !== null || r.status === 'decided'
      ? { answer: { verdict: r.verdict, text: 'Réponse.', ...(r.lang ? { lang: r.lang } : {}) } }
      : {}),
    commitments: r.commitment
      ? [{ id: `k_${r.id}`, what: 'Un abri', owner: 'Voirie', due: '2025-06-30', milestones: [] }]
      : [],
    progress: [],
  };
}

const COLUMNS = `organisation_id, id, space_id, status, kind, theme, created_at, published_at, answer_published_at,
  version, view, search`;
const values = (r: Row): SqlParam[] => [
  r.org,
  r.id,
  r.space,
  r.status,
  'idea',
  r.theme,
  new Date(FROM).toISOString(),
  iso(r.published),
  iso(answerAt(r)),
  1,
  JSON.stringify(view(r)),
];
const placeholders = (k: number) =>
  `(${Array.from({ length: 11 }, (_, i) => `$${k * 11 + i + 1}`).join(', ')}, to_tsvector('simple', 'texte'))`;

/** Applies `ops` to the database and to `rows`, its model; checks `queries` against the rows after each. */
class Writer {
  rows = new Map<string, Row>();
  #next = 0;
  constructor(readonly db: SqlDriver) {}

  #pick(n: number): Row | undefined {
    const all = [...this.rows.values()];
    return all.length === 0 ? undefined : all[n % all.length];
  }

  async insert(rows: NewRow[]) {
    const made = rows.map((r) => ({ ...r, id: `c${++this.#next}` }));
    await this.db.query(
      `INSERT INTO contributions (${COLUMNS}) VALUES ${made.map((_, k) => placeholders(k)).join(', ')}`,
      made.flatMap(values),
    );
    for (const r of made) this.rows.set(r.id, r);
  }

  async #write(before: Row, after: Row) {
    await this.db.query(
      `UPDATE contributions SET (${COLUMNS}) = (${placeholders(0).slice(1, -1)}) WHERE organisation_id = $12 AND id = $2`,
      [...values(after), before.org],
    );
    this.rows.set(after.id, after);
  }

  async apply(o: Op) {
    switch (o.kind) {
      case 'insert':
        return this.insert(o.rows);
      case 'update': {
        const r = this.#pick(o.pick);
        if (r) await this.#write(r, { ...r, ...o.set });
        return;
      }
      case 'touch': {
        // A write that changes nothing counted (an edit, an erasure of the author's words).
        const r = this.#pick(o.pick);
        if (r)
          await this.db.query(
            `UPDATE contributions SET view = jsonb_set(view, '{content,title}', '"[effacé]"'), version = version + 1
              WHERE organisation_id = $1 AND id = $2`,
            [r.org, r.id],
          );
        return;
      }
      case 'delete': {
        const r = this.#pick(o.pick);
        if (r) await this.db.query('DELETE FROM contributions WHERE organisation_id = $1 AND id = $2', [r.org, r.id]);
        if (r) this.rows.delete(r.id);
        return;
      }
      case 'spaceStatus':
        // Many rows in one statement (moderation of a whole space, a migration…).
        await this.db.query(
          `UPDATE contributions SET status = $3, view = jsonb_set(view, '{status}', to_jsonb($3::text))
            WHERE organisation_id = $1 AND space_id = $2`,
          [o.org, o.space, o.status],
        );
        for (const r of this.rows.values()) if (r.org === o.org && r.space === o.space) r.status = o.status;
        return;
      case 'deleteSpace':
        await this.db.query('DELETE FROM contributions WHERE organisation_id = $1 AND space_id = $2', [o.org, o.space]);
        for (const r of [...this.rows.values()]) if (r.org === o.org && r.space === o.space) this.rows.delete(r.id);
        return;
      case 'truncate':
        await this.db.query('TRUNCATE contributions CASCADE');
        this.rows.clear();
        return;
    }
  }
}

async function sameBoard(db: SqlDriver, org: string, query: BoardQuery) {
  const fromRows = await readBoardFromRows(db, query, org);
  expect(await readBoard(db, query, org), JSON.stringify({ org, query })).toEqual(fromRows);
  return fromRows;
}

/** Every space of both councils, each year and all years: what a check after a sequence reads. */
async function everyBoard(db: SqlDriver, now: string) {
  let received = 0;
  for (const org of ORGS)
    for (const year of [null, 2025, 2026])
      for (const spaces of [SPACES.map((id) => ({ id, answerWithinDays: 30 })), [{ id: 's2', answerWithinDays: 0 }]]) {
        const b = await sameBoard(db, org, { spaces, now, year });
        if (year === null && spaces.length === SPACES.length) received += b.received;
      }
  return received;
}

const ORGANISATIONS = `INSERT INTO organisations (id, slug, name, kind) VALUES ('o_sud', 'sud', 'Conseil Sud', 'autre')
  ON CONFLICT DO NOTHING`;

function properties(open: () => Promise<{ db: SqlDriver; fresh: () => Promise<SqlDriver> }>, runs: number) {
  let db: SqlDriver;
  let fresh: () => Promise<SqlDriver>;
  beforeAll(async () => {
    ({ db, fresh } = await open());
    await migrate(db);
    await db.query(ORGANISATIONS);
  }, 120_000);

  it('after any writes, the board from the counts is the board from the rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ op, check: boardQuery }), { minLength: 1, maxLength: 20 }),
        async (steps) => {
          await db.query('TRUNCATE contributions CASCADE');
          const writer = new Writer(db);
          for (const { op, check } of steps) {
            await writer.apply(op);
            await sameBoard(db, check.org, check.query);
          }
          // Every contribution still counted shows on its council's board, in one space or another.
          const counted = [...writer.rows.values()].filter(
            (r) => r.published !== null && !BOARD_LEFT_OUT.includes(r.status),
          ).length;
          expect(await everyBoard(db, '2026-02-10T00:00:00.000Z')).toBe(counted);
        },
      ),
      { numRuns: runs },
    );
  }, 600_000);

  it('writers at once: each counted once, none waiting on another for ever', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(newRow, { minLength: 8, maxLength: 24 }),
        fc.array(fc.record(fields, { requiredKeys: ['status'] }), { minLength: 8, maxLength: 24 }),
        async (rows, changes) => {
          await db.query('TRUNCATE contributions CASCADE');
          const writer = new Writer(db);
          // Each in its own statement and transaction, as many at once as the pool holds.
          await Promise.all(rows.map((r) => writer.insert([r])));
          const made = [...writer.rows.values()];
          // Then each changed by its own writer (one change per contribution: the model knows the last).
          await Promise.all(
            changes.slice(0, made.length).map((set, k) => writer.apply({ kind: 'update', pick: k, set })),
          );
          await everyBoard(db, '2026-02-10T00:00:00.000Z');
        },
      ),
      { numRuns: Math.ceil(runs / 4) },
    );
  }, 600_000);

  it('migration 11 counts the contributions a database at version 10 already holds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(newRow, { maxLength: 30 }), async (rows) => {
        const old = await fresh();
        expect(
          await migrate(
            old,
            MIGRATIONS.filter((m) => m.version <= 10),
          ),
        ).toContain(10);
        await old.query(ORGANISATIONS);
        const writer = new Writer(old);
        if (rows.length > 0) await writer.insert(rows);
        expect(await migrate(old)).toContain(11);
        await everyBoard(old, '2026-03-01T00:00:00.000Z');
        // And the triggers follow from there.
        await writer.apply({ kind: 'update', pick: 0, set: { status: 'accepted', published: FROM } });
        await everyBoard(old, '2026-03-01T00:00:00.000Z');
        await old.close();
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  }, 600_000);
}

describe('the board counts: PGlite', () => {
  let pglite: PgliteDatabase;
  let schemas = 0;
  afterAll(async () => {
    await pglite?.close();
  });
  const schema = async (name: string) => {
    await pglite.exec(`CREATE SCHEMA ${name}; SET search_path TO ${name}`);
    const driver = pgliteDriver(pglite, { analyze: false });
    return {
      ...driver,
      close: async () => {
        await pglite.exec(`DROP SCHEMA ${name} CASCADE; SET search_path TO board_counts`);
      },
    };
  };
  properties(async () => {
    pglite = await openPglite();
    const db = await schema('board_counts');
    return { db, fresh: () => schema(`board_counts_${++schemas}`) };
  }, 40);
});

describe.skipIf(!DATABASE_URL)('the board counts: PostgreSQL server (DATABASE_URL)', () => {
  const run = randomBytes(4).toString('hex');
  const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  const made: string[] = [];
  let schemas = 0;
  const schema = async () => {
    const name = `participe_board_counts_${run}_${++schemas}`;
    await admin.query(`CREATE SCHEMA ${name}`);
    made.push(name);
    return pgDriver({ connectionString: DATABASE_URL!, schema: name, max: 2 });
  };
  const drivers: SqlDriver[] = [];
  afterAll(async () => {
    for (const d of drivers) await d.close();
    for (const name of made) await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await admin.end();
  });
  properties(async () => {
    const db = await schema();
    drivers.push(db);
    return { db, fresh: schema };
  }, 25);
});

describe('the board counts', () => {
  it('migration 11 spells out the statuses core leaves out and those awaiting an answer', () => {
    // A change in core needs a migration re-creating board_counts() and contributions_board_awaiting.
    expect([...BOARD_LEFT_OUT].sort()).toEqual([...BOARD_LEFT_OUT_AT_V11].sort());
    expect([...AWAITING_ANSWER_STATUSES].sort()).toEqual([...AWAITING_AT_V11].sort());
  });

  it('percentiles from a histogram are percentile_cont over the values it counts', () => {
    expect(percentileOfCounts([], 0.5)).toBeNull();
    expect(percentileOfCounts([[7, 1]], 0.9)).toBe(7);
    // 10, 29, 32: the median is 29; the 90th percentile 0.8 of the way from 29 to 32.
    expect(
      percentileOfCounts(
        [
          [10, 1],
          [29, 1],
          [32, 1],
        ],
        0.5,
      ),
    ).toBe(29);
    expect(
      percentileOfCounts(
        [
          [10, 1],
          [29, 1],
          [32, 1],
        ],
        0.9,
      ),
    ).toBeCloseTo(31.4, 12);
    // 0, 0, 0, 5: rank 1.5 sits between two zeros.
    expect(
      percentileOfCounts(
        [
          [0, 3],
          [5, 1],
        ],
        0.5,
      ),
    ).toBe(0);
    expect(
      percentileOfCounts(
        [
          [0, 3],
          [5, 1],
        ],
        0.9,
      ),
    ).toBeCloseTo(3.5, 12);
  });
});
