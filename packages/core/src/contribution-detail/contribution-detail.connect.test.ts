import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  type ContributionSnapshot,
  publicTimeline,
  toPublicView,
  toView,
} from '../contribution/contribution.connect.js';
import { decide, ev, input } from '../contribution/contribution.fixtures.js';
import { applyEvent, createContribution } from '../contribution/contribution.replay.js';
import type { ContributionEvent, StoredContributionEvent } from '../contribution/contribution.types.js';
import { reportMachine } from '../moderation-queue/report.machine.js';
import type { PublicSpace } from '../store/backend.port.js';
import { connectContributionDetail, connectReport } from './contribution-detail.connect.js';
import { contributionDetailMachine } from './contribution-detail.machine.js';

const SPACE = { id: 's_1', answerWithinDays: 60, themes: [] } as unknown as PublicSpace;

/** A contribution through the real machine, with the events a store would keep. */
function built(...events: ContributionEvent[]) {
  let s: ContributionSnapshot = createContribution(input());
  const stored: StoredContributionEvent[] = [
    { contributionId: 'c_1', seq: 1, type: 'contribution.created', actor: input().actor, at: input().at, data: {} },
  ];
  for (const e of events) {
    const r = applyEvent(s, e);
    if (!r.ok) throw new Error(`${e.type} ${r.reason}`);
    s = r.snapshot;
    const { type, actor, at, ...data } = e;
    stored.push({ contributionId: 'c_1', seq: s.context.version, type, actor, at, data });
  }
  return { contribution: toPublicView(toView(s)), timeline: publicTimeline(stored) };
}

function readyView(detail: ReturnType<typeof built>) {
  const [start] = initialTransition(contributionDetailMachine, { contributionId: 'c_1' });
  const [ready] = transition(contributionDetailMachine, start, {
    type: 'xstate.done.actor.load',
    output: { found: true, detail, space: SPACE, at: '2026-12-01T00:00:00.000Z' },
  } as never);
  return connectContributionDetail(ready);
}

describe('connectContributionDetail', () => {
  it('words the public history: verdict on publication, commitment and percent on progress', () => {
    const view = readyView(
      built(
        ev('contribution.submit', 'author'),
        ev('contribution.review', 'professional'),
        decide('partlyAccepted'),
        ev('contribution.publish', 'professional'),
        ev('contribution.commit', 'professional'),
        ev('contribution.start', 'professional'),
        ev('contribution.progress', 'professional'),
      ),
    );
    expect(view.state).toBe('ready');
    expect(view.timeline.map((e) => e.type)).not.toContain('contribution.decide');
    expect(view.timeline.find((e) => e.type === 'contribution.publish')?.verdict).toBe('partlyAccepted');
    expect(view.timeline.at(-1)).toMatchObject({ percent: 50, commitment: 'Ajouter un départ à 8 h 10' });
    expect(view.contribution?.answer).toMatchObject({ verdict: 'partlyAccepted', service: 'Direction de l’insertion' });
    expect(view.contribution?.commitments).toEqual([
      expect.objectContaining({ id: 'k_1', percent: 50, updates: [expect.objectContaining({ percent: 50 })] }),
    ]);
    expect(view.contribution?.overdueDays).toBeNull();
  });

  it('shows an unanswered contribution as overdue, and a hidden one without its words', () => {
    const waiting = readyView(built(ev('contribution.submit', 'author')));
    expect(waiting.contribution?.answer).toBeNull();
    expect(waiting.contribution?.overdueDays).toBeGreaterThan(0);
    const hidden = readyView(built(ev('contribution.submit', 'author'), ev('contribution.hide', 'facilitator')));
    expect(hidden.contribution).toMatchObject({ hidden: true, title: null, body: null, overdueDays: null });
  });
});

describe('what the detail decides for its view', () => {
  it('promises an answer only while one is awaited, and shows it once published', () => {
    expect(readyView(built(ev('contribution.submit', 'author'))).contribution?.answerOrPromise).toBe(true);
    const answered = built(
      ev('contribution.submit', 'author'),
      ev('contribution.review', 'professional'),
      decide('accepted'),
      ev('contribution.publish', 'professional'),
    );
    expect(readyView(answered).contribution?.answerOrPromise).toBe(true);
    const hidden = built(ev('contribution.submit', 'author'), ev('contribution.hide', 'facilitator'));
    expect(readyView(hidden).contribution?.answerOrPromise).toBe(false);
  });

  it('opens another contribution by code and retries through intents', () => {
    const [start] = initialTransition(contributionDetailMachine, { contributionId: 'c_1' });
    const sent: unknown[] = [];
    const view = connectContributionDetail(start, (e) => sent.push(e));
    view.open('K7P-4QX');
    view.retry();
    expect(sent).toEqual([{ type: 'detail.open', contributionId: 'c_1', code: 'K7P-4QX' }, { type: 'detail.retry' }]);
  });
});

describe('connectReport', () => {
  it('names what to correct, and reads no connection apart from any other failure', () => {
    const [editing] = initialTransition(reportMachine, undefined);
    const sent: unknown[] = [];
    const view = connectReport(editing, (e) => sent.push(e));
    expect(view).toMatchObject({ state: 'editing', problem: null });
    view.send('c_1', '', 'Sans motif');
    expect(sent).toEqual([{ type: 'report.send', contributionId: 'c_1', reason: '', note: 'Sans motif' }]);
    const [noReason] = transition(reportMachine, editing, sent[0] as never);
    expect(connectReport(noReason).problem).toBe('reason');
    const [sending] = transition(reportMachine, editing, {
      type: 'report.send',
      contributionId: 'c_1',
      reason: 'insult',
      note: '',
    });
    expect(connectReport(sending).state).toBe('sending');
    const failed = (kind: string) =>
      transition(reportMachine, sending, {
        type: 'xstate.error.actor.report',
        error: { kind, message: 'x' },
      } as never)[0];
    expect(connectReport(failed('offline')).problem).toBe('offline');
    expect(connectReport(failed('forbidden')).problem).toBe('failed');
  });
});
