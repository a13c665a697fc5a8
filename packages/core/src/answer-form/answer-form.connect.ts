import type { SnapshotFrom } from 'xstate';
import type { ContributionView } from '../contribution/contribution.connect.js';
import type { ContributionEventType, StoredContributionEvent } from '../contribution/contribution.types.js';
import { commitmentViews } from '../contribution-detail/contribution-detail.connect.js';
import { overdueDays, timingOf } from '../contribution-list/contribution-list.connect.js';
import { writtenIn } from '../shared/written-lang.js';
import { availableCommands, mineOnTheirs } from './answer-form.commands.js';
import type { AnswerFormMachine } from './answer-form.machine.js';
import type { AnswerCommand, AnswerFormContext, Verdict } from './answer-form.types.js';

export type AnswerFormSnapshot = SnapshotFrom<AnswerFormMachine>;

/** Every state of the answer form, as `connectAnswerForm(…).state` names it. */
export const ANSWER_FORM_STATES = [
  'idle',
  'list.loading',
  'list.ready',
  'list.empty',
  'list.confirming',
  'list.publishing',
  'list.failed',
  'one.loading',
  'one.ready',
  'one.sending',
  'one.conflict.reloading',
  'one.conflict.comparing',
  'one.conflict.failed',
  'one.failed',
  'denied',
] as const;
export type AnswerFormState = (typeof ANSWER_FORM_STATES)[number];

/** The snapshot's state as one dotted name: `one.conflict.comparing`. */
export function answerFormState(snapshot: Pick<AnswerFormSnapshot, 'value'>): AnswerFormState {
  const parts: string[] = [];
  let value: unknown = snapshot.value;
  while (typeof value === 'object' && value !== null) {
    const [key, inner] = Object.entries(value)[0]!;
    parts.push(key);
    value = inner;
  }
  parts.push(String(value));
  return parts.join('.') as AnswerFormState;
}

/** One line of the internal history: what happened, when, and the few facts worth a word. */
export interface AnswerTimelineEntry {
  seq: number;
  type: ContributionEventType;
  at: string;
  /** Seen by professionals only (an internal decision). */
  internal: boolean;
  verdict?: Verdict;
  commitment?: string;
  percent?: number;
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

export function answerTimeline(
  events: readonly StoredContributionEvent[],
  view: ContributionView | null,
): AnswerTimelineEntry[] {
  let verdict: Verdict | undefined;
  return events.map((e) => {
    const entry: AnswerTimelineEntry = {
      seq: e.seq,
      type: e.type,
      at: e.at,
      internal: e.type === 'contribution.decide',
    };
    const answer = record(e.data.answer);
    if (typeof answer.verdict === 'string') verdict = answer.verdict as Verdict;
    if (e.type === 'contribution.decide' || e.type === 'contribution.publish') {
      if (verdict) entry.verdict = verdict;
    }
    const commitment = record(e.data.commitment);
    if (typeof commitment.what === 'string') entry.commitment = commitment.what;
    const update = record(e.data.update);
    if (typeof update.percent === 'number') {
      entry.percent = update.percent;
      const what = view?.commitments.find((c) => c.id === update.commitmentId)?.what;
      if (what) entry.commitment = what;
    }
    return entry;
  });
}

/** A contribution as the professional reads it: the author's words, where it stands, and the answer. */
export function answerContribution(
  view: ContributionView,
  context: Pick<AnswerFormContext, 'spaceRecord' | 'loadedAt'>,
) {
  const at = context.loadedAt ?? new Date(0).toISOString();
  const themeId = view.content.theme;
  return {
    id: view.id,
    version: view.version,
    /** When it last changed (its latest event). */
    updatedAt: view.updatedAt,
    status: view.status,
    title: view.content.title,
    /** The language the author wrote in. */
    lang: writtenIn(view.content),
    body: view.content.body,
    kind: view.content.kind,
    theme: { id: themeId, label: context.spaceRecord?.themes.find((t) => t.id === themeId)?.label ?? themeId },
    territory: view.content.territory ?? null,
    pseudonym: view.author.pseudonym,
    onBehalfOf: view.assisted?.onBehalfOf ?? null,
    publishedAt: view.publishedAt,
    timing: timingOf(view, at),
    overdueDays: context.spaceRecord ? overdueDays(view, context.spaceRecord, at) : null,
    answer: view.answer
      ? {
          verdict: view.answer.verdict,
          text: view.answer.text,
          service: view.answer.service,
          duplicateOf: view.answer.duplicateOf ?? null,
          decidedAt: view.answer.decidedAt,
          publishedAt: view.answer.publishedAt,
          lang: writtenIn(view.answer),
        }
      : null,
    commitments: commitmentViews(view, at),
  };
}
export type AnswerContribution = ReturnType<typeof answerContribution>;

/** What "mine" is in a conflict, in words the widget can show beside their version. */
export function describeCommand(command: AnswerCommand) {
  switch (command.type) {
    case 'contribution.decide':
      return { type: command.type, answer: command.data.answer };
    case 'contribution.commit':
      return { type: command.type, commitment: command.data.commitment };
    case 'contribution.progress':
      return { type: command.type, update: command.data.update };
    default:
      return { type: command.type };
  }
}

/** What the answer widget shows for a snapshot. */
export function connectAnswerForm(snapshot: AnswerFormSnapshot) {
  const c = snapshot.context;
  const state = answerFormState(snapshot);
  const at = c.loadedAt ?? new Date(0).toISOString();
  const contribution = c.contribution ? answerContribution(c.contribution, c) : null;
  const items = c.items.map((v) => ({
    id: v.id,
    title: v.content.title,
    lang: writtenIn(v.content),
    kind: v.content.kind,
    status: v.status,
    publishedAt: v.publishedAt,
    timing: timingOf(v, at),
    overdueDays: c.spaceRecord ? overdueDays(v, c.spaceRecord, at) : null,
    verdict: v.answer?.verdict ?? null,
    /** Only a decided answer can be published together with others. */
    selectable: v.status === 'decided',
    selected: c.selected.includes(v.id),
    changed: c.outcome?.type === 'bulkConflict' && c.outcome.ids.includes(v.id),
  }));
  const inConflict = state.startsWith('one.conflict');
  return {
    state,
    busy: state.endsWith('loading') || state === 'list.publishing' || state === 'one.sending',
    /** The widget was given one contribution: no list to go back to. */
    fixed: c.fixed,
    space: c.spaceRecord
      ? { id: c.spaceRecord.id, name: c.spaceRecord.name, answerWithinDays: c.spaceRecord.answerWithinDays }
      : null,
    templates: c.spaceRecord?.answerTemplates ?? [],
    items,
    /** Ticked for publishing together, in list order. */
    selection: items.filter((i) => i.selected),
    contribution,
    timeline: answerTimeline(c.timeline, c.contribution),
    /** Steps offered, in workflow order (shown, but not pressable, while one is on its way); none in a conflict. */
    actions:
      (state === 'one.ready' || state === 'one.sending') && c.contribution ? availableCommands(c.contribution) : [],
    values: c.values,
    errors: c.errors,
    conflict:
      inConflict && c.pending
        ? {
            mine: describeCommand(c.pending.command),
            /** The answer the professional saw when they pressed "publish". */
            seenAnswer: c.pending.seenAnswer,
            versionSeen: c.pending.expectedVersion,
            /** "Use mine" is offered only when the machine accepts it on their version. */
            canUseMine:
              state === 'one.conflict.comparing' &&
              c.contribution !== null &&
              mineOnTheirs(c.pending, c.contribution) !== null,
            /** "Use mine" after a publish conflict decides the answer again first: it never publishes what was not seen. */
            useMineDecidesAgain:
              c.pending.command.type === 'contribution.publish' &&
              c.contribution !== null &&
              mineOnTheirs(c.pending, c.contribution)?.type === 'contribution.decide',
          }
        : null,
    outcome: c.outcome,
    published: c.published,
    failure: c.failure,
  };
}

export type AnswerFormView = ReturnType<typeof connectAnswerForm>;
