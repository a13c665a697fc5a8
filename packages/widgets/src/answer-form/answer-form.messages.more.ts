// English and FALC tables, loaded on first use so a French page never downloads them.
// This widget is for professionals: its FALC variant keeps the standard wording (the words
// citizens read, statuses and verdicts, come from `contribution-words`, which has its own FALC).
import type { MoreTables } from '../i18n/i18n.js';
import { answerFormFr } from './answer-form.messages.js';

const en: Record<keyof typeof answerFormFr, string> = {
  heading: 'Contributions waiting for an answer',
  listIntro: 'Oldest first. Tick decided answers to publish them together.',
  loadingList: 'Loading contributions…',
  emptyList: 'No contribution is waiting for an answer in this group.',
  countList: '{n|contribution is|contributions are} waiting for an answer.',
  reload: 'Refresh the list',
  statusIs: 'Status: {status}',
  /** Professionals see that a decision waits for publication; the public reads “under review”. */
  decidedStatus: 'Answer decided, not published yet',
  verdictPrepared: 'Decided answer: {verdict}',
  ready: 'Ready to publish',
  changed: 'Changed in the meantime',
  publishSelected: 'Publish the ticked answers ({n})',
  noneSelected: 'Tick at least one decided answer to publish.',
  confirmHeading: 'Publish {n|answer|answers}?',
  confirmIntro: 'These answers become public all together, or none of them if one changed in the meantime.',
  confirmYes: 'Yes, publish',
  confirmNo: 'Cancel',
  publishing: 'Publishing…',
  bulkPublished: '{n|answer published|answers published}:',
  authorsTold:
    'Each author is told: by a message if they left a contact, otherwise when they follow their contribution with its code.',
  bulkConflict: 'Nothing was published: {n|contribution has|contributions have} changed in the meantime:',
  bulkConflictAfter: 'The list is up to date. Check these contributions, then publish again.',
  loadingOne: 'Loading the contribution…',
  publishedOn: 'Published on {date}',
  sending: 'Sending…',
  'done.contribution.review': 'Contribution taken up: it is now being examined.',
  'done.contribution.decide': 'Decision saved. It stays internal until it is published.',
  'done.contribution.publish': 'Answer published.',
  'done.contribution.commit': 'Commitment added.',
  'done.contribution.start': 'The work has started.',
  'done.contribution.progress': 'Progress published. The author is told.',
  'done.contribution.complete': 'Contribution marked as carried out.',
  discarded: 'What you had prepared is dropped: your colleague’s version is kept.',
  authorTold:
    'The author is told: by a message if they left a contact, otherwise when they follow their contribution with its code.',
  sendFailed: 'Nothing was sent. What you wrote is kept: try again.',
  listFailed: 'The list could not be shown.',
  notFound: 'This contribution or this group does not exist.',
  forbidden: 'Only the professionals of this group can answer its contributions. Your account does not have this role.',
  unauthorized: 'Sign in with your professional account to answer contributions.',
  conflictReloading: 'Reading the new version…',
};

export const answerFormMore = {
  en,
  falc: { fr: { ...answerFormFr }, en: { ...en } },
} satisfies MoreTables<keyof typeof answerFormFr>;
