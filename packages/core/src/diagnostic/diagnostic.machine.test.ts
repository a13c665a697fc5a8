import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { connectDiagnostic } from './diagnostic.connect.js';
import { DiagnosticError } from './diagnostic.error.js';
import { mini } from './diagnostic.fixtures.js';
import { diagnosticMachine } from './diagnostic.machine.js';
import { restoreDiagnostic, saveDiagnostic } from './diagnostic.persist.js';
import type { AnswerValue, DiagnosticInput, SavedDiagnostic } from './diagnostic.types.js';

const questionnaire = mini();

function start(input: Partial<DiagnosticInput> = {}) {
  const actor = createActor(diagnosticMachine, { input: { questionnaire, ...input } }).start();
  const send = {
    start: () => actor.send({ type: 'diagnostic.start' }),
    answer: (questionId: string, value: AnswerValue | null) =>
      actor.send({ type: 'diagnostic.answer', questionId, value }),
    next: () => actor.send({ type: 'diagnostic.next' }),
    back: () => actor.send({ type: 'diagnostic.back' }),
    edit: (questionId: string) => actor.send({ type: 'diagnostic.edit', questionId }),
    submit: () => actor.send({ type: 'diagnostic.submit' }),
  };
  const view = () => connectDiagnostic(actor.getSnapshot());
  const ids = () => view().questions.map((q) => q.id);
  return { actor, ...send, view, ids };
}

const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as DiagnosticError;
  }
  throw new Error('expected a DiagnosticError');
};

describe('diagnosticMachine, one section per step', () => {
  it('goes intro → steps → review → results, checking required answers on each step', () => {
    const d = start();
    expect(d.view().state).toBe('intro');
    d.start();
    expect(d.ids()).toEqual(['group']);
    d.next();
    expect(d.view().issues.map((i) => [i.path[0], i.code])).toEqual([['group', 'required']]);
    d.answer('group', 'yes');
    expect(d.view().issues).toEqual([]);
    expect(d.ids()).toEqual(['group', 'parity']);
    d.next();
    expect(d.view()).toMatchObject({ stepNumber: 2, stepCount: 2, section: { id: 's2' } });
    d.next();
    expect(d.view().issues.map((i) => i.path[0])).toEqual(['answers']);
    d.answer('answers', 3);
    d.next();
    expect(d.view().state).toBe('review');
    expect(d.view().review.map((s) => s.items.map((i) => [i.question.id, i.answer]))).toEqual([
      [
        ['group', 'yes'],
        ['parity', undefined],
      ],
      [
        ['answers', 3],
        ['means', undefined],
        ['comment', undefined],
      ],
    ]);
    d.submit();
    expect(d.view().state).toBe('results');
    expect(d.view().result?.phase).toEqual({ current: 'coConstruct', completed: ['mobilise', 'diagnose'] });
  });

  it('refuses an answer that does not fit, or that belongs to another step', () => {
    const d = start();
    d.start();
    d.answer('group', 'maybe');
    d.answer('answers', 2);
    expect(d.actor.getSnapshot().context.answers).toEqual({});
    expect(d.view().issues.map((i) => [i.path[0], i.code])).toEqual([
      ['group', 'unknown_option'],
      ['answers', 'not_on_step'],
    ]);
    d.answer('group', 'no');
    expect(d.view().issues.map((i) => i.path[0])).toEqual(['answers']);
  });

  it('clears an answer with null', () => {
    const d = start();
    d.start();
    d.answer('group', 'yes');
    d.answer('group', null);
    expect(d.actor.getSnapshot().context.answers).toEqual({});
  });
});

describe('diagnosticMachine, one question per step', () => {
  it('skips hidden questions both ways', () => {
    const d = start({ mode: 'question' });
    d.start();
    d.answer('group', 'no');
    d.next();
    expect(d.ids()).toEqual(['answers']);
    expect(d.view()).toMatchObject({ stepNumber: 2, stepCount: 4 });
    d.back();
    expect(d.ids()).toEqual(['group']);
    d.back();
    expect(d.view().state).toBe('intro');
  });

  it('keeps every answer when going back, even of a question now hidden', () => {
    const d = start({ mode: 'question' });
    d.start();
    d.answer('group', 'yes');
    d.next();
    d.answer('parity', 'high');
    d.back();
    d.answer('group', 'no');
    expect(d.actor.getSnapshot().context.answers).toEqual({ group: 'no', parity: 'high' });
    d.next();
    d.next();
    d.next();
    d.next();
    expect(d.view().state).toBe('review');
    d.submit();
    // The hidden answer is kept but does not count.
    expect(d.view().result?.visible).not.toContain('parity');
    d.back();
    d.back();
    expect(d.ids()).toEqual(['comment']);
    d.back();
    d.back();
    d.back();
    d.answer('group', 'yes');
    d.next();
    expect(d.view().questions[0]).toMatchObject({ id: 'parity' });
    expect(d.actor.getSnapshot().context.answers['parity']).toBe('high');
  });

  it('goes from the review to the step of a question, and not to a hidden one', () => {
    const d = start({ mode: 'question', answers: { group: 'no' } });
    d.start();
    for (let i = 0; i < 4; i++) d.next();
    expect(d.view().state).toBe('review');
    d.edit('parity');
    expect(d.view().state).toBe('review');
    d.edit('means');
    expect(d.ids()).toEqual(['means']);
  });
});

describe('saving and resuming', () => {
  const saveMidway = () => {
    const d = start({ mode: 'question' });
    d.start();
    d.answer('group', 'yes');
    d.next();
    d.answer('parity', 'low');
    return JSON.parse(JSON.stringify(saveDiagnostic(d.actor.getSnapshot()))) as SavedDiagnostic;
  };

  it('saves a small JSON without the questionnaire, and resumes where it stopped', () => {
    const saved = saveMidway();
    expect(saved).toEqual({
      format: 'participe.diagnostic/1',
      questionnaireId: 'mini',
      questionnaireVersion: 1,
      state: 'steps',
      mode: 'question',
      step: 1,
      answers: { group: 'yes', parity: 'low' },
    });
    const actor = createActor(diagnosticMachine, restoreDiagnostic(questionnaire, saved)).start();
    expect(connectDiagnostic(actor.getSnapshot()).questions.map((q) => q.id)).toEqual(['parity']);
    actor.send({ type: 'diagnostic.next' });
    actor.send({ type: 'diagnostic.answer', questionId: 'answers', value: 2 });
    expect(actor.getSnapshot().context.answers).toEqual({ group: 'yes', parity: 'low', answers: 2 });
  });

  it('resumes on the results, recomputed', () => {
    const d = start({ answers: { group: 'no' } });
    d.start();
    d.next();
    d.next();
    d.submit();
    const { snapshot } = restoreDiagnostic(questionnaire, saveDiagnostic(d.actor.getSnapshot()));
    expect(snapshot.value).toBe('results');
    expect(snapshot.context.result).toEqual(d.actor.getSnapshot().context.result);
  });

  it('refuses a diagnostic saved with another version of the questionnaire', () => {
    const saved = saveMidway();
    const newer = { ...mini(), version: 2 };
    const error = thrown(() => restoreDiagnostic(newer, saved));
    expect(error).toBeInstanceOf(DiagnosticError);
    expect(error.code).toBe('questionnaire_mismatch');
    expect(error.message).toContain('"mini" version 1, not "mini" version 2');
    expect(thrown(() => restoreDiagnostic({ ...mini(), id: 'other' }, saved)).code).toBe('questionnaire_mismatch');
  });

  it('refuses what it cannot trust', () => {
    const saved = saveMidway();
    expect(thrown(() => restoreDiagnostic(questionnaire, { ...saved, format: 'v0' })).code).toBe(
      'invalid_saved_diagnostic',
    );
    expect(thrown(() => restoreDiagnostic(questionnaire, { ...saved, answers: { group: 'oui' } })).code).toBe(
      'invalid_answers',
    );
    // Step 1 shows `parity`, hidden when the group answer is "no".
    expect(thrown(() => restoreDiagnostic(questionnaire, { ...saved, answers: { group: 'no' } })).issues[0]!.code).toBe(
      'invalid_step',
    );
    expect(thrown(() => restoreDiagnostic(questionnaire, { ...saved, state: 'results', answers: {} })).code).toBe(
      'invalid_saved_diagnostic',
    );
  });

  it('refuses starting answers that do not fit', () => {
    const actor = createActor(diagnosticMachine, { input: { questionnaire, answers: { group: 'oui' } } });
    const errors: unknown[] = [];
    actor.subscribe({ error: (e) => errors.push(e) });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect((errors[0] as DiagnosticError).code).toBe('invalid_answers');
  });
});
