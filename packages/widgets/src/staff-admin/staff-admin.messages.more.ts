// English, loaded on first use so a French page never downloads it. The administration is
// professional text: its FALC variant is the standard wording.
import type { MoreTables } from '../i18n/i18n.js';
import { STAFF_ADMIN_FR } from './staff-admin.messages.js';

const en = {
  heading: 'Staff and invitations',
  loading: 'Loading the staff…',
  count: '{n|account|accounts}.',
  none: 'Nobody is invited yet.',
  saving: 'Saving…',
  'saved.invite': '{email} is invited: their first sign-in with this address activates the account.',
  'saved.revoke': '{email} no longer has access: their sessions are ended.',
  failed: 'The staff could not be shown.',
  denied: "Only the council's administrators manage the staff.",
  inviteHeading: 'Invite someone',
  'field.email': 'Work e-mail address',
  'field.email.hint': 'Example: camille.martin@departement.fr',
  'field.role': 'Role',
  'field.spaceIds': 'Groups they work in',
  'field.council': 'Role in the council',
  'council.none': 'None: they work only in their groups.',
  'council.editor':
    "Editor: changes the content (phases, resources, glossary, questionnaires) and publishes the groups' practice sheets.",
  'council.admin':
    'Administrator: does everything an editor does, and also manages the groups, the staff and the settings.',
  invite: 'Send the invitation',
  revoke: 'Remove access',
  revokeLabel: 'Remove the access of {email}',
  'status.active': 'active',
  'status.invited': 'invited, not signed in yet',
  'status.removed': 'access removed',
  admin: 'administration',
  editor: 'content editing',
  'role.concerned': 'Person concerned',
  'role.professional': 'Professional',
  'role.elected': 'Elected representative',
  'role.partner': 'Partner',
  'role.facilitator': 'Facilitator',
  rejected: 'Some fields need correcting: see the messages under them.',
  failure: 'Saving did not work. Try again in a moment.',
};

export const staffAdminMessagesMore = {
  en,
  falc: { fr: STAFF_ADMIN_FR, en },
} satisfies MoreTables<keyof typeof en>;
