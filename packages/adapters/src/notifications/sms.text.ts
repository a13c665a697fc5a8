// The words of a text message: one SMS (160 GSM-7 characters), no user text (a title could
// be anything and any length), the follow-up link or code, and how to stop. GSM-7 has no
// typographic apostrophe, no ê, â, ô, î, û or ç: the French copy is written without them.
import type { NotificationRecord } from '@participe/core';

/** `fr`: plain French; `falc`: French easy to read and understand (FALC); `en`: English. */
export const SMS_WORDINGS = ['fr', 'falc', 'en'] as const;
export type SmsWording = (typeof SMS_WORDINGS)[number];

// `commitmentDone` is named even where the store's kinds do not list it yet.
type Kind = NotificationRecord['kind'] | 'commitmentDone';

interface SmsCopy {
  /** Followed by a space and the link. */
  link: Record<Kind, string>;
  /** When there is no link (or it is too long): followed by a space and the code, then `codeEnd`. */
  code: Record<Kind, string>;
  codeEnd: string;
  /** When there is neither. */
  bare: Record<Kind, string>;
  stop: string;
}

const COPY: Record<SmsWording, SmsCopy> = {
  fr: {
    link: {
      answerPublished: 'Votre contribution a une réponse. Lisez-la ici :',
      progressReported: 'Du nouveau sur votre contribution. Lisez ici :',
      contributionHidden: "Votre contribution n'est plus visible. Pourquoi :",
      contributionRestored: 'Votre contribution est de nouveau visible :',
      commitmentDone: 'Ce qui était promis est fait. Lisez ici :',
    },
    code: {
      answerPublished: 'Votre contribution a une réponse. Sur le site, tapez votre code',
      progressReported: 'Du nouveau sur votre contribution. Sur le site, tapez votre code',
      contributionHidden: "Votre contribution n'est plus visible. Sur le site, tapez votre code",
      contributionRestored: 'Votre contribution est de nouveau visible. Sur le site, tapez votre code',
      commitmentDone: 'Ce qui était promis est fait. Sur le site, tapez votre code',
    },
    codeEnd: '.',
    bare: {
      answerPublished: 'Votre contribution a une réponse. Lisez-la sur le site avec votre code de suivi.',
      progressReported: 'Du nouveau sur votre contribution. Lisez-le sur le site avec votre code de suivi.',
      contributionHidden: "Votre contribution n'est plus visible. Voyez pourquoi sur le site avec votre code.",
      contributionRestored: 'Votre contribution est de nouveau visible sur le site.',
      commitmentDone: 'Ce qui était promis pour votre contribution est fait. Lisez-le sur le site avec votre code.',
    },
    stop: 'STOP pour ne plus recevoir de SMS.',
  },
  falc: {
    link: {
      answerPublished: 'On a répondu à votre message. Pour lire, ouvrez :',
      progressReported: 'Du nouveau pour votre message. Pour lire, ouvrez :',
      contributionHidden: 'Votre message est caché. Pour savoir pourquoi :',
      contributionRestored: 'Votre message est de nouveau sur le site :',
      commitmentDone: 'Ce qui était promis est fait. Pour lire, ouvrez :',
    },
    code: {
      answerPublished: 'On a répondu à votre message. Sur le site, tapez le code',
      progressReported: 'Du nouveau pour votre message. Sur le site, tapez le code',
      contributionHidden: 'Votre message est caché. Pour savoir pourquoi, tapez sur le site le code',
      contributionRestored: 'Votre message est de nouveau sur le site. Tapez le code',
      commitmentDone: 'Ce qui était promis est fait. Sur le site, tapez le code',
    },
    codeEnd: '.',
    bare: {
      answerPublished: 'On a répondu à votre message. Pour lire, tapez votre code sur le site.',
      progressReported: 'Du nouveau pour votre message. Pour lire, tapez votre code sur le site.',
      contributionHidden: 'Votre message est caché. Pour savoir pourquoi, tapez votre code sur le site.',
      contributionRestored: 'Votre message est de nouveau sur le site.',
      commitmentDone: 'Ce qui était promis est fait. Pour lire, tapez votre code sur le site.',
    },
    stop: 'Pour ne plus avoir de SMS, répondez STOP.',
  },
  en: {
    link: {
      answerPublished: 'Your contribution has an answer. Read it here:',
      progressReported: 'News about your contribution. Read it here:',
      contributionHidden: 'Your contribution is no longer visible. Why:',
      contributionRestored: 'Your contribution is visible again:',
      commitmentDone: 'What was promised for your contribution is done. Read it here:',
    },
    code: {
      answerPublished: 'Your contribution has an answer. On the site, type your code',
      progressReported: 'News about your contribution. On the site, type your code',
      contributionHidden: 'Your contribution is no longer visible. On the site, type your code',
      contributionRestored: 'Your contribution is visible again. On the site, type your code',
      commitmentDone: 'What was promised is done. On the site, type your code',
    },
    codeEnd: '.',
    bare: {
      answerPublished: 'Your contribution has an answer. Read it on the site with your follow-up code.',
      progressReported: 'News about your contribution. Read it on the site with your follow-up code.',
      contributionHidden: 'Your contribution is no longer visible. See why on the site with your code.',
      contributionRestored: 'Your contribution is visible on the site again.',
      commitmentDone: 'What was promised for your contribution is done. Read it on the site with your code.',
    },
    stop: 'Reply STOP to get no more texts.',
  },
};

/** The longest link a message carries; a longer one gives way to the follow-up code. */
export const SMS_LINK_MAX = 64;
/** The longest follow-up code a message carries. */
export const SMS_CODE_MAX = 16;
export const SMS_MAX = 160;

// GSM 03.38: the basic set (one septet each) and the extension set (escape + one: two septets).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** How many GSM-7 septets `text` takes, or `null` if a character is not in GSM-7 (the message would go as UCS-2). */
export function gsm7Length(text: string): number | null {
  let n = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) n += 1;
    else if (GSM_EXTENDED.includes(ch)) n += 2;
    else return null;
  }
  return n;
}

export interface RenderSmsOptions {
  wording: SmsWording;
  /** An http(s) URL of at most `SMS_LINK_MAX` GSM-7 septets; a longer one is left out. */
  followUpUrl?: string;
  followUpCode?: string;
}

/**
 * One text message: what happened, where to read it, how to stop. Always one SMS of GSM-7
 * characters (a test checks every kind × wording × the longest link and code).
 */
export function renderSms(record: { kind: Kind }, options: RenderSmsOptions): string {
  const copy = COPY[options.wording];
  if (!copy) throw new TypeError(`renderSms: unknown wording "${options.wording}", expected fr, falc or en`);
  const url = options.followUpUrl;
  const urlFits = url !== undefined && /^https?:\/\//.test(url) && (gsm7Length(url) ?? Infinity) <= SMS_LINK_MAX;
  const code = options.followUpCode;
  const codeFits = code !== undefined && /^[A-Za-z0-9-]+$/.test(code) && code.length <= SMS_CODE_MAX;
  const body = urlFits
    ? `${copy.link[record.kind]} ${url}`
    : codeFits
      ? `${copy.code[record.kind]} ${code}${copy.codeEnd}`
      : copy.bare[record.kind];
  const text = `${body} ${copy.stop}`;
  if ((gsm7Length(text) ?? Infinity) > SMS_MAX) throw new RangeError('renderSms: the message would not fit one SMS');
  return text;
}
