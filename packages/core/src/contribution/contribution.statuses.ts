// The status vocabulary and what each status means elsewhere. A new status is one entry in
// `CONTRIBUTION_STATUSES` and one row in `STATUS_TRAITS` (the compiler asks for it); every
// named set below, and the machines, widgets, service and SQL that import them, follow.

/** Every state a contribution can be in, as `statusOf(snapshot)` names it. */
export const CONTRIBUTION_STATUSES = [
  'draft',
  'submitted',
  'published',
  'underReview',
  'decided',
  'accepted',
  'partlyAccepted',
  'declined',
  'answered',
  'duplicate',
  'inProgress',
  'done',
  'hidden',
  'withdrawn',
] as const;
type Status = (typeof CONTRIBUTION_STATUSES)[number];

/** What one status means for readers, answers, retention and reports. */
export interface StatusTraits {
  /** Anyone may read it; otherwise the public gets a 404, as if it did not exist. */
  public: boolean;
  /** The status the public and facilitators read instead: an internal step shows as the one before. */
  publicAs: Status;
  /** The institution still owes a published answer: counted by `isOverdue` and the cycle. */
  awaiting: boolean;
  /** The institution has nothing more to tell the author: contact details may be forgotten. */
  closed: boolean;
  /** Public and showing its words, so a citizen may report it. */
  reportable: boolean;
  /** Offered as a filter in the citizen list (never an internal or a moderated status). */
  listed: boolean;
  /**
   * The public reads it without the author's words: search and the filters on words (kind,
   * theme, place) must not find it for them either, nor the figures count its theme.
   */
  withholdsWords: boolean;
}

/** One row per status: a status without its row does not compile. */
// biome-ignore format: a table reads by its columns
export const STATUS_TRAITS = {
  draft:          { public: false, publicAs: 'draft',          awaiting: false, closed: false, reportable: false, listed: false, withholdsWords: false },
  submitted:      { public: false, publicAs: 'submitted',      awaiting: false, closed: false, reportable: false, listed: false, withholdsWords: false },
  published:      { public: true,  publicAs: 'published',      awaiting: true,  closed: false, reportable: true,  listed: true,  withholdsWords: false },
  underReview:    { public: true,  publicAs: 'underReview',    awaiting: true,  closed: false, reportable: true,  listed: true,  withholdsWords: false },
  // An answer decided but not yet published reads "under review" to all but the staff.
  decided:        { public: true,  publicAs: 'underReview',    awaiting: true,  closed: false, reportable: true,  listed: false, withholdsWords: false },
  // Accepted, in full or in part: commitments may still follow, so not closed.
  accepted:       { public: true,  publicAs: 'accepted',       awaiting: false, closed: false, reportable: true,  listed: true,  withholdsWords: false },
  partlyAccepted: { public: true,  publicAs: 'partlyAccepted', awaiting: false, closed: false, reportable: true,  listed: true,  withholdsWords: false },
  declined:       { public: true,  publicAs: 'declined',       awaiting: false, closed: true,  reportable: true,  listed: true,  withholdsWords: false },
  answered:       { public: true,  publicAs: 'answered',       awaiting: false, closed: true,  reportable: true,  listed: true,  withholdsWords: false },
  duplicate:      { public: true,  publicAs: 'duplicate',      awaiting: false, closed: true,  reportable: true,  listed: true,  withholdsWords: false },
  inProgress:     { public: true,  publicAs: 'inProgress',     awaiting: false, closed: false, reportable: true,  listed: true,  withholdsWords: false },
  done:           { public: true,  publicAs: 'done',           awaiting: false, closed: true,  reportable: true,  listed: true,  withholdsWords: false },
  // Listed without its words, so that taking something down is itself visible.
  hidden:         { public: true,  publicAs: 'hidden',         awaiting: false, closed: true,  reportable: false, listed: false, withholdsWords: true  },
  withdrawn:      { public: true,  publicAs: 'withdrawn',      awaiting: false, closed: true,  reportable: false, listed: true,  withholdsWords: false },
} as const satisfies Record<Status, StatusTraits>;

type Flag = { [K in keyof StatusTraits]: StatusTraits[K] extends boolean ? K : never }[keyof StatusTraits];
/** The statuses whose row sets `flag`, as a union of literals. */
export type StatusesWhere<F extends Flag> = {
  [S in Status]: (typeof STATUS_TRAITS)[S][F] extends true ? S : never;
}[Status];

/** The statuses whose row sets `flag`, in the vocabulary's order. */
const where = <F extends Flag>(flag: F): readonly StatusesWhere<F>[] =>
  CONTRIBUTION_STATUSES.filter((s): s is StatusesWhere<F> => STATUS_TRAITS[s][flag]);

/** Statuses anyone may read (`draft` and `submitted` are not). */
export const PUBLIC_STATUSES = /* @__PURE__ */ where('public');
/** Statuses in which a public contribution still waits for its published answer. */
export const AWAITING_ANSWER_STATUSES = /* @__PURE__ */ where('awaiting');
export type AwaitingAnswerStatus = StatusesWhere<'awaiting'>;
/** Statuses after which the institution has nothing more to tell the author. */
export const CLOSED_STATUSES = /* @__PURE__ */ where('closed');
/** Statuses a citizen may report: public and showing their words. */
export const REPORTABLE_STATUSES = /* @__PURE__ */ where('reportable');
/** Statuses a citizen may filter on, in the order a list offers them. */
export const LIST_STATUS_FILTERS = /* @__PURE__ */ where('listed');
/** Statuses the public reads without the author's words (hidden by moderation). */
export const WORDS_WITHHELD_STATUSES = /* @__PURE__ */ where('withholdsWords');

/** What the public reads for a status: an answer decided but not published still reads `underReview`. */
export const publicStatusOf = (status: Status): Status => STATUS_TRAITS[status].publicAs;
