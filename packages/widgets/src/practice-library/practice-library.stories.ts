import type { ParticipeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-practice-library.js';
import { failing, gated } from '../testing/doubles.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import { librarySeeded, OWN_SHEET } from './practice-library.fixtures.js';
import type { ParticipePracticeLibrary } from './practice-library.js';

const TAG = 'participe-practice-library';

interface Args {
  variant: 'standard' | 'falc';
  practice: string;
  'resource-url': string;
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: ParticipeBackend;
}

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const items = (root: ShadowRoot) => root.querySelectorAll('[part~="item"]').length;
const busy = (root: ShadowRoot) => root.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'true';
const summary = (root: ShadowRoot) => root.querySelector('[part~="summary"]')?.textContent?.trim() ?? '';
/** The list with its filters filled from the search's facets. */
const listed = (root: ShadowRoot) => !busy(root) && root.querySelectorAll('#theme option').length > 1;
/** The built-in sheets and the council's own. */
const ALL = 13;
const seeded = async () => librarySeeded();

/** Waits for the list, then searches as a person would: fills the form and presses Show. */
async function search(canvas: HTMLElement, fill: (form: HTMLFormElement) => void) {
  const el: ParticipePracticeLibrary = await untilShown(canvas, TAG, 'the list', (r) => listed(r) && items(r) === ALL);
  const form = el.shadowRoot!.querySelector<HTMLFormElement>('form[part~="search"]')!;
  fill(form);
  form.requestSubmit();
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Practice library',
  component: TAG,
  args: { variant: 'standard', practice: '', 'resource-url': '/ressources/{id}' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
  },
  loaders: [seeded],
  render: (args, { loaded }) =>
    html`<participe-practice-library
      variant=${args.variant}
      practice=${args.practice}
      resource-url=${args['resource-url']}
      endpoint=${args.endpoint ?? ''}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
    ></participe-practice-library>`,
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
        'Inspiring practices: a search form, a line that says how many sheets are shown, the list of sheets, and the sheet being read, which replaces the list. Everything is a native control; the counting line is a live region.',
      keyboard: [
        [
          'Tab',
          'Search box, phase, theme, public, Show, “Clear the search”, the title of each sheet, “Show more sheets”, then the resources found.',
        ],
        ['Enter', 'In the search box or on Show: runs the search.'],
        ['Down / Up', 'In a select: change the phase, theme or public.'],
        ['Enter', 'On “Clear the search”: empties every filter and puts focus back in the search box.'],
        ['Enter', 'On a sheet’s title: opens the sheet; focus moves to its title.'],
        ['Shift + Tab', 'From the sheet’s title: “Back to the sheets”.'],
        ['Enter', 'On “Back to the sheets”: the same results again; focus returns to the sheet just read.'],
        ['Enter', 'On a sheet under “You may also like”: opens it in place; focus moves to its title.'],
        ['Enter', 'On “Show more sheets”: the next sheets; focus moves to the first new one.'],
        ['Enter', 'On “Try again” (after an error): loads the sheets again.'],
      ],
      aria: [
        ['<section aria-labelledby>', 'The widget is a named region: its heading.'],
        ['<form role="search">', 'A search landmark, named by a visually hidden line.'],
        [
          '<p role="status" tabindex="-1">',
          'Says “loading”, “12 sheets to read” or “no sheet matches” without moving focus; takes focus when the sheet read is gone.',
        ],
        ['<ul aria-labelledby>', 'The sheets are a list named by the status line.'],
        ['<h3><button>', 'Each title is a heading holding the button that opens the sheet.'],
        ['<h3 tabindex="-1">', 'The open sheet’s title takes focus, so reading starts there.'],
        ['role="alert"', 'The error and its “Try again” button are announced when they appear.'],
        ['<blockquote>', 'The problem, as the people concerned said it.'],
        ['<section aria-busy>', 'Busy while a search or a sheet is on its way.'],
      ],
      rgaa: [
        ['3.2, 3.3', 'Text and controls meet 4.5:1 and 3:1 in the three themes (checked by axe here).'],
        ['7.1', 'Custom behaviour uses native buttons and form controls.'],
        ['7.3', 'Everything works with the keyboard alone (browser test).'],
        ['7.4', 'Changing a filter changes nothing until Show is pressed.'],
        ['7.5', 'Loading, results and “no sheet matches” are status messages.'],
        ['9.1', 'A heading for the widget, each sheet title, and each section of an open sheet.'],
        ['9.3', 'Sheets, actions and what changed for each side are lists.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every control.'],
        ['11.1, 11.2', 'Every field has a visible, explicit label.'],
        ['12.8', 'Tab order follows the reading order.'],
        ['12.11', 'Focus goes to a sheet when it opens and back to its title in the list when it closes.'],
      ],
      limits: [
        'The search runs on Show, not while typing: by design, but people used to instant filtering may look for results too early.',
        'The sheets’ own texts have no FALC version: `variant="falc"` changes the widget’s words and the council’s phase names only.',
        'Theme and public values are the sheets’ own words, in the sheets’ language.',
        'A search shows at most 100 sheets, 20 at a time.',
      ],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gated((await seeded()).backend, ['searchPractices']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', (r) => busy(r) && items(r) === 0 && summary(r) !== '');
  },
};

export const List: Story = {
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'every sheet', (r) => listed(r) && items(r) === ALL);
  },
};

export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    await search(canvasElement, (form) => {
      const phase = form.querySelector<HTMLSelectElement>('#phase')!;
      phase.value = phase.options[1]!.value;
    });
    await untilShown(canvasElement, TAG, 'some sheets', (r) => listed(r) && items(r) > 0 && items(r) < ALL);
  },
};

export const Found: Story = {
  name: 'Words found in sheets and resources',
  play: async ({ canvasElement }) => {
    await search(canvasElement, (form) => {
      form.querySelector<HTMLInputElement>('#q')!.value = 'mobilité';
    });
    await untilShown(
      canvasElement,
      TAG,
      'sheets and resources',
      (r) => listed(r) && items(r) > 0 && r.querySelector('[part~="found"] [part~="resource"]') !== null,
    );
  },
};

export const NoMatch: Story = {
  name: 'Empty result',
  play: async ({ canvasElement }) => {
    await search(canvasElement, (form) => {
      form.querySelector<HTMLInputElement>('#q')!.value = 'zqxj aucune fiche ne parle de ceci';
    });
    await untilShown(canvasElement, TAG, 'no sheet', (r) => !busy(r) && summary(r) !== '' && items(r) === 0);
  },
};

export const EmptyLibrary: Story = {
  name: 'Empty library (no sheet at all)',
  loaders: [
    async () => {
      const { backend } = await seeded();
      const none = { items: [], total: 0, facets: { phase: [], theme: [], public: [] }, terms: [] };
      return { backend: { ...backend, searchPractices: async () => none } satisfies ParticipeBackend };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'an empty library',
      (r) => !busy(r) && summary(r) !== '' && r.querySelector('form[part~="search"]') !== null && items(r) === 0,
    );
  },
};

export const More: Story = {
  name: 'More sheets than one page',
  loaders: [
    async () =>
      librarySeeded(Array.from({ length: 9 }, (_, i) => ({ ...OWN_SHEET, title: `Fiche du groupe n° ${i + 1}` }))),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'a page and “more”',
      (r) => listed(r) && r.querySelector('[part~="more"]') !== null,
    );
  },
};

export const Opening: Story = {
  name: 'A sheet on its way',
  loaders: [async () => ({ backend: gated((await seeded()).backend, ['getPractice']).backend })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the list', (r) => listed(r) && items(r) === ALL);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="item-link"]')!.click();
    await untilShown(canvasElement, TAG, 'opening', (r) => busy(r) && items(r) === 0 && summary(r) !== '');
  },
};

export const Sheet: Story = {
  name: 'A sheet open',
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the list', (r) => listed(r) && items(r) === ALL);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="item-link"]')[1]!.click();
    await untilShown(canvasElement, TAG, 'the sheet, focused', (r) => r.activeElement?.id === 'sheet-title');
  },
};

export const LinkedSheet: Story = {
  name: 'A sheet open from a link (`practice`)',
  args: { practice: 'marche-exploratoire-glycines' },
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'the linked sheet with related sheets',
      (r) => r.querySelector('[part~="sheet"] [part~="related-link"]') !== null && items(r) === 0,
    );
  },
};

export const LoadError: Story = {
  name: 'Error',
  loaders: [
    async () => ({
      backend: failing((await seeded()).backend, ['searchPractices'], { kind: 'offline', message: 'down' }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', (r) => r.querySelector('[role="alert"] button') !== null);
  },
};

export const SheetError: Story = {
  name: 'Error opening a sheet',
  loaders: [
    async () => ({
      backend: failing((await seeded()).backend, ['getPractice'], { kind: 'error', message: '500' }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the list', (r) => listed(r) && items(r) === ALL);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="item-link"]')!.click();
    await untilShown(canvasElement, TAG, 'the error', (r) => r.querySelector('[role="alert"] [part~="back"]') !== null);
  },
};
