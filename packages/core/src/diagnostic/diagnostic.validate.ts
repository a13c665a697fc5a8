import { PHASE_IDS } from '../cycle/cycle.phases.js';
import { type ConditionLeaf, leafQuestion, walkCondition } from './diagnostic.conditions.js';
import { QuestionnaireSchema, YES_NO_UNSURE } from './diagnostic.schema.js';
import { questionChoices, scoredDimensions, weightRange } from './diagnostic.scoring.js';
import type { Condition, DiagnosticIssue, Question, Questionnaire, ValidationResult } from './diagnostic.types.js';

type Path = Array<string | number>;

export interface ValidateOptions {
  /** When given, recommendations may only point to these resource ids. */
  resourceIds?: readonly string[];
}

/** Codes `validateQuestionnaire` reports, besides `schema` for a wrong shape. */
export const DEFINITION_ERROR_CODES = [
  'schema',
  'duplicate_id',
  'unknown_question',
  'unknown_option',
  'unknown_dimension',
  'unknown_level',
  'unknown_resource',
  'condition_on_later_question',
  'condition_cycle',
  'condition_type_mismatch',
  'level_in_question_condition',
  'unweighted_option',
  'abstain_with_weights',
  'abstain_not_exclusive',
  'flat_weights',
  'dimension_without_questions',
  'threshold_count',
  'threshold_out_of_range',
  'thresholds_not_ascending',
  'scale_steps_not_ascending',
  'max_choices_out_of_range',
  'phase_order',
] as const;
export type DefinitionErrorCode = (typeof DEFINITION_ERROR_CODES)[number];

interface Located {
  question: Question;
  index: number;
  path: Path;
}

/**
 * Checks a questionnaire definition: its shape first, then what a shape cannot say
 * (references, order, weights, thresholds). Every error has a path and says what is valid.
 */
export function validateQuestionnaire(def: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = QuestionnaireSchema.safeParse(def);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => {
      const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)));
      return { path, code: 'schema', message: schemaMessage(path, i.message) };
    });
    return { ok: false, errors };
  }
  const errors: DiagnosticIssue[] = [];
  const report = (path: Path, code: DefinitionErrorCode, message: string) => errors.push({ path, code, message });
  new Checker(parsed.data, options, report).run();
  return errors.length ? { ok: false, errors } : { ok: true, errors: [] };
}

const CONDITION_KEYS = new Set(['visibleIf', 'requiredIf', 'when', 'doneWhen']);

/** Zod says what is wrong; this adds where, and for conditions what a valid one looks like. */
function schemaMessage(path: Path, message: string): string {
  const where = path.length ? path.join('.') : 'the questionnaire';
  const hint = path.some((p) => CONDITION_KEYS.has(String(p)))
    ? " A condition is an object such as { equals: { question: 'hasGroup', value: 'yes' } }."
    : '';
  return `${where}: ${message}.${hint}`;
}

class Checker {
  private readonly questions: Located[];
  private readonly byId = new Map<string, Located>();
  private readonly dimensions: Set<string>;
  private readonly levels: Set<string>;
  /** Question index → indexes its conditions read, to find cycles. */
  private readonly edges = new Map<number, Set<number>>();

  constructor(
    private readonly q: Questionnaire,
    private readonly options: ValidateOptions,
    private readonly report: (path: Path, code: DefinitionErrorCode, message: string) => void,
  ) {
    this.questions = q.sections.flatMap((s, si) =>
      s.questions.map((question, qi) => ({ question, index: 0, path: ['sections', si, 'questions', qi] as Path })),
    );
    this.questions.forEach((l, i) => {
      l.index = i;
      if (!this.byId.has(l.question.id)) this.byId.set(l.question.id, l);
    });
    this.dimensions = new Set(q.dimensions.map((d) => d.id));
    this.levels = new Set(q.levels.map((l) => l.id));
  }

  run() {
    const { q } = this;
    this.unique(
      q.levels.map((l, i) => [l.id, ['levels', i, 'id']]),
      'level',
    );
    this.unique(
      q.dimensions.map((d, i) => [d.id, ['dimensions', i, 'id']]),
      'dimension',
    );
    this.unique(
      q.sections.map((s, i) => [s.id, ['sections', i, 'id']]),
      'section',
    );
    this.unique(
      this.questions.map((l) => [l.question.id, [...l.path, 'id']]),
      'question',
    );
    this.unique(
      q.recommendations.map((r, i) => [r.id, ['recommendations', i, 'id']]),
      'recommendation',
    );
    for (const [i, d] of q.dimensions.entries()) this.thresholds(d.thresholds, ['dimensions', i, 'thresholds']);
    const scored = new Set<string>();
    for (const located of this.questions) this.question(located, scored);
    q.dimensions.forEach((d, i) => {
      if (!scored.has(d.id)) {
        this.report(
          ['dimensions', i],
          'dimension_without_questions',
          `No question weighs dimension "${d.id}", so it could never be scored. Add weights such as { ${d.id}: 10 } to some options.`,
        );
      }
    });
    this.cycles();
    q.recommendations.forEach((r, i) => {
      this.condition(r.when, ['recommendations', i, 'when'], null);
      const known = this.options.resourceIds;
      r.resourceIds.forEach((id, j) => {
        if (known && !known.includes(id)) {
          this.report(
            ['recommendations', i, 'resourceIds', j],
            'unknown_resource',
            `Resource "${id}" is not in the resource centre. Known ids include: ${known.slice(0, 5).join(', ')}…`,
          );
        }
      });
    });
    this.phaseEstimate();
  }

  private unique(entries: Array<[string, Path]>, what: string) {
    const seen = new Set<string>();
    for (const [id, path] of entries) {
      if (seen.has(id))
        this.report(path, 'duplicate_id', `Duplicate ${what} id "${id}": each ${what} needs its own id.`);
      seen.add(id);
    }
  }

  private thresholds(t: number[], path: Path) {
    const expected = this.q.levels.length - 1;
    if (t.length !== expected) {
      this.report(
        path,
        'threshold_count',
        `${t.length} thresholds for ${this.q.levels.length} levels: give ${expected}, e.g. [${[40, 70, 85].slice(0, expected).join(', ')}].`,
      );
    }
    t.forEach((x, i) => {
      if (!(x > 0 && x <= 100)) {
        this.report([...path, i], 'threshold_out_of_range', `Threshold ${x} is outside ]0, 100]; scores run 0–100.`);
      } else if (i > 0 && x <= t[i - 1]!) {
        this.report(
          [...path, i],
          'thresholds_not_ascending',
          `Threshold ${x} is not above ${t[i - 1]}: thresholds go strictly up, e.g. [40, 70].`,
        );
      }
    });
  }

  private question({ question, index, path }: Located, scored: Set<string>) {
    if (question.kind === 'single' || question.kind === 'multiple') {
      this.unique(
        question.options.map((o, i) => [o.value, [...path, 'options', i, 'value']]),
        'option',
      );
      question.options.forEach((o, i) => {
        if (o.abstain && o.weights) {
          this.report(
            [...path, 'options', i, 'weights'],
            'abstain_with_weights',
            `Option "${o.value}" abstains, so it cannot have weights: remove one or the other.`,
          );
        }
        if (question.kind === 'multiple' && o.abstain && !o.exclusive) {
          this.report(
            [...path, 'options', i],
            'abstain_not_exclusive',
            `Option "${o.value}" abstains but can be combined with others: add exclusive: true.`,
          );
        }
      });
    }
    if (question.kind === 'multiple' && question.maxChoices !== undefined) {
      if (question.maxChoices > question.options.length) {
        this.report(
          [...path, 'maxChoices'],
          'max_choices_out_of_range',
          `maxChoices is ${question.maxChoices} but there are ${question.options.length} options.`,
        );
      }
    }
    if (question.kind === 'scale') {
      question.steps.forEach((s, i) => {
        if (i > 0 && s.value <= question.steps[i - 1]!.value) {
          this.report(
            [...path, 'steps', i, 'value'],
            'scale_steps_not_ascending',
            `Scale step ${s.value} is not above the step before it (${question.steps[i - 1]!.value}): use e.g. 1, 2, 3, 4.`,
          );
        }
      });
    }
    this.weights(question, path, scored);
    if (question.visibleIf) this.condition(question.visibleIf, [...path, 'visibleIf'], index);
    if (question.requiredIf) this.condition(question.requiredIf, [...path, 'requiredIf'], index);
  }

  private weights(question: Question, path: Path, scored: Set<string>) {
    const choices = questionChoices(question);
    if (!choices) return;
    const weightsPath = (i: number): Path =>
      question.kind === 'scale'
        ? [...path, 'weights']
        : question.kind === 'yesNoUnsure'
          ? [...path, 'weights', YES_NO_UNSURE[i]!]
          : [...path, 'options', i, 'weights'];
    const dims = scoredDimensions(choices);
    choices.forEach((c, i) => {
      for (const d of Object.keys(c.weights ?? {})) {
        if (!this.dimensions.has(d)) {
          this.report(
            [...weightsPath(i), d],
            'unknown_dimension',
            `Unknown dimension "${d}". Declared dimensions: ${[...this.dimensions].join(', ')}.`,
          );
        }
      }
      if (c.abstain || dims.length === 0) return;
      const missing = dims.filter((d) => c.weights?.[d] === undefined);
      if (missing.length) {
        this.report(
          weightsPath(i),
          'unweighted_option',
          `Question "${question.id}" is scored on ${dims.join(', ')}, but answer "${c.value}" has no weight on ${missing.join(', ')}. Give a weight (0 is one) or mark it abstain: true.`,
        );
      }
    });
    const multiple = question.kind === 'multiple' ? { maxChoices: question.maxChoices ?? Infinity } : null;
    for (const d of dims) {
      if (!this.dimensions.has(d)) continue;
      scored.add(d);
      const { min, max } = weightRange(choices, d, multiple);
      if (min === max) {
        this.report(
          [...path, question.kind === 'scale' || question.kind === 'yesNoUnsure' ? 'weights' : 'options'],
          'flat_weights',
          `Every answer to "${question.id}" weighs ${min} on "${d}": the question cannot tell groups apart there. Vary the weights, e.g. 0 to 10.`,
        );
      }
    }
  }

  /** `owner` is the index of the question the condition belongs to; `null` for rules. */
  private condition(condition: Condition, path: Path, owner: number | null) {
    walkCondition(condition, path, (leaf, leafPath) => {
      if ('level' in leaf) return this.levelLeaf(leaf, leafPath, owner);
      const id = leafQuestion(leaf)!;
      const target = this.byId.get(id);
      const key = Object.keys(leaf)[0]!;
      const refPath = key === 'answered' ? [...leafPath, key] : [...leafPath, key, 'question'];
      if (!target) {
        this.report(refPath, 'unknown_question', `Unknown question "${id}". Name a question id of this questionnaire.`);
        return;
      }
      if (owner !== null) {
        const deps = this.edges.get(owner) ?? new Set<number>();
        this.edges.set(owner, deps.add(target.index));
        if (target.index > owner) {
          this.report(
            refPath,
            'condition_on_later_question',
            `The condition reads "${id}", which comes later: a question may only depend on questions before it.`,
          );
        }
      }
      this.leafFits(leaf, target.question, leafPath, key);
    });
  }

  private levelLeaf(leaf: Extract<ConditionLeaf, { level: unknown }>, path: Path, owner: number | null) {
    if (owner !== null) {
      this.report(
        path,
        'level_in_question_condition',
        'Levels are known only once every answer is in: use them in recommendations or the phase estimate, not in visibleIf / requiredIf.',
      );
    }
    if (!this.dimensions.has(leaf.level.dimension)) {
      this.report(
        [...path, 'level', 'dimension'],
        'unknown_dimension',
        `Unknown dimension "${leaf.level.dimension}". Declared dimensions: ${[...this.dimensions].join(', ')}.`,
      );
    }
    leaf.level.in.forEach((l, i) => {
      if (!this.levels.has(l)) {
        this.report(
          [...path, 'level', 'in', i],
          'unknown_level',
          `Unknown level "${l}". Levels: ${[...this.levels].join(', ')}.`,
        );
      }
    });
  }

  /** Does the operator make sense for the question it reads, and do its values exist? */
  private leafFits(leaf: ConditionLeaf, target: Question, path: Path, key: string) {
    if (key === 'answered') return;
    const mismatch = (why: string) =>
      this.report([...path, key], 'condition_type_mismatch', `"${key}" cannot read "${target.id}": ${why}`);
    if (target.kind === 'text') return mismatch('free text is only tested with "answered".');
    if ((key === 'gte' || key === 'lte') && target.kind !== 'scale') {
      return mismatch(`"${key}" compares numbers and needs a scale question; use "equals" or "in".`);
    }
    if (key === 'gte' || key === 'lte') return;
    const values = 'equals' in leaf ? [leaf.equals.value] : 'in' in leaf ? leaf.in.values : [];
    const valid = questionChoices(target)!.map((c) => c.value);
    values.forEach((v, i) => {
      if (!valid.includes(v)) {
        this.report(
          key === 'equals' ? [...path, key, 'value'] : [...path, key, 'values', i],
          'unknown_option',
          `"${target.id}" has no answer ${JSON.stringify(v)}. Valid answers: ${valid.map((x) => JSON.stringify(x)).join(', ')}.`,
        );
      }
    });
  }

  /** A cycle is reported once per back edge, with the loop spelt out. */
  private cycles() {
    const state = new Map<number, 'open' | 'done'>();
    const stack: number[] = [];
    const visit = (i: number) => {
      state.set(i, 'open');
      stack.push(i);
      for (const j of this.edges.get(i) ?? []) {
        if (state.get(j) === 'open') {
          const loop = [...stack.slice(stack.indexOf(j)), j].map((k) => this.questions[k]!.question.id);
          this.report(
            this.questions[j]!.path,
            'condition_cycle',
            `Conditions go round in a circle: ${loop.join(' → ')}. A question cannot depend, even indirectly, on itself.`,
          );
        } else if (!state.has(j)) visit(j);
      }
      stack.pop();
      state.set(i, 'done');
    };
    for (const i of this.edges.keys()) if (!state.has(i)) visit(i);
  }

  private phaseEstimate() {
    const estimate = this.q.phaseEstimate;
    if (!estimate) return;
    let previous = -1;
    estimate.steps.forEach((s, i) => {
      const path: Path = ['phaseEstimate', 'steps', i];
      const order = PHASE_IDS.indexOf(s.phase);
      if (order <= previous) {
        this.report(
          [...path, 'phase'],
          'phase_order',
          `Phase "${s.phase}" comes after "${PHASE_IDS[previous]}": list each phase once, in the order of the cycle (${PHASE_IDS.join(', ')}).`,
        );
      }
      previous = Math.max(previous, order);
      this.condition(s.doneWhen, [...path, 'doneWhen'], null);
    });
  }
}
