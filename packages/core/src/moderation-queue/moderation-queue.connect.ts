import type { SnapshotFrom } from 'xstate';
import type { ContributionContent } from '../contribution/contribution.types.js';
import type { ModerationItem, ReportReason } from '../moderation/moderation.types.js';
import { writtenIn } from '../shared/written-lang.js';
import { actionsFor, type ModerationQueueMachine } from './moderation-queue.machine.js';
import type { ModerationAction } from './moderation-queue.types.js';

export type ModerationQueueSnapshot = SnapshotFrom<ModerationQueueMachine>;
export type ModerationQueueState = 'idle' | 'loading' | 'ready' | 'acting' | 'empty' | 'error';
/** Where an action stands while the queue is `ready`. */
export type ModerationStep = 'browsing' | 'composing' | 'confirming';

const DAY = 86_400_000;

/** One item, ready to render. A facilitator sees the words of hidden contributions too. */
export interface QueueItemView {
  id: string;
  queue: ModerationItem['queue'];
  title: string;
  body: string;
  /** The language the title and body were written in. */
  lang: string;
  kind: ContributionContent['kind'];
  theme: string;
  pseudonym: string;
  /** When it entered its queue, and the whole days since. */
  since: string;
  days: number;
  /** Why it was hidden, as its author reads it; `null` unless hidden. */
  hiddenReason: string | null;
  /** The language the hiding reason was written in. */
  hiddenLang: string;
  /** Open reports, oldest first. */
  /** Each report; `lang`, the language its note is written in. */
  reports: Array<{ id: string; reason: ReportReason; note: string; lang: string; createdAt: string }>;
  actions: readonly ModerationAction[];
}

export function queueItem(item: ModerationItem, at: string): QueueItemView {
  const c = item.contribution;
  return {
    id: c.id,
    queue: item.queue,
    title: c.content.title,
    body: c.content.body,
    lang: writtenIn(c.content),
    kind: c.content.kind,
    theme: c.content.theme,
    pseudonym: c.author.pseudonym,
    since: item.since,
    days: Math.max(0, Math.floor((Date.parse(at) - Date.parse(item.since)) / DAY)),
    hiddenReason: item.queue === 'hidden' ? (c.hidden?.reason ?? null) : null,
    hiddenLang: writtenIn(c.hidden),
    reports: item.reports.map((r) => ({
      id: r.id,
      reason: r.reason,
      note: r.note,
      lang: writtenIn(r),
      createdAt: r.createdAt,
    })),
    actions: actionsFor(item.queue),
  };
}

/** What the moderation widget shows for a snapshot. */
export function connectModerationQueue(snapshot: ModerationQueueSnapshot) {
  const c = snapshot.context;
  const value = snapshot.value;
  const state = (typeof value === 'string' ? value : 'ready') as ModerationQueueState;
  const step = typeof value === 'string' ? null : ((value as { ready: ModerationStep }).ready ?? null);
  const at = c.loadedAt ?? new Date(0).toISOString();
  return {
    state,
    step,
    busy: state === 'loading' || state === 'acting',
    filters: c.filters,
    filtered: Boolean(c.filters.queue || c.filters.reason || c.filters.olderThanDays),
    counts: c.counts,
    total: c.counts.awaitingApproval + c.counts.reported + c.counts.hidden,
    items: c.items.map((i) => queueItem(i, at)),
    /** The action being prepared or sent, and the reason as last submitted. */
    pending: c.pending,
    reason: c.reason,
    reasonError: c.reasonError,
    actionFailure: c.actionFailure,
    done: c.done,
    conflict: c.conflict,
    failure: c.failure,
  };
}

export type ModerationQueueView = ReturnType<typeof connectModerationQueue>;
