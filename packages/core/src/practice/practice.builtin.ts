// The sheets every council starts with: core's content packs, mapped to the structure
// groups write in. Their people are fictional; the contact is a role, never a person.
import type { PracticeSheet } from '../content/content.types.js';
import type { PracticeContent } from './practice.types.js';

/** The role to ask about a built-in sheet, in the pack's language. */
export const BUILTIN_CONTACT_ROLE = {
  fr: 'Animatrice ou animateur du groupe de participation',
  en: 'Facilitator of the participation group',
} as const;

export function builtinPracticeContent(
  sheet: PracticeSheet,
  locale: keyof typeof BUILTIN_CONTACT_ROLE,
): PracticeContent {
  const { id: _id, year, ...rest } = sheet;
  return { ...rest, startDate: String(year), contactRole: BUILTIN_CONTACT_ROLE[locale], sources: [] };
}
