// A create is one write (issue 20): the idempotency key is not looked up first, and the
// follow-up code is not checked first. These hold what that must not change, on every
// store: the same key gives one contribution whatever the concurrency, a code already
// used or a failed write leaves nothing and frees the key, and a refused request still
// gets the answer its key was first given.
import type { ParticipeStore } from '@participe/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ValidBody } from '../contract/api.js';
import { MemoryStore } from '../memory/memory.store.js';
import { DATABASE_URL, pgStoreInFreshSchema } from '../postgres/pg.testing.js';
import { openPglite, type PgliteDatabase } from '../postgres/pglite.driver.js';
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
}, 60_000);

describe.skipIf(!DATABASE_URL)(
  'a create in one write: PostgreSQL',
  () => {
    createContract(() => pgStoreInFreshSchema(DATABASE_URL!));
  },
  60_000,
);
