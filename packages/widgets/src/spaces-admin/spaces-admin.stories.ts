import type { AdministrationBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-spaces-admin.js';
import { administered, failing, gated } from '../testing/administration.seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';

const TAG = 'participe-spaces-admin';

interface Args {
  variant: 'standard' | 'falc';
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: AdministrationBackend;
}

// States are told apart by structure, not wording, so they hold in every locale.
const busy = (root: ShadowRoot) => root.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'true';
const failed = (root: ShadowRoot) => root.querySelector('[part~="error"]') !== null;
const listed = (root: ShadowRoot) => root.querySelector('[part~="list"] li') !== null;
const formOpen = (root: ShadowRoot) => root.querySelector('[part~="form"]') !== null;

const meta: Meta<Args> = {
  title: 'Administration/Spaces',
  component: TAG,
  args: { variant: 'standard' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-spaces-admin
      variant=${args.variant}
      .backend=${(loaded.backend as AdministrationBackend | undefined) ?? null}
    ></participe-spaces-admin>`,
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
        'A region headed “Groupes de la collectivité”: a status line, a “Nouveau groupe” button, then the list of groups, each with an “Modifier” button named after the group. The form of a group opens above the list and takes the focus.',
      keyboard: [
        ['Tab', 'Moves through the buttons, then the form’s fields in order.'],
        ['Enter', 'On a button: opens the form, saves, cancels, archives.'],
        ['Space', 'On “Relire les contributions…”: ticks or unticks it.'],
      ],
      aria: [
        ['<section aria-labelledby aria-busy>', 'The widget is a named region; busy while it loads.'],
        ['<p role="status">', 'Says how many groups there are and what was just saved, without moving focus.'],
        ['role="alert"', 'A load error, or a refused save, is announced when it appears.'],
        ['aria-invalid, aria-describedby', 'A refused field says why, beside it; its hint is read too.'],
      ],
      rgaa: [
        ['7.1', 'Native buttons and form controls only.'],
        ['11.1', 'Every field has a label in the same shadow root.'],
        ['11.10', 'Errors name the field and show a valid example.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every control.'],
      ],
      limits: ['Themes and answer templates of a group are edited elsewhere (the API or the group’s own settings).'],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gated((await administered()).backend, ['listSpaces']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', busy);
  },
};

export const Listed: Story = {
  loaders: [async () => administered()],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the groups', (r) => !busy(r) && listed(r));
  },
};

export const Empty: Story = {
  loaders: [async () => administered({ empty: true })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'no group', (r) => !busy(r) && !listed(r) && !failed(r));
  },
};

export const NewGroupForm: Story = {
  loaders: [async () => administered()],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the groups', listed);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await untilShown(canvasElement, TAG, 'the form', formOpen);
  },
};

export const Failed: Story = {
  loaders: [
    async () => ({
      backend: failing((await administered()).backend, ['listSpaces'], { kind: 'offline', message: 'down' }).backend,
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
