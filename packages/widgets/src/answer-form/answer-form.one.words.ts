import type { AnswerField, AnswerFormView } from '@participe/core';
import { translator } from '../i18n/i18n.js';
import { answerOneFr, answerOneMessages } from './answer-form.one.messages.js';
import type { AnswerScope, Words } from './answer-form.words.js';

/** The words of one contribution's view: its own catalog, loaded with the view. */
export type OneWords = Omit<Words, 't'> & { t: ReturnType<typeof translator<keyof typeof answerOneFr>> };
export type OneScope = Omit<AnswerScope, 'words'> & { words: OneWords };

export const oneScope = (s: AnswerScope): OneScope => ({
  ...s,
  words: { ...s.words, t: translator(answerOneMessages, s.words.locale, s.words.variant) },
});

/** The sentence for a field's error: it names the field and shows a valid example. */
export function errorText(field: AnswerField, v: AnswerFormView, { t }: OneWords): string {
  const error = v.errors[field];
  if (!error) return '';
  const key = `error.${field}.${error.code}`;
  if (key in answerOneFr) return t(key as keyof typeof answerOneFr, { limit: error.limit ?? 0 });
  // The server's own sentence (already in the page's language), after the field's name.
  return t('error.server', { field: t(`name.${field}`), message: error.message ?? '' });
}
