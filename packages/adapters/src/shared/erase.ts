// What erasing an author's data does to a contribution (see the store port): their words
// and how to name them are replaced; the institution's answer and the timeline's shape stay.
import { type ContributionView, ERASED_PSEUDONYM, ERASED_TEXT, type StoredContributionEvent } from '@participe/core';

/**
 * For an assisted entry, `onBehalfOf` is the author's pseudonym by another route and the
 * consent note may describe them, so both go too; the facilitator and the consent method
 * are the institution's record and stay.
 */
function eraseAssisted(assisted: unknown): unknown {
  if (typeof assisted !== 'object' || assisted === null) return assisted;
  const { consentNote: _note, ...rest } = assisted as Record<string, unknown>;
  return { ...rest, onBehalfOf: ERASED_PSEUDONYM };
}

export function eraseView(view: ContributionView): ContributionView {
  return {
    ...view,
    content: { ...view.content, title: ERASED_TEXT, body: ERASED_TEXT },
    author: { pseudonym: ERASED_PSEUDONYM },
    assisted: view.assisted ? (eraseAssisted(view.assisted) as ContributionView['assisted']) : view.assisted,
    withdrawn: view.withdrawn?.reason ? { ...view.withdrawn, reason: ERASED_TEXT } : view.withdrawn,
  };
}

/** The event with the author's words replaced, or `null` when it holds none. */
export function eraseEvent(event: StoredContributionEvent): StoredContributionEvent | null {
  if (event.type === 'contribution.created') {
    const data = event.data as { content: Record<string, unknown>; assisted?: unknown };
    return {
      ...event,
      data: {
        ...event.data,
        content: { ...data.content, title: ERASED_TEXT, body: ERASED_TEXT },
        author: { pseudonym: ERASED_PSEUDONYM },
        ...(data.assisted ? { assisted: eraseAssisted(data.assisted) } : {}),
      },
    };
  }
  if (event.type === 'contribution.edit') {
    const data = { ...event.data };
    if ('title' in data) data['title'] = ERASED_TEXT;
    if ('body' in data) data['body'] = ERASED_TEXT;
    return { ...event, data };
  }
  // The reason an author gives for withdrawing is their words too.
  if (event.type === 'contribution.withdraw' && typeof event.data['reason'] === 'string') {
    return { ...event, data: { ...event.data, reason: ERASED_TEXT } };
  }
  return null;
}
