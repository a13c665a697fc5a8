import type { ParticipeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-resource-centre.js';
import { failing, gated, seeded } from '../testing/seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';

const TAG = 'participe-resource-centre';

interface Args {
  phase: string;
  variant: 'standard' | 'falc';
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: ParticipeBackend;
}

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const busy = (root: ShadowRoot) => root.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'true';
const failed = (root: ShadowRoot) => root.querySelector('[part~="error"]') !== null;
const listed = (root: ShadowRoot) => root.querySelector('[part~="resource"]') !== null;
const fetching = (root: ShadowRoot) => root.querySelector('[part~="results"]')?.getAttribute('aria-busy') === 'true';
const pressed = (root: ShadowRoot, part: string) =>
  root.querySelector(`[part~="${part}"][aria-pressed="true"]`) !== null;

/** The seeded council's back end whose `listResources` answers the first screen, then waits or fails. */
async function afterFirstScreen(then: 'wait' | 'fail'): Promise<ParticipeBackend> {
  const { backend } = await seeded([]);
  const later =
    then === 'wait'
      ? gated(backend, ['listResources']).backend
      : failing(backend, ['listResources'], { kind: 'error', status: 500, message: 'down' }).backend;
  let first = true;
  return {
    ...backend,
    listResources: (q) => {
      const answer = first ? backend.listResources(q) : later.listResources(q);
      first = false;
      return answer;
    },
  };
}

/** Waits for the first screen, then presses a control of the widget, as a person would. */
async function choose(canvas: HTMLElement, selector: string) {
  const el = await untilShown(canvas, TAG, 'the first screen', (r) => !busy(r) && listed(r));
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Resource centre',
  component: TAG,
  args: { phase: 'mobilise', variant: 'standard' },
  argTypes: {
    phase: {
      control: 'select',
      options: ['mobilise', 'diagnose', 'coConstruct', 'decide', 'act', 'evaluate', 'share'],
    },
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-resource-centre
      phase=${args.phase}
      variant=${args.variant}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
    ></participe-resource-centre>`,
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
        'A region headed “Centre de ressources”: a button for easy-to-read wording, a search form, the “Par où commencer ?” questions and the seven steps as buttons, then the chosen resources — each headed by its title, with what it is, and a disclosure holding when to use it and its steps.',
      keyboard: [
        [
          'Tab',
          'From the easy-to-read button to the search field, the questions, the steps, then each resource’s disclosure.',
        ],
        [
          'Enter / Space',
          'On a question or a step: shows its resources (the button is then pressed). On a disclosure: opens or closes it.',
        ],
        ['Enter', 'In the search field: searches. With the field empty: back to the step last chosen.'],
        ['Enter', 'On “Voir toutes les ressources de l’étape”: shows that step and moves the focus to its button.'],
      ],
      aria: [
        ['<section aria-labelledby aria-busy>', 'The widget is a named region; busy while its first screen loads.'],
        ['<form role="search">', 'A search landmark; its field has a label and a hint (aria-describedby).'],
        ['<p role="status">', 'Says “loading”, then how many resources are shown, without moving focus.'],
        ['aria-pressed', 'The chosen question or step, and the easy-to-read button when on.'],
        [
          '<details><summary>',
          'Each resource’s steps, a native disclosure; its summary names the resource for screen readers.',
        ],
        ['role="alert"', 'An error and its “Try again” button are announced when they appear.'],
      ],
      rgaa: [
        ['7.1', 'Native buttons and disclosures only.'],
        ['7.5', 'Loading and results are status messages.'],
        ['9.1', 'Headings: the widget, each way of choosing, the results, each resource.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every control.'],
        ['11.1', 'The search field has a visible label.'],
      ],
      limits: [
        'The steps’ names are the widget’s own words; a council’s edited phase texts show in <participe-cycle>.',
        'A text an editor saved without its easy-to-read version shows in its standard wording.',
      ],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gated((await seeded([])).backend, ['listGuide']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', busy);
  },
};

export const Ready: Story = {
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the first phase’s resources', (r) => !busy(r) && listed(r));
  },
};

/** The first screen failed: the error and its retry button. */
export const Failed: Story = {
  loaders: [
    async () => ({
      backend: failing((await seeded([])).backend, ['listGuide'], { kind: 'offline', message: 'down' }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', failed);
  },
};

/** A step was chosen and its resources are on their way; the previous ones stay shown. */
export const Fetching: Story = {
  loaders: [async () => ({ backend: await afterFirstScreen('wait') })],
  play: async ({ canvasElement }) => {
    await choose(canvasElement, '[data-phase="diagnose"]');
    await untilShown(canvasElement, TAG, 'fetching', fetching);
  },
};

/** A step's resources could not be read: an alert, the previous ones still shown. */
export const ChoiceFailed: Story = {
  loaders: [async () => ({ backend: await afterFirstScreen('fail') })],
  play: async ({ canvasElement }) => {
    await choose(canvasElement, '[data-phase="diagnose"]');
    await untilShown(canvasElement, TAG, 'the choice’s error', (r) => failed(r) && listed(r));
  },
};

export const ByQuestion: Story = {
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await choose(canvasElement, '[part~="question"]');
    await untilShown(canvasElement, TAG, 'a question’s answer', (r) => r.querySelector('[part~="answer"]') !== null);
  },
};

export const ByPhase: Story = {
  args: { phase: 'diagnose' },
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the diagnosis’ resources', (r) => listed(r) && pressed(r, 'phase'));
  },
};

/** Search words are the back end's to match: here "photo". */
export const Search: Story = {
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the first screen', (r) => !busy(r) && listed(r));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
    input.value = 'photo';
    input.form!.requestSubmit();
    await untilShown(canvasElement, TAG, 'the results', (r) => !fetching(r) && /photo/i.test(r.textContent ?? ''));
  },
};

export const NothingFound: Story = {
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the first screen', (r) => !busy(r) && listed(r));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
    input.value = 'zzqxw';
    input.form!.requestSubmit();
    await untilShown(canvasElement, TAG, 'nothing found', (r) => r.querySelector('[part~="empty"]') !== null);
  },
};

export const EasyToRead: Story = {
  args: { variant: 'falc' },
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the resources, in FALC', (r) => !busy(r) && pressed(r, 'falc-toggle'));
  },
};
