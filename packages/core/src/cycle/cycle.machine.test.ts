import { afterAll, describe, expect, it } from 'vitest';
import { createTestModel } from 'xstate/graph';
import { ACTOR_ROLES, type ActorRole } from '../shared/roles.js';
import { CYCLE_EVENT_ROLES, cycleMachine } from './cycle.machine.js';
import { advanceNeeds } from './cycle.needs.js';
import { backTargets, CYCLE_REASON_MIN, PHASE_IDS } from './cycle.phases.js';
import { applyCycleEvent, type CycleSnapshot, phaseOf, replayCycle, startCycle } from './cycle.replay.js';
import type { CycleEvent } from './cycle.types.js';

const at = '2026-04-01T18:00:00.000Z';
const by = (role: ActorRole) => ({ role, id: role === 'citizen' ? null : `${role}_1` });
const e = <T extends CycleEvent['type']>(type: T, role: ActorRole, rest: object = {}) =>
  ({ type, actor: by(role), at, ...rest }) as Extract<CycleEvent, { type: T }>;

const STATEMENT = 'Nous, habitants, considérons que notre problème principal est le manque de bus le matin.';
const FULL_ROUND: CycleEvent[] = [
  e('cycle.facts', 'system', { facts: { memberCount: 14, charterAdoptedOn: '2026-01-15' } }),
  e('cycle.advance', 'facilitator'),
  e('cycle.problem.state', 'concerned', { statement: STATEMENT }),
  e('cycle.advance', 'facilitator'),
  e('cycle.facts', 'system', { facts: { contributionCount: 6, unansweredCount: 6 } }),
  e('cycle.advance', 'facilitator'),
  e('cycle.facts', 'system', { facts: { unansweredCount: 0, commitmentCount: 2 } }),
  e('cycle.advance', 'professional'),
  e('cycle.facts', 'system', { facts: { commitmentsWithProgress: 2 } }),
  e('cycle.advance', 'professional'),
  e('cycle.evaluation.record', 'facilitator', {
    viewpoints: ['residents', 'professionals'],
    summary: 'Bilan partagé.',
  }),
  e('cycle.advance', 'facilitator'),
  e('cycle.advance', 'facilitator'),
];

describe('cycleMachine', () => {
  it('goes through the seven phases and starts a new round after share', () => {
    const snap = replayCycle({ spaceId: 's_1' }, FULL_ROUND);
    expect(phaseOf(snap)).toBe('mobilise');
    expect(snap.context.round).toBe(2);
    expect(snap.context.history.map((h) => h.to)).toEqual([...PHASE_IDS.slice(1), 'mobilise']);
    expect(snap.context.history.at(-1)).toMatchObject({ direction: 'newRound', round: 2 });
    expect(snap.context.problemStatement).toBeNull();
    expect(snap.context.facts.memberCount).toBe(14);
  });

  it('keeps a group without charter in mobilise', () => {
    const s = startCycle({ spaceId: 's_1', facts: { memberCount: 12 } });
    expect(applyCycleEvent(s, e('cycle.advance', 'facilitator'))).toBeNull();
  });

  it('needs a reason to go back, and records it', () => {
    const inDiagnose = replayCycle({ spaceId: 's_1' }, FULL_ROUND.slice(0, 2));
    expect(applyCycleEvent(inDiagnose, e('cycle.back', 'facilitator', { reason: '' }))).toBeNull();
    const back = applyCycleEvent(
      inDiagnose,
      e('cycle.back', 'facilitator', { reason: 'Trop peu de personnes concernées sont venues.' }),
    );
    expect(back && phaseOf(back)).toBe('mobilise');
    expect(back?.context.history.at(-1)).toMatchObject({
      direction: 'back',
      reason: expect.stringMatching(/personnes/),
    });
  });

  it('goes back to any earlier phase of the round with a reason, never forward nor to itself', () => {
    const inAct = replayCycle({ spaceId: 's_1' }, FULL_ROUND.slice(0, 8));
    expect(phaseOf(inAct)).toBe('act');
    const reason = 'Le problème choisi ne parle pas aux habitants du quartier.';
    const back = applyCycleEvent(inAct, e('cycle.back', 'facilitator', { reason, to: 'diagnose' }));
    expect(back && phaseOf(back)).toBe('diagnose');
    expect(back?.context.history.at(-1)).toMatchObject({ from: 'act', to: 'diagnose', direction: 'back', reason });
    for (const to of ['act', 'evaluate', 'share'] as const) {
      expect(applyCycleEvent(inAct, e('cycle.back', 'facilitator', { reason, to }))).toBeNull();
    }
    expect(applyCycleEvent(inAct, e('cycle.back', 'facilitator', { reason: 'court', to: 'mobilise' }))).toBeNull();
    expect(backTargets('act')).toEqual(['mobilise', 'diagnose', 'coConstruct', 'decide']);
    expect(backTargets('mobilise')).toEqual([]);
    // The problem stated stays: going back is not starting again.
    expect(back?.context.problemStatement?.text).toBe(STATEMENT);
  });

  it('records what each viewpoint saw, and needs two of them', () => {
    const inEvaluate = replayCycle({ spaceId: 's_1' }, FULL_ROUND.slice(0, 10));
    const one = e('cycle.evaluation.record', 'facilitator', {
      viewpoints: [],
      summary: '',
      views: { residents: 'On nous écoute enfin.', elected: '  ' },
    });
    expect(applyCycleEvent(inEvaluate, one)).toBeNull();
    const two = applyCycleEvent(
      inEvaluate,
      e('cycle.evaluation.record', 'facilitator', {
        viewpoints: ['partners'],
        summary: 'Bilan à trois voix.',
        views: { residents: ' On nous écoute enfin. ', professionals: 'Des rendez-vous mieux préparés.' },
      }),
    );
    expect(two?.context.evaluation).toMatchObject({
      viewpoints: ['residents', 'professionals', 'partners'],
      views: { residents: 'On nous écoute enfin.', professionals: 'Des rendez-vous mieux préparés.' },
    });
  });

  it('leaves decide with open contributions only with a recorded override', () => {
    const inDecide = replayCycle({ spaceId: 's_1' }, FULL_ROUND.slice(0, 6));
    expect(phaseOf(inDecide)).toBe('decide');
    expect(applyCycleEvent(inDecide, e('cycle.advance', 'professional'))).toBeNull();
    const overridden = applyCycleEvent(
      inDecide,
      e('cycle.override', 'professional', { reason: 'Deux réponses attendent le vote du budget.' }),
    )!;
    const next = applyCycleEvent(overridden, e('cycle.advance', 'professional'));
    expect(next && phaseOf(next)).toBe('act');
    expect(next?.context.history.at(-1)?.reason).toMatch(/budget/);
  });

  it('needs at least two viewpoints for an evaluation', () => {
    const inEvaluate = replayCycle({ spaceId: 's_1' }, FULL_ROUND.slice(0, 10));
    expect(phaseOf(inEvaluate)).toBe('evaluate');
    expect(
      applyCycleEvent(
        inEvaluate,
        e('cycle.evaluation.record', 'facilitator', { viewpoints: ['residents'], summary: '' }),
      ),
    ).toBeNull();
  });

  it.each(Object.keys(CYCLE_EVENT_ROLES).flatMap((t) => ACTOR_ROLES.map((r) => [t, r] as const)))(
    'role matrix: %s by %s',
    (type, role) => {
      // From a state where the event is possible for an allowed role.
      const prefix: Record<string, number> = {
        'cycle.facts': 0,
        'cycle.problem.state': 2,
        'cycle.evaluation.record': 10,
        'cycle.override': 6,
        'cycle.advance': 1,
        'cycle.back': 2,
      };
      const snap = replayCycle({ spaceId: 's_1' }, FULL_ROUND.slice(0, prefix[type]));
      const payload: Record<string, object> = {
        'cycle.facts': { facts: { memberCount: 15, charterAdoptedOn: '2026-01-15' } },
        'cycle.problem.state': { statement: STATEMENT },
        'cycle.evaluation.record': { viewpoints: ['residents', 'elected'], summary: 'Bilan.' },
        'cycle.override': { reason: 'Le budget sera voté en juin.' },
        'cycle.back': { reason: 'Il manque des habitants du quartier.' },
      };
      const allowed = (CYCLE_EVENT_ROLES[type as keyof typeof CYCLE_EVENT_ROLES] as readonly string[]).includes(role);
      const next = applyCycleEvent(snap, e(type as CycleEvent['type'], role, payload[type] ?? {}));
      expect(next !== null).toBe(allowed);
    },
  );
});

const serializeState = (s: CycleSnapshot) =>
  JSON.stringify({
    phase: s.value,
    round: s.context.round,
    formed: s.context.facts.memberCount > 0 && s.context.facts.charterAdoptedOn !== null,
    stated: s.context.problemStatement !== null,
    contributions: s.context.facts.contributionCount > 0,
    unanswered: s.context.facts.unansweredCount > 0,
    override: s.context.decideOverride !== null,
    progress:
      s.context.facts.commitmentCount > 0 && s.context.facts.commitmentsWithProgress >= s.context.facts.commitmentCount,
    evaluated: s.context.evaluation !== null,
  });

const MODEL_EVENTS: CycleEvent[] = [
  ...FULL_ROUND.filter((x, i, all) => all.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i),
  e('cycle.back', 'facilitator', { reason: 'Il faut reprendre cette étape ensemble.' }),
  e('cycle.back', 'professional', { reason: 'court' }),
  e('cycle.back', 'facilitator', { reason: 'Tout reprendre depuis le début du tour.', to: 'mobilise' }),
  e('cycle.back', 'facilitator', { reason: 'Revenir aux propositions du groupe.', to: 'coConstruct' }),
  e('cycle.evaluation.record', 'facilitator', {
    viewpoints: [],
    summary: '',
    views: { residents: 'Les horaires ont changé.', elected: 'Le budget a suivi.' },
  }),
  e('cycle.override', 'professional', { reason: 'Le budget sera voté en juin.' }),
  e('cycle.advance', 'citizen'),
  e('cycle.facts', 'system', { facts: { unansweredCount: 3 } }),
];

let counted = '';
afterAll(() => console.log(`cycleMachine model-based: ${counted}`));

describe('cycleMachine model', () => {
  // Rounds are unbounded; two rounds show that a new round behaves like the first.
  const model = createTestModel(cycleMachine, {
    input: { spaceId: 's_1' },
    events: MODEL_EVENTS,
    serializeState,
    serializeEvent: (ev) => JSON.stringify(ev),
    stopWhen: (s) => s.context.round > 2,
  });
  const paths = model.getShortestPaths({ allowDuplicatePaths: true });
  const adjacency = model.getAdjacencyMap();
  const edges = Object.entries(adjacency).flatMap(([from, v]) =>
    Object.entries(v.transitions as Record<string, { event: CycleEvent; state: CycleSnapshot }>).map(([_e, t]) => ({
      from,
      event: t.event,
      to: t.state,
    })),
  );
  const pathTo = new Map(paths.map((p) => [serializeState(p.state), p]));

  it('reaches all seven phases', () => {
    expect(new Set(paths.map((p) => p.state.value))).toEqual(new Set(PHASE_IDS));
  });

  it('says what advancing needs exactly when the machine refuses to advance, in every state', () => {
    for (const { state } of paths) {
      const can = state.can({ type: 'cycle.advance', actor: by('facilitator'), at });
      expect(advanceNeeds(phaseOf(state), state.context).length === 0).toBe(can);
    }
  });

  it.each(paths.map((p, i) => [i + 1, p] as const))('path %i: replay of its events gives its state', (_i, path) => {
    const events = path.steps.map((s) => s.event).filter((x): x is CycleEvent => (x.type as string) !== 'xstate.init');
    expect(serializeState(replayCycle({ spaceId: 's_1' }, events))).toBe(serializeState(path.state));
  });

  // Each of some two thousand transitions is replayed from its state's shortest path: seconds on a loaded machine.
  it('every transition: the pure functions agree with the model, refusals change nothing', { timeout: 180_000 }, () => {
    for (const edge of edges) {
      const prefix = pathTo.get(edge.from)!;
      const events = prefix.steps
        .map((s) => s.event)
        .filter((x): x is CycleEvent => (x.type as string) !== 'xstate.init');
      const before = replayCycle({ spaceId: 's_1' }, events);
      const after = applyCycleEvent(before, edge.event as CycleEvent) ?? before;
      expect(serializeState(after)).toBe(serializeState(edge.to));
      // History only grows on a phase change, and always by one entry.
      const grew = after.context.history.length - before.context.history.length;
      expect(grew).toBe(after.value !== before.value ? 1 : 0);
      // Every move back names an earlier phase of the round and carries its reason.
      const last = after.context.history.at(-1);
      if (grew && last?.direction === 'back') {
        expect(PHASE_IDS.indexOf(last.to)).toBeLessThan(PHASE_IDS.indexOf(last.from));
        expect(last.reason?.trim().length).toBeGreaterThanOrEqual(CYCLE_REASON_MIN);
      }
    }
    counted = `${paths.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`;
  });
});
