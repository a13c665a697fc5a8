// The browser adapters run here, in real chromium, because they need a real IndexedDB.
import { createDraftStore, createOutbox, type OutboxEvent } from '@participe/adapters/browser';
import type { ContributionInput, CreatedContribution, ParticipeBackend } from '@participe/core';
import { afterEach, describe, expect, it } from 'vitest';

const body: ContributionInput = {
  spaceId: 's_nord',
  kind: 'proposal',
  title: 'Un bus plus tôt le matin',
  body: 'Le premier bus arrive après l’ouverture du guichet.',
  theme: 'mobilite',
  channel: 'online',
  author: { pseudonym: 'Camille' },
};

const deleteDb = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error);
  });

let n = 0;
/** A fake server: it stores per key like the real one, and can be switched offline. */
function fakeBackend(onCall?: (key: string) => Promise<void>) {
  const stored = new Map<string, CreatedContribution>();
  const state = { offline: false, calls: 0, rejectWith: null as null | { kind: 'rejected'; message: string } };
  const backend: Pick<ParticipeBackend, 'createContribution'> = {
    async createContribution(_body, key) {
      await onCall?.(key);
      if (state.offline) throw { kind: 'offline', message: 'Pas de réseau' };
      state.calls += 1;
      if (state.rejectWith) throw state.rejectWith;
      n += 1;
      const created =
        stored.get(key) ??
        ({ contribution: { id: `c_${n}` }, followUp: { code: 'ABC-2345', secret: 's' } } as CreatedContribution);
      stored.set(key, created);
      return created;
    },
  };
  return { backend, stored, state };
}

const DB = 'participe-outbox-test';
afterEach(async () => {
  await deleteDb(DB);
  await deleteDb('participe-drafts-test');
});

describe('outbox', () => {
  it('stores the submission before the first attempt and removes it once acknowledged', async () => {
    let seenQueued: boolean | undefined;
    const reader = createOutbox({ createContribution: () => Promise.reject(new Error('unused')) }, { name: DB });
    const { backend, stored } = fakeBackend(async (key) => {
      seenQueued = await reader.has(key);
    });
    const outbox = createOutbox(backend, { name: DB });
    const created = await outbox.send({ body, idempotencyKey: 'k1' });
    expect(seenQueued).toBe(true);
    expect(created.followUp.code).toBe('ABC-2345');
    expect(await outbox.pending()).toEqual([]);
    expect(stored.size).toBe(1);
  });

  it('keeps an offline submission and delivers it exactly once when `online` fires, even twice', async () => {
    const { backend, stored, state } = fakeBackend();
    const outbox = createOutbox(backend, { name: DB });
    const events: OutboxEvent[] = [];
    outbox.subscribe((e) => events.push(e));
    state.offline = true;
    await expect(outbox.send({ body, idempotencyKey: 'k2' })).rejects.toMatchObject({ kind: 'offline' });
    expect((await outbox.pending()).map((e) => e.idempotencyKey)).toEqual(['k2']);

    const target = new EventTarget();
    const stop = outbox.start(target);
    state.offline = false;
    target.dispatchEvent(new Event('online'));
    target.dispatchEvent(new Event('online'));
    await outbox.flush();
    await expect.poll(() => events.length).toBe(1);
    target.dispatchEvent(new Event('online'));
    await outbox.flush();
    stop();
    expect(state.calls).toBe(1);
    expect(stored.size).toBe(1);
    expect(events[0]).toMatchObject({ type: 'delivered', idempotencyKey: 'k2' });
    expect(await outbox.pending()).toEqual([]);
  });

  it('survives a new page: a second outbox over the same database delivers what the first queued', async () => {
    const { backend, state } = fakeBackend();
    state.offline = true;
    await createOutbox(backend, { name: DB })
      .send({ body, idempotencyKey: 'k3' })
      .catch(() => undefined);
    state.offline = false;
    const later = createOutbox(backend, { name: DB });
    await later.flush();
    expect(state.calls).toBe(1);
    expect(await later.pending()).toEqual([]);
  });

  it('keeps a submission the server did not acknowledge (503, timeout) and retries it with backoff, same key', async () => {
    const answers: unknown[] = [
      { kind: 'error', status: 503, message: 'Service indisponible' },
      { kind: 'offline', status: 0, message: 'Délai dépassé' },
      { kind: 'error', status: 429, message: 'Trop de demandes' },
    ];
    const keys: string[] = [];
    const { backend, stored } = fakeBackend(async (key) => {
      keys.push(key);
      const answer = answers.shift();
      if (answer) throw answer;
    });
    // Waits of a few milliseconds: the test checks the order of things, not the clock.
    const outbox = createOutbox(backend, { name: DB, retry: { baseMs: 5, maxMs: 20 } });
    const events: OutboxEvent[] = [];
    outbox.subscribe((e) => events.push(e));
    const stop = outbox.start(new EventTarget());
    await expect(outbox.send({ body, idempotencyKey: 'k5' })).rejects.toMatchObject({ status: 503 });
    expect((await outbox.pending()).map((e) => e.idempotencyKey)).toEqual(['k5']);
    await expect.poll(() => events.length, { timeout: 10_000 }).toBe(1);
    stop();
    expect(events[0]).toMatchObject({ type: 'delivered', idempotencyKey: 'k5' });
    expect(keys).toEqual(['k5', 'k5', 'k5', 'k5']);
    expect(stored.size).toBe(1);
    expect(await outbox.pending()).toEqual([]);
  });

  it('does not retry by itself before `start`, nor after its stop', async () => {
    const { backend, state } = fakeBackend();
    state.offline = true;
    const outbox = createOutbox(backend, { name: DB, retry: { baseMs: 1, maxMs: 1 } });
    await outbox.send({ body, idempotencyKey: 'k6' }).catch(() => undefined);
    state.offline = false;
    await new Promise((r) => setTimeout(r, 30));
    expect(state.calls).toBe(0);
    expect(await outbox.has('k6')).toBe(true);
  });

  it('drops a submission the server refuses, and says so', async () => {
    const { backend, state } = fakeBackend();
    state.rejectWith = { kind: 'rejected', message: 'Le titre manque.' };
    const outbox = createOutbox(backend, { name: DB });
    const events: OutboxEvent[] = [];
    outbox.subscribe((e) => events.push(e));
    await expect(outbox.send({ body, idempotencyKey: 'k4' })).rejects.toMatchObject({ kind: 'rejected' });
    expect(await outbox.pending()).toEqual([]);
    expect(events).toEqual([
      { type: 'rejected', idempotencyKey: 'k4', error: { kind: 'rejected', message: 'Le titre manque.' } },
    ]);
  });
});

describe('draft store', () => {
  it('saves, loads and clears one draft per space', async () => {
    const drafts = createDraftStore<{ title: string }>('participe-drafts-test');
    await drafts.save('s_nord', { title: 'Nord' });
    await drafts.save('s_sud', { title: 'Sud' });
    expect(await createDraftStore('participe-drafts-test').load('s_nord')).toEqual({ title: 'Nord' });
    await drafts.clear('s_nord');
    expect(await drafts.load('s_nord')).toBeNull();
    expect(await drafts.load('s_sud')).toEqual({ title: 'Sud' });
  });
});
