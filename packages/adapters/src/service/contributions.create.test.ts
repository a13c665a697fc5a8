// A create is one write (issue 20): the idempotency key is not looked up first, and the
// follow-up code is not checked first. These hold what that must not change, on every
// store: the same key gives one contribution whatever the concurrency, a code already
// used or a failed write leaves nothing and frees the key, and a refused request still
// gets the answer its key was first given.
import type { ParticipeStore } from '@participe/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ValidBody } from '../contract/api.js';
import { MemoryStore } from '../memory/memory.store.js';
import type { SqlDriver } from '../postgres/driver.js';
import { DATABASE_URL, pgStoreInFreshSchema, pgTestDatabase } from '../postgres/pg.testing.js';
import { openPglite, type PgliteDatabase } from '../postgres/pglite.driver.js';
import { PostgresStore } from '../postgres/postgres.store.js';
import { storeInFreshSchema } from '../postgres/schema.testing.js';
import { FollowUpCodeTaken } from '../shared/create.js';
import { space } from '../testing/fixtures.js';
import type { ServiceContext } from './context.js';
import { createContributionCommand } from './contributions.create.js';
import { sha256Hex } from './crypto.js';
import { ParticipeApiError } from './errors.js';

/** Codes the next creates draw, before random ones: how a test makes two codes meet. */
const drawn = vi.hoisted(() => ({ next: [] as string[] }));
vi.mock('./crypto.js', async (original) => {
  const real = await original<typeof import('./crypto.js')>();
  return { ...real, newFollowUpCode: () => drawn.next.shift() ?? real.newFollowUpCode() };
});

const NOW = new Date('2026-03-02T09:00:00.000Z');
const body = (title = 'Un bus plus tôt le matin'): ValidBody<'createContribution'> => ({
  spaceId: 'groupe-rsa-nord',
  kind: 'proposal',
  title,
  body: 'Le premier bus arrive après l’heure du rendez-vous.',
  theme: 'mobilite',
  channel: 'online',
  author: { pseudonym: 'Camille' },
});
const ctxOf = (store: ParticipeStore): ServiceContext => ({
  store,
  organisation: 'default',
  caller: null,
  locale: 'fr',
  now: () => NOW,
});
const create = (store: ParticipeStore, b = body(), key?: string) => createContributionCommand(ctxOf(store), b, b, key);
const stored = async (store: ParticipeStore) => (await store.listContributions({ limit: 100 })).items;
const storeKey = async (key: string) => `contribution.create:${await sha256Hex(key)}`;

async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 201;
  } catch (e) {
    if (e instanceof ParticipeApiError) return e.status;
    throw e;
  }
}

function createContract(open: () => Promise<ParticipeStore>) {
  let store: ParticipeStore;
  beforeEach(async () => {
    drawn.next = [];
    store = await open();
    await store.putSpace(space());
    return async () => {
      await (store as { close?: () => Promise<void> }).close?.();
    };
  });

  it('stores one contribution for twelve concurrent creates with the same key and body', async () => {
    const key = 'c0ffee00-1234-4abc-8def-000000000001';
    const answers = await Promise.all(Array.from({ length: 12 }, () => create(store, body(), key)));
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    const first = answers.find((a) => !a.replayed)!.body;
    for (const a of answers) {
      expect(a.body.contribution.id).toBe(first.contribution.id);
      expect(a.body.followUp).toEqual(first.followUp);
    }
    expect((await stored(store)).map((v) => v.id)).toEqual([first.contribution.id]);
    expect(await store.getEvents(first.contribution.id)).toHaveLength(2);
    expect((await store.getPrivate(first.contribution.id))?.followUpCode).toBe(first.followUp.code);
  });

  it('lets one of concurrent creates with the same key and different bodies through, the others get a 409', async () => {
    const key = 'c0ffee00-1234-4abc-8def-000000000002';
    const statuses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => statusOf(create(store, body(`Idée numéro ${i}`), key))),
    );
    expect(statuses.sort()).toEqual([201, ...Array(7).fill(409)]);
    expect(await stored(store)).toHaveLength(1);
  });

  it('goes again with another code when its follow-up code is taken, and the failed write left nothing', async () => {
    drawn.next = ['ACD-EFG'];
    const first = await create(store);
    expect(first.body.followUp.code).toBe('ACD-EFG');
    const key = 'c0ffee00-1234-4abc-8def-000000000003';
    drawn.next = ['ACD-EFG', 'HJK-MNP'];
    const second = await create(store, body('Une autre idée'), key);
    expect(second).toMatchObject({ replayed: false, body: { followUp: { code: 'HJK-MNP' } } });
    expect((await stored(store)).map((v) => v.id).sort()).toEqual(
      [first.body.contribution.id, second.body.contribution.id].sort(),
    );
    expect(await store.findByFollowUpCode('ACD-EFG')).toBe(first.body.contribution.id);
    expect(await store.findByFollowUpCode('HJK-MNP')).toBe(second.body.contribution.id);
    expect((await store.getIdempotency(await storeKey(key)))?.body).toEqual({
      contributionId: second.body.contribution.id,
      followUp: { code: 'HJK-MNP' },
    });
    // The replay gives the code that was stored, not the one that clashed.
    expect(await create(store, body('Une autre idée'), key)).toEqual({ ...second, replayed: true });
  });

  it('writes nothing and frees its key when every code it draws is taken', async () => {
    drawn.next = ['ACD-EFG'];
    const first = await create(store);
    const key = 'c0ffee00-1234-4abc-8def-000000000004';
    drawn.next = Array(5).fill('ACD-EFG');
    await expect(create(store, body('Une autre idée'), key)).rejects.toBeInstanceOf(FollowUpCodeTaken);
    expect((await stored(store)).map((v) => v.id)).toEqual([first.body.contribution.id]);
    expect(await store.getIdempotency(await storeKey(key))).toBeNull();
    // The same request, sent again, goes through as a first create.
    const again = await create(store, body('Une autre idée'), key);
    expect(again.replayed).toBe(false);
    expect(await stored(store)).toHaveLength(2);
  });

  it('answers a request refused now with what its key was first given, and refuses it without a key', async () => {
    const key = 'c0ffee00-1234-4abc-8def-000000000005';
    const first = await create(store, body(), key);
    await store.putSpace(space({ archivedOn: '2026-03-01' }));
    expect(await create(store, body(), key)).toEqual({ ...first, replayed: true });
    expect(await statusOf(create(store, body('Un autre texte'), key))).toBe(409);
    expect(await statusOf(create(store, body()))).toBe(422);
    expect(await statusOf(create(store, body(), 'c0ffee00-1234-4abc-8def-000000000006'))).toBe(422);
    expect(await stored(store)).toHaveLength(1);
  });
}

/**
 * On PostgreSQL a create does not read its space first: it uses the space this process last
 * read, and its write goes through only if the space is still that one. `open` gives a store
 * and its driver; another store on the same tables, with a driver of its own, stands for
 * another process, which changes the space behind this one's back.
 */
function spaceCheckedInWrite(open: () => Promise<{ store: PostgresStore; driver: SqlDriver }>) {
  let store: PostgresStore;
  let elsewhere: PostgresStore;
  let statements: string[];
  beforeEach(async () => {
    drawn.next = [];
    const opened = await open();
    statements = [];
    const counting: SqlDriver = {
      ...opened.driver,
      query: (sql, params, options) => {
        statements.push(sql.trim().split(/\s+/)[0]!);
        return opened.driver.query(sql, params, options);
      },
    };
    store = new PostgresStore(counting);
    elsewhere = new PostgresStore({ ...opened.driver });
    await elsewhere.putSpace(space());
    return () => opened.store.close();
  });
  const statementsOf = async <T>(p: Promise<T>) => {
    statements = [];
    const result = await p;
    return { result, statements: [...statements] };
  };

  it('reads the space for the first create only, then writes each create in one statement', async () => {
    expect((await statementsOf(create(store))).statements).toEqual(['SELECT', 'WITH']);
    expect((await statementsOf(create(store, body('Deuxième idée')))).statements).toEqual(['WITH']);
    expect(
      (await statementsOf(create(store, body('Troisième idée'), 'c0ffee00-1234-4abc-8def-000000000010'))).statements,
    ).toEqual(['WITH']);
    expect(await stored(store)).toHaveLength(3);
  });

  it('follows a space changed elsewhere: premoderated now, the contribution waits for moderation', async () => {
    const before = await create(store);
    expect(before.body.contribution.status).toBe('published');
    await elsewhere.putSpace(space({ premoderation: true }));
    const key = 'c0ffee00-1234-4abc-8def-000000000011';
    const { result, statements: sent } = await statementsOf(create(store, body('Après le changement'), key));
    // The write found the space changed and wrote nothing; the space read again, then one write.
    expect(sent).toEqual(['WITH', 'SELECT', 'WITH']);
    expect(result.body.contribution.status).toBe('submitted');
    const events = await store.getEvents(result.body.contribution.id);
    expect(events[0]?.data).toMatchObject({ premoderated: true });
    expect(await stored(store)).toHaveLength(2);
    // The key was claimed once, by the write that went through.
    expect(await create(store, body('Après le changement'), key)).toEqual({ ...result, replayed: true });
  });

  it('refuses a create in a space archived elsewhere: 422 on spaceId, nothing written, its key still free', async () => {
    await create(store);
    await elsewhere.putSpace(space({ archivedOn: '2026-03-01' }));
    const key = 'c0ffee00-1234-4abc-8def-000000000012';
    const refused = await create(store, body('Trop tard'), key).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ParticipeApiError);
    expect(refused).toMatchObject({ status: 422, issues: [{ path: 'spaceId' }] });
    expect(await stored(store)).toHaveLength(1);
    expect(await store.getIdempotency(await storeKey(key))).toBeNull();
  });

  it('takes a theme added elsewhere: a refusal is decided on the space as it is now', async () => {
    await create(store);
    const themes = [...space().themes, { id: 'logement-indigne', label: 'Logement indigne' }];
    await elsewhere.putSpace(space({ themes }));
    const created = await create(store, { ...body('Un logement humide'), theme: 'logement-indigne' });
    expect(created.body.contribution.content?.theme).toBe('logement-indigne');
    // A theme the space does not have is still refused, with the themes it has.
    const refused = await create(store, { ...body('Autre'), theme: 'inconnu' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 422, issues: [{ path: 'theme' }] });
  });

  it('follows a slug given to another space elsewhere', async () => {
    await create(store);
    await elsewhere.putSpace(space({ slug: 'groupe-rsa-nord-ancien' }));
    await elsewhere.putSpace(space({ id: 's_nouveau', name: 'Nouveau groupe' }));
    const created = await create(store, body('Dans le nouveau groupe'));
    expect(created.body.contribution.spaceId).toBe('s_nouveau');
  });

  it('refuses a space that does not exist with a 422 on spaceId, each time', async () => {
    for (let i = 0; i < 2; i += 1) {
      const refused = await create(store, { ...body(), spaceId: 'groupe-inconnu' }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ status: 422, issues: [{ path: 'spaceId' }] });
    }
    expect(await stored(store)).toHaveLength(0);
  });
}

describe('a create in one write: memory store', () => {
  createContract(async () => new MemoryStore());
});

describe('a create in one write: PGlite', () => {
  let db: PgliteDatabase;
  beforeAll(async () => {
    db = await openPglite();
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });
  createContract(() => storeInFreshSchema(db));
  describe('its space checked in the write', () => {
    spaceCheckedInWrite(async () => {
      let driver: SqlDriver | undefined;
      const store = await storeInFreshSchema(db, (d) => {
        driver = d;
        return d;
      });
      return { store, driver: driver! };
    });
  });
}, 60_000);

describe.skipIf(!DATABASE_URL)(
  'a create in one write: PostgreSQL',
  () => {
    createContract(() => pgStoreInFreshSchema(DATABASE_URL!));
    describe('its space checked in the write', () => {
      spaceCheckedInWrite(() => pgTestDatabase(DATABASE_URL!));
    });
  },
  60_000,
);
