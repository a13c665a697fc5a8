import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../memory/memory.store.js';
import { createHandler } from '../server/handler.js';
import { type Served, serve } from '../server/serve.js';
import { BackendFailure } from '../service/backend.js';
import { ParticipeApiError } from '../service/errors.js';
import { space } from '../testing/fixtures.js';
import { readThenWrite } from '../testing/read-then-write.js';
import { testTokens } from '../testing/tokens.js';
import { createHttpBackend } from './backend.js';
import { type ApiClientOptions, createApiClient } from './client.js';

const TOKENS = testTokens();
const input = (over: Record<string, unknown> = {}) => ({
  spaceId: 'groupe-rsa-nord',
  kind: 'question' as const,
  title: 'Comment déclarer une reprise d’emploi ?',
  body: 'Je commence un contrat lundi et je ne sais pas à qui le dire.',
  theme: 'emploi-insertion',
  author: { pseudonym: 'Sam' },
  ...over,
});

async function caught(p: Promise<unknown>): Promise<ParticipeApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParticipeApiError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('createApiClient against the real server on loopback', () => {
  let served: Served;
  let store: MemoryStore;
  let api: string;
  let proToken: string;
  const calls: string[] = [];
  /** Counts what reaches the server, to see what a retry really sent. */
  const counting: typeof fetch = (url, init) => {
    calls.push(`${init?.method ?? 'GET'} ${String(url).replace(api, '')}`);
    return fetch(url, init);
  };
  const noWait: Pick<ApiClientOptions, 'sleep' | 'random'> = { sleep: async () => {}, random: () => 1 };

  beforeAll(async () => {
    store = new MemoryStore();
    await store.putSpace(space());
    served = await serve(createHandler({ store, tokens: TOKENS.service, rateLimit: false }), { port: 0 });
    api = `${served.url}/api`;
    proToken = await TOKENS.sign({ role: 'professional', memberId: 'pro_1', spaceIds: ['groupe-rsa-nord'] });
  });
  afterAll(() => served.close());

  it('runs the loop: send, list, read, answer as a professional, see it as the author', async () => {
    const citizen = createApiClient(api);
    const pro = readThenWrite(createApiClient(`${api}/`, { token: () => proToken }));
    const created = await citizen.createContribution(input());
    const id = created.contribution.id;
    expect(created.contribution.status).toBe('published');
    expect((await citizen.resolveFollowUpCode(created.followUp.code.toLowerCase())).contributionId).toBe(id);
    const page = await citizen.listContributions({ space: 'groupe-rsa-nord', status: ['published'], limit: 5 });
    expect(page.items.map((c) => c.id)).toContain(id);
    await pro.sendContributionEvent(id, { type: 'contribution.review', data: {} }, { expectedVersion: 2 });
    const answer = {
      verdict: 'answered' as const,
      text: 'Signalez-le en ligne dans les 8 jours.',
      service: 'Service RSA',
    };
    await pro.sendContributionEvent(id, { type: 'contribution.decide', data: { answer } });
    expect((await citizen.getContribution(id)).answer).toBeNull();
    await pro.sendContributionEvent(id, { type: 'contribution.publish', data: {} });
    const seen = await citizen.getContribution(id, { secret: created.followUp.secret });
    expect(seen).toMatchObject({ status: 'answered', answer: { text: answer.text } });
    const timeline = await citizen.getTimeline(id);
    expect(timeline.map((e) => e.type)).toEqual([
      'contribution.created',
      'contribution.submit',
      'contribution.review',
      'contribution.publish',
    ]);
    expect((await citizen.getStats('groupe-rsa-nord')).byStatus.answered).toBe(1);
    expect((await citizen.getSpace('groupe-rsa-nord')).id).toBe('s_nord');
    expect((await citizen.getComposition('groupe-rsa-nord')).parityOk).toBe(false);
    expect((await citizen.getCycle('groupe-rsa-nord')).phase).toBe('mobilise');
    expect((await citizen.listPhases({ locale: 'en' })).items[0]?.label.standard).toMatch(/^[A-Z]/);
    expect((await citizen.getQuestionnaire()).locale).toBe('fr');
    expect((await pro.submitDiagnostic('groupe-rsa-nord', { answers: {} })).complete).toBe(false);
    expect((await pro.getDiagnosticAggregate('groupe-rsa-nord')).counts.professional).toBe(1);
    const exported = await citizen.exportMyData({
      followUpCode: created.followUp.code,
      secret: created.followUp.secret,
    });
    expect(exported.notifications.map((n) => n.kind)).toEqual(['answerPublished']);
  });

  it('throws typed errors carrying the API’s code, message and field issues', async () => {
    const en = createApiClient(api, { locale: 'en' });
    const invalid = await caught(en.createContribution(input({ title: '' })));
    expect(invalid).toMatchObject({ status: 422, code: 'invalidInput' });
    expect(invalid.issues).toContainEqual({ path: 'title', message: expect.stringContaining('example') });
    expect(await caught(en.getContribution('c_nope'))).toMatchObject({ status: 404, code: 'contributionNotFound' });
    const created = await en.createContribution(input());
    const pro = createApiClient(api, { token: proToken });
    const stale = await caught(
      pro.sendContributionEvent(
        created.contribution.id,
        { type: 'contribution.review', data: {} },
        { expectedVersion: 1 },
      ),
    );
    expect(stale).toMatchObject({ status: 409, code: 'versionConflict' });
  });

  it('retries reads and keyed creates after a lost answer, and sends the create only once', async () => {
    let drop = 2;
    // The request reaches the server, then the answer is lost on the way back.
    const lossy: typeof fetch = async (url, init) => {
      const res = await counting(url, init);
      if (drop-- > 0) throw new TypeError('fetch failed');
      return res;
    };
    const client = createApiClient(api, { fetch: lossy, ...noWait });
    calls.length = 0;
    const before = (await store.listContributions({ limit: 100 })).items.length;
    const created = await client.createContribution(input({ title: 'Envoyée une seule fois' }));
    expect(calls.filter((c) => c === 'POST /contributions')).toHaveLength(3);
    expect((await store.listContributions({ limit: 100 })).items.length).toBe(before + 1);
    expect((await store.getContribution(created.contribution.id))?.status).toBe('published');
  });

  it('sends other writes once: a lost answer is an error, not a second event', async () => {
    const created = await createApiClient(api).createContribution(input());
    let drop = 1;
    const lossy: typeof fetch = async (url, init) => {
      const res = await counting(url, init);
      if (drop-- > 0) throw new TypeError('fetch failed');
      return res;
    };
    calls.length = 0;
    const pro = createApiClient(api, { fetch: lossy, token: proToken, ...noWait });
    const lost = await caught(
      pro.sendContributionEvent(
        created.contribution.id,
        { type: 'contribution.review', data: {} },
        { expectedVersion: created.contribution.version },
      ),
    );
    expect(lost).toMatchObject({ status: 0, code: 'network' });
    expect(calls).toHaveLength(1);
    expect((await store.getContribution(created.contribution.id))?.status).toBe('underReview');
  });

  it('times out each attempt and backs off exponentially with jitter', async () => {
    const delays: number[] = [];
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const client = createApiClient(api, {
      fetch: hanging,
      timeoutMs: 20,
      retries: 3,
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.5,
    });
    const e = await caught(client.listSpaces());
    expect(e).toMatchObject({ status: 0, code: 'timeout' });
    expect(e.message).toMatch(/trop de temps/);
    expect(delays).toEqual([125, 250, 500]);
  });

  it('waits as long as Retry-After says on a 429, and gives up when it is too long', async () => {
    const limited = await serve(createHandler({ store, rateLimit: { capacity: 1, refillPerSecond: 0.01 } }), {
      port: 0,
    });
    try {
      const delays: number[] = [];
      const client = createApiClient(`${limited.url}/api`, {
        retries: 2,
        sleep: async (ms) => {
          delays.push(ms);
        },
        random: () => 0,
      });
      await client.listSpaces();
      const e = await caught(client.listSpaces());
      expect(e).toMatchObject({ status: 429, code: 'rateLimited' });
      expect(delays).toEqual([]);
      const patient = createApiClient(`${limited.url}/api`, { retries: 1, maxRetryAfterMs: 1_000_000, ...noWait });
      const again = await caught(patient.listSpaces());
      expect(again.status).toBe(429);
      expect(Number(again.headers['Retry-After'])).toBeGreaterThan(1);
    } finally {
      await limited.close();
    }
  });

  it('serves the widgets’ back end port', async () => {
    const backend = createHttpBackend({ endpoint: api });
    const publicSpace = await backend.getSpace('groupe-rsa-nord');
    expect(publicSpace).toMatchObject({ id: 's_nord', answerWithinDays: 60, composition: { size: 0 } });
    expect(await backend.getSpace('nowhere')).toBeNull();
    const created = await backend.createContribution(input(), '7d1f6a0e-9c2b-4b8e-a1f3-5e6d7c8b9a00');
    const detail = await backend.getContribution(created.contribution.id);
    expect(detail?.timeline).toHaveLength(2);
    expect(await backend.resolveFollowUpCode(created.followUp.code)).toBe(created.contribution.id);
    expect(await backend.resolveFollowUpCode('AAA-AAA')).toBeNull();
    const page = await backend.listContributions({ spaceId: 's_nord', status: 'published' });
    expect(page.items.length).toBeGreaterThan(0);
    const failure = await backend
      .createContribution(input({ theme: 'x y' }), '7d1f6a0e-9c2b-4b8e-a1f3-5e6d7c8b9a01')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(BackendFailure);
    expect(failure).toMatchObject({ kind: 'rejected', issues: [{ path: ['theme'] }] });
  });
});
