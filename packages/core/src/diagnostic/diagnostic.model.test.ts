import { afterAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { validateAnswers } from './diagnostic.answers.js';
import { connectDiagnostic, type DiagnosticSnapshot } from './diagnostic.connect.js';
import { evaluateDiagnostic } from './diagnostic.evaluate.js';
import { mini } from './diagnostic.fixtures.js';
import { diagnosticMachine } from './diagnostic.machine.js';
import { restoreDiagnostic, saveDiagnostic } from './diagnostic.persist.js';
import type { DiagnosticEvent, StepMode } from './diagnostic.types.js';

const questionnaire = mini();

// Events the model may try anywhere: navigation, answers that show or hide a question,
// satisfy or clear a requirement, a refused answer, and edits of a visible and a hidden question.
const EVENTS: DiagnosticEvent[] = [
  { type: 'diagnostic.start' },
  { type: 'diagnostic.next' },
  { type: 'diagnostic.back' },
  { type: 'diagnostic.submit' },
  { type: 'diagnostic.answer', questionId: 'group', value: 'yes' },
  { type: 'diagnostic.answer', questionId: 'group', value: 'no' },
  { type: 'diagnostic.answer', questionId: 'group', value: 'maybe' },
  { type: 'diagnostic.answer', questionId: 'parity', value: 'high' },
  { type: 'diagnostic.answer', questionId: 'answers', value: 2 },
  { type: 'diagnostic.answer', questionId: 'answers', value: null },
  { type: 'diagnostic.edit', questionId: 'group' },
  { type: 'diagnostic.edit', questionId: 'parity' },
];

const serializeState = (s: DiagnosticSnapshot) =>
  JSON.stringify({
    value: s.value,
    step: s.context.step,
    answers: s.context.answers,
    issues: s.context.issues.map((i) => `${i.path[0]}:${i.code}`),
  });

/** What must hold in every snapshot, whatever path led there. */
function checkInvariants(s: DiagnosticSnapshot) {
  const c = s.context;
  const view = connectDiagnostic(s);
  expect(validateAnswers(questionnaire, c.answers).ok).toBe(true);
  if (s.value === 'steps') {
    expect(view.questions.length).toBeGreaterThan(0);
    expect(view.stepNumber).toBeGreaterThan(0);
  } else expect(c.step).toBe(-1);
  if (s.value === 'results') {
    expect(c.result).toEqual(evaluateDiagnostic(questionnaire, c.answers));
    expect(c.result!.complete).toBe(true);
  } else expect(c.result).toBeNull();
  // Any snapshot can be saved and resumed as it is.
  const saved = JSON.parse(JSON.stringify(saveDiagnostic(s)));
  const resumed = restoreDiagnostic(questionnaire, saved).snapshot;
  expect(resumed.value).toEqual(s.value);
  expect({ ...resumed.context, issues: [] }).toEqual({ ...c, issues: [] });
}

/**
 * The system under test: a live actor, with checks on what each event may change. It starts
 * fresh, or from a snapshot of the model (so every transition is tested without replaying
 * the path to its source state).
 */
function makeSut(mode: StepMode, from?: DiagnosticSnapshot) {
  const input = { questionnaire, mode };
  const actor = createActor(diagnosticMachine, from ? { snapshot: from, input } : { input }).start();
  return {
    send(event: DiagnosticEvent) {
      const before = actor.getSnapshot();
      actor.send(event);
      const after = actor.getSnapshot();
      if (event.type === 'diagnostic.back' || event.type === 'diagnostic.next') {
        expect(after.context.answers).toEqual(before.context.answers);
      }
      // A step is left forward only when its required answers are all in; otherwise it says which.
      if (event.type === 'diagnostic.next' && before.value === 'steps') {
        const missing = evaluateDiagnostic(questionnaire, before.context.answers).missingRequired;
        const onStep = connectDiagnostic(before).questions.map((q) => q.id);
        const blocking = onStep.filter((id) => missing.includes(id));
        if (blocking.length) {
          expect(after.context.step).toBe(before.context.step);
          expect(after.context.issues.map((i) => [i.path[0], i.code])).toEqual(blocking.map((id) => [id, 'required']));
        } else {
          expect(after.context.step === before.context.step && after.value === 'steps').toBe(false);
          expect(after.context.issues).toEqual([]);
        }
      }
    },
    check(model: DiagnosticSnapshot) {
      const live = actor.getSnapshot();
      expect(serializeState(live)).toEqual(serializeState(model));
      checkInvariants(live);
    },
  };
}

// Thousands of paths, each saved and resumed at every step: seconds of work that a busy
// CI machine can stretch past vitest's 5 s default.
const HEAVY = { timeout: 60_000 };

const counts: string[] = [];
afterAll(() => console.log(`diagnosticMachine model-based paths: ${counts.join('; ')}`));

describe.each<StepMode>(['section', 'question'])('diagnosticMachine model (mode %s)', (mode) => {
  const model = createTestModel(diagnosticMachine, {
    input: { questionnaire, mode },
    events: EVENTS,
    serializeState,
    serializeEvent: (e) => JSON.stringify(e),
  });
  const shortest = model.getShortestPaths({ allowDuplicatePaths: true });
  const adjacency = model.getAdjacencyMap();
  const edges = Object.values(adjacency).flatMap((v) =>
    Object.values(v.transitions as Record<string, { event: DiagnosticEvent; state: DiagnosticSnapshot }>).map((t) => ({
      from: v.state as DiagnosticSnapshot,
      event: t.event,
      to: t.state,
    })),
  );

  it('reaches every state, with and without results', () => {
    const values = new Set(shortest.map((p) => p.state.value));
    expect([...values].sort()).toEqual(['intro', 'results', 'review', 'steps']);
  });

  it(`follows every shortest path (${shortest.length})`, HEAVY, () => {
    for (const path of shortest) {
      const sut = makeSut(mode);
      for (const step of path.steps) {
        if ((step.event.type as string) !== 'xstate.init') sut.send(step.event);
        sut.check(step.state);
      }
    }
  });

  it(`takes every transition (${edges.length} from ${Object.keys(adjacency).length} states)`, HEAVY, () => {
    for (const edge of edges) {
      const sut = makeSut(mode, edge.from);
      sut.send(edge.event);
      sut.check(edge.to);
    }
    counts.push(
      `mode=${mode}: ${shortest.length} shortest paths, ${edges.length} transitions, ${Object.keys(adjacency).length} states`,
    );
  });
});
