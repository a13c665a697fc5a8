import { datesFor } from '../i18n/dates.js';
import { localeOf, translator } from '../i18n/i18n.js';
import { contentEditorMessages } from './content-editor.messages.js';

/** The editor's words and dates, in the element's language (staff words: no FALC variant). */
export const wordsFor = (el: Element) => ({
  t: translator(contentEditorMessages, localeOf(el), 'standard'),
  dates: datesFor(el),
});
export type Words = ReturnType<typeof wordsFor>;
export type Key = Parameters<Words['t']>[0];
