// Limits live here, away from the zod schemas, so the citizen form can show them without
// bundling zod.
export const TITLE_MAX = 120;
export const BODY_MAX = 4000;

export const CONTRIBUTION_KINDS = ['observation', 'proposal', 'question', 'testimony'] as const;
export const CHANNELS = ['online', 'assisted', 'meeting'] as const;
/** `answered` is the verdict for a question; `duplicate` merges into another contribution. */
export const VERDICTS = ['accepted', 'partlyAccepted', 'declined', 'answered', 'duplicate'] as const;

export const CONTRIBUTION_EVENT_TYPES = [
  'contribution.created',
  'contribution.edit',
  'contribution.submit',
  'contribution.approve',
  'contribution.hide',
  'contribution.restore',
  'contribution.withdraw',
  'contribution.review',
  'contribution.decide',
  'contribution.publish',
  'contribution.commit',
  'contribution.start',
  'contribution.progress',
  'contribution.complete',
] as const;
