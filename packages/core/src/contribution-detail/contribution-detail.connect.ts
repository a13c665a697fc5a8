import type { SnapshotFrom } from 'xstate';
import { commitmentState, type MilestoneState } from '../contribution/commitment.js';
import type { PublicContributionView } from '../contribution/contribution.connect.js';
import type { VERDICTS } from '../contribution/contribution.constants.js';
import { STATUS_TRAITS } from '../contribution/contribution.statuses.js';
import type { Commitment, ContributionEventType, StoredContributionEvent } from '../contribution/contribution.types.js';
import { listItem } from '../contribution-list/contribution-list.connect.js';
import type { ReportEvent } from '../moderation-queue/moderation-queue.types.js';
import type { ReportMachine } from '../moderation-queue/report.machine.js';
import { writtenIn } from '../shared/written-lang.js';
import type { PublicSpace } from '../store/backend.port.js';
import type { ContributionDetailMachine } from './contribution-detail.machine.js';
import type { ContributionDetailEvent } from './contribution-detail.types.js';

export type ContributionDetailSnapshot = SnapshotFrom<ContributionDetailMachine>;
export type ReportSnapshot = SnapshotFrom<ReportMachine>;
export type ContributionDetailState = 'idle' | 'loading' | 'ready' | 'notFound' | 'error';
type Verdict = (typeof VERDICTS)[number];

/** One line of the public history. Only what the widget words: never the event's free text. */
export interface TimelineEntry {
  seq: number;
  type: ContributionEventType;
  at: string;
  /** For `contribution.publish`: the verdict made public. */
  verdict?: Verdict;
  /** For `contribution.commit` and `contribution.progress`: what was promised. */
  commitment?: string;
  /** For `contribution.progress`. */
  percent?: number;
}

export interface CommitmentView extends Commitment {
  /** Latest reported percent, 0 before any report. */
  percent: number;
  /** Not done, and its due day or one of its steps' days has passed (core's `commitmentState`). */
  late: boolean;
  /** Its planned steps, each met (when) or late. */
  steps: MilestoneState[];
  /** Reports, oldest first. */
  updates: Array<{ text: string; percent: number; at: string }>;
  /** The language it and its reports were written in: the answer's. */
  lang: string;
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

function timelineEntry(e: StoredContributionEvent, commitments: readonly Commitment[]): TimelineEntry {
  const entry: TimelineEntry = { seq: e.seq, type: e.type, at: e.at };
  const answer = record(e.data.answer);
  if (e.type === 'contribution.publish' && typeof answer.verdict === 'string')
    entry.verdict = answer.verdict as Verdict;
  const commitment = record(e.data.commitment);
  if (typeof commitment.what === 'string') entry.commitment = commitment.what;
  const update = record(e.data.update);
  if (typeof update.percent === 'number') {
    entry.percent = update.percent;
    const what = commitments.find((c) => c.id === update.commitmentId)?.what;
    if (what) entry.commitment = what;
  }
  return entry;
}

export function commitmentViews(view: PublicContributionView, at: string): CommitmentView[] {
  return view.commitments.map((c) => {
    const updates = view.progress
      .filter((p) => p.commitmentId === c.id)
      .map((p) => ({ text: p.text, percent: p.percent, at: p.at }));
    const state = commitmentState(c, view.progress, at);
    return {
      ...c,
      percent: updates.at(-1)?.percent ?? 0,
      late: state.late,
      steps: state.milestones,
      updates,
      lang: writtenIn(view.answer),
    };
  });
}

function contributionOf(view: PublicContributionView, space: PublicSpace | null, at: string) {
  const item = listItem(view, space, at);
  return {
    ...item,
    body: view.content?.body ?? null,
    territory: view.content?.territory ?? null,
    pseudonym: view.author.pseudonym,
    /** Written by a facilitator for this person (saisie accompagnée). */
    onBehalfOf: view.assisted?.onBehalfOf ?? null,
    answerWithinDays: space?.answerWithinDays ?? null,
    answer: view.answer?.publishedAt
      ? {
          verdict: view.answer.verdict,
          text: view.answer.text,
          service: view.answer.service,
          publishedAt: view.answer.publishedAt,
          duplicateOf: view.answer.duplicateOf ?? null,
          lang: writtenIn(view.answer),
        }
      : null,
    /**
     * The answer, or the promise of one while it is awaited; neither for what will never get
     * one (withdrawn, hidden).
     */
    answerOrPromise: Boolean(view.answer?.publishedAt) || item.timing?.kind === 'waiting',
    commitments: commitmentViews(view, at),
    /** Public and showing its words, so a citizen may report it (not hidden, not withdrawn). */
    reportable: STATUS_TRAITS[view.status].reportable,
  };
}

/** What the detail widget shows for a snapshot, and what the reader can do. */
export function connectContributionDetail(
  snapshot: ContributionDetailSnapshot,
  send: (event: ContributionDetailEvent) => void = () => undefined,
) {
  const c = snapshot.context;
  const detail = c.detail;
  const at = c.loadedAt ?? new Date(0).toISOString();
  return {
    state: snapshot.value as ContributionDetailState,
    contribution: detail ? contributionOf(detail.contribution, c.space, at) : null,
    timeline: detail ? detail.timeline.map((e) => timelineEntry(e, detail.contribution.commitments)) : [],
    /** Opened with a follow-up code: the reader is the author. */
    code: c.code,
    missing: c.missing,
    failure: c.failure,
    /** Another contribution, by follow-up code (the contribution id stays as the host set it). */
    open: (code: string) => send({ type: 'detail.open', contributionId: c.contributionId ?? undefined, code }),
    retry: () => send({ type: 'detail.retry' }),
  };
}

export type ContributionDetailView = ReturnType<typeof connectContributionDetail>;

/**
 * What went wrong with a report, for the reader: a missing reason or a note too long (the
 * field to correct), no connection, or any other failure.
 */
export type ReportProblem = 'reason' | 'note' | 'offline' | 'failed';

/** The report form of the contribution shown: its state, what to correct, and sending. */
export function connectReport(snapshot: ReportSnapshot, send: (event: ReportEvent) => void = () => undefined) {
  const { error, failure } = snapshot.context;
  const problem: ReportProblem | null = error ?? (failure ? (failure.kind === 'offline' ? 'offline' : 'failed') : null);
  return {
    state: snapshot.value as 'editing' | 'sending' | 'sent',
    problem,
    /** `reason` as the form gives it: `''` when none was chosen; `lang`, the note's language. */
    send: (contributionId: string, reason: string, note: string, lang?: string) =>
      send({
        type: 'report.send',
        contributionId,
        reason: reason as ReportEvent['reason'],
        note,
        ...(lang ? { lang } : {}),
      }),
  };
}

export type ReportView = ReturnType<typeof connectReport>;
