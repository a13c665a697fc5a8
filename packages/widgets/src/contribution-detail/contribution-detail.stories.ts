import type { ParticipeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-contribution-detail.js';
import {
  AUTHOR_SECRET,
  answeredWithProgress,
  authored,
  type Built,
  failing,
  gated,
  hiddenOne,
  NOW,
  seeded,
  waiting,
} from '../testing/seed.js';
import { accessibilityPage, textOf, untilShown } from '../testing/stories.js';

const TAG = 'participe-contribution-detail';

interface Args {
  contribution: string;
  code: string;
  variant: 'standard' | 'falc';
  'export-url': string;
  'erase-url': string;
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: ParticipeBackend;
  now?: () => Date;
}

/** The code printed on the author's receipt, fixed so the story reads the same every time. */
const CODE = 'K7P-4QX';
const withCode = (c: Built) => {
  c.private.followUpCode = CODE;
  return c;
};
const guichet = () => withCode(answeredWithProgress('Un guichet ouvert le samedi', { id: 'c_guichet' }));
const late = () => waiting('Un bus plus tôt le matin', '2026-01-05T09:00:00.000Z', { id: 'c_bus' });

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const part = (root: ShadowRoot, name: string) => root.querySelector(`[part~="${name}"]`);
const shows = (name: string) => (root: ShadowRoot) => part(root, name) !== null;

const meta: Meta<Args> = {
  title: 'Widgets/Contribution detail',
  component: TAG,
  args: { contribution: 'c_guichet', code: '', variant: 'standard', 'export-url': '', 'erase-url': '' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
    now: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-contribution-detail
      contribution=${args.contribution}
      code=${args.code}
      variant=${args.variant}
      export-url=${args['export-url']}
      erase-url=${args['erase-url']}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
      .now=${() => NOW}
    ></participe-contribution-detail>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Accessibility: Story = {
  parameters: { controls: { disable: true } },
  render: () =>
    accessibilityPage({
      tag: TAG,
      summary:
        'One contribution as the public sees it — its text, the signed answer, the commitments with their progress and the dated history — or, without an id, a form asking for a follow-up code. Loading, “not found” and errors are announced; focus is moved only after the person asked for something.',
      keyboard: [
        ['Tab', 'The code field, then its button; once a contribution is shown, the export and erase links.'],
        [
          'Enter',
          'In the code field or on “Show my contribution”: looks the code up (spaces and lower case are accepted).',
        ],
        ['Enter', 'On “Try again” (after an error): loads again; focus moves to the title.'],
        ['Tab', 'After a code is found, focus is on the title (tabindex -1): Tab goes on from there.'],
        ['Enter / Space', 'On “Report this contribution”: opens or closes the report form (a native disclosure).'],
        ['Down / Up', 'In the report reasons: moves to and chooses the next or previous reason.'],
        [
          'Enter',
          'Author’s page (opened with a follow-up code): in the secret code field, opens the page; a wrong code is announced and focus stays in the field.',
        ],
        [
          'Enter / Space',
          'On “Correct”, “Withdraw” or “Erase”: the correction form or a confirmation comes, and focus goes to its heading; “Cancel” comes back.',
        ],
        [
          'Enter',
          'On “Send the report”: without a reason, focus goes to the first reason and the error is announced; once sent, focus goes to the thank-you.',
        ],
      ],
      aria: [
        ['<p role="status">', 'Always present: says “loading” when it starts, then empties.'],
        ['<article aria-labelledby>', 'The contribution, named by its title (h2).'],
        ['<section aria-labelledby>', 'Answer, commitments, history and follow-up are named regions with h3 headings.'],
        ['<h2 tabindex="-1">', 'The title takes focus once a code is found or after “Try again”.'],
        [
          '<section part="author">',
          'The author’s page: a named region (h3) with its own status message (checking, sending, done) and alerts that name the field to correct.',
        ],
        [
          'role="alert"',
          '“Not found” and errors are announced; on a wrong code, focus goes back to the field, code kept.',
        ],
        ['<progress aria-labelledby>', 'Each commitment’s bar is named by its “Progress: 40 %” line.'],
        ['<ol> + <time datetime>', 'The history is an ordered list of dated steps.'],
        ['aria-describedby', 'The code field points at its help text.'],
        ['aria-hidden on ⚠', 'Decoration: being late is said in words.'],
        ['<details> + <summary>', 'The report form is a native disclosure, closed until asked for.'],
        ['<fieldset> + <legend>', 'The report reasons are one radio group named by its question.'],
        [
          '<p role="status" tabindex="-1">',
          'The report’s “sending” and “thank you” line; takes focus when the form it replaces goes away.',
        ],
      ],
      rgaa: [
        ['3.1', 'Status, verdict and lateness are written out, never shown by colour alone.'],
        ['3.2, 3.3', 'Text and progress bars meet 4.5:1 and 3:1 in the three themes (checked by axe here).'],
        ['6.1, 6.2', 'Export and erase links say what they do.'],
        ['7.1, 7.3', 'Native form, buttons and links; everything works with the keyboard (browser test).'],
        ['7.5', 'Loading is a status message; not found and errors are alerts.'],
        ['9.1', 'h2 for the contribution or the code form, h3 for each section, h4 per commitment.'],
        ['9.3', 'History and updates are ordered lists, commitments an unordered list.'],
        ['10.7', 'A 3 px focus ring on every control.'],
        ['11.1, 11.2', 'The code field has a visible label and a hint.'],
        ['11.10, 11.11', 'A wrong code is said in words and the field keeps it, for correction.'],
        ['11.5, 11.6', 'The report reasons are grouped in a fieldset whose legend is the question.'],
      ],
      limits: [
        'When the page opens on a contribution (id or code given by the page), its arrival is not announced and focus stays where it was: only a code typed in the form, or “Try again”, moves focus to the title.',
        'Dates are written by the browser (Intl) in the page’s language.',
        'The answer’s text is shown as the institution wrote it: FALC applies to the widget’s words, not to the answer.',
      ],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gated((await seeded([guichet()])).backend, ['getContribution']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', (r) => textOf(part(r, 'live-status')) !== '');
  },
};

export const Ready: Story = {
  name: 'Ready: answer, commitments, progress',
  loaders: [async () => seeded([guichet()])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'answer and commitment', (r) => shows('answer')(r) && shows('commitment')(r));
  },
};

export const Waiting: Story = {
  name: 'Ready: waiting for an answer, overdue',
  args: { contribution: 'c_bus' },
  loaders: [async () => seeded([late()])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'overdue', shows('overdue-badge'));
  },
};

export const Hidden: Story = {
  name: 'Ready: hidden by moderation',
  args: { contribution: 'c_masque' },
  loaders: [async () => seeded([hiddenOne('Titre à ne jamais montrer', { id: 'c_masque' })])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'hidden contribution', shows('title'));
  },
};

export const CodeEntry: Story = {
  name: 'Code entry',
  args: { contribution: '' },
  loaders: [async () => seeded([guichet()])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'code form', shows('code-form'));
  },
};

export const FollowUp: Story = {
  name: 'Author: opened with a follow-up code, asking for the secret code',
  args: { contribution: '', code: CODE, 'export-url': '/mes-donnees?code={code}', 'erase-url': '/effacer/{id}' },
  loaders: [async () => seeded([guichet()])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'author section', (r) => shows('follow-up')(r) && shows('author-form')(r));
  },
};

// The author's own page, state by state: each story types the secret code, then presses
// the buttons a person would (found by their place, so they hold in every locale).
const mine = async (c: Built) => seeded([await authored(c, CODE)]);
const waitingMine = () => mine(waiting('Un banc devant la mairie', '2026-02-20T09:00:00.000Z', { id: 'c_banc' }));

async function unlocked(canvasElement: HTMLElement, secret = AUTHOR_SECRET) {
  const el = await untilShown(canvasElement, TAG, 'secret code field', (r) => r.querySelector('#secret') !== null);
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('#secret')!.value = secret;
  root.querySelector<HTMLFormElement>('[part~="author-form"]')!.requestSubmit();
  return el;
}

/** The n-th button of the author's "change" row: correct, withdraw, erase, close (those offered). */
const pressAuthor = (root: ShadowRoot, label: (b: HTMLButtonElement) => boolean) =>
  [...root.querySelectorAll<HTMLButtonElement>('[part~="author"] button')].find(label)!.click();
const last = (n: number) => (b: HTMLButtonElement) => {
  const row = [...b.closest('[part~="author"]')!.querySelectorAll('[part~="author-actions"]')].at(-1)!;
  const buttons = [...row.querySelectorAll('button')];
  return buttons.indexOf(b) === buttons.length - n;
};

/** A story of the author's page: the secret code typed, then `then` brings the state to show. */
const authorStory = (
  name: string,
  loader: () => Promise<{ backend: ParticipeBackend }>,
  then: (el: HTMLElement, canvas: HTMLElement) => Promise<unknown>,
  secret = AUTHOR_SECRET,
): Story => ({
  name: `Author: ${name}`,
  args: { contribution: '', code: CODE },
  loaders: [loader],
  play: async ({ canvasElement }) => {
    await then(await unlocked(canvasElement, secret), canvasElement);
  },
});
const answeredMine = () => mine(answeredWithProgress('Un guichet ouvert le samedi', { id: 'c_guichet' }));
const bothRows = (r: ShadowRoot) => r.querySelectorAll('[part~="author-actions"]').length === 2;
/** Presses the n-th button from the end of the "change" row, then waits for `state`. */
const step = async (el: HTMLElement, canvas: HTMLElement, n: number, state: string) => {
  await untilShown(canvas, TAG, 'author actions', bothRows);
  pressAuthor(el.shadowRoot!, last(n));
  await untilShown(canvas, TAG, state, shows(state));
};
const confirmed = async (el: HTMLElement, canvas: HTMLElement, n: number, then: (r: ShadowRoot) => boolean) => {
  await step(el, canvas, n, 'author-confirm');
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="author-confirm"] button.primary')!.click();
  await untilShown(canvas, TAG, 'done', then);
};

export const AuthorWrongSecret = authorStory(
  'wrong secret code',
  waitingMine,
  (_, canvas) => untilShown(canvas, TAG, 'refusal', shows('author-problem')),
  'lapin sapin orage galet cerise navet',
);
export const AuthorUnlocked = authorStory('their data and what they can do', waitingMine, (_, canvas) =>
  untilShown(canvas, TAG, 'author actions', bothRows),
);
export const AuthorAnswered = authorStory('answered, can no longer correct', answeredMine, (_, canvas) =>
  untilShown(canvas, TAG, 'author actions', bothRows),
);
export const AuthorCorrecting = authorStory('correcting the message', waitingMine, async (el, canvas) => {
  await untilShown(canvas, TAG, 'author actions', bothRows);
  pressAuthor(el.shadowRoot!, last(4));
  await untilShown(canvas, TAG, 'correction form', (r) => r.querySelector('#author-title') !== null);
});
export const AuthorConfirmWithdraw = authorStory('confirm withdrawing', waitingMine, (el, canvas) =>
  step(el, canvas, 3, 'author-confirm'),
);
export const AuthorConfirmErase = authorStory('confirm erasing (the answer stays)', answeredMine, (el, canvas) =>
  step(el, canvas, 2, 'author-confirm'),
);
export const AuthorWithdrawn = authorStory('withdrawn', waitingMine, (el, canvas) =>
  confirmed(el, canvas, 3, (r) => textOf(part(r, 'author-status')) !== '' && bothRows(r)),
);
export const AuthorErased = authorStory('data erased', answeredMine, (el, canvas) =>
  confirmed(el, canvas, 2, shows('author-erased')),
);

export const NotFound: Story = {
  name: 'Not found',
  args: { contribution: 'c_absent' },
  loaders: [async () => seeded([guichet()])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'not found', shows('not-found'));
  },
};

export const CodeNotFound: Story = {
  name: 'Not found: unknown code',
  args: { contribution: '', code: 'ZZZ-9999' },
  loaders: [async () => seeded([guichet()])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'unknown code', (r) => shows('not-found')(r) && shows('code-form')(r));
  },
};

export const LoadError: Story = {
  name: 'Error',
  loaders: [
    async () => ({
      backend: failing((await seeded([guichet()])).backend, ['getContribution'], new Error('HTTP 500')).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'error', shows('error'));
  },
};

/** The report form, opened: what a reader sees after choosing "Report this contribution". */
export const ReportForm: Story = {
  name: 'Report: form open',
  args: { contribution: 'c_bus' },
  loaders: [async () => seeded([late()])],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'report control', shows('report'));
    el.shadowRoot!.querySelector('details')!.open = true;
    await untilShown(canvasElement, TAG, 'report form', (r) => r.querySelector('details[open]') !== null);
  },
};

export const ReportSent: Story = {
  name: 'Report: sent',
  args: { contribution: 'c_bus' },
  loaders: [async () => seeded([late()])],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'report control', shows('report'));
    const root = el.shadowRoot!;
    root.querySelector('details')!.open = true;
    root.querySelector<HTMLInputElement>('[name="reason"][value="offTopic"]')!.click();
    root.querySelector<HTMLButtonElement>('[part~="report-form"] button[type="submit"]')!.click();
    await untilShown(
      canvasElement,
      TAG,
      'thank-you',
      (r) => !shows('report-form')(r) && textOf(part(r, 'report-status')) !== '',
    );
  },
};
