// The board's seed for its stories and browser tests (never shipped): five messages in the
// default space on the tests' "today" (15 March 2026, a 60-day answer delay), with figures
// worked out by hand in board.test.ts.
import { answeredWithProgress, answeredWithSteps, type Built, build, waiting } from '../testing/seed.js';

const author = { role: 'author' as const, id: null };
const pro = { role: 'professional' as const, id: 'pro_1' };
const say = 'Nous avons étudié la demande avec le service concerné.';

/** Created at `at`, submitted a minute later (so published), answered with `verdict` at `answerAt`. */
const answered = (title: string, at: string, answerAt: string, verdict: 'accepted' | 'declined', theme: string) =>
  [
    { title, at, theme },
    [
      { type: 'contribution.submit' as const, actor: author },
      { type: 'contribution.review' as const, actor: pro },
      { type: 'contribution.decide' as const, actor: pro, answer: { verdict, text: say, service: 'Mobilités' } },
      { type: 'contribution.publish' as const, actor: pro, at: answerAt },
    ],
  ] as const;

export function boardWorld(): Built[] {
  const [declinedOpts, declinedSteps] = answered(
    'Un parking vélo',
    '2026-02-01T09:00:00.000Z',
    '2026-02-11T09:00:00.000Z',
    'declined',
    'logement',
  );
  return [
    // 19 days (2 Jan 09:01 → 21 Jan 10:00); a commitment 40 % done, due in September: on time.
    answeredWithProgress('Un bus plus tôt'),
    // 9 days.
    build(declinedOpts, [...declinedSteps]),
    // 4 days; a commitment whose second step was due on 10 March, unmet: late.
    answeredWithSteps('Le guichet ouvre trop tard', { theme: 'acces-aux-droits' }),
    // Waiting 69 days: overdue.
    waiting('Des bancs à l’arrêt de bus', '2026-01-05T09:00:00.000Z'),
    // Waiting 5 days.
    waiting('Un panneau plus lisible', '2026-03-10T09:00:00.000Z'),
  ];
}
