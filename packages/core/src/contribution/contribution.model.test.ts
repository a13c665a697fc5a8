import { afterAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { type ContributionSnapshot, statusOf } from './contribution.connect.js';
import { decide, ev, input } from './contribution.fixtures.js';
import { contributionMachine, DECLINE_REASON_MIN } from './contribution.machine.js';
import { replay } from './contribution.replay.js';
import type { ContributionEvent, StoredContributionEvent } from './contribution.types.js';

// The events the model may try in any state: every type with its allowed role, plus
// refusals a real client might attempt (wrong role, missing reasons, unknown commitment).
const EVENTS: ContributionEvent[] = [
  ev('contribution.edit', 'author'),
  ev('contribution.edit', 'professional'),
  ev('contribution.submit', 'author'),
  ev('contribution.approve', 'facilitator'),
  ev('contribution.hide', 'facilitator'),
  ev('contribution.hide', 'professional'),
  ev('contribution.restore', 'facilitator'),
  ev('contribution.withdraw', 'author'),
  ev('contribution.review', 'professional'),
  decide('accepted'),
  decide('partlyAccepted'),
  decide('declined'),
  decide('declined', 'Non.'),
  decide('answered'),
  decide('duplicate'),
  ev('contribution.decide', 'citizen'),
  ev('contribution.publish', 'professional'),
  ev('contribution.commit', 'professional'),
  ev('contribution.start', 'professional'),
  ev('contribution.progress', 'professional'),
  ev('contribution.progress', 'professional', { update: { commitmentId: 'k_unknown', text: 'x', percent: 10 } }),
  ev('contribution.complete', 'professional'),
];

// Context that changes what may happen next is part of the state; counters are capped so
// the graph stays finite.
const serializeState = (s: ContributionSnapshot) =>
  JSON.stringify({
    value: s.value,
    verdict: s.context.answer?.verdict ?? null,
    published: Boolean(s.context.answer?.publishedAt),
    commitments: Math.min(s.context.commitments.length, 1),
    progress: Math.min(s.context.progress.length, 1),
    history: s.value === 'hidden' ? s.historyValue : null,
  });
const serializeEvent = (e: ContributionEvent) => JSON.stringify(e);

/** Invariants every snapshot must hold, whatever path led there. */
function checkInvariants(s: ContributionSnapshot) {
  const status = statusOf(s);
  const c = s.context;
  if (['published', 'underReview', 'decided'].includes(status)) expect(c.publishedAt).not.toBeNull();
  if (status === 'decided') expect(c.answer?.publishedAt).toBeNull();
  if (['accepted', 'partlyAccepted', 'declined', 'answered', 'duplicate', 'inProgress', 'done'].includes(status)) {
    expect(c.answer?.publishedAt).not.toBeNull();
  }
  if (status === 'declined') expect(c.answer!.text.trim().length).toBeGreaterThanOrEqual(DECLINE_REASON_MIN);
  if (status === 'inProgress' || status === 'done') expect(c.commitments.length).toBeGreaterThan(0);
  if (status === 'done') expect(c.progress.length).toBeGreaterThan(0);
  if (status === 'hidden') expect(c.hidden?.reason).toBeTruthy();
  if (status !== 'hidden') expect(c.hidden).toBeNull();
  if (status === 'withdrawn') expect(c.answer?.publishedAt ?? null).toBeNull();
}

/**
 * The system under test: a live actor driven by the path's events, whose accepted events
 * are stored as the server stores them; after each step the stored history is replayed.
 */
function makeSut(premoderated: boolean) {
  const created = input({ premoderated });
  const actor = createActor(contributionMachine, { input: created }).start();
  const stored: StoredContributionEvent[] = [
    {
      contributionId: created.id,
      seq: 1,
      type: 'contribution.created',
      actor: created.actor,
      at: created.at,
      data: { ...created, actor: undefined, at: undefined } as unknown as Record<string, unknown>,
    },
  ];
  delete stored[0]!.data.actor;
  delete stored[0]!.data.at;
  return {
    send(e: ContributionEvent) {
      const before = actor.getSnapshot().context.version;
      actor.send(e);
      if (actor.getSnapshot().context.version > before) {
        const { type, actor: who, at, ...data } = e;
        stored.push({ contributionId: created.id, seq: before + 1, type, actor: who, at, data });
      }
    },
    check(model: ContributionSnapshot) {
      const live = actor.getSnapshot();
      // The model abstracts counters away: compare what the model keeps, then the full
      // context between the live actor and the replay of what was stored.
      expect(serializeState(live)).toEqual(serializeState(model));
      const replayed = replay(stored);
      expect(replayed.value).toEqual(live.value);
      expect(replayed.context).toEqual(live.context);
      checkInvariants(live);
    },
  };
}

const counts: string[] = [];
afterAll(() => console.log(`contributionMachine model-based paths: ${counts.join('; ')}`));

describe.each([false, true])('contributionMachine model (premoderated: %s)', (premoderated) => {
  const model = createTestModel(contributionMachine, {
    input: input({ premoderated }),
    events: EVENTS,
    serializeState,
    serializeEvent,
  });
  const shortest = model.getShortestPaths({ allowDuplicatePaths: true });
  const adjacency = model.getAdjacencyMap();
  const states = Object.keys(adjacency);
  const edges = Object.entries(adjacency).flatMap(([from, v]) =>
    Object.entries(v.transitions as Record<string, { event: ContributionEvent; state: ContributionSnapshot }>).map(
      ([_e, t]) => ({ from, event: t.event, to: t.state }),
    ),
  );
  const pathTo = new Map(shortest.map((p) => [serializeState(p.state), p]));

  it('reaches every state of the machine', () => {
    const reached = new Set(shortest.map((p) => statusOf(p.state)));
    const expected = premoderated
      ? ['draft', 'submitted', 'published', 'underReview', 'decided', 'accepted', 'partlyAccepted', 'declined']
      : ['draft', 'published', 'underReview', 'decided', 'accepted', 'partlyAccepted', 'declined'];
    for (const s of [...expected, 'answered', 'duplicate', 'inProgress', 'done', 'hidden', 'withdrawn'])
      expect(reached).toContain(s);
    expect(reached.has('submitted')).toBe(premoderated);
  });

  it.each(
    shortest.map(
      (p, i) => [i + 1, p.steps.map((s) => s.event.type.replace('contribution.', '')).join(' → '), p] as const,
    ),
  )('shortest path %i: %s', (_i, _d, path) => {
    const sut = makeSut(premoderated);
    for (const step of path.steps) {
      if ((step.event.type as string) !== 'xstate.init') sut.send(step.event);
      sut.check(step.state);
    }
  });

  it(`takes every transition (${edges.length} edges from ${states.length} states)`, () => {
    for (const edge of edges) {
      const prefix = pathTo.get(edge.from);
      expect(prefix, edge.from).toBeDefined();
      const sut = makeSut(premoderated);
      for (const step of prefix!.steps) if ((step.event.type as string) !== 'xstate.init') sut.send(step.event);
      sut.send(edge.event);
      sut.check(edge.to);
    }
    counts.push(
      `premoderated=${premoderated}: ${shortest.length} shortest paths, ${edges.length} transitions, ${states.length} states`,
    );
  });
});
