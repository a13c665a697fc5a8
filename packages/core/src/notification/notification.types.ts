import type { VERDICTS } from '../contribution/contribution.constants.js';
import type { NOTIFICATION_KINDS } from '../store/store.port.js';

export const NOTIFICATION_LOCALES = ['fr', 'en'] as const;
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
type Verdict = (typeof VERDICTS)[number];

export interface RenderNotificationOptions {
  /** The language of the whole message. */
  locale: NotificationLocale;
  /** The group's name, e.g. `Groupe ressource du secteur Nord`: in the subject and as the signature. */
  spaceName?: string;
  /**
   * Where the author reads the answer, e.g. `https://ville.example/participer/suivi`.
   * Must be `http:` or `https:`. Without it, the message tells them to use their follow-up code.
   */
  followUpUrl?: string;
  /** The author's follow-up code, e.g. `K7P-4QX`; the message reminds them of it. */
  followUpCode?: string;
}

/** What to say, without the recipient: `OutgoingEmail` minus `to`. */
export interface RenderedNotification {
  subject: string;
  text: string;
  /** A plain HTML page with the same words: no image, no style sheet, no tracking. */
  html: string;
  headers: Record<string, string>;
}

/** The words of one locale. Functions get user text already made safe for plain text. */
export interface NotificationCopy {
  hello: string;
  subject: Record<NotificationKind, string>;
  answerPublished: {
    intro: (title: string | null) => string;
    /** `null`: the intro says enough. */
    verdict: Record<Verdict, string | null>;
    service: (service: string) => string;
    read: string;
  };
  progressReported: {
    intro: (title: string | null) => string;
    update: (text: string) => string;
    percent: (percent: number) => string;
    done: string;
    read: string;
  };
  contributionHidden: {
    intro: (title: string | null) => string;
    reason: (reason: string) => string;
    disagree: string;
    read: string;
  };
  contributionRestored: {
    intro: (title: string | null) => string;
    reason: (reason: string) => string;
    read: string;
  };
  /** A commitment made in answer to the contribution (or to the one it duplicates) is done. */
  commitmentDone: {
    intro: (title: string | null) => string;
    what: (what: string, owner: string | null) => string;
    read: string;
  };
  code: (code: string) => string;
  /** When there is no link to give. */
  useCode: string;
  why: string;
  automatic: string;
}
