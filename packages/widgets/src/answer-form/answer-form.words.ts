import type { AnswerFormEvent, AnswerFormView } from '@participe/core';
import { common } from '../i18n/common.messages.js';
import { contributionWords } from '../i18n/contribution-words.messages.js';
import { datesFor } from '../i18n/dates.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { answerFormMessages } from './answer-form.messages.js';

export const translatorsFor = (el: Element, variant: Variant) => {
  const locale = localeOf(el);
  return {
    locale,
    variant,
    t: translator(answerFormMessages, locale, variant),
    w: translator(contributionWords, locale, variant),
    c: translator(common, locale, variant),
    dates: datesFor(el),
  };
};
export type Words = ReturnType<typeof translatorsFor>;

type Status = AnswerFormView['items'][number]['status'];
/** A status in words; `decided` is said as professionals need it, not as the public reads it. */
export const statusWord = (status: Status, w: Words['w'], t: (key: 'decidedStatus') => string): string =>
  status === 'decided' ? t('decidedStatus') : w(`status.${status}`);

/** Where focus goes once a step has settled; the first that exists wins. */
export type FocusTarget = 'title' | 'heading' | 'status' | 'confirm' | 'publish-selected' | 'conflict';

/** What the list and contribution templates need from the element. */
export interface AnswerScope {
  v: AnswerFormView;
  words: Words;
  /** Sends an event that changes nothing on screen but the form (typing, ticking). */
  send(event: AnswerFormEvent): void;
  /** Sends an event, waits for the back end, then moves focus. */
  settle(event: AnswerFormEvent, focus: FocusTarget[]): void;
}
