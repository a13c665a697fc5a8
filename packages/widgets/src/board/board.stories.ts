import type { ParticipeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './participe-board.js';
import { failing, gated, seeded, waiting } from '../testing/seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import { boardWorld } from './board.seed.js';

const TAG = 'participe-board';

interface Args {
  space: string;
  year: string;
  variant: 'standard' | 'falc';
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: ParticipeBackend;
}

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const busy = (root: ShadowRoot) => root.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'true';
const failed = (root: ShadowRoot) => root.querySelector('[part~="error"]') !== null;
const shown = (root: ShadowRoot) => root.querySelector('[part~="summary"]') !== null;

const meta: Meta<Args> = {
  title: 'Widgets/Board',
  component: TAG,
  args: { space: 'groupe-rsa-nord', year: '', variant: 'standard' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-board
      space=${args.space || nothing}
      year=${args.year || nothing}
      variant=${args.variant}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
    ></participe-board>`,
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
        'A named region with one heading, a few sentences that sum up every figure, key figures as a description list, and one sub-heading per part. Each chart is a data table (caption, column and row headers) whose last column draws the bars, hidden from assistive technologies since the numbers are in the cells.',
      keyboard: [
        [
          'Tab',
          'Reaches each table that is wider than the screen (a scrollable region), then “Try again” after an error.',
        ],
        ['Arrow keys', 'In a focused table region: scroll it sideways.'],
        ['Enter', 'On “Try again” (after an error): loads again.'],
      ],
      aria: [
        ['<section aria-labelledby aria-busy>', 'The widget is a named region: its heading; busy while it loads.'],
        ['<p role="status">', 'Says “loading” without moving focus.'],
        ['role="alert"', 'The error and its “Try again” button are announced when they appear.'],
        ['<table> with <caption>, th scope', 'Every chart’s data; the bars are aria-hidden SVG.'],
        ['<progress>', 'Each commitment’s progress, labelled with its percentage.'],
      ],
      rgaa: [
        ['1.2, 1.3', 'Bars are decorative (aria-hidden); the numbers are text in the table.'],
        ['3.1', '“Late” is written, not only shown in colour.'],
        ['5.4, 5.6, 5.7', 'Data tables have a caption and header cells with scope.'],
        ['7.5', 'Loading is a status message; the error an alert.'],
        ['9.1', 'A heading for the widget, a sub-heading per part.'],
        ['10.11', 'Wide tables scroll in their own region: the page never scrolls sideways at 320 px.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every control.'],
      ],
      limits: [
        'Months and years are counted in UTC: a message published just before midnight on the last day of a month, French time, counts in the next month.',
        'The board counts messages made public; withdrawn and hidden ones are left out.',
      ],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gated((await seeded([])).backend, ['getBoard']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', busy);
  },
};

export const Ready: Story = {
  loaders: [async () => seeded(boardWorld())],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the board', shown);
  },
};

export const OneYear: Story = {
  args: { year: '2026' },
  loaders: [async () => seeded(boardWorld())],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the board of 2026', shown);
  },
};

export const WholeCouncil: Story = {
  args: { space: '' },
  loaders: [async () => seeded(boardWorld())],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the council’s board', shown);
  },
};

export const NoAnswerYet: Story = {
  loaders: [async () => seeded([waiting('Des bancs à l’arrêt de bus', '2026-03-10T09:00:00.000Z')])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'a board with no answer', shown);
  },
};

export const Empty: Story = {
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'an empty board', shown);
  },
};

export const Failed: Story = {
  loaders: [
    async () => ({
      backend: failing((await seeded([])).backend, ['getBoard'], { kind: 'offline', message: 'down' }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', failed);
  },
};

export const UnknownGroup: Story = {
  args: { space: 'inconnu' },
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', failed);
  },
};

export const EasyToRead: Story = {
  args: { variant: 'falc' },
  loaders: [async () => seeded(boardWorld())],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the board, in FALC', shown);
  },
};
