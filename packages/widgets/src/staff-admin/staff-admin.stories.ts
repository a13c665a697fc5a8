import type { AdministrationBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-staff-admin.js';
import { administered, failing, gated } from '../testing/administration.seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';

const TAG = 'participe-staff-admin';

interface Args {
  variant: 'standard' | 'falc';
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: AdministrationBackend;
}

const busy = (root: ShadowRoot) => root.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'true';
const failed = (root: ShadowRoot) => root.querySelector('[part~="error"]') !== null;
const formShown = (root: ShadowRoot) =>
  root.querySelector('[part~="form"]') !== null &&
  root.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false';

const meta: Meta<Args> = {
  title: 'Administration/Staff',
  component: TAG,
  args: { variant: 'standard' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-staff-admin
      variant=${args.variant}
      .backend=${(loaded.backend as AdministrationBackend | undefined) ?? null}
    ></participe-staff-admin>`,
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
        'A region headed “Équipe et invitations”: a status line, the invitation form (e-mail, role, groups as checkboxes, the role in the council as radio buttons: none, editor, administrator, each explained in one sentence), then the accounts, each with a “Retirer l’accès” button named after the person.',
      keyboard: [
        ['Tab', 'Moves through the fields, the buttons and the accounts’ buttons.'],
        ['Arrow keys', 'In the role list: choose a role. In the council’s roles: choose one (one Tab stop).'],
        ['Space', 'On a checkbox: ticks it.'],
        ['Enter', 'In the e-mail field or on a button: invites, or removes access.'],
      ],
      aria: [
        ['<section aria-labelledby aria-busy>', 'The widget is a named region; busy while it loads.'],
        ['<p role="status">', 'Says who was invited or removed, without moving focus.'],
        ['role="alert"', 'A load error or a refused invitation is announced when it appears.'],
        ['aria-invalid, aria-describedby', 'A refused field says why, beside it; its hint is read too.'],
      ],
      rgaa: [
        ['11.1', 'Every field has a label in the same shadow root.'],
        ['11.10', 'Errors name the field and show a valid example.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every control.'],
      ],
      limits: ['An invitation is not mailed: tell the person to sign in with this address.'],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gated((await administered()).backend, ['listStaff']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', busy);
  },
};

export const Ready: Story = {
  loaders: [async () => administered()],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the form', formShown);
  },
};

export const Failed: Story = {
  loaders: [
    async () => ({
      backend: failing((await administered()).backend, ['listStaff'], { kind: 'offline', message: 'down' }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', failed);
  },
};

export const NotAnAdministrator: Story = {
  loaders: [async () => administered({ caller: { role: 'professional', memberId: 'pro_1', spaceIds: ['s_nord'] } })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the refusal', failed);
  },
};
