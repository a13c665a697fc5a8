import { and, assign } from 'xstate';
import { setup } from '../shared/machine-setup.js';
import { VERDICTS } from './contribution.constants.js';
import { roleMay } from './contribution.roles.js';
import type { ContributionContext, ContributionEvent, ContributionMachineInput } from './contribution.types.js';

/** A declined answer must give its reasons: at least a short sentence. */
export const DECLINE_REASON_MIN = 20;

type Ev<T extends ContributionEvent['type']> = Extract<ContributionEvent, { type: T }>;

export const contributionMachine = setup({
  types: {
    context: {} as ContributionContext,
    events: {} as ContributionEvent,
    input: {} as ContributionMachineInput,
  },
  guards: {
    roleAllowed: ({ event }) => roleMay(event.actor.role, event.type),
    // A facilitator types for someone only in assisted or meeting entry, never online.
    mayEditContent: ({ context, event }) => event.actor.role === 'author' || context.channel !== 'online',
    premoderated: ({ context }) => context.premoderated,
    answerIsReasoned: ({ event }) => {
      const { answer } = event as Ev<'contribution.decide'>;
      if (answer.verdict === 'declined') return answer.text.trim().length >= DECLINE_REASON_MIN;
      if (answer.verdict === 'duplicate') return answer.duplicateOf !== undefined;
      return true;
    },
    verdictIs: ({ context }, params: { verdict: string }) => context.answer?.verdict === params.verdict,
    hasCommitment: ({ context }) => context.commitments.length > 0,
    knownCommitment: ({ context, event }) =>
      context.commitments.some((c) => c.id === (event as Ev<'contribution.progress'>).update.commitmentId),
    newCommitment: ({ context, event }) =>
      !context.commitments.some((c) => c.id === (event as Ev<'contribution.commit'>).commitment.id),
    hasProgress: ({ context }) => context.progress.length > 0,
  },
  actions: {
    count: assign({ version: ({ context }) => context.version + 1, updatedAt: ({ event }) => event.at }),
    editContent: assign({
      content: ({ context, event }) => {
        const { type: _t, actor: _a, at: _at, ...changes } = event as Ev<'contribution.edit'>;
        return { ...context.content, ...changes };
      },
    }),
    markSubmitted: assign({ submittedAt: ({ event }) => event.at }),
    markPublished: assign({ publishedAt: ({ context, event }) => context.publishedAt ?? event.at }),
    hide: assign({
      hidden: ({ event }) => {
        const { reason, lang } = event as Ev<'contribution.hide'>;
        return { reason, at: event.at, ...(lang ? { lang } : {}) };
      },
    }),
    restore: assign({ hidden: null }),
    withdraw: assign({
      withdrawn: ({ event }) => ({ reason: (event as Ev<'contribution.withdraw'>).reason, at: event.at }),
    }),
    decide: assign({
      answer: ({ event }) => ({
        ...(event as Ev<'contribution.decide'>).answer,
        decidedAt: event.at,
        decidedBy: event.actor,
        publishedAt: null,
      }),
    }),
    publishAnswer: assign({
      answer: ({ context, event }) => (context.answer ? { ...context.answer, publishedAt: event.at } : null),
    }),
    addCommitment: assign({
      commitments: ({ context, event }) => [...context.commitments, (event as Ev<'contribution.commit'>).commitment],
    }),
    addProgress: assign({
      progress: ({ context, event }) => [
        ...context.progress,
        { ...(event as Ev<'contribution.progress'>).update, at: event.at },
      ],
    }),
  },
}).createMachine({
  id: 'contribution',
  context: ({ input }) => ({
    id: input.id,
    spaceId: input.spaceId,
    premoderated: input.premoderated,
    channel: input.channel,
    author: input.author,
    assisted: input.assisted,
    meetingId: input.meetingId,
    content: input.content,
    createdAt: input.at,
    submittedAt: null,
    publishedAt: null,
    answer: null,
    commitments: [],
    progress: [],
    hidden: null,
    withdrawn: null,
    version: 1,
    updatedAt: input.at,
  }),
  initial: 'draft',
  states: {
    draft: {
      on: {
        'contribution.edit': {
          guard: and(['roleAllowed', 'mayEditContent']),
          actions: ['editContent', 'count'],
        },
        'contribution.submit': [
          {
            guard: and(['roleAllowed', 'premoderated']),
            target: 'live.submitted',
            actions: ['markSubmitted', 'count'],
          },
          {
            guard: 'roleAllowed',
            target: 'live.published',
            actions: ['markSubmitted', 'markPublished', 'count'],
          },
        ],
        'contribution.withdraw': { guard: 'roleAllowed', target: 'withdrawn', actions: ['withdraw', 'count'] },
      },
    },
    live: {
      initial: 'published',
      on: {
        'contribution.hide': { guard: 'roleAllowed', target: 'hidden', actions: ['hide', 'count'] },
      },
      states: {
        submitted: {
          on: {
            'contribution.approve': { guard: 'roleAllowed', target: 'published', actions: ['markPublished', 'count'] },
            'contribution.edit': { guard: and(['roleAllowed', 'mayEditContent']), actions: ['editContent', 'count'] },
            'contribution.withdraw': {
              guard: 'roleAllowed',
              target: '#contribution.withdrawn',
              actions: ['withdraw', 'count'],
            },
          },
        },
        published: {
          on: {
            'contribution.review': { guard: 'roleAllowed', target: 'underReview', actions: 'count' },
            'contribution.edit': { guard: and(['roleAllowed', 'mayEditContent']), actions: ['editContent', 'count'] },
            'contribution.withdraw': {
              guard: 'roleAllowed',
              target: '#contribution.withdrawn',
              actions: ['withdraw', 'count'],
            },
          },
        },
        underReview: {
          on: {
            'contribution.decide': {
              guard: and(['roleAllowed', 'answerIsReasoned']),
              target: 'decided',
              actions: ['decide', 'count'],
            },
            'contribution.withdraw': {
              guard: 'roleAllowed',
              target: '#contribution.withdrawn',
              actions: ['withdraw', 'count'],
            },
          },
        },
        decided: {
          on: {
            'contribution.decide': { guard: and(['roleAllowed', 'answerIsReasoned']), actions: ['decide', 'count'] },
            // One branch per verdict: the published answer's verdict names the next state.
            'contribution.publish': VERDICTS.map((verdict) => ({
              guard: and(['roleAllowed', { type: 'verdictIs', params: { verdict } }]),
              target: verdict,
              actions: ['publishAnswer', 'count'],
            })),
            'contribution.withdraw': {
              guard: 'roleAllowed',
              target: '#contribution.withdrawn',
              actions: ['withdraw', 'count'],
            },
          },
        },
        accepted: {
          on: {
            'contribution.commit': {
              guard: and(['roleAllowed', 'newCommitment']),
              actions: ['addCommitment', 'count'],
            },
            'contribution.start': {
              guard: and(['roleAllowed', 'hasCommitment']),
              target: 'inProgress',
              actions: 'count',
            },
          },
        },
        partlyAccepted: {
          on: {
            'contribution.commit': {
              guard: and(['roleAllowed', 'newCommitment']),
              actions: ['addCommitment', 'count'],
            },
            'contribution.start': {
              guard: and(['roleAllowed', 'hasCommitment']),
              target: 'inProgress',
              actions: 'count',
            },
          },
        },
        declined: {},
        answered: {},
        duplicate: {},
        inProgress: {
          on: {
            'contribution.commit': {
              guard: and(['roleAllowed', 'newCommitment']),
              actions: ['addCommitment', 'count'],
            },
            'contribution.progress': {
              guard: and(['roleAllowed', 'knownCommitment']),
              actions: ['addProgress', 'count'],
            },
            'contribution.complete': { guard: and(['roleAllowed', 'hasProgress']), target: 'done', actions: 'count' },
          },
        },
        done: {},
        history: { type: 'history', history: 'deep' },
      },
    },
    hidden: {
      on: {
        'contribution.restore': { guard: 'roleAllowed', target: 'live.history', actions: ['restore', 'count'] },
      },
    },
    withdrawn: { type: 'final' },
  },
});

export type ContributionMachine = typeof contributionMachine;
