import {
  BOARD_LEFT_OUT,
  type BoardFigures,
  type BoardQuery,
  boardCommitments,
  type ContributionView,
  daysWaiting,
  isOverdue,
  percentile,
  VERDICTS,
  writtenIn,
} from '@participe/core';

/** The board over the memory store's views: the same figures as `postgres/board.sql.ts`. */
export function memoryBoard(views: Iterable<ContributionView>, query: BoardQuery): BoardFigures {
  const delay = new Map(query.spaces.map((s) => [s.id, s.answerWithinDays]));
  const counted = [...views].filter(
    (v) =>
      delay.has(v.spaceId) &&
      v.publishedAt !== null &&
      !BOARD_LEFT_OUT.includes(v.status) &&
      (query.year == null || v.publishedAt.slice(0, 4) === String(query.year)),
  );
  const answered = counted.filter((v) => v.answer?.publishedAt);
  const days = answered.map((v) => daysWaiting(v, query.now) ?? 0);
  const overdue = counted
    .filter((v) => isOverdue(v, { answerWithinDays: delay.get(v.spaceId)! }, query.now))
    .sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!) || a.id.localeCompare(b.id));
  const tally = (key: (v: ContributionView) => string) => {
    const by = new Map<string, { received: number; answered: number }>();
    for (const v of counted) {
      const row = by.get(key(v)) ?? { received: 0, answered: 0 };
      row.received += 1;
      if (v.answer?.publishedAt) row.answered += 1;
      by.set(key(v), row);
    }
    return [...by].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  return {
    received: counted.length,
    answered: answered.length,
    meanDaysToAnswer: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
    medianDaysToAnswer: percentile(days, 0.5),
    p90DaysToAnswer: percentile(days, 0.9),
    overdueCount: overdue.length,
    overdue: overdue.slice(0, query.overdueLimit ?? 20).map((v) => ({
      id: v.id,
      spaceId: v.spaceId,
      title: v.content.title,
      lang: writtenIn(v.content),
      publishedAt: v.publishedAt!,
      daysWaiting: daysWaiting(v, query.now) ?? 0,
    })),
    byVerdict: VERDICTS.map((verdict) => ({
      verdict,
      count: answered.filter((v) => v.answer!.verdict === verdict).length,
    })).filter((r) => r.count > 0),
    byTheme: tally((v) => v.content.theme).map(([theme, r]) => ({ theme, label: theme, ...r })),
    byMonth: tally((v) => v.publishedAt!.slice(0, 7)).map(([month, r]) => ({ month, ...r })),
    commitments: boardCommitments(
      counted
        .filter((v) => v.commitments.length > 0)
        .map((v) => ({
          contributionId: v.id,
          spaceId: v.spaceId,
          title: v.content.title,
          titleLang: v.content.lang,
          lang: v.answer?.lang,
          commitments: v.commitments,
          progress: v.progress,
        })),
      query.now,
    ),
  };
}
