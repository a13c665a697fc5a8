// Dead letters over HTTP: a council's administrator lists the notifications its outbox set
// aside (a page at a time, never an address, a number or a text) and puts one back in the
// queue, a change recorded in its audit log. Two councils on one store and one outbox (PGlite,
// and PostgreSQL with DATABASE_URL), one notification id in both: each administrator sees and
// revives only their council's, and nobody else gets past 401/403.
import type { NotificationRecord, ParticipeStore } from '@participe/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryIdentityStore } from '../identity/identity.store.js';
import { sqlAdminStore } from '../postgres/admin.tables.js';
import type { SqlDriver } from '../postgres/driver.js';
import { createSqlOutbox, migrateOutbox, type SqlOutbox } from '../postgres/outbox.sql.js';
import { DATABASE_URL, pgTestDatabase } from '../postgres/pg.testing.js';
import type { PostgresStore } from '../postgres/postgres.store.js';
import { pgliteTestDatabase } from '../postgres/schema.testing.js';
import type { Identity } from '../service/api.js';
import { author, contribution, createCouncils, pro, space } from '../testing/fixtures.js';
import { storeBuilt } from '../testing/store-contract.js';
import { testTokens } from '../testing/tokens.js';
import { createHandler, type Handler } from './handler.js';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const A = { id: 'o_cd93', slug: 'cd93' };
const B = { id: 'o_lyon', slug: 'lyon' };
const TOKENS = testTokens({ now: () => NOW });
const EMAIL = 'camille.martin@example.fr';
const PHONE = '+33612345678';
const ADMIN: Identity = { role: 'professional', memberId: 'acc_admin', spaceIds: [], admin: true };
const FACILITATOR: Identity = { role: 'facilitator', memberId: 'fac_1', spaceIds: ['s_nord'] };

interface Dead {
  id: string;
  contributionId: string;
  kind: string;
  channel: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deadAt: string;
  revivedAt?: string;
}
interface Answer {
  items?: Dead[] & { action?: string }[];
  next?: string | null;
  error?: { code: string; issues: unknown[] };
}

const notice = (id: string, to: NotificationRecord['to'], minute: number): NotificationRecord => ({
  id,
  contributionId: 'c_1',
  kind: 'answerPublished',
  to,
  payload: { title: 'Un bus plus tôt', answer: 'Nous le faisons.' },
  createdAt: `2026-06-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
  sentAt: null,
});

/** A contribution answered at once, whose publication writes `notifications`. */
async function answeredWith(scoped: ParticipeStore, notifications: NotificationRecord[]) {
  const c = contribution({
    id: 'c_1',
    apply: [
      { type: 'contribution.submit', actor: author },
      { type: 'contribution.review', actor: pro },
      {
        type: 'contribution.decide',
        actor: pro,
        answer: { verdict: 'accepted', text: 'Nous le faisons.', service: 'Mobilité' },
      },
      { type: 'contribution.publish', actor: pro },
    ] as never,
  });
  await scoped.putSpace(space());
  await storeBuilt(scoped, c, notifications);
}

/** The suite over a store and its driver (one outbox, one administration, in its tables). */
function deadLettersOn(open: () => Promise<{ store: PostgresStore; driver: SqlDriver }>) {
  let store: PostgresStore;
  let outbox: SqlOutbox;
  let handle: Handler;
  let clock = NOW;

  async function call(path: string, init: { token?: string; revive?: boolean } = {}) {
    const res = await handle(
      new Request(`http://participe.test${path}`, {
        method: init.revive ? 'POST' : 'GET',
        headers: {
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.revive ? { 'content-type': 'application/json' } : {}),
        },
        ...(init.revive ? { body: '{}' } : {}),
      }),
    );
    const text = await res.text();
    return { status: res.status, text, json: JSON.parse(text) as Answer & Dead };
  }

  beforeAll(async () => {
    let driver: SqlDriver;
    ({ store, driver } = await open());
    await createCouncils(store, [A, B], NOW.toISOString());
    // A: three set aside (one of them `n_same`), one still being tried. B: its own `n_same`.
    await answeredWith(store.forOrganisation(A.id), [
      notice('n_same', { email: EMAIL, consent: true }, 1),
      notice('n_sms', { phone: PHONE, consent: true, smsConsent: true }, 2),
      notice('n_third', { email: EMAIL, consent: true }, 3),
      notice('n_retry', { email: EMAIL, consent: true }, 4),
    ]);
    await answeredWith(store.forOrganisation(B.id), [notice('n_same', { email: EMAIL, consent: true }, 5)]);
    await migrateOutbox(driver);
    outbox = createSqlOutbox(driver);
    const claimed = await outbox.claim(10, NOW);
    expect(claimed).toHaveLength(5);
    // Each update names the council: both councils' `n_same` are set aside, each its own row.
    const of = (id: string) => claimed.filter((n) => n.id === id);
    for (const [i, id] of ['n_same', 'n_sms', 'n_third'].entries()) {
      for (const n of of(id)) {
        await outbox.failed(n, new Date(NOW.getTime() - (3 - i) * 60_000), {
          error: 'SmtpError EENVELOPE 550',
          retryAt: null,
        });
      }
    }
    await outbox.failed(of('n_retry')[0]!, NOW, {
      error: 'SmtpError ETIMEDOUT',
      retryAt: new Date(NOW.getTime() + 60_000),
    });
    handle = createHandler({
      store,
      admin: sqlAdminStore(driver, createMemoryIdentityStore()),
      tokens: TOKENS.service,
      deadLetters: outbox,
      rateLimit: false,
      now: () => clock,
    });
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  it('refuses everyone but an administrator of the council: 401 without a valid token, 403 for staff', async () => {
    const facilitator = await TOKENS.sign(FACILITATOR, { organisation: A });
    const otherAdmin = await TOKENS.sign(ADMIN, { organisation: B });
    const serverAdmin = await TOKENS.sign(ADMIN);
    for (const revive of [false, true]) {
      const path = revive ? '/o/cd93/api/admin/outbox/dead/n_sms/revive' : '/o/cd93/api/admin/outbox/dead';
      const cases: [string | undefined, number, string][] = [
        [undefined, 401, 'authRequired'],
        ['pt1.eyJ4IjoxfQ.c2lnbmF0dXJl', 401, 'badToken'],
        [facilitator, 403, 'adminOnly'],
        // Another council's administrator, and the default council's, at cd93's address.
        [otherAdmin, 401, 'otherOrganisationToken'],
        [serverAdmin, 401, 'otherOrganisationToken'],
      ];
      for (const [token, status, code] of cases) {
        const { status: got, json } = await call(path, { ...(token ? { token } : {}), revive });
        expect([got, json.error?.code], `${revive ? 'revive' : 'list'} with ${code}`).toEqual([status, code]);
      }
    }
    // Nothing was revived by these.
    expect((await outbox.listDead(10, { organisation: A.id })).map((d) => d.id)).toEqual([
      'n_same',
      'n_sms',
      'n_third',
    ]);
  });

  it('lists the council’s own, set aside first listed first, a page at a time, without address, number or text', async () => {
    const token = await TOKENS.sign(ADMIN, { organisation: A });
    const first = await call('/o/cd93/api/admin/outbox/dead?limit=2', { token });
    expect(first.status).toBe(200);
    expect(first.json.items).toEqual([
      {
        id: 'n_same',
        contributionId: 'c_1',
        kind: 'answerPublished',
        channel: 'email',
        attempts: 1,
        lastError: 'SmtpError EENVELOPE 550',
        createdAt: '2026-06-01T10:01:00.000Z',
        deadAt: '2026-06-01T11:57:00.000Z',
      },
      expect.objectContaining({ id: 'n_sms', channel: 'sms', deadAt: '2026-06-01T11:58:00.000Z' }),
    ]);
    expect(first.json.next).toEqual(expect.any(String));
    const second = await call(`/o/cd93/api/admin/outbox/dead?limit=2&cursor=${first.json.next}`, { token });
    expect(second.json.items?.map((d) => d.id)).toEqual(['n_third']);
    expect(second.json.next).toBeNull();
    for (const text of [first.text, second.text]) {
      expect(text).not.toContain(EMAIL);
      expect(text).not.toContain('612345678');
      expect(text).not.toContain('Nous le faisons');
    }

    const other = await call('/o/lyon/api/admin/outbox/dead', { token: await TOKENS.sign(ADMIN, { organisation: B }) });
    expect(other.json.items?.map((d) => [d.id, d.createdAt])).toEqual([['n_same', '2026-06-01T10:05:00.000Z']]);
    // The default council has none.
    expect((await call('/api/admin/outbox/dead', { token: await TOKENS.sign(ADMIN) })).json).toEqual({
      items: [],
      next: null,
    });
  });

  it('answers a cursor or a limit it did not make with a 400 naming the parameter', async () => {
    const token = await TOKENS.sign(ADMIN, { organisation: A });
    const cursor = await call('/o/cd93/api/admin/outbox/dead?cursor=nimportequoi', { token });
    expect([cursor.status, cursor.json.error?.code]).toEqual([400, 'badCursor']);
    const limit = await call('/o/cd93/api/admin/outbox/dead?limit=0', { token });
    expect([limit.status, limit.json.error?.code]).toEqual([400, 'invalidQuery']);
    expect(limit.json.error?.issues).toEqual([{ path: 'limit', message: expect.any(String) }]);
  });

  it('revives one of the council’s own, records it in the audit log, and never another council’s of the same id', async () => {
    const tokenA = await TOKENS.sign(ADMIN, { organisation: A });
    const tokenB = await TOKENS.sign(ADMIN, { organisation: B });
    clock = new Date('2026-06-01T12:30:00.000Z');

    // B's administrator revives B's n_same: A's stays set aside.
    const b = await call('/o/lyon/api/admin/outbox/dead/n_same/revive', { token: tokenB, revive: true });
    expect(b.status).toBe(200);
    expect(b.json).toMatchObject({
      id: 'n_same',
      createdAt: '2026-06-01T10:05:00.000Z',
      revivedAt: clock.toISOString(),
    });
    expect((await outbox.listDead(10, { organisation: A.id })).map((d) => d.id)).toEqual([
      'n_same',
      'n_sms',
      'n_third',
    ]);
    // A notification of A only is not found at B's address.
    const cross = await call('/o/lyon/api/admin/outbox/dead/n_sms/revive', { token: tokenB, revive: true });
    expect([cross.status, cross.json.error?.code]).toEqual([404, 'notificationNotFound']);

    const a = await call('/o/cd93/api/admin/outbox/dead/n_sms/revive', { token: tokenA, revive: true });
    expect(a.status).toBe(200);
    expect(a.json).toMatchObject({ id: 'n_sms', channel: 'sms', attempts: 1, revivedAt: clock.toISOString() });
    expect(a.text).not.toContain('612345678');
    // Back in the queue: the dispatcher claims it on its next pass, attempts counted from zero.
    const next = await outbox.claim(10, new Date(clock.getTime() + 1000));
    expect(next.filter((n) => n.id === 'n_sms')).toEqual([
      expect.objectContaining({ attempts: 0, organisation: A.id }),
    ]);
    // Once only; one still being tried (not set aside) and an id that cannot exist are 404s too.
    for (const id of ['n_sms', 'n_retry', 'n_unknown', '%20']) {
      const again = await call(`/o/cd93/api/admin/outbox/dead/${id}/revive`, { token: tokenA, revive: true });
      expect([id, again.status, again.json.error?.code]).toEqual([id, 404, 'notificationNotFound']);
    }
    expect((await call('/o/cd93/api/admin/outbox/dead', { token: tokenA })).json.items?.map((d) => d.id)).toEqual([
      'n_same',
      'n_third',
    ]);

    // Each council's audit log holds its own revive: who, when, what it was.
    const auditA = (await call('/o/cd93/api/admin/audit', { token: tokenA })).json as unknown as {
      items: { action: string; actor: unknown; at: string; target: unknown; before: unknown; after: unknown }[];
    };
    expect(auditA.items).toEqual([
      expect.objectContaining({
        action: 'notification.revive',
        actor: { id: 'acc_admin', role: 'admin' },
        at: clock.toISOString(),
        target: { type: 'notification', id: 'n_sms', version: null },
        before: expect.objectContaining({ id: 'n_sms', channel: 'sms', lastError: 'SmtpError EENVELOPE 550' }),
        after: { revivedAt: clock.toISOString() },
      }),
    ]);
    const auditB = (await call('/o/lyon/api/admin/audit', { token: tokenB })).json as unknown as {
      items: { target: { id: string } }[];
    };
    expect(auditB.items.map((e) => e.target.id)).toEqual(['n_same']);
  });
}

describe('dead letters over HTTP, PGlite', () => {
  deadLettersOn(pgliteTestDatabase);
});

describe.skipIf(!DATABASE_URL)('dead letters over HTTP, PostgreSQL', () => {
  deadLettersOn(() => pgTestDatabase(DATABASE_URL!));
});
