import type { BackofficeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-space-composition.js';
import {
  belowParity,
  CONCERNED,
  failingBackoffice,
  gatedBackoffice,
  NOW,
  seededGroup,
} from '../testing/space-admin.seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';

const TAG = 'participe-space-composition';

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

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const loaded = (r: ShadowRoot) => r.querySelector('[part~="members"]') !== null;
const button = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

const meta: Meta<Args> = {
  title: 'Widgets/Space composition',
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
  render: (args, { loaded: data }) =>
    html`<participe-space-composition
      space=${args.space}
      variant=${args.variant}
      member-role=${args['member-role']}
      .backend=${(data.backend as BackofficeBackend | undefined) ?? null}
      .now=${() => NOW}
    ></participe-space-composition>`,
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
        'Who is in a participation group: a parity bar with the same figures in words, the size against the target, the next renewal and who leaves then, and the members table. A facilitator gets a form to add a member and, per member, a form to change their role or leaving day.',
      keyboard: [
        ['Tab', 'Each member’s “Change” button, then the fields of the add form and its button.'],
        ['Down / Up', 'In the role list: choose a role.'],
        ['Tab', 'In a date field: moves from day to month to year, then leaves the field.'],
        ['Space', 'On “leaves at the next renewal”: tick or untick it.'],
        ['Enter', 'On “Change”: opens the member’s form; focus goes to its first field.'],
        ['Enter', 'On “Add to the group”: adds the member; focus goes back to the name field for the next one.'],
        ['Enter', 'On “Save” or “Cancel”: closes the form; focus goes back to the member’s “Change” button.'],
      ],
      aria: [
        ['<section aria-labelledby>', 'The widget is a named region; each block has a heading.'],
        ['role="meter"', 'The parity bar, with `aria-valuenow` and a spoken value (“40 % people concerned”).'],
        ['role="alert"', 'The parity warning, a refused change, and the count of fields to correct.'],
        ['role="status"', 'Loading, saving, and what was just done (“Nadia B. is now a member of the group”).'],
        ['<table> <caption> <th scope>', 'The members, one row each; the name is the row header.'],
        ['aria-label on “Change”', 'Says whose form it opens (“Change Nadia B.”); it starts with the visible word.'],
        [
          'aria-invalid, aria-describedby',
          'A field in error points to its message, which names it and gives an example.',
        ],
        ['aria-required', 'Required fields are announced as such; the optional leaving day says so in its label.'],
      ],
      rgaa: [
        ['3.1', 'Parity is said in words and by the bar’s value, never by colour alone.'],
        ['3.2, 3.3', 'Text and controls meet 4.5:1 and 3:1 (checked by axe here).'],
        ['5.4, 5.6, 5.7', 'The members table has a caption, column and row headers.'],
        ['7.1', 'Native buttons, selects, checkboxes and date fields.'],
        ['7.3', 'Adding and changing a member work with the keyboard alone (browser test).'],
        ['7.5', 'Progress and outcomes are status messages; the parity warning is an alert.'],
        ['11.1, 11.2, 11.10', 'Each field has a visible label, a hint where useful, required ones are marked.'],
        ['11.11', 'Errors say what to type, with an example.'],
        ['12.8', 'Tab order follows the reading order.'],
      ],
      limits: [
        'The widget shows the forms only with `member-role="facilitator"`; the host page sets it from its login. The back end refuses a change from anyone else, and the widget then turns read-only.',
        'Date fields are the browser’s own: their look and the order of day, month and year follow the browser’s language.',
        'Nothing about a person’s income, benefits or social situation is ever asked or shown; only a display name, a role and dates.',
      ],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gatedBackoffice((await seededGroup()).backend, ['getSpace']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', (r) => r.querySelector('[part~="status"]')?.textContent !== '');
  },
};

export const Ready: Story = {
  name: 'Ready (facilitator)',
  loaders: [async () => seededGroup()],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'members and the add form',
      (r) => loaded(r) && r.querySelector('form') !== null,
    );
  },
};

export const ParityWarning: Story = {
  name: 'Ready, parity not met',
  loaders: [async () => seededGroup({ members: belowParity() })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'parity warning', (r) => r.querySelector('[part~="parity-warning"]') !== null);
  },
};

export const ReadOnly: Story = {
  name: 'Ready, read-only (a member)',
  args: { 'member-role': 'concerned' },
  loaders: [async () => seededGroup({ caller: CONCERNED })],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'read-only',
      (r) => loaded(r) && r.querySelector('[part~="read-only"]') !== null,
    );
  },
};

export const FormErrors: Story = {
  name: 'Ready, add form with errors',
  loaders: [async () => seededGroup()],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'add form', (r) => r.querySelector('form') !== null);
    button(el, 'form button[type="submit"]').click();
    await untilShown(canvasElement, TAG, 'errors', (r) => r.querySelector('[aria-invalid="true"]') !== null);
  },
};

export const Adding: Story = {
  loaders: [async () => ({ backend: gatedBackoffice((await seededGroup()).backend, ['addMember']).backend })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'add form', (r) => r.querySelector('form') !== null);
    const root = el.shadowRoot!;
    const name = root.querySelector<HTMLInputElement>('#displayName')!;
    name.value = 'Fatou S.';
    name.dispatchEvent(new Event('input'));
    const role = root.querySelector<HTMLSelectElement>('#role')!;
    role.value = 'concerned';
    role.dispatchEvent(new Event('change'));
    button(el, 'form button[type="submit"]').click();
    await untilShown(
      canvasElement,
      TAG,
      'adding',
      (r) => r.querySelector('form button[type="submit"][disabled]') !== null,
    );
  },
};

export const Editing: Story = {
  name: 'Editing a member',
  loaders: [async () => seededGroup()],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'members', loaded);
    button(el, 'button[data-member="m_bruno"]').click();
    await untilShown(canvasElement, TAG, 'edit form', (r) => r.querySelector('#edit-role') !== null);
  },
};

export const Updating: Story = {
  name: 'Updating a member',
  loaders: [async () => ({ backend: gatedBackoffice((await seededGroup()).backend, ['updateMember']).backend })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'members', loaded);
    button(el, 'button[data-member="m_amel"]').click();
    await untilShown(canvasElement, TAG, 'edit form', (r) => r.querySelector('#edit-leaves') !== null);
    button(el, '#edit-leaves').click();
    button(el, 'form button[type="submit"]').click();
    await untilShown(
      canvasElement,
      TAG,
      'updating',
      (r) => r.querySelector('form button[type="submit"][disabled]') !== null,
    );
  },
};

export const Forbidden: Story = {
  name: 'Refused by the back end',
  loaders: [async () => seededGroup({ caller: CONCERNED })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'add form', (r) => r.querySelector('form') !== null);
    const root = el.shadowRoot!;
    const name = root.querySelector<HTMLInputElement>('#displayName')!;
    name.value = 'Fatou S.';
    name.dispatchEvent(new Event('input'));
    const role = root.querySelector<HTMLSelectElement>('#role')!;
    role.value = 'partner';
    role.dispatchEvent(new Event('change'));
    button(el, 'form button[type="submit"]').click();
    await untilShown(canvasElement, TAG, 'refusal', (r) => r.querySelector('[part~="failure"]') !== null);
  },
};

export const LoadError: Story = {
  name: 'Error',
  loaders: [
    async () => ({
      backend: failingBackoffice((await seededGroup()).backend, ['getComposition'], {
        kind: 'offline',
        message: 'Failed to fetch',
      }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'offline error', (r) => r.querySelector('[part~="error"]') !== null);
  },
};
