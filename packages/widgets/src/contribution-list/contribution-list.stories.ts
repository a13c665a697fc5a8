import type { ParticipeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-contribution-list.js';
import { answeredWithProgress, failing, gated, hiddenOne, NOW, seeded, waiting } from '../testing/seed.js';
import { accessibilityPage, textOf, untilShown } from '../testing/stories.js';

const TAG = 'participe-contribution-list';

interface Args {
  space: string;
  variant: 'standard' | 'falc';
  'page-size': number;
  'detail-url': string;
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: ParticipeBackend;
  now?: () => Date;
}

/** Four contributions: one overdue, one recent question, one answered and under way, one hidden. */
const mixed = () => [
  waiting('Un bus plus tôt le matin', '2026-01-05T09:00:00.000Z', { id: 'c_bus' }),
  waiting('Horaires de la crèche', '2026-03-01T09:00:00.000Z', { id: 'c_creche', kind: 'question', theme: 'famille' }),
  answeredWithProgress('Un guichet ouvert le samedi', { id: 'c_guichet' }),
  hiddenOne('Texte masqué à ne jamais montrer', { id: 'c_masque' }),
];
const five = () =>
  Array.from({ length: 5 }, (_, i) =>
    waiting(`Contribution ${i + 1}`, `2026-03-0${i + 1}T09:00:00.000Z`, { id: `c_${i + 1}` }),
  );

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const summary = (root: ShadowRoot) => textOf(root.querySelector('[part~="summary"]'));
const items = (root: ShadowRoot) => root.querySelectorAll('[part~="item"]').length;
/** A first answer arrived: the group's themes fill the theme filter. */
const answered = (root: ShadowRoot) => root.querySelectorAll('#theme option').length > 1;
/** Out of `loading` and `paging`. */
const settled = (root: ShadowRoot) => answered(root) && !root.querySelector('ol[aria-busy="true"]');

const meta: Meta<Args> = {
  title: 'Widgets/Contribution list',
  component: TAG,
  args: { space: 'groupe-rsa-nord', variant: 'standard', 'page-size': 20, 'detail-url': '' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    'page-size': { control: { type: 'number', min: 1, max: 100 } },
    endpoint: { control: false },
    backend: { control: false },
    now: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-contribution-list
      space=${args.space}
      variant=${args.variant}
      page-size=${args['page-size']}
      detail-url=${args['detail-url']}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
      .now=${() => NOW}
    ></participe-contribution-list>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Accessibility: Story = {
  name: 'Accessibility',
  parameters: { controls: { disable: true } },
  render: () =>
    accessibilityPage({
      tag: TAG,
      summary:
        'The public list of a group’s contributions: a search form, a line that says which contributions are shown, the list itself and page buttons. Everything is a native control; the line that counts results is a live region.',
      keyboard: [
        [
          'Tab',
          'Search box, status, kind, theme, “overdue only”, Show, “Clear the search”, then each title, then the page buttons.',
        ],
        ['Enter', 'In the search box or on Show: runs the search. On a title: opens the contribution.'],
        ['Down / Up', 'In a select: change the status, kind or theme.'],
        ['Space', 'On “overdue only”: tick or untick it.'],
        ['Enter', 'On “Clear the search”: empties every filter and puts focus back in the search box.'],
        ['Enter', 'On Next or Previous page: loads it; focus moves to the line that says which page is shown.'],
        ['Enter', 'On “Try again” (after an error): loads again; focus moves to that same line.'],
      ],
      aria: [
        ['<section aria-labelledby>', 'The widget is a named region: its heading.'],
        ['<form role="search">', 'A search landmark, named by a visually hidden legend.'],
        [
          '<p role="status" tabindex="-1">',
          'Says “loading”, “page 2: contributions 3 to 4” or “nothing found” without moving focus; takes focus after a page change.',
        ],
        ['<ol aria-labelledby aria-busy>', 'An ordered list named by the status line; busy while the next page loads.'],
        [
          '<nav aria-label>',
          'The page buttons are a navigation landmark; a button is disabled where there is no page.',
        ],
        ['role="alert"', 'The error and its “Try again” button are announced when they appear.'],
        ['aria-hidden on ⚠', 'The warning sign is decoration: “Late: answer expected 9 days ago” says it in words.'],
        ['<time datetime>', 'Publication dates are machine-readable.'],
        [
          '<button> or <a>',
          'A title is a link when the page gives `detail-url`, else a button; both fire `participe-select`.',
        ],
      ],
      rgaa: [
        ['3.1', 'Being late is said in words, not only by the badge colour.'],
        ['3.2, 3.3', 'Text and controls meet 4.5:1 and 3:1 in the three themes (checked by axe here).'],
        ['6.1, 6.2', 'Each title link is the contribution’s title.'],
        ['7.1', 'Custom behaviour uses native buttons, links and form controls.'],
        ['7.3', 'Everything works with the keyboard alone (browser test).'],
        ['7.4', 'Changing a filter changes nothing until Show is pressed.'],
        ['7.5', 'Loading, results and “nothing found” are status messages.'],
        ['9.1', 'A heading for the widget, one per contribution title.'],
        ['9.3', 'Contributions are an ordered list.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every control.'],
        ['11.1, 11.2', 'Every field has a visible, explicit label.'],
        ['11.9', 'Buttons say what they do (“Show”, “Next page”).'],
        ['12.8', 'Tab order follows the reading order.'],
      ],
      limits: [
        'The search runs on Show, not while typing: by design, but people used to instant filtering may look for results too early.',
        'Dates are written in the page’s language by the browser (Intl); a browser without French data shows them in English.',
        'Without `detail-url` the titles are buttons: the host page has to act on `participe-select`.',
      ],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gated((await seeded(mixed())).backend, ['listContributions']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', (r) => summary(r) !== '' && !answered(r));
  },
};

export const Ready: Story = {
  loaders: [async () => seeded(mixed())],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'four contributions', (r) => items(r) === 4 && settled(r));
  },
};

export const ReadyWithLinks: Story = {
  name: 'Ready, titles as links',
  args: { 'detail-url': '/contribution?id={id}' },
  loaders: [async () => seeded(mixed())],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'four linked titles',
      (r) => r.querySelectorAll('a[part~="item-link"]').length === 4,
    );
  },
};

export const Empty: Story = {
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'empty', (r) => settled(r) && items(r) === 0);
  },
};

export const LoadError: Story = {
  name: 'Error',
  loaders: [
    async () => ({
      backend: failing((await seeded(mixed())).backend, ['listContributions'], {
        kind: 'offline',
        message: 'Failed to fetch',
      }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'offline error', (r) => r.querySelector('[role="alert"]') !== null);
  },
};

export const UnknownSpace: Story = {
  name: 'Error, unknown group',
  args: { space: 'groupe-inconnu' },
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'not-found error', (r) => r.querySelector('[role="alert"]') !== null);
  },
};

export const Paging: Story = {
  name: 'Paging (next page loading)',
  args: { 'page-size': 2 },
  loaders: [
    async () => {
      const { backend } = await seeded(five());
      // The first page answers; the next one never does, so the list stays in `paging`.
      const list = backend.listContributions;
      return {
        backend: {
          ...backend,
          listContributions: (q) => (q.cursor ? new Promise<never>(() => {}) : list(q)),
        } satisfies ParticipeBackend,
      };
    },
  ],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'first page', (r) => items(r) === 2 && settled(r));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pagination"] button:last-child')!.click();
    await untilShown(canvasElement, TAG, 'paging', (r) => r.querySelector('ol[aria-busy="true"]') !== null);
  },
};

export const LastPage: Story = {
  name: 'Ready, last page',
  args: { 'page-size': 2 },
  loaders: [async () => seeded(five())],
  play: async ({ canvasElement }) => {
    const next = (r: ShadowRoot) => r.querySelector<HTMLButtonElement>('[part~="pagination"] button:last-child');
    for (const page of [2, 3]) {
      const el = await untilShown(
        canvasElement,
        TAG,
        `page ${page - 1}`,
        (r) => settled(r) && next(r)?.disabled === false,
      );
      next(el.shadowRoot!)!.click();
      await untilShown(canvasElement, TAG, `page ${page}`, (r) => settled(r) && summary(r).includes(String(page)));
    }
    await untilShown(canvasElement, TAG, 'last page', (r) => settled(r) && items(r) === 1);
  },
};
