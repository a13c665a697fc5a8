// What erasing an author's data does to a contribution (see the store port): their words,
// the place they named and how to name them are replaced or removed, in the projection, its
// events and the notifications about it; the institution's answer and the timeline's shape stay.
import {
  type ContributionView,
  ERASED_PSEUDONYM,
  ERASED_TEXT,
  type NotificationRecord,
  type StoredContributionEvent,
} from '@participe/core';

/** The content with the author's words replaced and the place they named (free text) removed. */
function eraseContent<C extends { title?: unknown; body?: unknown; territory?: unknown }>(content: C): C {
  const { territory: _place, ...rest } = content;
  return {
    ...rest,
    ...('title' in content ? { title: ERASED_TEXT } : {}),
    ...('body' in content ? { body: ERASED_TEXT } : {}),
  } as C;
}

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
    content: eraseContent(view.content),
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
        content: eraseContent(data.content),
        author: { pseudonym: ERASED_PSEUDONYM },
        ...(data.assisted ? { assisted: eraseAssisted(data.assisted) } : {}),
      },
    };
  }
  if (event.type === 'contribution.edit') return { ...event, data: eraseContent(event.data) };
  // The reason an author gives for withdrawing is their words too.
  if (event.type === 'contribution.withdraw' && typeof event.data['reason'] === 'string') {
    return { ...event, data: { ...event.data, reason: ERASED_TEXT } };
  }
  return null;
}

/**
 * What a notification about the contribution says: the title it quotes goes (the
 * institution's answer, progress and reasons stay, as in the timeline). Its address goes
 * with the contact.
 */
export function eraseNoticePayload(payload: NotificationRecord['payload']): NotificationRecord['payload'] {
  return 'title' in payload ? { ...payload, title: ERASED_TEXT } : payload;
}
