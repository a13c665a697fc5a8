import { common } from '../i18n/common.messages.js';
import { datesFor } from '../i18n/dates.js';
import { localeOf, translator, type Variant } from '../i18n/i18n.js';
import { practiceEditorMessages } from './practice-editor.messages.js';

/** The editor's words, the shared ones and dates, in the element's language and variant. */
export const wordsFor = (el: Element, variant: Variant) => ({
  t: translator(practiceEditorMessages, localeOf(el), variant),
  c: translator(common, localeOf(el), variant),
  dates: datesFor(el),
});
export type Words = ReturnType<typeof wordsFor>;
