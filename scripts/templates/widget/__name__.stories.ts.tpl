import type { ParticipeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-{{name}}.js';
import { failing, gated, seeded } from '../testing/seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';

const TAG = 'participe-{{name}}';

interface Args {
  space: string;
  variant: 'standard' | 'falc';
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: ParticipeBackend;
}

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const busy = (root: ShadowRoot) => root.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'true';
const failed = (root: ShadowRoot) => root.querySelector('[part~="error"]') !== null;

const meta: Meta<Args> = {
  title: 'Widgets/{{words}}',
  component: TAG,
  args: { space: 'groupe-rsa-nord', variant: 'standard' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-{{name}}
      space=${args.space}
      variant=${args.variant}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
    ></participe-{{name}}>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Accessibility: Story = {
  name: 'Accessibility',
  parameters: { controls: { disable: true } },
  render: () =>
    accessibilityPage({
      tag: TAG,
      summary: 'TODO: what the widget is, as a screen-reader user meets it.',
      keyboard: [['Enter', 'On “Try again” (after an error): loads again.']],
      aria: [
        ['<section aria-labelledby aria-busy>', 'The widget is a named region: its heading; busy while it loads.'],
        ['<p role="status">', 'Says “loading” and what was loaded without moving focus.'],
        ['role="alert"', 'The error and its “Try again” button are announced when they appear.'],
      ],
      rgaa: [
        ['7.1', 'Custom behaviour uses native buttons.'],
        ['7.5', 'Loading and results are status messages.'],
        ['9.1', 'A heading for the widget.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every control.'],
      ],
      limits: ['TODO: what this widget does not do yet.'],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gated((await seeded([])).backend, ['getSpace']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', busy);
  },
};

export const Ready: Story = {
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the group', (r) => !busy(r) && !failed(r));
  },
};

export const Failed: Story = {
  loaders: [
    async () => ({
      backend: failing((await seeded([])).backend, ['getSpace'], { kind: 'offline', message: 'down' }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', failed);
  },
};

export const EasyToRead: Story = {
  args: { variant: 'falc' },
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the group, in FALC', (r) => !busy(r) && !failed(r));
  },
};
