import type { ParticipeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-agenda.js';
import { failing, gated } from '../testing/seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import { agendaSeeded } from './agenda.fixtures.js';

const TAG = 'participe-agenda';

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
const listed = (root: ShadowRoot) => root.querySelector('[part~="meeting"]') !== null;
const empty = (root: ShadowRoot) => root.querySelector('[part~="empty"]') !== null;

const meta: Meta<Args> = {
  title: 'Widgets/Agenda',
  component: TAG,
  args: { space: 'groupe-rsa-nord', variant: 'standard' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-agenda
      space=${args.space}
      endpoint=${args.endpoint ?? ''}
      variant=${args.variant}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
    ></participe-agenda>`,
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
        'A region headed “Prochaines rencontres”: an ordered list of the group’s next public meetings, each with its title as a heading, its day and hours, its place and how to get there, and a link that downloads it as a calendar file.',
      keyboard: [
        ['Tab', 'From one “Add to my calendar” link to the next, then to the subscription link.'],
        ['Enter', 'On a link: downloads the meeting’s .ics file (or opens the feed). On “Try again”: loads again.'],
      ],
      aria: [
        ['<section aria-labelledby aria-busy>', 'The widget is a named region: its heading; busy while it loads.'],
        ['<p role="status">', 'Says “loading”, then how many meetings are planned, without moving focus.'],
        ['<ol>, <h3>', 'A list of meetings, each headed by its title; cancelled ones say so before the title.'],
        ['<time datetime>', 'The day and hour in machine form beside the words.'],
        ['.visually-hidden', 'Each “Add to my calendar” link names its meeting and day for screen readers.'],
        ['role="alert"', 'The error and its “Try again” button are announced when they appear.'],
      ],
      rgaa: [
        ['6.1', 'Every link’s purpose is clear from its text (the meeting is named in it).'],
        ['7.5', 'Loading and results are status messages.'],
        ['9.1', 'A heading for the widget, one per meeting.'],
        ['9.3', 'Meetings are an ordered list, soonest first.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every link.'],
      ],
      limits: [
        'Shows the next 50 public meetings at most; members-only meetings never appear.',
        'The subscription link needs the `endpoint` attribute (the feed lives on the API).',
      ],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gated((await agendaSeeded()).backend, ['getAgenda']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', busy);
  },
};

export const Ready: Story = {
  loaders: [async () => agendaSeeded()],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the meetings', (r) => !busy(r) && listed(r));
  },
};

/** With `endpoint`: the link to subscribe to the group's `.ics` feed. */
export const WithFeed: Story = {
  args: { endpoint: 'https://participe.example/api' },
  loaders: [async () => agendaSeeded()],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the feed', (r) => r.querySelector('[part~="feed"]') !== null);
  },
};

export const Empty: Story = {
  loaders: [async () => agendaSeeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'nothing planned', empty);
  },
};

export const Failed: Story = {
  loaders: [
    async () => ({
      backend: failing((await agendaSeeded()).backend, ['getAgenda'], { kind: 'offline', message: 'down' }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', failed);
  },
};

export const EasyToRead: Story = {
  args: { variant: 'falc' },
  loaders: [async () => agendaSeeded()],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the meetings, in FALC', (r) => !busy(r) && listed(r));
  },
};
