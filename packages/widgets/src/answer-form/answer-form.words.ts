import type { AnswerField, AnswerFormEvent, AnswerFormView } from '@participe/core';
import { contributionWords } from '../contribution-list/contribution-list.messages.js';
import { datesFor } from '../contribution-list/dates.js';
import { common } from '../i18n/common.messages.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { answerFormFr, answerFormMessages } from './answer-form.messages.js';

export const translatorsFor = (el: Element, variant: Variant) => {
  const locale = localeOf(el);
  return {
    t: translator(answerFormMessages, locale, variant),
    w: translator(contributionWords, locale, variant),
    c: translator(common, locale, variant),
    dates: datesFor(el),
  };
};
export type Words = ReturnType<typeof translatorsFor>;

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

/** The sentence for a field's error: it names the field and shows a valid example. */
export function errorText(field: AnswerField, v: AnswerFormView, { t }: Words): string {
  const error = v.errors[field];
  if (!error) return '';
  const key = `error.${field}.${error.code}`;
  if (key in answerFormFr) return t(key as keyof typeof answerFormFr, { limit: error.limit ?? 0 });
  return t('error.server', { message: error.message ?? '' });
}
