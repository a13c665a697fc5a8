import { describe, expect, expectTypeOf, it } from 'vitest';
import { contributionMachine } from './contribution.machine.js';
import {
  AWAITING_ANSWER_STATUSES,
  type AwaitingAnswerStatus,
  CLOSED_STATUSES,
  CONTRIBUTION_STATUSES,
  LIST_STATUS_FILTERS,
  PUBLIC_STATUSES,
  publicStatusOf,
  REPORTABLE_STATUSES,
  STATUS_TRAITS,
  WORDS_WITHHELD_STATUSES,
} from './contribution.statuses.js';

const SETS = {
  public: PUBLIC_STATUSES,
  awaiting: AWAITING_ANSWER_STATUSES,
  closed: CLOSED_STATUSES,
  reportable: REPORTABLE_STATUSES,
  listed: LIST_STATUS_FILTERS,
  withholdsWords: WORDS_WITHHELD_STATUSES,
} as const;

/** Names of the machine's leaf states, nested ones included (history markers are not states). */
type Node = { key: string; type: string; states: Record<string, Node> };
const leaves = (node: Node): string[] =>
  Object.values(node.states)
    .filter((child) => child.type !== 'history')
    .flatMap((child) => (Object.keys(child.states).length ? leaves(child) : [child.key]));

describe('contribution statuses', () => {
  it('are the contribution machine’s leaf states, no more, no fewer', () => {
    expect(leaves(contributionMachine.root as unknown as Node).sort()).toEqual([...CONTRIBUTION_STATUSES].sort());
  });

  it.each(CONTRIBUTION_STATUSES)('%s belongs to exactly the sets its row names', (status) => {
    for (const [flag, set] of Object.entries(SETS)) {
      expect([flag, (set as readonly string[]).includes(status)]).toEqual([
        flag,
        STATUS_TRAITS[status][flag as keyof typeof SETS],
      ]);
    }
  });

  it('keep each set in the vocabulary’s order', () => {
    for (const set of Object.values(SETS)) {
      expect(set).toEqual(CONTRIBUTION_STATUSES.filter((s) => (set as readonly string[]).includes(s)));
    }
  });

  it('keep the rules the service, the stores and the widgets were written against', () => {
    expect(PUBLIC_STATUSES).not.toContain('draft');
    expect(PUBLIC_STATUSES).not.toContain('submitted');
    expect(publicStatusOf('decided')).toBe('underReview');
    expect(AWAITING_ANSWER_STATUSES).toContain('decided');
    expect(REPORTABLE_STATUSES).not.toContain('hidden');
    expect(REPORTABLE_STATUSES).not.toContain('withdrawn');
    expect(LIST_STATUS_FILTERS).not.toContain('hidden');
    expect(CLOSED_STATUSES).toContain('hidden');
    expect(CLOSED_STATUSES).not.toContain('accepted');
    expect(WORDS_WITHHELD_STATUSES).toEqual(['hidden']);
  });

  it.each(CONTRIBUTION_STATUSES)('%s has a row that holds together', (status) => {
    const row = STATUS_TRAITS[status];
    // Awaiting, reportable or listed means readable by anyone; nothing both awaits and is closed.
    if (row.awaiting || row.reportable || row.listed) expect(row.public).toBe(true);
    expect(row.awaiting && row.closed).toBe(false);
    // What a status reads as is read as itself; a status offered as a filter is read as itself.
    expect(publicStatusOf(row.publicAs)).toBe(row.publicAs);
    if (row.listed) expect(row.publicAs).toBe(status);
    // Words withheld from a status nobody reads would hide nothing; a reportable one shows its words.
    if (row.withholdsWords) expect(row.public && !row.reportable).toBe(true);
  });

  it('type each set as the union of its members, not as any status', () => {
    expectTypeOf<'decided'>().toExtend<AwaitingAnswerStatus>();
    expectTypeOf<'draft'>().not.toExtend<AwaitingAnswerStatus>();
    expectTypeOf<'hidden'>().toExtend<(typeof CLOSED_STATUSES)[number]>();
    expectTypeOf<'accepted'>().not.toExtend<(typeof CLOSED_STATUSES)[number]>();
  });
});
