// What the professional typed, checked and turned into machine commands; and whether the
// contribution machine accepts a command on a given version. Pure: no I/O, no zod (the
// widget bundle stays small), the same limits as the schemas.
import type { ContributionView } from '../contribution/contribution.connect.js';
import { BODY_MAX } from '../contribution/contribution.constants.js';
import { contributionMachine, DECLINE_REASON_MIN } from '../contribution/contribution.machine.js';
import type { ContributionEvent } from '../contribution/contribution.types.js';
import type {
  AnswerCommand,
  AnswerCommandType,
  AnswerErrors,
  AnswerField,
  AnswerFieldError,
  AnswerValues,
  PendingCommand,
} from './answer-form.types.js';

/** Maximum lengths, as in `AnswerSchema`, `CommitmentSchema` and `ProgressUpdateSchema`. */
export const ANSWER_LIMITS = {
  text: BODY_MAX,
  service: 120,
  what: 500,
  owner: 120,
  progressText: 2000,
} as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const EMPTY_ANSWER_VALUES: AnswerValues = {
  verdict: '',
  text: '',
  service: '',
  duplicateOf: '',
  templateId: '',
  what: '',
  owner: '',
  due: '',
  commitmentId: '',
  progressText: '',
  percent: '',
};

/** The fields each command needs, in the order the form shows them. */
export const COMMAND_FIELDS: Record<AnswerCommandType, readonly AnswerField[]> = {
  'contribution.review': [],
  'contribution.decide': ['verdict', 'text', 'service', 'duplicateOf'],
  'contribution.publish': [],
  'contribution.commit': ['what', 'owner', 'due'],
  'contribution.start': [],
  'contribution.progress': ['commitmentId', 'progressText', 'percent'],
  'contribution.complete': [],
};

const required = (s: string): AnswerFieldError | undefined => (s.trim() === '' ? { code: 'required' } : undefined);
const max = (s: string, limit: number): AnswerFieldError | undefined =>
  s.trim().length > limit ? { code: 'tooLong', limit } : undefined;

/** The error of one field, or `undefined` when it is fine. */
export function answerFieldError(field: AnswerField, v: AnswerValues): AnswerFieldError | undefined {
  switch (field) {
    case 'verdict':
      return v.verdict === '' ? { code: 'required' } : undefined;
    case 'text':
      return (
        required(v.text) ??
        max(v.text, ANSWER_LIMITS.text) ??
        (v.verdict === 'declined' && v.text.trim().length < DECLINE_REASON_MIN
          ? { code: 'tooShort', limit: DECLINE_REASON_MIN }
          : undefined)
      );
    case 'service':
      return required(v.service) ?? max(v.service, ANSWER_LIMITS.service);
    case 'duplicateOf':
      if (v.verdict !== 'duplicate') return undefined;
      return required(v.duplicateOf) ?? (ID.test(v.duplicateOf.trim()) ? undefined : { code: 'invalid' });
    case 'what':
      return required(v.what) ?? max(v.what, ANSWER_LIMITS.what);
    case 'owner':
      return required(v.owner) ?? max(v.owner, ANSWER_LIMITS.owner);
    case 'due':
      return required(v.due) ?? (DAY.test(v.due.trim()) && isRealDay(v.due.trim()) ? undefined : { code: 'invalid' });
    case 'commitmentId':
      return required(v.commitmentId);
    case 'progressText':
      return required(v.progressText) ?? max(v.progressText, ANSWER_LIMITS.progressText);
    case 'percent': {
      if (v.percent.trim() === '') return { code: 'required' };
      const n = Number(v.percent.trim());
      return Number.isInteger(n) && n >= 0 && n <= 100 ? undefined : { code: 'invalid' };
    }
  }
}

/** 2026-02-30 matches the pattern but is no day. */
function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** The errors of the fields a command needs; empty when it may be sent. */
export function commandErrors(type: AnswerCommandType, values: AnswerValues): AnswerErrors {
  const errors: AnswerErrors = {};
  for (const field of COMMAND_FIELDS[type]) {
    const e = answerFieldError(field, values);
    if (e) errors[field] = e;
  }
  return errors;
}

/** The command for a type, built from what was typed (trimmed; optional fields left out). */
/** `lang`: the language the answer is written in (see `AnswerSchema.lang`). */
export function buildCommand(
  type: AnswerCommandType,
  v: AnswerValues,
  commitmentId = '',
  lang?: string,
): AnswerCommand {
  const t = (s: string) => s.trim();
  switch (type) {
    case 'contribution.decide':
      return {
        type,
        data: {
          answer: {
            verdict: v.verdict === '' ? 'answered' : v.verdict,
            text: t(v.text),
            service: t(v.service),
            ...(v.verdict === 'duplicate' ? { duplicateOf: t(v.duplicateOf) } : {}),
            ...(lang ? { lang } : {}),
          },
        },
      };
    case 'contribution.commit':
      return { type, data: { commitment: { id: commitmentId, what: t(v.what), owner: t(v.owner), due: t(v.due) } } };
    case 'contribution.progress':
      return {
        type,
        data: { update: { commitmentId: v.commitmentId, text: t(v.progressText), percent: Number(t(v.percent)) } },
      };
    default:
      return { type, data: {} } as AnswerCommand;
  }
}

/** Statuses the machine nests in its `live` state; the others are top-level states. */
const LIVE: ReadonlySet<string> = new Set(
  Object.values(contributionMachine.root.states.live?.states ?? {})
    .filter((node) => node.type !== 'history')
    .map((node) => node.key),
);

/** The contribution machine's snapshot for a view, so its own guards say what it accepts. */
export function snapshotOfView(view: ContributionView) {
  const { status, ...context } = view;
  const value = LIVE.has(status) ? { live: status } : status;
  return contributionMachine.resolveState({ value, context });
}

/** Whether the contribution machine accepts this command from a professional on this version. */
export function machineAllows(view: ContributionView, command: AnswerCommand): boolean {
  const snapshot = snapshotOfView(view);
  const event = {
    type: command.type,
    actor: { role: 'professional', id: null },
    at: view.updatedAt,
    ...command.data,
  } as ContributionEvent;
  return snapshot.status === 'active' && snapshot.can(event);
}

/** A valid sample of each command on this view: what the widget may offer now. */
function sampleCommand(type: AnswerCommandType, view: ContributionView): AnswerCommand {
  switch (type) {
    case 'contribution.decide':
      return { type, data: { answer: { verdict: 'answered', text: 'Réponse.', service: 'Service' } } };
    case 'contribution.commit': {
      const id = `k_${view.commitments.length + 1}_${view.version}`;
      return { type, data: { commitment: { id, what: 'À faire', owner: 'Service', due: '2026-01-01' } } };
    }
    case 'contribution.progress':
      return {
        type,
        data: { update: { commitmentId: view.commitments[0]?.id ?? '-', text: 'Fait.', percent: 0 } },
      };
    default:
      return { type, data: {} } as AnswerCommand;
  }
}

/** The steps a professional may take now, in workflow order. */
export function availableCommands(view: ContributionView): AnswerCommandType[] {
  return (
    [
      'contribution.review',
      'contribution.decide',
      'contribution.publish',
      'contribution.commit',
      'contribution.start',
      'contribution.progress',
      'contribution.complete',
    ] as const
  ).filter((type) => machineAllows(view, sampleCommand(type, view)));
}

const sameAnswer = (a: PendingCommand['seenAnswer'], b: ContributionView['answer']) =>
  a !== null &&
  b !== null &&
  a.verdict === b.verdict &&
  a.text === b.text &&
  a.service === b.service &&
  (a.duplicateOf ?? null) === (b.duplicateOf ?? null);

/**
 * After a conflict, what "use mine" sends on the version now stored, or `null` when the
 * machine no longer allows it. Publishing never makes public an answer the professional has
 * not seen: if the other professional changed the answer, "mine" is the answer they saw,
 * decided again, to publish after a second look.
 */
export function mineOnTheirs(pending: PendingCommand, theirs: ContributionView): AnswerCommand | null {
  if (pending.command.type === 'contribution.publish') {
    if (sameAnswer(pending.seenAnswer, theirs.answer))
      return machineAllows(theirs, pending.command) ? pending.command : null;
    if (!pending.seenAnswer) return null;
    const { verdict, text, service, duplicateOf, lang } = pending.seenAnswer;
    const decide: AnswerCommand = {
      type: 'contribution.decide',
      data: { answer: { verdict, text, service, ...(duplicateOf ? { duplicateOf } : {}), ...(lang ? { lang } : {}) } },
    };
    return machineAllows(theirs, decide) ? decide : null;
  }
  return machineAllows(theirs, pending.command) ? pending.command : null;
}

/** Where each data path of a command lands in the form. */
const ISSUE_FIELDS: Record<string, AnswerField> = {
  'answer.verdict': 'verdict',
  'answer.text': 'text',
  'answer.service': 'service',
  'answer.duplicateOf': 'duplicateOf',
  'commitment.what': 'what',
  'commitment.owner': 'owner',
  'commitment.due': 'due',
  'update.commitmentId': 'commitmentId',
  'update.text': 'progressText',
  'update.percent': 'percent',
};

/**
 * Server issues (`data.answer.text`…) on the fields they concern. The local check words
 * the error when it can; otherwise the server's own sentence is kept.
 */
export function answerIssuesToErrors(
  issues: ReadonlyArray<{ path: readonly string[]; message: string }>,
  values: AnswerValues,
): AnswerErrors {
  const errors: AnswerErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'data' ? issue.path.slice(1) : issue.path;
    const field = ISSUE_FIELDS[path.slice(0, 2).join('.')];
    if (field && !errors[field])
      errors[field] = answerFieldError(field, values) ?? { code: 'invalid', message: issue.message };
  }
  return errors;
}

/** The form filled from a contribution's current answer (and its first commitment for progress). */
export function valuesFrom(view: ContributionView | null): AnswerValues {
  const a = view?.answer;
  return {
    ...EMPTY_ANSWER_VALUES,
    ...(a ? { verdict: a.verdict, text: a.text, service: a.service, duplicateOf: a.duplicateOf ?? '' } : {}),
    commitmentId: view?.commitments[0]?.id ?? '',
  };
}
