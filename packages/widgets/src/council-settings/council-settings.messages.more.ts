// English, loaded on first use so a French page never downloads it. The administration is
// professional text: its FALC variant is the standard wording.
import type { MoreTables } from '../i18n/i18n.js';
import { COUNCIL_SETTINGS_FR } from './council-settings.messages.js';

const en = {
  heading: "The council's settings",
  loading: 'Loading the settings…',
  ready: 'These settings apply to the whole council.',
  saving: 'Saving…',
  saved: 'The settings are saved.',
  failed: 'The settings could not be shown.',
  denied: "Only the council's administrators change its settings.",
  'field.name': 'Name of the council',
  'field.name.hint': 'Example: Département des Hautes-Combes',
  'field.mailFrom': 'Sender of the messages sent to residents',
  'field.mailFrom.hint': 'Example: Participation <participation@hautes-combes.fr>',
  'field.answerWithinDays': "New groups' default answer delay, in days",
  'field.answerWithinDays.hint': 'From 1 to 365. Empty: 60 days.',
  save: 'Save the settings',
  rejected: 'Some fields need correcting: see the messages under them.',
  conflict: 'Someone else changed the settings in the meantime. Reload, check, then try again.',
  reload: 'Reload the settings',
  failure: 'Saving did not work. Try again in a moment.',
};

export const councilSettingsMessagesMore = {
  en,
  falc: { fr: COUNCIL_SETTINGS_FR, en },
} satisfies MoreTables<keyof typeof en>;
