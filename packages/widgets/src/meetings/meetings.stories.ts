import type { BackofficeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-meetings.js';
import {
  CONCERNED,
  failingBackoffice,
  gatedBackoffice,
  NOW,
  seededGroup,
  twoMeetings,
} from '../testing/space-admin.seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';

const TAG = 'participe-meetings';

interface Args {
  space: string;
  variant: 'standard' | 'falc';
  'member-role': string;
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: BackofficeBackend;
  token?: string;
  now?: () => Date;
}

const listed = (r: ShadowRoot) => r.querySelector('[part~="meetings"]') !== null;
const click = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
const type = (el: HTMLElement, selector: string, value: string, event = 'input') => {
  const control = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event(event));
};

const meta: Meta<Args> = {
  title: 'Widgets/Meetings',
  component: TAG,
  args: { space: 'groupe-rsa-nord', variant: 'standard', 'member-role': 'facilitator' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    'member-role': { control: 'inline-radio', options: ['facilitator', 'concerned', ''] },
    endpoint: { control: false },
    backend: { control: false },
    token: { control: false },
    now: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-meetings
      space=${args.space}
      variant=${args.variant}
      member-role=${args['member-role']}
      .backend=${(loaded.backend as BackofficeBackend | undefined) ?? null}
      .now=${() => NOW}
    ></participe-meetings>`,
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
        'A group’s meetings as a table (day, place, how many came, whether minutes exist). A facilitator records a meeting, changes one, or writes down a contribution that came out of it, in the group’s name. When someone else saved the same meeting meanwhile, both versions stay on screen.',
      keyboard: [
        ['Tab', '“Record a new meeting”, then for each meeting its “Change” and “Record a contribution” buttons.'],
        ['Enter', 'On one of them: opens its form; focus goes to the first field.'],
        ['Tab', 'In a date field: day, month, year, then out of it.'],
        ['Space', 'On a member’s box: ticks or unticks them as present.'],
        [
          'Enter',
          'On “Save”: saves; focus returns to the meeting’s row, or to the conflict message when there is one.',
        ],
        ['Enter', 'On “Cancel”: closes the form; focus returns to the button that opened it.'],
      ],
      aria: [
        ['<table> <caption> <th scope>', 'Meetings, newest first; the date is the row header, in a `<time>`.'],
        ['aria-label on row buttons', 'Says which meeting (“Change the meeting of 20 January 2026”).'],
        ['<fieldset> <legend>', '“Who was there?”: one checkbox per member.'],
        ['role="alert" tabindex="-1"', 'The conflict message takes focus and is read: theirs is shown in a `<dl>`.'],
        ['role="status"', 'Loading, saving, and what was saved — for a contribution, its group and its channel.'],
        [
          'aria-invalid, aria-describedby',
          'A field in error points to its message: the field’s name and a valid example.',
        ],
      ],
      rgaa: [
        ['5.4, 5.6, 5.7', 'The table has a caption, column and row headers.'],
        ['7.1', 'Native buttons, fields, checkboxes and selects.'],
        ['7.3', 'Recording a meeting and a contribution work with the keyboard alone (browser test).'],
        ['7.5', 'Progress and outcomes are status messages.'],
        ['11.1, 11.2, 11.5, 11.6', 'Labelled fields; attendance grouped under a legend.'],
        ['11.10, 11.11', 'Required fields are marked; errors say what to type, with an example.'],
        ['12.8', 'Tab order follows the reading order.'],
      ],
      limits: [
        'The forms show only with `member-role="facilitator"`, set by the host page from its login; the back end checks again.',
        'After a conflict, saving again replaces the other version: the message says so before.',
      ],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gatedBackoffice((await seededGroup()).backend, ['listMeetings']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', (r) => r.querySelector('[part~="status"]')?.textContent !== '');
  },
};

export const Ready: Story = {
  name: 'Ready (facilitator)',
  loaders: [async () => seededGroup({ meetings: twoMeetings() })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'two meetings', (r) => r.querySelectorAll('tbody tr').length === 2);
  },
};

export const Empty: Story = {
  name: 'Ready, no meeting yet',
  loaders: [async () => seededGroup()],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'empty', (r) => r.querySelector('[part~="toolbar"]') !== null);
  },
};

export const ReadOnly: Story = {
  name: 'Ready, read-only (a member)',
  args: { 'member-role': 'concerned' },
  loaders: [async () => seededGroup({ meetings: twoMeetings(), caller: CONCERNED })],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'read-only',
      (r) => listed(r) && r.querySelector('[part~="read-only"]') !== null,
    );
  },
};

export const Recording: Story = {
  name: 'Recording a meeting',
  loaders: [async () => seededGroup({ meetings: twoMeetings() })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'list', listed);
    click(el, '[data-action="new"]');
    await untilShown(canvasElement, TAG, 'form', (r) => r.querySelector('[part~="attendance"]') !== null);
  },
};

export const Saving: Story = {
  name: 'Saving a meeting',
  loaders: [async () => ({ backend: gatedBackoffice((await seededGroup()).backend, ['saveMeeting']).backend })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'toolbar', (r) => r.querySelector('[data-action="new"]') !== null);
    click(el, '[data-action="new"]');
    await untilShown(canvasElement, TAG, 'form', (r) => r.querySelector('#place') !== null);
    type(el, '#place', 'Maison des solidarités, salle 2');
    click(el, 'form button[type="submit"]');
    await untilShown(
      canvasElement,
      TAG,
      'saving',
      (r) => r.querySelector('form button[type="submit"][disabled]') !== null,
    );
  },
};

export const Conflict: Story = {
  name: 'Recording, after a conflict',
  loaders: [async () => seededGroup({ meetings: twoMeetings() })],
  play: async ({ canvasElement, loaded }) => {
    const backend = loaded.backend as BackofficeBackend;
    const el = await untilShown(canvasElement, TAG, 'list', listed);
    click(el, '[data-action="edit:mt_feb"]');
    await untilShown(canvasElement, TAG, 'form', (r) => r.querySelector('#place') !== null);
    await backend.saveMeeting(
      's_nord',
      {
        on: '2026-02-17',
        place: 'Salle polyvalente',
        attendance: ['m_fac', 'm_chantal'],
        minutes: 'Leur compte rendu.',
      },
      { id: 'mt_feb', expectedVersion: 1 },
    );
    type(el, '#place', 'Ma salle');
    click(el, 'form button[type="submit"]');
    await untilShown(canvasElement, TAG, 'conflict', (r) => r.querySelector('[part~="theirs"]') !== null);
  },
};

export const Capturing: Story = {
  name: 'Capturing a contribution',
  loaders: [async () => seededGroup({ meetings: twoMeetings() })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'list', listed);
    click(el, '[data-action="capture:mt_jan"]');
    await untilShown(canvasElement, TAG, 'capture form', (r) => r.querySelector('#theme') !== null);
  },
};

export const Sending: Story = {
  name: 'Sending a contribution',
  loaders: [
    async () => ({
      backend: gatedBackoffice((await seededGroup({ meetings: twoMeetings() })).backend, ['captureFromMeeting'])
        .backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'list', listed);
    click(el, '[data-action="capture:mt_jan"]');
    await untilShown(canvasElement, TAG, 'capture form', (r) => r.querySelector('#theme') !== null);
    type(el, '#kind', 'proposal', 'change');
    type(el, '#title', 'Un bus plus tôt le matin');
    type(el, '#body', 'Le premier bus arrive après l’ouverture du guichet.');
    type(el, '#theme', 'mobilite', 'change');
    click(el, 'form button[type="submit"]');
    await untilShown(
      canvasElement,
      TAG,
      'sending',
      (r) => r.querySelector('form button[type="submit"][disabled]') !== null,
    );
  },
};

export const Captured: Story = {
  name: 'Ready, after a contribution',
  loaders: [async () => seededGroup({ meetings: twoMeetings() })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'list', listed);
    click(el, '[data-action="capture:mt_jan"]');
    await untilShown(canvasElement, TAG, 'capture form', (r) => r.querySelector('#theme') !== null);
    type(el, '#kind', 'question', 'change');
    type(el, '#title', 'Qui contacter pour une aide au transport ?');
    type(el, '#body', 'Le groupe ne sait pas à qui demander.');
    type(el, '#theme', 'mobilite', 'change');
    click(el, 'form button[type="submit"]');
    await untilShown(
      canvasElement,
      TAG,
      'captured',
      (r) =>
        !r.querySelector('form') && listed(r) && (r.querySelector('[part~="status"]')?.textContent ?? '').trim() !== '',
    );
  },
};

export const LoadError: Story = {
  name: 'Error',
  loaders: [
    async () => ({
      backend: failingBackoffice((await seededGroup()).backend, ['listMeetings'], {
        kind: 'offline',
        message: 'Failed to fetch',
      }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'offline error', (r) => r.querySelector('[part~="error"]') !== null);
  },
};
