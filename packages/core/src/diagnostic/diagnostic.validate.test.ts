import { describe, expect, it } from 'vitest';
import { mini } from './diagnostic.fixtures.js';
import type { Condition, Question, Questionnaire } from './diagnostic.types.js';
import { DEFINITION_ERROR_CODES, type DefinitionErrorCode, validateQuestionnaire } from './diagnostic.validate.js';

// Shortcuts into the fixture: s1 = [group, parity], s2 = [answers, means, comment].
const q = (def: Questionnaire, section: number, index: number) => def.sections[section]!.questions[index]!;
const as = <K extends Question['kind']>(question: Question, _kind: K) => question as Extract<Question, { kind: K }>;
const eq = (question: string, value: string | number): Condition => ({ equals: { question, value } });

interface Case {
  name: string;
  code: DefinitionErrorCode;
  path: Array<string | number>;
  mutate: (def: Questionnaire) => void;
  options?: { resourceIds: string[] };
}

const CASES: Case[] = [
  {
    name: 'a wrong shape (missing title)',
    code: 'schema',
    path: ['title'],
    mutate: (d) => delete (d as Partial<Questionnaire>).title,
  },
  {
    name: 'a condition written as a string is refused, never evaluated',
    code: 'schema',
    path: ['sections', 0, 'questions', 1, 'visibleIf'],
    mutate: (d) => {
      (q(d, 0, 1) as { visibleIf: unknown }).visibleIf = "group == 'yes'";
    },
  },
  {
    name: 'two questions with the same id',
    code: 'duplicate_id',
    path: ['sections', 1, 'questions', 2, 'id'],
    mutate: (d) => {
      q(d, 1, 2).id = 'group';
    },
  },
  {
    name: 'two options with the same value',
    code: 'duplicate_id',
    path: ['sections', 0, 'questions', 1, 'options', 1, 'value'],
    mutate: (d) => {
      as(q(d, 0, 1), 'single').options[1]!.value = 'high';
    },
  },
  {
    name: 'two dimensions with the same id',
    code: 'duplicate_id',
    path: ['dimensions', 1, 'id'],
    mutate: (d) => {
      d.dimensions[1]!.id = 'place';
    },
  },
  {
    name: 'an unknown question in a visibleIf',
    code: 'unknown_question',
    path: ['sections', 0, 'questions', 1, 'visibleIf', 'equals', 'question'],
    mutate: (d) => {
      q(d, 0, 1).visibleIf = eq('nowhere', 'yes');
    },
  },
  {
    name: 'an unknown question in a recommendation rule',
    code: 'unknown_question',
    path: ['recommendations', 1, 'when', 'all', 1, 'not', 'answered'],
    mutate: (d) => {
      d.recommendations[1]!.when = { all: [{ lte: { question: 'answers', value: 1 } }, { not: { answered: 'nope' } }] };
    },
  },
  {
    name: 'an unknown question in the phase estimate',
    code: 'unknown_question',
    path: ['phaseEstimate', 'steps', 0, 'doneWhen', 'equals', 'question'],
    mutate: (d) => {
      d.phaseEstimate!.steps[0]!.doneWhen = eq('nope', 'yes');
    },
  },
  {
    name: 'a condition on a later question',
    code: 'condition_on_later_question',
    path: ['sections', 0, 'questions', 1, 'visibleIf', 'gte', 'question'],
    mutate: (d) => {
      q(d, 0, 1).visibleIf = { gte: { question: 'answers', value: 2 } };
    },
  },
  {
    name: 'a question whose condition reads itself',
    code: 'condition_cycle',
    path: ['sections', 1, 'questions', 0],
    mutate: (d) => {
      q(d, 1, 0).visibleIf = { answered: 'answers' };
    },
  },
  {
    name: 'two questions whose conditions read each other',
    code: 'condition_cycle',
    path: ['sections', 0, 'questions', 0],
    mutate: (d) => {
      q(d, 0, 0).visibleIf = { in: { question: 'parity', values: ['high'] } };
    },
  },
  {
    name: 'an option that does not exist in a condition',
    code: 'unknown_option',
    path: ['sections', 0, 'questions', 1, 'visibleIf', 'equals', 'value'],
    mutate: (d) => {
      q(d, 0, 1).visibleIf = eq('group', 'maybe');
    },
  },
  {
    name: 'a scale step that does not exist in a rule',
    code: 'unknown_option',
    path: ['recommendations', 0, 'when', 'in', 'values', 1],
    mutate: (d) => {
      d.recommendations[0]!.when = { in: { question: 'answers', values: [1, 7] } };
    },
  },
  {
    name: 'gte on a question that is not a scale',
    code: 'condition_type_mismatch',
    path: ['recommendations', 0, 'when', 'gte'],
    mutate: (d) => {
      d.recommendations[0]!.when = { gte: { question: 'parity', value: 1 } };
    },
  },
  {
    name: 'equals on a free-text question',
    code: 'condition_type_mismatch',
    path: ['recommendations', 0, 'when', 'equals'],
    mutate: (d) => {
      d.recommendations[0]!.when = eq('comment', 'x');
    },
  },
  {
    name: 'a level in a visibleIf',
    code: 'level_in_question_condition',
    path: ['sections', 1, 'questions', 2, 'visibleIf'],
    mutate: (d) => {
      q(d, 1, 2).visibleIf = { level: { dimension: 'place', in: ['fragile'] } };
    },
  },
  {
    name: 'an unknown dimension in weights',
    code: 'unknown_dimension',
    path: ['sections', 1, 'questions', 0, 'weights', 'budget'],
    mutate: (d) => {
      as(q(d, 1, 0), 'scale').weights = { feedback: 10, budget: 5 };
    },
  },
  {
    name: 'an unknown dimension in a rule',
    code: 'unknown_dimension',
    path: ['recommendations', 0, 'when', 'level', 'dimension'],
    mutate: (d) => {
      d.recommendations[0]!.when = { level: { dimension: 'budget', in: ['fragile'] } };
    },
  },
  {
    name: 'an unknown level in a rule',
    code: 'unknown_level',
    path: ['recommendations', 0, 'when', 'level', 'in', 0],
    mutate: (d) => {
      d.recommendations[0]!.when = { level: { dimension: 'place', in: ['weak'] } };
    },
  },
  {
    name: 'a resource outside the resource centre',
    code: 'unknown_resource',
    path: ['recommendations', 1, 'resourceIds', 0],
    options: { resourceIds: ['porte-a-porte'] },
    mutate: () => {},
  },
  {
    name: 'a scored question with an unweighted option',
    code: 'unweighted_option',
    path: ['sections', 0, 'questions', 1, 'options', 1, 'weights'],
    mutate: (d) => {
      delete as(q(d, 0, 1), 'single').options[1]!.weights;
    },
  },
  {
    name: 'a scored yes/no question without a weight for "no" on a dimension',
    code: 'unweighted_option',
    path: ['sections', 0, 'questions', 0, 'weights', 'no'],
    mutate: (d) => {
      as(q(d, 0, 0), 'yesNoUnsure').weights = { yes: { place: 10, feedback: 2 }, no: { place: 0 } };
    },
  },
  {
    name: 'an abstaining option with weights',
    code: 'abstain_with_weights',
    path: ['sections', 0, 'questions', 1, 'options', 2, 'weights'],
    mutate: (d) => {
      as(q(d, 0, 1), 'single').options[2]!.weights = { place: 5 };
    },
  },
  {
    name: 'an abstaining choice that can be combined',
    code: 'abstain_not_exclusive',
    path: ['sections', 1, 'questions', 1, 'options', 3],
    mutate: (d) => {
      const none = as(q(d, 1, 1), 'multiple').options[3]!;
      delete none.weights;
      none.abstain = true;
      none.exclusive = false;
    },
  },
  {
    name: 'a question whose answers all weigh the same',
    code: 'flat_weights',
    path: ['sections', 0, 'questions', 0, 'weights'],
    mutate: (d) => {
      as(q(d, 0, 0), 'yesNoUnsure').weights = { yes: { place: 5 }, no: { place: 5 } };
    },
  },
  {
    name: 'a dimension no question weighs',
    code: 'dimension_without_questions',
    path: ['dimensions', 2],
    mutate: (d) => {
      d.dimensions.push({ id: 'renewal', label: { standard: 'R', falc: 'R' }, thresholds: [40, 70] });
    },
  },
  {
    name: 'too few thresholds for the levels',
    code: 'threshold_count',
    path: ['dimensions', 0, 'thresholds'],
    mutate: (d) => {
      d.dimensions[0]!.thresholds = [50];
    },
  },
  {
    name: 'a threshold above 100',
    code: 'threshold_out_of_range',
    path: ['dimensions', 0, 'thresholds', 1],
    mutate: (d) => {
      d.dimensions[0]!.thresholds = [40, 120];
    },
  },
  {
    name: 'a threshold at 0',
    code: 'threshold_out_of_range',
    path: ['dimensions', 1, 'thresholds', 0],
    mutate: (d) => {
      d.dimensions[1]!.thresholds = [0, 70];
    },
  },
  {
    name: 'thresholds going down',
    code: 'thresholds_not_ascending',
    path: ['dimensions', 0, 'thresholds', 1],
    mutate: (d) => {
      d.dimensions[0]!.thresholds = [70, 40];
    },
  },
  {
    name: 'scale steps out of order',
    code: 'scale_steps_not_ascending',
    path: ['sections', 1, 'questions', 0, 'steps', 2, 'value'],
    mutate: (d) => {
      as(q(d, 1, 0), 'scale').steps[2]!.value = 2;
    },
  },
  {
    name: 'maxChoices above the number of options',
    code: 'max_choices_out_of_range',
    path: ['sections', 1, 'questions', 1, 'maxChoices'],
    mutate: (d) => {
      as(q(d, 1, 1), 'multiple').maxChoices = 9;
    },
  },
  {
    name: 'phase estimate steps out of cycle order',
    code: 'phase_order',
    path: ['phaseEstimate', 'steps', 1, 'phase'],
    mutate: (d) => {
      d.phaseEstimate!.steps[0]!.phase = 'decide';
    },
  },
];

describe('validateQuestionnaire', () => {
  it('accepts the fixture', () => {
    expect(validateQuestionnaire(mini())).toEqual({ ok: true, errors: [] });
  });

  it.each(CASES)('reports $code for $name', ({ code, path, mutate, options }) => {
    const def = mini();
    mutate(def);
    const result = validateQuestionnaire(def, options);
    expect(result.ok).toBe(false);
    const error = result.errors.find((e) => e.code === code);
    expect(error, JSON.stringify(result.errors, null, 1)).toBeDefined();
    expect(error!.path).toEqual(path);
    expect(error!.message.length).toBeGreaterThan(20);
  });

  it('has a test for every definition error code', () => {
    const tested = new Set(CASES.map((c) => c.code));
    expect(DEFINITION_ERROR_CODES.filter((c) => !tested.has(c))).toEqual([]);
  });

  it('spells out a cycle and reports the later question too', () => {
    const def = mini();
    q(def, 0, 0).visibleIf = { in: { question: 'parity', values: ['high'] } };
    const { errors } = validateQuestionnaire(def);
    expect(errors.map((e) => e.code).sort()).toEqual(['condition_cycle', 'condition_on_later_question']);
    expect(errors.find((e) => e.code === 'condition_cycle')!.message).toContain('group → parity → group');
  });

  it('reports every error at once, not only the first', () => {
    const def = mini();
    def.dimensions[0]!.thresholds = [40, 120];
    q(def, 0, 1).visibleIf = eq('nowhere', 'yes');
    as(q(def, 1, 1), 'multiple').maxChoices = 9;
    expect(validateQuestionnaire(def).errors.map((e) => e.code)).toEqual([
      'threshold_out_of_range',
      'unknown_question',
      'max_choices_out_of_range',
    ]);
  });

  it('allows rules to read any question, in any order', () => {
    const def = mini();
    def.recommendations[0]!.when = { all: [eq('group', 'no'), { answered: 'comment' }] };
    expect(validateQuestionnaire(def).ok).toBe(true);
  });
});
