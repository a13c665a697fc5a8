// The words of the e-mails an author receives. Short sentences, one idea each; no jargon.
// `\u00a0` keeps French quotes and `%` on the same line as their word.
import type { NotificationCopy, NotificationLocale } from './notification.types.js';

const q = (title: string) => `«\u00a0${title}\u00a0»`;

const fr: NotificationCopy = {
  hello: 'Bonjour,',
  subject: {
    answerPublished: 'Votre contribution a reçu une réponse',
    progressReported: 'Du nouveau sur votre contribution',
    contributionHidden: 'Votre contribution n’est plus visible',
    contributionRestored: 'Votre contribution est de nouveau visible',
    commitmentDone: 'Un engagement est tenu',
  },
  answerPublished: {
    intro: (t) => (t ? `Votre contribution ${q(t)} a reçu une réponse.` : 'Votre contribution a reçu une réponse.'),
    verdict: {
      accepted: 'Votre contribution est acceptée.',
      partlyAccepted: 'Votre contribution est acceptée en partie.',
      declined: 'Votre contribution n’est pas retenue. La réponse explique pourquoi.',
      answered: null,
      duplicate: 'Une autre contribution dit la même chose. Les deux sont suivies ensemble.',
    },
    service: (s) => `Le service qui vous répond : ${s}.`,
    read: 'Pour lire la réponse et ses raisons, ouvrez ce lien :',
  },
  progressReported: {
    intro: (t) =>
      t ? `Il y a du nouveau sur votre contribution ${q(t)}.` : 'Il y a du nouveau sur votre contribution.',
    update: (text) => `Ce qui a été fait : ${text}`,
    percent: (p) => `Avancement : ${p}\u00a0%.`,
    done: 'C’est terminé.',
    read: 'Pour tout lire, ouvrez ce lien :',
  },
  contributionHidden: {
    intro: (t) =>
      t
        ? `Votre contribution ${q(t)} n’est plus visible sur le site.`
        : 'Votre contribution n’est plus visible sur le site.',
    reason: (r) => `La raison donnée : ${r}`,
    disagree:
      'Vous n’êtes pas d’accord ? Parlez-en à la personne qui anime le groupe. Elle peut la rendre visible à nouveau.',
    read: 'Pour revoir votre contribution, ouvrez ce lien :',
  },
  contributionRestored: {
    intro: (t) =>
      t
        ? `Votre contribution ${q(t)} est de nouveau visible sur le site.`
        : 'Votre contribution est de nouveau visible sur le site.',
    reason: (r) => `La raison donnée : ${r}`,
    read: 'Pour la voir, ouvrez ce lien :',
  },
  commitmentDone: {
    intro: (t) =>
      t
        ? `L’institution s’était engagée après votre contribution ${q(t)}. C’est fait.`
        : 'L’institution s’était engagée après votre contribution. C’est fait.',
    what: (what, owner) => (owner ? `Ce qui est fait\u00a0: ${what} (${owner}).` : `Ce qui est fait\u00a0: ${what}.`),
    read: 'Pour voir ce qui a été fait, étape par étape, ouvrez ce lien\u00a0:',
  },
  code: (c) => `Votre code de suivi : ${c}. Avec ce code, vous retrouvez votre contribution sur le site.`,
  useCode:
    'Pour lire la suite, tapez votre code de suivi sur le site. Vous l’avez reçu en envoyant votre contribution.',
  why: 'Vous recevez ce message car vous avez demandé des nouvelles de votre contribution.',
  automatic: 'Ce message est envoyé automatiquement.',
};

const en: NotificationCopy = {
  hello: 'Hello,',
  subject: {
    answerPublished: 'Your contribution has an answer',
    progressReported: 'News about your contribution',
    contributionHidden: 'Your contribution is no longer visible',
    contributionRestored: 'Your contribution is visible again',
    commitmentDone: 'A commitment has been kept',
  },
  answerPublished: {
    intro: (t) => (t ? `Your contribution “${t}” has an answer.` : 'Your contribution has an answer.'),
    verdict: {
      accepted: 'Your contribution is accepted.',
      partlyAccepted: 'Your contribution is partly accepted.',
      declined: 'Your contribution is not taken up. The answer explains why.',
      answered: null,
      duplicate: 'Another contribution says the same thing. Both are followed together.',
    },
    service: (s) => `The service that answers you: ${s}.`,
    read: 'To read the answer and its reasons, open this link:',
  },
  progressReported: {
    intro: (t) => (t ? `There is news about your contribution “${t}”.` : 'There is news about your contribution.'),
    update: (text) => `What was done: ${text}`,
    percent: (p) => `Progress: ${p}%.`,
    done: 'It is finished.',
    read: 'To read everything, open this link:',
  },
  contributionHidden: {
    intro: (t) =>
      t
        ? `Your contribution “${t}” is no longer visible on the site.`
        : 'Your contribution is no longer visible on the site.',
    reason: (r) => `The reason given: ${r}`,
    disagree: 'Do you disagree? Talk to the person who runs the group. They can make it visible again.',
    read: 'To see your contribution again, open this link:',
  },
  contributionRestored: {
    intro: (t) =>
      t ? `Your contribution “${t}” is visible on the site again.` : 'Your contribution is visible on the site again.',
    reason: (r) => `The reason given: ${r}`,
    read: 'To see it, open this link:',
  },
  commitmentDone: {
    intro: (t) =>
      t
        ? `The institution made a commitment after your contribution “${t}”. It is done.`
        : 'The institution made a commitment after your contribution. It is done.',
    what: (what, owner) => (owner ? `What was done: ${what} (${owner}).` : `What was done: ${what}.`),
    read: 'To see what was done, step by step, open this link:',
  },
  code: (c) => `Your follow-up code: ${c}. With this code, you find your contribution on the site.`,
  useCode: 'To read more, type your follow-up code on the site. You received it when you sent your contribution.',
  why: 'You receive this message because you asked for news about your contribution.',
  automatic: 'This message is sent automatically.',
};

export const NOTIFICATION_COPY: Record<NotificationLocale, NotificationCopy> = { fr, en };
