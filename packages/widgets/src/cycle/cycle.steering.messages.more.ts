// English and FALC tables, loaded on first use so a French page never downloads them.
// The panel is for the group's team; its FALC wording is the standard one, kept short.
import type { MoreTables } from '../i18n/i18n.js';
import { steeringFr } from './cycle.steering.words.js';

const en = {
  heading: 'Steer the group’s cycle',
  intro:
    'For the group’s team only. Each step is recorded, with your role, its date and its reason, and shown on the group’s public journey.',
  loading: 'Loading the steering panel…',
  loadFailed: 'The steering panel could not be loaded.',
  sending: 'Saving…',
  where: 'The group is in phase {n}: {label}.',
  needsIntro: 'To move to the next phase, the group still needs:',
  'need.members': 'members in the group',
  'need.charter': 'an adopted charter',
  'need.problem': 'the problem, said in one sentence by the people concerned',
  'need.contribution': 'at least one contribution sent',
  'need.answers': 'a published answer to each contribution, or the reason to move on anyway',
  'need.commitments': 'at least one commitment of the institution',
  'need.progress': 'a progress update on each commitment',
  'need.evaluation': 'an evaluation that brings together at least two viewpoints',
  advance: 'Move to phase {n}: {label}',
  newRound: 'Start a new round at phase {n}: {label}',
  'open.back': 'Go back to an earlier phase',
  'open.problem': 'Write the problem in one sentence',
  'open.evaluation': 'Record the round’s evaluation',
  'open.override': 'Move on despite unanswered contributions',
  backTo: 'Which phase does the group go back to?',
  backOption: 'Phase {n}: {label}',
  reasonBack: 'Why go back?',
  reasonOverride: 'Why move on before every contribution has its answer?',
  reasonHint: 'One sentence of at least 10 characters. Everyone will see it on the group’s journey.',
  statement: 'The problem, in one sentence, in the words of the people concerned',
  statementHint: 'For example: “We, residents, consider that our main problem is…”',
  views: 'What each side saw change (at least two viewpoints)',
  'view.residents': 'Residents and people concerned',
  'view.professionals': 'Professionals',
  'view.elected': 'Elected officials',
  'view.partners': 'Partners',
  summary: 'In short (optional)',
  submit: 'Save',
  cancel: 'Cancel',
  'issue.required': 'Please fill in this field.',
  'issue.requiredTo': 'Choose the phase the group goes back to.',
  'issue.tooShort':
    'Write a real sentence: at least 10 characters. For example: Too few residents came to the last two meetings.',
  'issue.twoViewpoints':
    'Write what at least two of the four viewpoints saw, for example residents and elected officials.',
  'done.cycle.advance': 'Done: the group moved to the next phase.',
  'done.cycle.back': 'Done: the group went back, with its reason on the journey.',
  'done.cycle.problem.state': 'Done: the problem is recorded.',
  'done.cycle.evaluation.record': 'Done: the evaluation is recorded.',
  'done.cycle.override': 'Done: the reason to move on is recorded.',
  'failure.conflict':
    'Someone else moved the cycle in the meantime. Here is where it stands now: check, then try again.',
  'failure.denied': 'Your role in the group does not allow this step of the cycle.',
  'failure.other': 'This step could not be saved. Try again in a moment.',
};

export const steeringMessagesMore = {
  en,
  falc: { fr: steeringFr, en },
} satisfies MoreTables<string>;
