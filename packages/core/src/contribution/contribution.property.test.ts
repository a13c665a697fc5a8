import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { schemas } from '../schemas.js';
import { decide, ev, input } from './contribution.fixtures.js';
import { contributionMachine } from './contribution.machine.js';
import { replay } from './contribution.replay.js';
import type { ContributionEvent, StoredContributionEvent } from './contribution.types.js';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const slug = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);
// Any unicode, including emoji, RTL marks and markup: stored exactly as written.
const words = (max: number) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0 && s.length <= max);

const content = fc.record(
  {
    kind: fc.constantFrom('observation', 'proposal', 'question', 'testimony'),
    title: words(120),
    body: words(400),
    theme: slug,
    territory: words(120),
  },
  { requiredKeys: ['kind', 'title', 'body', 'theme'] },
);

const contributionInput = fc
  .tuple(content, id, fc.constantFrom('online', 'assisted', 'meeting'), words(60), fc.option(id, { nil: undefined }))
  .map(([c, spaceId, channel, pseudonym, meetingId]) => ({
    ...c,
    spaceId,
    channel,
    author: { pseudonym },
    ...(channel === 'assisted'
      ? { assisted: { onBehalfOf: pseudonym, facilitatorId: spaceId, consentMethod: 'oral' as const } }
      : {}),
    ...(channel === 'meeting' ? { meetingId: meetingId ?? 'm_1' } : {}),
  }));

const space = fc.record({
  id,
  slug,
  name: words(120),
  policyArea: words(120),
  territory: words(120),
  charter: fc.record({ text: fc.string({ maxLength: 300 }), adoptedOn: fc.option(day, { nil: null }) }),
  composition: fc.record({
    concernedShareMin: fc.double({ min: 0, max: 1, noNaN: true }),
    targetSize: fc.integer({ min: 2, max: 500 }),
  }),
  createdOn: day,
});

const answer = fc.record(
  {
    verdict: fc.constantFrom('accepted', 'partlyAccepted', 'declined', 'answered', 'duplicate'),
    text: words(400),
    service: words(120),
    duplicateOf: id,
  },
  { requiredKeys: ['verdict', 'text', 'service'] },
);

const ARBITRARIES = {
  ContributionInput: contributionInput,
  Space: space,
  Answer: answer,
  Commitment: fc.record({ id, what: words(500), owner: words(120), due: day }),
  ProgressUpdate: fc.record({ commitmentId: id, text: words(400), percent: fc.integer({ min: 0, max: 100 }) }),
  ContributionEvent: fc.record({
    contributionId: id,
    seq: fc.integer({ min: 1, max: 1e6 }),
    type: fc.constantFrom('contribution.submit', 'contribution.hide'),
    actor: fc.record({ role: fc.constantFrom('author', 'facilitator'), id: fc.option(id, { nil: null }) }),
    at: instant,
    // Event data is JSON: -0 is not a JSON number, so values are normalised first.
    data: fc.dictionary(fc.string(), fc.jsonValue()).map((d) => JSON.parse(JSON.stringify(d))),
  }),
} as const;

describe('schemas (property-based)', () => {
  it.each(Object.keys(ARBITRARIES) as (keyof typeof ARBITRARIES)[])(
    '%s: what it accepts round-trips through JSON unchanged',
    (name) => {
      const schema = schemas[name];
      fc.assert(
        fc.property(ARBITRARIES[name], (value) => {
          const parsed = schema.safeParse(value);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
          const again = schema.parse(JSON.parse(JSON.stringify(parsed.data)));
          expect(again).toEqual(parsed.data);
        }),
        { numRuns: 200 },
      );
    },
  );

  it('random input either parses or fails with issues that carry paths, for every public schema', () => {
    const evil = fc.oneof(
      fc.anything({ withObjectString: true, withNullPrototype: true }),
      fc.jsonValue(),
      contributionInput.chain((v) =>
        fc
          .tuple(fc.constantFrom(...Object.keys(v), '__proto__', 'constructor'), fc.anything())
          .map(([k, bad]) => ({ ...v, [k]: bad })),
      ),
      fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "title": "x"}')),
    );
    fc.assert(
      fc.property(evil, fc.constantFrom(...(Object.keys(schemas) as (keyof typeof schemas)[])), (value, name) => {
        const r = schemas[name].safeParse(value);
        if (!r.success) {
          expect(r.error.issues.length).toBeGreaterThan(0);
          for (const issue of r.error.issues) {
            expect(Array.isArray(issue.path)).toBe(true);
            expect(typeof issue.message).toBe('string');
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('names the field of a too-long title and shows the limit', () => {
    const r = schemas.ContributionInput.safeParse({
      kind: 'proposal',
      title: 'x'.repeat(121),
      body: 'ok',
      theme: 'logement',
      spaceId: 's_1',
      author: { pseudonym: 'Camille' },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['title'], message: '120 caractères au plus' });
  });
});

const POOL: ContributionEvent[] = [
  ev('contribution.edit', 'author', { body: 'Texte revu par l’auteur.' }),
  ev('contribution.edit', 'professional'),
  ev('contribution.submit', 'author'),
  ev('contribution.approve', 'facilitator'),
  ev('contribution.hide', 'facilitator'),
  ev('contribution.restore', 'facilitator'),
  ev('contribution.withdraw', 'author'),
  ev('contribution.review', 'professional'),
  decide('accepted'),
  decide('partlyAccepted'),
  decide('declined'),
  decide('answered'),
  decide('duplicate'),
  ev('contribution.publish', 'professional'),
  ev('contribution.commit', 'professional'),
  ev('contribution.commit', 'professional', {
    commitment: { id: 'k_2', what: 'Un second départ', owner: 'Service mobilité', due: '2026-10-01' },
  }),
  ev('contribution.start', 'professional'),
  ev('contribution.progress', 'professional'),
  ev('contribution.complete', 'professional'),
  ev('contribution.decide', 'citizen'),
];

describe('replay (property-based)', () => {
  it('replaying the stored events of any random path equals the live actor’s snapshot', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.constantFrom(...POOL), { maxLength: 40 }), (premoderated, events) => {
        const created = input({ premoderated });
        const actor = createActor(contributionMachine, { input: created }).start();
        const { actor: who, at, ...data } = created;
        const stored: StoredContributionEvent[] = [
          { contributionId: created.id, seq: 1, type: 'contribution.created', actor: who, at, data },
        ];
        for (const e of events) {
          const before = actor.getSnapshot();
          actor.send(e);
          const after = actor.getSnapshot();
          if (after.context.version > before.context.version) {
            const { type, actor: a, at: when, ...payload } = e;
            stored.push({
              contributionId: created.id,
              seq: after.context.version,
              type,
              actor: a,
              at: when,
              data: payload,
            });
          } else {
            expect(after.value).toEqual(before.value); // a refused event changes nothing
          }
        }
        const replayed = replay(stored);
        expect(replayed.value).toEqual(actor.getSnapshot().value);
        expect(replayed.context).toEqual(actor.getSnapshot().context);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a history with a gap or a forged event, naming its seq', () => {
    const created = input();
    const { actor: who, at, ...data } = created;
    const first: StoredContributionEvent = {
      contributionId: 'c_1',
      seq: 1,
      type: 'contribution.created',
      actor: who,
      at,
      data,
    };
    const publish: StoredContributionEvent = {
      contributionId: 'c_1',
      seq: 2,
      type: 'contribution.publish',
      actor: { role: 'professional', id: 'p_1' },
      at,
      data: {},
    };
    expect(() => replay([first, publish])).toThrow(/seq|refused/);
    expect(() => replay([first, { ...publish, seq: 3 }])).toThrow(/Expected seq 2/);
    expect(() => replay([])).toThrow(/contribution.created/);
  });
});
