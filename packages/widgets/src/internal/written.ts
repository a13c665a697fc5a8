// Words people wrote, inside a sentence of the interface ("Précision : {note}"): the words
// carry the language they were written in (RGAA 8.7), the sentence the page's. The message
// is formatted with a mark in place of the words, then cut around it.
import { html, type TemplateResult } from 'lit';

/** Stands for the words while the message is formatted: a character no message holds. */
const MARK = '\u0001';

/**
 * `sentence(t, key, 'note', rep.note, rep.lang)`: the message `key` with its `{note}` in a
 * `<span lang>` (after the message, should a translation leave `{note}` out).
 */
export function sentence<K extends string>(
  t: (key: K, params?: Record<string, string | number>) => string,
  key: K,
  name: string,
  words: string,
  lang: string,
  params: Record<string, string | number> = {},
): TemplateResult {
  const [before = '', after = ''] = t(key, { ...params, [name]: MARK }).split(MARK);
  return html`${before}<span lang=${lang}>${words}</span>${after}`;
}
