import { describe, expect, it } from 'vitest';
import { decide, ev } from '../contribution/contribution.fixtures.js';
import { DECLINE_REASON_MIN } from '../contribution/contribution.machine.js';
import {
  answerFieldError,
  answerIssuesToErrors,
  availableCommands,
  buildCommand,
  commandErrors,
  EMPTY_ANSWER_VALUES,
  machineAllows,
  mineOnTheirs,
  valuesFrom,
} from './answer-form.commands.js';
import { applyCommand, decided, published, underReview, viewAfter } from './answer-form.fixtures.js';
import type { AnswerValues, PendingCommand } from './answer-form.types.js';

const filled: AnswerValues = {
  ...EMPTY_ANSWER_VALUES,
  verdict: 'accepted',
  text: '  Nous ajoutons un départ à 8 h 10 dès septembre.  ',
  service: 'Direction des mobilités',
  what: 'Ajouter un départ à 8 h 10',
  owner: 'Service mobilité',
  due: '2026-09-01',
  commitmentId: 'k_1',
  progressText: 'Horaire voté.',
  percent: '40',
};

describe('answer fields', () => {
  it('names what is missing, too long, too short or malformed', () => {
    expect(commandErrors('contribution.decide', EMPTY_ANSWER_VALUES)).toEqual({
      verdict: { code: 'required' },
      text: { code: 'required' },
      service: { code: 'required' },
    });
    expect(commandErrors('contribution.decide', filled)).toEqual({});
    expect(answerFieldError('text', { ...filled, verdict: 'declined', text: 'Non.' })).toEqual({
      code: 'tooShort',
      limit: DECLINE_REASON_MIN,
    });
    expect(answerFieldError('service', { ...filled, service: 'x'.repeat(121) })).toEqual({
      code: 'tooLong',
      limit: 120,
    });
    expect(answerFieldError('duplicateOf', { ...filled, verdict: 'duplicate' })).toEqual({ code: 'required' });
    expect(answerFieldError('duplicateOf', { ...filled, verdict: 'duplicate', duplicateOf: 'c 2' })).toEqual({
      code: 'invalid',
    });
    expect(answerFieldError('due', { ...filled, due: '2026-02-30' })).toEqual({ code: 'invalid' });
    expect(answerFieldError('due', { ...filled, due: '01/09/2026' })).toEqual({ code: 'invalid' });
    expect(answerFieldError('percent', { ...filled, percent: '101' })).toEqual({ code: 'invalid' });
    expect(answerFieldError('percent', { ...filled, percent: '12.5' })).toEqual({ code: 'invalid' });
    expect(commandErrors('contribution.progress', filled)).toEqual({});
    expect(commandErrors('contribution.publish', EMPTY_ANSWER_VALUES)).toEqual({});
  });

  it('builds commands with trimmed text and no empty optional field', () => {
    expect(buildCommand('contribution.decide', filled)).toEqual({
      type: 'contribution.decide',
      data: {
        answer: {
          verdict: 'accepted',
          text: 'Nous ajoutons un départ à 8 h 10 dès septembre.',
          service: 'Direction des mobilités',
        },
      },
    });
    expect(buildCommand('contribution.decide', { ...filled, verdict: 'duplicate', duplicateOf: ' c_9 ' }).data).toEqual(
      {
        answer: expect.objectContaining({ verdict: 'duplicate', duplicateOf: 'c_9' }),
      },
    );
    expect(buildCommand('contribution.commit', filled, 'k_abc').data).toEqual({
      commitment: { id: 'k_abc', what: 'Ajouter un départ à 8 h 10', owner: 'Service mobilité', due: '2026-09-01' },
    });
    expect(buildCommand('contribution.progress', filled).data).toEqual({
      update: { commitmentId: 'k_1', text: 'Horaire voté.', percent: 40 },
    });
  });

  it('maps server issues onto fields, keeping the server’s words when the local check finds nothing', () => {
    const errors = answerIssuesToErrors(
      [
        { path: ['data', 'answer', 'text'], message: 'Ce champ ne peut pas être vide (exemple : Nous ajoutons…)' },
        { path: ['data', 'commitment', 'due'], message: 'Date au format AAAA-MM-JJ (exemple : 2026-03-01)' },
        { path: ['elsewhere'], message: 'ignored' },
      ],
      { ...filled, due: 'demain' },
    );
    expect(errors).toEqual({
      text: { code: 'invalid', message: 'Ce champ ne peut pas être vide (exemple : Nous ajoutons…)' },
      due: { code: 'invalid' },
    });
  });
});

describe('what the contribution machine allows', () => {
  it('offers each step where the contribution machine takes it', () => {
    expect(availableCommands(published())).toEqual(['contribution.review']);
    expect(availableCommands(underReview())).toEqual(['contribution.decide']);
    expect(availableCommands(decided())).toEqual(['contribution.decide', 'contribution.publish']);
    const accepted = applyCommand(decided(), { type: 'contribution.publish', data: {} })!;
    expect(accepted.status).toBe('accepted');
    expect(availableCommands(accepted)).toEqual(['contribution.commit']);
    const committed = applyCommand(accepted, buildCommand('contribution.commit', filled, 'k_1'))!;
    expect(availableCommands(committed)).toEqual(['contribution.commit', 'contribution.start']);
    const started = applyCommand(committed, { type: 'contribution.start', data: {} })!;
    expect(availableCommands(started)).toEqual(['contribution.commit', 'contribution.progress']);
    const reported = applyCommand(started, buildCommand('contribution.progress', filled))!;
    expect(availableCommands(reported)).toEqual([
      'contribution.commit',
      'contribution.progress',
      'contribution.complete',
    ]);
    const declined = viewAfter(
      'c_2',
      ev('contribution.submit', 'author'),
      ev('contribution.review', 'professional'),
      decide('declined'),
      ev('contribution.publish', 'professional'),
    );
    expect(availableCommands(declined)).toEqual([]);
  });

  it('refuses an unreasoned decline and a second commitment with the same id', () => {
    expect(
      machineAllows(
        underReview(),
        buildCommand('contribution.decide', { ...filled, verdict: 'declined', text: 'Non.' }),
      ),
    ).toBe(false);
    const accepted = applyCommand(decided(), { type: 'contribution.publish', data: {} })!;
    const committed = applyCommand(accepted, buildCommand('contribution.commit', filled, 'k_1'))!;
    expect(machineAllows(committed, buildCommand('contribution.commit', filled, 'k_1'))).toBe(false);
    expect(machineAllows(committed, buildCommand('contribution.commit', filled, 'k_2'))).toBe(true);
  });
});

describe('"use mine" after a conflict', () => {
  const mine = buildCommand('contribution.decide', filled);
  const theirAnswer = {
    verdict: 'answered' as const,
    text: 'Voici leur réponse, écrite ailleurs.',
    service: 'Autre service',
  };
  const theirDecision = applyCommand(
    underReview(),
    { type: 'contribution.decide', data: { answer: theirAnswer } },
    'pro_2',
  )!;

  it('sends my decision again when the machine still takes it, and never when it does not', () => {
    const pending: PendingCommand = { command: mine, expectedVersion: 3, seenAnswer: null };
    expect(mineOnTheirs(pending, theirDecision)).toEqual(mine);
    const theirPublish = applyCommand(theirDecision, { type: 'contribution.publish', data: {} }, 'pro_2')!;
    expect(theirPublish.status).toBe('answered');
    expect(mineOnTheirs(pending, theirPublish)).toBeNull();
  });

  it('never publishes an answer the professional has not seen: it decides theirs-seen again first', () => {
    const seen = decided();
    const a = seen.answer!;
    const pending: PendingCommand = {
      command: { type: 'contribution.publish', data: {} },
      expectedVersion: seen.version,
      seenAnswer: { verdict: a.verdict, text: a.text, service: a.service },
    };
    // Same answer, one more event (say, a re-decision with the same words): publishing is safe.
    const same = applyCommand(seen, { type: 'contribution.decide', data: { answer: pending.seenAnswer! } }, 'pro_2')!;
    expect(mineOnTheirs(pending, same)).toEqual({ type: 'contribution.publish', data: {} });
    // Another answer: mine is the answer I saw, decided again.
    const other = applyCommand(seen, { type: 'contribution.decide', data: { answer: theirAnswer } }, 'pro_2')!;
    expect(mineOnTheirs(pending, other)).toEqual({ type: 'contribution.decide', data: { answer: pending.seenAnswer } });
  });

  it('fills the form from the stored answer', () => {
    expect(valuesFrom(decided())).toMatchObject({ verdict: 'accepted', service: 'Direction de l’insertion' });
    expect(valuesFrom(null)).toEqual(EMPTY_ANSWER_VALUES);
  });
});
