// Language of parts (RGAA 8.7): what people write carries the language they wrote it in, from
// the form to every view that shows it; words stored before that are French, the council's.
import { describe, expect, it } from 'vitest';
import { buildCommand, EMPTY_ANSWER_VALUES } from '../answer-form/answer-form.commands.js';
import { answerContribution } from '../answer-form/answer-form.connect.js';
import { toPublicView, toView } from '../contribution/contribution.connect.js';
import { decide, ev, input } from '../contribution/contribution.fixtures.js';
import { applyEvent, createContribution } from '../contribution/contribution.replay.js';
import { AnswerSchema, ContributionContentSchema } from '../contribution/contribution.schema.js';
import {
  type ContributionDetailSnapshot,
  connectContributionDetail,
} from '../contribution-detail/contribution-detail.connect.js';
import { toContributionInput, valuesFor } from '../contribution-form/contribution-form.validate.js';
import { listItem } from '../contribution-list/contribution-list.connect.js';
import { queueItem } from '../moderation-queue/moderation-queue.connect.js';
import { LangSchema } from './primitives.js';
import { writtenIn } from './written-lang.js';

const content = { kind: 'proposal', title: 'An earlier bus', body: 'The bus comes late.', theme: 'mobilite' } as const;

/** A contribution written in `lang` (none: stored before languages were kept), answered in French. */
function answered(lang?: string) {
  let s = createContribution(input({ content: { ...content, ...(lang ? { lang } : {}) } }));
  for (const e of [
    ev('contribution.submit', 'author'),
    ev('contribution.review', 'professional'),
    decide('accepted'),
    ev('contribution.publish', 'professional'),
    ev('contribution.commit', 'professional'),
  ]) {
    const r = applyEvent(s, e);
    if (!r.ok) throw new Error(r.reason);
    s = r.snapshot;
  }
  return toView(s);
}

describe('the language people wrote in', () => {
  it('is a BCP 47 tag, optional on a contribution and on an answer', () => {
    for (const tag of ['fr', 'en', 'fr-BE', 'oc', 'zh-Hant-TW'])
      expect(LangSchema.safeParse(tag).success, tag).toBe(true);
    for (const tag of ['', 'French', 'FR', 'fr_FR', '<b>', 'e'])
      expect(LangSchema.safeParse(tag).success, tag).toBe(false);
    expect(ContributionContentSchema.parse({ ...content, lang: 'en' }).lang).toBe('en');
    expect(ContributionContentSchema.parse(content).lang).toBeUndefined();
    const wrong = ContributionContentSchema.safeParse({ ...content, lang: 'anglais' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['lang'], message: 'Code de langue invalide (exemple : fr)' });
    expect(AnswerSchema.parse({ verdict: 'accepted', text: 'Oui.', service: 'Mobilité', lang: 'fr' }).lang).toBe('fr');
  });

  it('is French when nothing says otherwise', () => {
    expect(writtenIn(undefined)).toBe('fr');
    expect(writtenIn(null)).toBe('fr');
    expect(writtenIn({})).toBe('fr');
    expect(writtenIn({ lang: 'en' })).toBe('en');
  });

  it('leaves the form with the contribution, and the answer form with the answer', () => {
    const values = valuesFor(['proposal'], { title: 'An earlier bus', body: 'The bus comes late.', theme: 'mobilite' });
    const ctx = { spaceId: 's_1', kinds: ['proposal'] as const, mode: 'public' as const, facilitatorId: undefined };
    expect(toContributionInput({ ...ctx, values, lang: 'en' } as never).lang).toBe('en');
    expect('lang' in toContributionInput({ ...ctx, values } as never)).toBe(false);
    const filled = { ...EMPTY_ANSWER_VALUES, verdict: 'accepted' as const, text: 'Oui.', service: 'Mobilité' };
    const decided = buildCommand('contribution.decide', filled, '', 'en');
    expect(decided.type === 'contribution.decide' && decided.data.answer.lang).toBe('en');
    const unsaid = buildCommand('contribution.decide', filled);
    expect(unsaid.type === 'contribution.decide' && 'lang' in unsaid.data.answer).toBe(false);
  });

  it('reaches every view that shows the words: list, detail, answer form, moderation queue', () => {
    const english = answered('en');
    expect(english.answer?.lang).toBeUndefined();
    const at = '2026-04-01T00:00:00.000Z';
    expect(listItem(toPublicView(english), null, at).lang).toBe('en');
    expect(listItem(toPublicView(answered()), null, at).lang).toBe('fr');

    const snapshot = {
      value: 'ready',
      context: {
        detail: { contribution: toPublicView(english), timeline: [] },
        space: null,
        loadedAt: at,
        code: null,
        missing: null,
        failure: null,
        contributionId: english.id,
      },
    } as unknown as ContributionDetailSnapshot;
    const shown = connectContributionDetail(snapshot).contribution!;
    expect(shown.lang).toBe('en');
    expect(shown.answer?.lang).toBe('fr'); // the answer did not say: the council's French
    expect(shown.commitments[0]?.lang).toBe('fr');

    const pro = answerContribution(english, { spaceRecord: null, loadedAt: at });
    expect([pro.lang, pro.answer?.lang, pro.commitments[0]?.lang]).toEqual(['en', 'fr', 'fr']);
    const queued = queueItem({ queue: 'reported', since: at, reports: [], contribution: english } as never, at);
    expect(queued.lang).toBe('en');
  });
});
