// What the PostgreSQL store promises beyond the shared contract: a command that fails at
// any statement writes nothing, text it cannot keep exactly is refused with the field's
// path, events are append-only, erasing survives a late write, migrations run once.

import { ERASED_TEXT, replay, toView } from '@participe/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../shared/cursor.js';
import { author, contribution, pro, space } from '../testing/fixtures.js';
import { storeBuilt } from '../testing/store-contract.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { MIGRATIONS, type Migration, migrate } from './migrations.js';
import type { PgliteDatabase as PGlite } from './pglite.driver.js';
import { openPglite, pgliteDriver } from './pglite.driver.js';
import type { PostgresStore } from './postgres.store.js';
import { storeInFreshSchema } from './schema.testing.js';
import { UnstorableTextError } from './text.js';

let db: PGlite;
let opened: PostgresStore | undefined;
/** A store in a fresh schema, closed (schema dropped) after the test. */
const open = async (wrap?: (d: SqlDriver) => SqlDriver) => {
  opened = await storeInFreshSchema(db, wrap);
  return opened;
};
beforeAll(async () => {
  db = await openPglite();
}, 60_000);
afterAll(async () => {
  await db.close();
});
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

/** A driver whose transactions throw at the first statement matching `pattern`. */
const failingAt =
  (pattern: RegExp) =>
  (driver: SqlDriver): SqlDriver => ({
    ...driver,
    transaction: (fn) =>
      driver.transaction((tx) => {
        const failing: SqlExecutor = {
          query: (sql, params) =>
            pattern.test(sql) ? Promise.reject(new Error('injected failure')) : tx.query(sql, params),
        };
        return fn(failing);
      }),
  });

const answered = contribution({
  apply: [
    { type: 'contribution.submit', actor: author },
    { type: 'contribution.review', actor: pro },
    { type: 'contribution.decide', actor: pro, answer: { verdict: 'accepted', text: 'Oui.', service: 'CCAS' } },
    { type: 'contribution.publish', actor: pro },
  ],
});

describe('one transaction per command', () => {
  it('writes nothing of an event when its notification cannot be written', async () => {
    const store = await open(failingAt(/INSERT INTO notifications/));
    await store.putSpace(space());
    const [first, ...rest] = answered.steps;
    await store.createContribution({
      view: answered.initialView,
      events: [answered.created],
      private: answered.private,
    });
    await store.appendEvent({
      contributionId: answered.id,
      expectedVersion: 1,
      event: first!.event,
      view: first!.view,
    });
    const notification = {
      id: 'n_1',
      contributionId: answered.id,
      kind: 'answerPublished' as const,
      to: null,
      payload: {},
      createdAt: first!.event.at,
      sentAt: null,
    };
    await expect(
      store.appendEvent({
        contributionId: answered.id,
        expectedVersion: 2,
        event: rest[0]!.event,
        view: rest[0]!.view,
        notifications: [notification],
      }),
    ).rejects.toThrow('injected failure');
    expect(await store.getEvents(answered.id)).toHaveLength(2);
    expect(await store.getContribution(answered.id)).toEqual(first!.view);
    expect(await store.listNotifications()).toEqual([]);
  });

  it('erases all or nothing', async () => {
    const store = await open(failingAt(/UPDATE contribution_private/));
    await store.putSpace(space());
    await storeBuilt(store, answered);
    await expect(store.eraseAuthorData(answered.id, '2026-03-01T00:00:00.000Z')).rejects.toThrow('injected failure');
    expect(await store.getContribution(answered.id)).toEqual(answered.view);
    expect(await store.getEvents(answered.id)).toEqual(answered.events);
  });
});

describe('text PostgreSQL cannot hold', () => {
  it('is refused with the path of the field, before anything is written', async () => {
    const store = await open();
    const c = contribution({ body: 'deux\u0000mots' });
    const error = await store
      .createContribution({ view: c.initialView, events: [c.created], private: c.private })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnstorableTextError);
    expect(error).toMatchObject({ path: 'createContribution.view.content.body', problem: 'nul' });
    await expect(store.putSpace(space({ name: 'Nord \ud800' }))).rejects.toThrow(/space\.name .*lone UTF-16 surrogate/);
    expect(await store.listSpaces()).toEqual([]);
  });
});

describe('events', () => {
  it('are append-only: no delete, and only their data may be rewritten', async () => {
    const store = await open();
    await store.putSpace(space());
    await storeBuilt(store, answered);
    await expect(db.query('DELETE FROM contribution_events')).rejects.toThrow(/append-only/);
    await expect(db.query(`UPDATE contribution_events SET type = 'contribution.edit' WHERE seq = 2`)).rejects.toThrow(
      /append-only/,
    );
    await expect(
      db.query(`UPDATE contribution_events SET event = event || '{"seq": 9}' WHERE seq = 2`),
    ).rejects.toThrow(/append-only/);
  });

  it('stay erased when an event computed before the erase arrives after it', async () => {
    const store = await open();
    await store.putSpace(space());
    await store.createContribution({
      view: answered.initialView,
      events: [answered.created],
      private: answered.private,
    });
    expect(await store.eraseAuthorData(answered.id, '2026-03-01T00:00:00.000Z')).toBe(true);
    const late = answered.steps[0]!;
    expect(await store.appendEvent({ contributionId: answered.id, expectedVersion: 1, ...late })).toEqual({ ok: true });
    const view = await store.getContribution(answered.id);
    expect(view?.content.title).toBe(ERASED_TEXT);
    expect(view?.status).toBe('published');
    expect(toView(replay(await store.getEvents(answered.id)))).toEqual(view);
  });

  it('erase the contact held in the outbox too', async () => {
    const store = await open();
    await store.putSpace(space());
    const to = { consent: true as const, email: 'camille@exemple.fr' };
    await store.createContribution({
      view: answered.initialView,
      events: [answered.created],
      private: { ...answered.private, contact: to },
    });
    for (const [i, step] of answered.steps.entries()) {
      const notifications =
        step.event.type === 'contribution.publish'
          ? [
              {
                id: 'n_1',
                contributionId: answered.id,
                kind: 'answerPublished' as const,
                to,
                payload: {},
                createdAt: step.event.at,
                sentAt: null,
              },
            ]
          : [];
      await store.appendEvent({ contributionId: answered.id, expectedVersion: i + 1, ...step, notifications });
    }
    expect((await store.listNotifications())[0]?.to).toEqual(to);
    await store.eraseAuthorData(answered.id, '2026-03-01T00:00:00.000Z');
    expect((await store.listNotifications())[0]?.to).toBeNull();
    expect(JSON.stringify(await store.getPrivate(answered.id))).not.toContain('camille');
  });
});

describe('lists', () => {
  it('read a cursor they did not make as "from the start", and refuse a negative limit', async () => {
    const store = await open();
    await store.putSpace(space());
    await storeBuilt(store, answered);
    const all = await store.listContributions({});
    expect((await store.listContributions({ cursor: 'pas-un-curseur' })).items).toEqual(all.items);
    const badDate = encodeCursor({ createdAt: 'hier', id: 'c_1' });
    expect((await store.listContributions({ cursor: badDate })).items).toEqual(all.items);
    expect(
      (await store.listContributions({ cursor: encodeCursor({ createdAt: '0000-01-01T00:00:00Z', id: '' }) })).items,
    ).toEqual(all.items);
    expect((await store.listContributions({ limit: 0 })).items).toEqual([]);
    await expect(store.listContributions({ limit: -1 })).rejects.toThrow(RangeError);
  });

  it('search without accents, and ignore a query with no word in it', async () => {
    const store = await open();
    await store.putSpace(space());
    const c = contribution({ title: 'Crèche fermée à Noël', body: 'Les Écoles aussi.' });
    await storeBuilt(store, c);
    expect((await store.listContributions({ q: 'creche ecole' })).items.map((v) => v.id)).toEqual([c.id]);
    expect((await store.listContributions({ q: ' !? ' })).items.map((v) => v.id)).toEqual([c.id]);
    // Only stop words: nothing to look for, so nothing is found (the memory store, which
    // matches substrings, would find "le" inside words).
    expect((await store.listContributions({ q: 'le de la' })).items).toEqual([]);
    expect((await store.listContributions({ q: "'); DROP TABLE contributions; --" })).items).toEqual([]);
  });
});

describe('migrations', () => {
  it('apply once, in order, each in a transaction, and refuse a newer schema', async () => {
    await open();
    const driver = pgliteDriver(db);
    expect(await migrate(driver)).toEqual([]);
    const next = MIGRATIONS.length + 1;
    const broken: Migration = {
      version: next,
      name: 'broken',
      statements: ['CREATE TABLE later (a int)', 'SELECT nope()'],
    };
    await expect(migrate(driver, [...MIGRATIONS, broken])).rejects.toThrow();
    expect((await db.query(`SELECT to_regclass('later') AS t`)).rows).toEqual([{ t: null }]);
    const fine: Migration = { version: next, name: 'later', statements: ['CREATE TABLE later (a int)'] };
    expect(await migrate(driver, [fine, ...MIGRATIONS])).toEqual([next]);
    const versions = await db.query<{ version: number }>('SELECT version FROM participe_migrations ORDER BY version');
    expect(versions.rows).toEqual([...MIGRATIONS.map((m) => ({ version: m.version })), { version: next }]);
    await expect(migrate(driver)).rejects.toThrow(
      new RegExp(`version ${next}; this code knows up to ${MIGRATIONS.length}`),
    );
  });

  it('3 leaves no words in idempotency records, and completes erasures made before it', async () => {
    const schema = `legacy_${Date.now()}`;
    await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    try {
      const driver = pgliteDriver(db);
      await migrate(
        driver,
        MIGRATIONS.filter((m) => m.version < 3),
      );
      // As version 2 wrote them: a record with the first answer whole; an erased contribution
      // still naming its place, and a notification quoting its title.
      const kept = contribution({ title: 'Gardée', territory: 'Les Tilleuls' });
      const erased = contribution({ title: ERASED_TEXT, body: ERASED_TEXT, territory: 'Rue des Lilas' });
      for (const c of [kept, erased]) {
        await db.query(
          `INSERT INTO contributions (id, space_id, status, kind, theme, territory, created_at, version, view, search, erased_at)
            VALUES ($1, 's_nord', $2, 'proposal', 'mobilite', $3, $4, $5, $6, ''::tsvector, $7)`,
          [
            c.id,
            c.view.status,
            c.view.content.territory,
            c.view.createdAt,
            c.view.version,
            JSON.stringify(c.view),
            c === erased ? c.view.createdAt : null,
          ],
        );
        await db.query(
          `INSERT INTO contribution_events (contribution_id, seq, type, event) VALUES ($1, 1, 'contribution.created', $2)`,
          [c.id, JSON.stringify(c.created)],
        );
        await db.query(
          `INSERT INTO notifications (id, contribution_id, kind, payload, created_at) VALUES ($1, $2, 'contributionHidden', $3, $4)`,
          [`n_${c.id}`, c.id, JSON.stringify({ title: 'Mon titre à moi', reason: 'Un nom.' }), c.view.createdAt],
        );
        const record = {
          key: `k_${c.id}`,
          requestHash: 'h',
          status: 201,
          createdAt: c.view.createdAt,
          body: { contribution: { id: c.id, content: { title: 'Mon titre à moi' } }, followUp: { code: 'K7P-4QX' } },
        };
        await db.query('INSERT INTO idempotency_keys (key, record) VALUES ($1, $2)', [
          record.key,
          JSON.stringify(record),
        ]);
      }
      expect(
        await migrate(
          driver,
          MIGRATIONS.filter((m) => m.version <= 3),
        ),
      ).toEqual([3]);

      const records = await db.query<{ record: { body: unknown } }>('SELECT record FROM idempotency_keys ORDER BY key');
      expect(
        records.rows.map((r) => r.record.body).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      ).toEqual(
        [kept, erased]
          .map((c) => ({ contributionId: c.id, followUp: { code: 'K7P-4QX' } }))
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      );
      const rows = await db.query<{
        id: string;
        territory: string | null;
        view: { content: object };
        event: { data: { content: object } };
        payload: object;
      }>(
        `SELECT c.id, c.territory, c.view, e.event, n.payload FROM contributions c
          JOIN contribution_events e ON e.contribution_id = c.id JOIN notifications n ON n.contribution_id = c.id`,
      );
      const byId = new Map(rows.rows.map((r) => [r.id, r]));
      expect(byId.get(erased.id)).toMatchObject({
        territory: null,
        payload: { title: ERASED_TEXT, reason: 'Un nom.' },
      });
      expect(byId.get(erased.id)!.view.content).not.toHaveProperty('territory');
      expect(byId.get(erased.id)!.event.data.content).not.toHaveProperty('territory');
      // What was not erased is left alone.
      expect(byId.get(kept.id)).toMatchObject({ territory: 'Les Tilleuls', payload: { title: 'Mon titre à moi' } });
      expect(byId.get(kept.id)!.view.content).toHaveProperty('territory', 'Les Tilleuls');
    } finally {
      await db.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE`);
    }
  });
});
