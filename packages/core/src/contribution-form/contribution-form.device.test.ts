import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { CreatedContribution, PublicSpace } from '../store/backend.port.js';
import { formActors } from './contribution-form.actors.js';
import { deviceActions, toDeliveryFailure } from './contribution-form.device.js';
import { draftKeyOf, draftOf, NOT_IN_DRAFT, worthKeeping } from './contribution-form.draft.js';
import { contributionFormMachine } from './contribution-form.machine.js';
import type {
  DeliveryRequest,
  FormBackend,
  FormDevice,
  FormDraft,
  FormOutboxEvent,
  FormState,
} from './contribution-form.types.js';
import { EMPTY_VALUES } from './contribution-form.validate.js';

const SPACE = { id: 's_1', slug: 'nord', answerWithinDays: 60, themes: [{ id: 'mobilite', label: 'Mobilité' }] };
const CREATED = { contribution: { id: 'c_1' }, followUp: { code: 'K7P-4QX', secret: 's3cret' } } as CreatedContribution;
const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

/** A device in memory: drafts in a map, an outbox the test drives. */
function fakeDevice(opts: { space?: PublicSpace | null; saved?: FormDraft; pending?: string[] } = {}) {
  const drafts = new Map<string, FormDraft>(opts.saved ? [['nord', opts.saved]] : []);
  const listeners = new Set<(e: FormOutboxEvent) => void>();
  const calls = { sent: [] as DeliveryRequest[], flushed: 0, started: 0, stopped: 0 };
  let answer: () => Promise<CreatedContribution> = async () => CREATED;
  const backend: FormBackend = {
    getSpace: async (id) => (id === 'nord' ? (opts.space === undefined ? (SPACE as PublicSpace) : opts.space) : null),
  };
  const device: FormDevice = {
    drafts: {
      save: async (key, draft) => void drafts.set(key, draft),
      load: async (key) => drafts.get(key) ?? null,
      clear: async (key) => void drafts.delete(key),
    },
    outbox: {
      send: async (request) => {
        calls.sent.push(request);
        return answer();
      },
      flush: async () => {
        calls.flushed += 1;
      },
      has: async (key) => opts.pending?.includes(key) ?? false,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      start: () => {
        calls.started += 1;
        return () => {
          calls.stopped += 1;
        };
      },
    },
  };
  const emit = (e: FormOutboxEvent) => {
    for (const l of listeners) l(e);
  };
  const answerWith = (f: typeof answer) => {
    answer = f;
  };
  return { backend, device, drafts, calls, emit, answer: answerWith };
}

function start(fake: ReturnType<typeof fakeDevice> | null, input: { kinds?: ['proposal']; mode?: 'assisted' } = {}) {
  const machine = contributionFormMachine.provide({
    actors: formActors(Promise.resolve(fake?.backend ?? null), Promise.resolve(fake && deviceActions(fake.device))),
  });
  return createActor(machine, { input: { spaceId: 'nord', idempotencyKey: 'k1', ...input } }).start();
}

describe('what a draft keeps', () => {
  const state = (value: unknown, values: object, resumeStep?: string): FormState =>
    ({
      value,
      context: { values: { ...EMPTY_VALUES, ...values }, idempotencyKey: 'k', resumeStep },
    }) as unknown as FormState;

  it('keeps the answers, the step and the key, never contact details nor the honeypot', () => {
    const draft = draftOf(
      state({ editing: 'followUp' }, { title: 'Un bus', email: 'a@b.fr', phone: '06', contactConsent: true }),
    );
    expect(draft.step).toBe('followUp');
    expect(draft.idempotencyKey).toBe('k');
    expect(draft.values.title).toBe('Un bus');
    for (const field of NOT_IN_DRAFT) expect(draft.values).not.toHaveProperty(field);
  });

  it('outside a step, keeps the step a restored draft asked for, else the review', () => {
    expect(draftOf(state('unavailable', {}, 'place')).step).toBe('place');
    expect(draftOf(state('queued', {})).step).toBe('review');
  });

  it('is worth keeping once the person answered something (a single offered kind is not an answer)', () => {
    const draft = (values: object) => ({ values: { ...EMPTY_VALUES, ...values } });
    expect(worthKeeping(draft({}), ['proposal', 'question'])).toBe(false);
    expect(worthKeeping(draft({ kind: 'proposal' }), ['proposal'])).toBe(false);
    expect(worthKeeping(draft({ kind: 'proposal' }), ['proposal', 'question'])).toBe(true);
    expect(worthKeeping(draft({ wantsContact: true }), ['proposal'])).toBe(true);
  });

  it('keeps a facilitator’s draft apart from the public one', () => {
    expect(draftKeyOf({ spaceId: 'nord', mode: 'public' })).toBe('nord');
    expect(draftKeyOf({ spaceId: 'nord', mode: 'assisted' })).toBe('nord:assisted');
  });
});

describe('which failures read as refusals', () => {
  it.each([
    [{ kind: 'offline', message: 'Pas de réseau' }, 'offline'],
    [{ kind: 'rejected', message: 'Titre manquant', issues: [{ path: ['title'], message: 'x' }] }, 'rejected'],
    [{ kind: 'forbidden', message: 'Réservé aux animateurs' }, 'rejected'],
    [{ kind: 'unauthorized', message: 'Connectez-vous' }, 'rejected'],
    [{ kind: 'rejected', status: 403, message: 'Non' }, 'rejected'],
    // No acknowledgement: kept in the outbox, which sends it again by itself (issue 21 §5).
    [{ kind: 'error', status: 503, message: 'Service indisponible' }, 'offline'],
    [{ kind: 'error', status: 500, message: 'Erreur' }, 'offline'],
    [{ kind: 'error', status: 429, message: 'Trop de demandes' }, 'offline'],
    [{ kind: 'rejected', status: 408, message: 'Délai' }, 'offline'],
    [{ kind: 'offline', status: 0, message: 'Délai dépassé' }, 'offline'],
    [{ kind: 'rejected', status: 422, message: 'Titre manquant' }, 'rejected'],
    [{ kind: 'conflict', status: 409, message: 'Déjà là' }, 'error'],
    [{ kind: 'conflict', message: 'Déjà là' }, 'error'],
    [{ kind: 'notFound', message: 'Groupe inconnu' }, 'error'],
    [new TypeError('boom'), 'error'],
    ['boom', 'error'],
  ])('%o → %s', (thrown, kind) => {
    const failure = toDeliveryFailure(thrown);
    expect(failure.kind).toBe(kind);
    expect(typeof failure.message).toBe('string');
  });

  it('keeps the field issues of a refusal, for the form to show', () => {
    expect(toDeliveryFailure({ kind: 'rejected', message: 'x', issues: [{ path: ['title'], message: 'y' }] })).toEqual({
      kind: 'rejected',
      message: 'x',
      issues: [{ path: ['title'], message: 'y' }],
    });
  });
});

describe('the device of a form', () => {
  it('brings the group; without a back end or with an unknown group, the service is unavailable', async () => {
    const known = start(fakeDevice());
    await settle();
    expect(known.getSnapshot().context.space?.id).toBe('s_1');
    const none = start(null);
    await settle();
    expect(none.getSnapshot().value).toBe('unavailable');
    const unknown = start(fakeDevice({ space: null }));
    await settle();
    expect(unknown.getSnapshot().value).toBe('unavailable');
  });

  it('restores a draft left on this device, at its step, and says so', async () => {
    const saved = { values: { kind: 'proposal', title: 'Brouillon' }, step: 'content', idempotencyKey: 'old' } as const;
    const actor = start(fakeDevice({ saved }));
    await settle();
    const s = actor.getSnapshot();
    expect(s.value).toEqual({ editing: 'content' });
    expect([s.context.values.title, s.context.idempotencyKey, s.context.restored]).toEqual(['Brouillon', 'old', true]);
  });

  it('shows a submission still in the outbox as queued, not as a draft', async () => {
    const saved = { values: { kind: 'proposal' }, step: 'review', idempotencyKey: 'old' } as const;
    const actor = start(fakeDevice({ saved, pending: ['old'] }));
    await settle();
    expect(actor.getSnapshot().value).toBe('queued');
    expect(actor.getSnapshot().context.restored).toBe(false);
  });

  it('keeps what the person typed over a draft arriving later', async () => {
    const saved = { values: { kind: 'question' }, step: 'content', idempotencyKey: 'old' } as const;
    const fake = fakeDevice({ saved });
    const machine = contributionFormMachine.provide({
      actors: formActors(
        Promise.resolve(fake.backend),
        new Promise((r) => setTimeout(() => r(deviceActions(fake.device)), 20)),
      ),
    });
    const actor = createActor(machine, { input: { spaceId: 'nord', idempotencyKey: 'k1' } }).start();
    actor.send({ type: 'form.change', field: 'kind', value: 'proposal' });
    await new Promise((r) => setTimeout(r, 40));
    await settle();
    expect(actor.getSnapshot().context.values.kind).toBe('proposal');
    expect(fake.drafts.get('nord')?.values.kind).toBe('proposal');
  });

  it('saves the draft as the person answers, without contact details, and clears it once stored', async () => {
    const fake = fakeDevice();
    const actor = start(fake, { kinds: ['proposal'] });
    await settle();
    expect(fake.drafts.has('nord')).toBe(false);
    actor.send({ type: 'form.change', field: 'title', value: 'Un bus plus tôt' });
    await settle();
    expect(fake.drafts.get('nord')).toEqual({
      values: expect.objectContaining({ title: 'Un bus plus tôt' }),
      step: 'content',
      idempotencyKey: 'k1',
    });
    for (const [field, value] of [
      ['body', 'Le premier bus arrive trop tard.'],
      ['theme', 'mobilite'],
      ['pseudonym', 'Camille'],
      ['wantsContact', true],
      ['email', 'camille@exemple.fr'],
      ['contactConsent', true],
    ] as const)
      actor.send({ type: 'form.change', field, value });
    await settle();
    expect(fake.drafts.get('nord')?.values).not.toHaveProperty('email');
    for (let i = 0; i < 4; i++) actor.send({ type: 'form.next' });
    actor.send({ type: 'form.submit' });
    await settle();
    expect(actor.getSnapshot().value).toBe('sent');
    expect(actor.getSnapshot().context.result).toEqual({
      id: 'c_1',
      followUpCode: 'K7P-4QX',
      secret: 's3cret',
      answerWithinDays: 60,
    });
    expect(fake.calls.sent[0]!.body.contact).toEqual({ email: 'camille@exemple.fr', consent: true });
    expect(fake.drafts.has('nord')).toBe(false);
  });

  it('starting over drops the restored draft', async () => {
    const saved = { values: { kind: 'proposal', title: 'Brouillon' }, step: 'content', idempotencyKey: 'old' } as const;
    const fake = fakeDevice({ saved });
    const actor = start(fake);
    await settle();
    actor.send({ type: 'form.startOver', idempotencyKey: 'k2' });
    await settle();
    expect(actor.getSnapshot().value).toEqual({ editing: 'kind' });
    expect(actor.getSnapshot().context).toMatchObject({ restored: false, idempotencyKey: 'k2' });
    expect(fake.drafts.has('nord')).toBe(false);
  });

  it('brings the outbox’s later delivery or refusal of this submission to a queued form, only of this one', async () => {
    const saved = { values: { kind: 'proposal' }, step: 'review', idempotencyKey: 'old' } as const;
    const fake = fakeDevice({ saved, pending: ['old'] });
    const actor = start(fake);
    await settle();
    expect(fake.calls.started).toBe(1);
    fake.emit({ type: 'delivered', idempotencyKey: 'other', created: CREATED });
    await settle();
    expect(actor.getSnapshot().value).toBe('queued');
    fake.emit({ type: 'delivered', idempotencyKey: 'old', created: CREATED });
    await settle();
    expect(actor.getSnapshot().value).toBe('sent');

    const refused = start(fakeDevice({ saved, pending: ['old'] }));
    await settle();
    const again = fakeDevice({ saved, pending: ['old'] });
    const second = start(again);
    await settle();
    again.emit({ type: 'rejected', idempotencyKey: 'old', error: { kind: 'forbidden', message: 'Réservé' } });
    expect(second.getSnapshot().value).toBe('failed');
    expect(second.getSnapshot().context.failure).toEqual({ kind: 'rejected', message: 'Réservé' });
    refused.stop();
    second.stop();
    expect(again.calls.stopped).toBe(1);
  });

  it('"try now" flushes the outbox and says when there is still no connection', async () => {
    const saved = { values: { kind: 'proposal' }, step: 'review', idempotencyKey: 'old' } as const;
    const fake = fakeDevice({ saved, pending: ['old'] });
    const actor = start(fake);
    await settle();
    actor.send({ type: 'form.tryNow' });
    expect(actor.getSnapshot().context.tryNow).toBe('trying');
    await settle();
    expect(fake.calls.flushed).toBe(1);
    expect(actor.getSnapshot().context.tryNow).toBe('stillOffline');
  });

  it('queues a submission made offline; a refusal goes back to the review with the fields to correct', async () => {
    const fill = async (answer: () => Promise<CreatedContribution>) => {
      const fake = fakeDevice();
      fake.answer(answer);
      const actor = start(fake, { kinds: ['proposal'] });
      await settle();
      for (const [field, value] of [
        ['title', 'Un bus'],
        ['body', 'Trop tard.'],
        ['theme', 'mobilite'],
        ['pseudonym', 'Camille'],
      ] as const)
        actor.send({ type: 'form.change', field, value });
      for (let i = 0; i < 3; i++) actor.send({ type: 'form.next' });
      actor.send({ type: 'form.submit' });
      await settle();
      return actor.getSnapshot();
    };
    expect((await fill(() => Promise.reject({ kind: 'offline', message: 'Pas de réseau' }))).value).toBe('queued');
    const refused = await fill(() =>
      Promise.reject({ kind: 'rejected', message: 'Non', issues: [{ path: ['title'], message: 'Titre refusé' }] }),
    );
    expect(refused.value).toEqual({ editing: 'review' });
    expect(refused.context.errors.title).toEqual({ code: 'invalid' });
  });
});

describe('formActors', () => {
  it('delivers through the device once it has arrived, and fails plainly without one', async () => {
    const none = formActors(Promise.resolve(null), Promise.resolve(null));
    const actor = createActor(none.deliver, { input: { body: {} as DeliveryRequest['body'], idempotencyKey: 'k' } });
    const outcome = new Promise((resolve) => actor.subscribe({ error: resolve }));
    actor.start();
    expect(await outcome).toMatchObject({ kind: 'error' });
  });
});
