// A small vocabulary for the seed's stories: each step is one command a member (or the
// author) sends some days after the previous one, through the real service.
import type { ContributionCommand } from '@participe/adapters/service';
import type { CONTRIBUTION_KINDS, VERDICTS } from '@participe/core';
import type { DemoSpace } from './spaces.js';

/** What a step may need when it runs: a day relative to the seed's "now", another contribution's id. */
export interface StepScope {
  day(daysFromNow: number): string;
  idOf(ref: string): string;
}

export interface Step {
  /** Days after the previous step (or the creation). */
  after: number;
  as: 'professional' | 'facilitator' | 'author';
  command: (scope: StepScope) => ContributionCommand;
}

export interface SeedContribution {
  /** A name for the seed only, so a duplicate can point to its original. */
  ref: string;
  space: DemoSpace;
  daysAgo: number;
  kind: (typeof CONTRIBUTION_KINDS)[number];
  theme: string;
  title: string;
  body: string;
  pseudonym: string;
  /** An e-mail the author agreed to be told at (fictional, on `exemple.fr`). */
  email?: string;
  /** Typed by the group's facilitator: for someone (`assisted`) or from a meeting's minutes. */
  channel?: { assisted: string } | { meeting: string };
  steps?: Step[];
}

type Verdict = (typeof VERDICTS)[number];
const pro = (after: number, command: Step['command']): Step => ({ after, as: 'professional', command });

export const review = (after = 5): Step => pro(after, () => ({ type: 'contribution.review', data: {} }));

export const decide = (after: number, verdict: Exclude<Verdict, 'duplicate'>, text: string, service: string): Step =>
  pro(after, () => ({ type: 'contribution.decide', data: { answer: { verdict, text, service } } }));

export const duplicate = (after: number, of: string, text: string, service: string): Step =>
  pro(after, ({ idOf }) => ({
    type: 'contribution.decide',
    data: { answer: { verdict: 'duplicate', text, service, duplicateOf: idOf(of) } },
  }));

export const publish = (after = 2): Step => pro(after, () => ({ type: 'contribution.publish', data: {} }));

/**
 * `dueInDays` counts from the seed's "now": negative for a date already past. `steps` are the
 * planned milestones, `[id, label, dueInDays]`.
 */
export const commit = (
  after: number,
  id: string,
  what: string,
  owner: string,
  dueInDays: number,
  steps: Array<[string, string, number]> = [],
): Step =>
  pro(after, ({ day }) => ({
    type: 'contribution.commit',
    data: {
      commitment: {
        id,
        what,
        owner,
        due: day(dueInDays),
        ...(steps.length ? { milestones: steps.map(([m, label, due]) => ({ id: m, label, due: day(due) })) } : {}),
      },
    },
  }));

export const start = (after = 3): Step => pro(after, () => ({ type: 'contribution.start', data: {} }));

/** `met`: the ids of the planned steps this update meets. */
export const progress = (
  after: number,
  commitmentId: string,
  percent: number,
  text: string,
  met: string[] = [],
): Step =>
  pro(after, () => ({
    type: 'contribution.progress',
    data: { update: { commitmentId, percent, text, ...(met.length ? { milestonesMet: met } : {}) } },
  }));

export const complete = (after = 2): Step => pro(after, () => ({ type: 'contribution.complete', data: {} }));

export const hide = (after: number, reason: string): Step => ({
  after,
  as: 'facilitator',
  command: () => ({ type: 'contribution.hide', data: { reason } }),
});

export const withdraw = (after: number, reason: string): Step => ({
  after,
  as: 'author',
  command: () => ({ type: 'contribution.withdraw', data: { reason } }),
});
