import type { BackofficeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-practice-editor.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import { clearDevice, practiceSeed, stalled } from './practice-editor.fixtures.js';

const TAG = 'participe-practice-editor';

interface Args {
  space: string;
  mode: 'group' | 'review';
  variant: 'standard' | 'falc';
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: BackofficeBackend;
  token?: string;
  now?: () => Date;
}

// States are read from `data-state` (the machine's state), so they hold in every locale and in FALC.
const stateIs = (state: string) => (root: ShadowRoot) =>
  root.querySelector('[part~="base"]')?.getAttribute('data-state') === state;

/** Clicks the control `selector` inside the widget once it is there. */
async function press(canvas: HTMLElement, selector: string) {
  const el = await untilShown(canvas, TAG, selector, (r) => r.querySelector(selector) !== null);
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  return el;
}

/** Types into a field as a person would, so the machine hears it. */
function type(el: Element, selector: string, value: string) {
  const field = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const never = () => new Promise<never>(() => {});
/** A fresh seed, and no sheet left on this device by another story. */
const seed = async () => {
  await clearDevice('groupe-rsa-nord');
  return practiceSeed();
};
const member = async () => ({ backend: (await seed()).member });
type Seed = Awaited<ReturnType<typeof practiceSeed>>;
/** A loader: the back end `pick` makes from a fresh seed, and the id of the sheet to open. */
const opening = (pick: (s: Seed) => BackofficeBackend, sheet: keyof Seed['ids']) => async () => {
  const s = await seed();
  return { backend: pick(s), open: s.ids[sheet] };
};
/** A story's play: opens the loaded sheet, presses each of `buttons`, then waits for `what` to show. */
const reach =
  (what: string, shown: (r: ShadowRoot) => boolean, ...buttons: string[]): Story['play'] =>
  async ({ canvasElement, loaded }) => {
    await press(canvasElement, `#open-${loaded.open as string}`);
    for (const b of buttons) await press(canvasElement, b);
    await untilShown(canvasElement, TAG, what, shown);
  };
const editor = async () => ({ backend: (await seed()).editor });

const meta: Meta<Args> = {
  title: 'Widgets/Practice editor',
  component: TAG,
  args: { space: 'groupe-rsa-nord', mode: 'group', variant: 'standard' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['group', 'review'] },
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
    token: { control: false },
    now: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-practice-editor
      space=${args.space}
      mode=${args.mode}
      variant=${args.variant}
      .backend=${(loaded.backend as BackofficeBackend | undefined) ?? null}
    ></participe-practice-editor>`,
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
        'A region named by its heading. A group’s members get the list of their sheets, then a form in sections (fieldsets with legends), each field with its label, hint and error in the same shadow root; a council editor gets the sheets waiting for review and the published ones, then the sheet with its decisions.',
      keyboard: [
        ['Tab / Shift + Tab', 'Moves through the list’s buttons, the form’s fields and buttons.'],
        ['Enter', 'In a one-line field: saves the draft. On a button: its action.'],
        ['Space', 'Ticks a phase of the cycle.'],
      ],
      aria: [
        ['<section aria-labelledby aria-busy>', 'The widget is a named region, busy while it loads or saves.'],
        ['<p role="status">', 'Says loading, saved, sent, published, or that changes are kept on this device.'],
        ['role="alert"', 'How many fields to correct, a refusal, a conflict with someone else’s version.'],
        [
          'aria-invalid, aria-describedby',
          'Each field points to its hint and its error; focus goes to the first field to correct.',
        ],
      ],
      rgaa: [
        ['7.1', 'Native buttons, inputs, checkboxes and selects only.'],
        ['7.5', 'Loading, saving and results are status messages.'],
        ['9.1', 'A heading for the widget, one per section of the sheet.'],
        ['11.1, 11.2', 'Every field has a visible label; lists say “one item per line”.'],
        ['11.10', 'Required fields are marked in their label; errors name the field and give a valid example.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every control.'],
      ],
      limits: [
        'Resources are typed by their identifier (one per line), not chosen from the resource centre.',
        'One sheet in progress per group is kept on a device; a second one replaces the first.',
      ],
    }),
};

export const Idle: Story = {
  name: 'Idle: no group given',
  args: { space: '' },
  loaders: [member],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'idle', stateIs('idle'));
  },
};

export const Loading: Story = {
  loaders: [async () => ({ backend: stalled((await seed()).member) })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', stateIs('loading'));
  },
};

export const Failed: Story = {
  loaders: [
    async () => ({
      backend: {
        ...(await seed()).member,
        listSpacePractices: () => Promise.reject({ kind: 'offline', message: 'down' }),
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', stateIs('failed'));
  },
};

export const GroupList: Story = {
  name: 'Group: the sheets',
  loaders: [member],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the list', stateIs('list'));
  },
};

export const Editing: Story = {
  name: 'Group: a new sheet, with the fields still missing',
  loaders: [member],
  play: async ({ canvasElement }) => {
    const el = await press(canvasElement, '#new');
    await untilShown(canvasElement, TAG, 'the form', stateIs('editing'));
    type(el, '#title', 'Un covoiturage pour les réunions');
    await press(canvasElement, '#submit');
    await untilShown(canvasElement, TAG, 'the errors', (r) => r.querySelector('[part~="error-summary"]') !== null);
  },
};

export const Returned: Story = {
  name: 'Group: a sheet the council returned',
  loaders: [opening((s) => s.member, 'returned')],
  play: reach('the reason', (r) => r.querySelector('[part~="notice"]') !== null),
};

export const Preview: Story = {
  name: 'Group: the sheet as it will be published',
  loaders: [opening((s) => s.member, 'returned')],
  play: reach('the preview', stateIs('preview'), '#preview'),
};

export const Saving: Story = {
  name: 'Group: saving',
  loaders: [opening((s) => ({ ...s.member, updatePractice: never }), 'draft')],
  play: reach('saving', stateIs('saving'), '#save'),
};

export const Submitting: Story = {
  name: 'Group: sending to the council',
  loaders: [opening((s) => ({ ...s.member, sendPracticeCommand: never }), 'returned')],
  play: reach('submitting', stateIs('submitting'), '#submit'),
};

export const Conflict: Story = {
  name: 'Group: someone else saved meanwhile',
  loaders: [
    async () => {
      const s = await seed();
      const current = await s.member.getPractice(s.ids.draft, 'fr');
      // The widget saw version 1; another member saves version 2 before it does.
      const backend = {
        ...s.member,
        listSpacePractices: async (space: string, locale: 'fr' | 'en') => {
          const list = await s.member.listSpacePractices(space, locale);
          await s.member.updatePractice(s.ids.draft, { title: 'Des réunions le mardi' }, current.version, 'fr');
          return list;
        },
      };
      return { backend, open: s.ids.draft };
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const el = await press(canvasElement, `#open-${loaded.open as string}`);
    await untilShown(canvasElement, TAG, 'the form', stateIs('editing'));
    type(el, '#territory', 'Bourg de Lizon');
    await press(canvasElement, '#save');
    await untilShown(canvasElement, TAG, 'the conflict', (r) => r.querySelector('#theirs') !== null);
  },
};

export const ReviewQueue: Story = {
  name: 'Editor: sheets to review',
  args: { mode: 'review' },
  loaders: [editor],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the queue', stateIs('list'));
  },
};

export const Reviewing: Story = {
  name: 'Editor: a submitted sheet',
  args: { mode: 'review' },
  loaders: [opening((s) => s.editor, 'submitted')],
  play: reach('the sheet', stateIs('reviewing')),
};

export const Returning: Story = {
  name: 'Editor: returning without a reason',
  args: { mode: 'review' },
  loaders: [opening((s) => s.editor, 'submitted')],
  play: reach('the reason’s error', (r) => r.querySelector('#reason-error') !== null, '#return', '#confirm-return'),
};

export const Acting: Story = {
  name: 'Editor: publishing',
  args: { mode: 'review' },
  loaders: [opening((s) => ({ ...s.editor, sendPracticeCommand: never }), 'submitted')],
  play: reach('publishing', stateIs('acting'), '#publish'),
};

export const EasyToRead: Story = {
  args: { variant: 'falc' },
  loaders: [member],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the list, in FALC', stateIs('list'));
  },
};
