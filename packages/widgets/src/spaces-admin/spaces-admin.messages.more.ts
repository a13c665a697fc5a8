// English, loaded on first use so a French page never downloads it. The administration is
// professional text: its FALC variant is the standard wording.
import type { MoreTables } from '../i18n/i18n.js';
import { SPACES_ADMIN_FR } from './spaces-admin.messages.js';

const en = {
  heading: "The council's groups",
  loading: 'Loading the groups…',
  count: '{n|group|groups}.',
  none: 'No group yet. Create the first one.',
  failed: 'The groups could not be shown.',
  denied: "Only the council's administrators manage groups. Sign in again with an administrator account.",
  create: 'New group',
  edit: 'Edit',
  editLabel: 'Edit the group {name}',
  archived: 'archived',
  premoderation: 'reviewed before publication',
  answerDays: 'answer within {n} days',
  formNew: 'New group',
  formEdit: 'Settings of the group {name}',
  'field.name': 'Name of the group',
  'field.name.hint': 'Example: Groupe ressource RSA du secteur Sud',
  'field.slug': 'Short name (in addresses and embeds)',
  'field.slug.hint': 'Lowercase letters, digits and dashes. Example: groupe-rsa-sud',
  'field.policyArea': 'Kind of group (the policy it works on)',
  'field.policyArea.hint': 'Example: Insertion',
  'field.territory': 'Territory',
  'field.territory.hint': 'Example: Secteur Sud',
  'field.answerWithinDays': 'Days the institution has to answer',
  'field.answerWithinDays.hint': "From 1 to 365. Empty: the council's default.",
  'field.premoderation': 'Review contributions before they are public',
  save: 'Save',
  saveNew: 'Create the group',
  saving: 'Saving…',
  cancel: 'Cancel',
  archive: 'Archive this group',
  restore: 'Bring this group back',
  'saved.create': 'The group "{name}" is created.',
  'saved.update': 'The settings of the group "{name}" are saved.',
  'saved.archive': 'The group "{name}" is archived.',
  'saved.restore': 'The group "{name}" is back.',
  embed: 'To publish its form on your site:',
  rejected: 'Some fields need correcting: see the messages under them.',
  conflict: 'Someone else changed this group in the meantime. Reload, check, then try again.',
  reload: 'Reload the groups',
  failure: 'Saving did not work. Try again in a moment.',
  offline: 'You are not connected to the Internet. Nothing was saved.',
};

export const spacesAdminMessagesMore = {
  en,
  falc: { fr: SPACES_ADMIN_FR, en },
} satisfies MoreTables<keyof typeof en>;
