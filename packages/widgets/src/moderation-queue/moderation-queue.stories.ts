import type { BackofficeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-moderation-queue.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import { moderationSeed, NOW, PROFESSIONAL, stalled } from './moderation-queue.fixtures.js';

const TAG = 'participe-moderation-queue';

interface Args {
  space: string;
  variant: 'standard' | 'falc';
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: BackofficeBackend;
  token?: string;
  now?: () => Date;
}

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const part = (root: ShadowRoot, name: string) => root.querySelector(`[part~="${name}"]`);
const items = (root: ShadowRoot) => root.querySelectorAll('[part~="item"]').length;
/** No request under way, and something was loaded. */
const settled = (root: ShadowRoot) =>
  part(root, 'base')?.getAttribute('aria-busy') === 'false' && part(root, 'summary')?.textContent?.trim() !== '';

/** Clicks the button `id` inside the widget once it is there. */
async function press(canvas: HTMLElement, id: string) {
  const el = await untilShown(canvas, TAG, `#${id}`, (r) => r.getElementById(id) !== null);
  el.shadowRoot!.getElementById(id)!.click();
  return el;
}

const meta: Meta<Args> = {
  title: 'Widgets/Moderation queue',
  component: TAG,
  args: { space: 'groupe-rsa-nord', variant: 'standard' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
    token: { control: false },
    now: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-moderation-queue
      space=${args.space}
      variant=${args.variant}
      .backend=${(loaded.backend as BackofficeBackend | undefined) ?? null}
      .now=${() => NOW}
    ></participe-moderation-queue>`,
};
export default meta;

type Story = StoryObj<Args>;

const facilitator = async () => ({ backend: (await moderationSeed()).backoffice() });

export const Accessibility: Story = {
  parameters: { controls: { disable: true } },
  render: () =>
    accessibilityPage({
      tag: TAG,
      summary:
        'A facilitator’s queue: filters (queue, report reason, age), a live line counting what is shown, and one article per contribution with its reports and action buttons. An action opens a reason field in place; hiding asks for a confirmation. After an action, the item leaves the list and focus goes to the next one.',
      keyboard: [
        ['Tab', 'Queue choice, reason, age, Show, then each contribution’s action buttons.'],
        ['Down / Up', 'In the queue choice: moves to and picks another queue. In a select: another reason or age.'],
        ['Enter', 'On Show: applies the filters; the count line announces the result.'],
        ['Enter', 'On an action button: opens the reason field and puts focus in it (approving needs none).'],
        [
          'Enter',
          'On the reason form’s button: with no reason, focus stays in the field and the error is announced; else it is sent (hiding: the confirmation takes focus first).',
        ],
        ['Enter', 'On Cancel or “No, go back”: one step back; focus returns to where the person was.'],
        [
          'Tab',
          'After an action, focus is on the next contribution’s title (or the heading when none is left): Tab goes on from there.',
        ],
      ],
      aria: [
        ['<section aria-labelledby>', 'The widget is a region named by its heading.'],
        ['<fieldset> + <legend>', 'The queue choice is a radio group named by its question; counts are in the labels.'],
        ['<p role="status">', 'Says “loading”, “sending”, how many contributions are shown and what was just done.'],
        ['role="alert"', 'Errors, the reason field’s error and “someone else acted meanwhile” are announced.'],
        ['<article aria-labelledby>', 'Each contribution is named by its title (h3, tabindex -1 to take focus).'],
        ['aria-describedby on buttons', 'Each action button points at its contribution’s title: “Hide, Un bus…”.'],
        ['aria-invalid + aria-describedby', 'The reason field points at its hint and, when wrong, at its error.'],
        ['role="group" aria-labelledby', 'The hiding confirmation is a group named by its question.'],
        ['aria-busy on the region', 'The widget says it is busy while the queue loads or an action is sent.'],
      ],
      rgaa: [
        ['3.1', 'Queues and states are written out, never shown by colour alone.'],
        ['3.2, 3.3', 'Text and controls meet 4.5:1 and 3:1 (checked by axe here).'],
        ['7.1, 7.3', 'Native buttons, radios, selects and textarea; the keyboard-only flow is a browser test.'],
        ['7.4', 'Filters apply on Show, not while choosing.'],
        ['7.5', 'Counts, loading and results are status messages.'],
        ['9.1', 'h2 for the queue, h3 per contribution.'],
        ['11.1, 11.2', 'Every field has a visible label that asks a question.'],
        ['11.5, 11.6', 'The queue radios are grouped by a fieldset and its legend.'],
        ['11.10, 11.11', 'A missing reason is said in words, next to the field, with an example.'],
        ['12.8', 'Tab order follows the reading order.'],
      ],
      limits: [
        'The counts per queue are those of the last load: another facilitator’s actions show after the next filter, action or reload.',
        'Dates are written by the browser (Intl) in the page’s language.',
        'Contributions and reports are shown as their authors wrote them: FALC applies to the widget’s words only.',
      ],
    }),
};

export const Idle: Story = {
  name: 'Idle (no group given)',
  args: { space: '' },
  loaders: [facilitator],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'filters', (r) => part(r, 'filters') !== null);
  },
};

export const Loading: Story = {
  loaders: [async () => ({ backend: stalled((await moderationSeed()).backoffice()) })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', (r) => part(r, 'base')?.getAttribute('aria-busy') === 'true');
  },
};

export const Ready: Story = {
  name: 'Ready: every queue',
  loaders: [facilitator],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'four contributions', (r) => items(r) === 4 && settled(r));
  },
};

export const Composing: Story = {
  name: 'Ready: reason missing',
  loaders: [facilitator],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loaded', (r) => items(r) === 4);
    const el = await press(canvasElement, 'act-c_bus-hide');
    await untilShown(canvasElement, TAG, 'reason form', (r) => part(r, 'reason-form') !== null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reason-form"] button[type="submit"]')!.click();
    await untilShown(canvasElement, TAG, 'reason error', (r) => part(r, 'field-error') !== null);
  },
};

export const Confirming: Story = {
  name: 'Ready: confirm hiding',
  loaders: [facilitator],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loaded', (r) => items(r) === 4);
    const el = await press(canvasElement, 'act-c_bus-hide');
    const root = el.shadowRoot!;
    await untilShown(canvasElement, TAG, 'reason form', (r) => part(r, 'reason-form') !== null);
    root.querySelector<HTMLTextAreaElement>('#reason')!.value = 'Propos injurieux envers une personne';
    root.querySelector<HTMLButtonElement>('[part~="reason-form"] button[type="submit"]')!.click();
    await untilShown(canvasElement, TAG, 'confirmation', (r) => part(r, 'confirm') !== null);
  },
};

export const Acting: Story = {
  name: 'Acting (sending)',
  loaders: [
    async () => {
      const backend = (await moderationSeed()).backoffice();
      return { backend: { ...backend, sendEvent: () => new Promise<never>(() => {}) } satisfies BackofficeBackend };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loaded', (r) => items(r) === 4);
    // The awaiting contribution's id is generated: its approve button is the only one.
    canvasElement.querySelector(TAG)!.shadowRoot!.querySelector<HTMLButtonElement>('[id$="-approve"]')!.click();
    await untilShown(canvasElement, TAG, 'sending', (r) => part(r, 'base')?.getAttribute('aria-busy') === 'true');
  },
};

export const Done: Story = {
  name: 'Ready: after an action',
  loaders: [facilitator],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loaded', (r) => items(r) === 4);
    const el = canvasElement.querySelector(TAG)!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[id$="-approve"]')!.click();
    await untilShown(canvasElement, TAG, 'three left', (r) => items(r) === 3 && settled(r));
  },
};

export const Conflict: Story = {
  name: 'Ready: someone else acted first',
  loaders: [
    async () => {
      const seed = await moderationSeed();
      return { backend: seed.backoffice(), colleague: seed.backoffice() };
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    await untilShown(canvasElement, TAG, 'loaded', (r) => items(r) === 4);
    const colleague = loaded.colleague as BackofficeBackend;
    const { contribution } = await colleague.getContribution('c_bus');
    await colleague.sendEvent(
      'c_bus',
      { type: 'contribution.hide', data: { reason: 'Insulte' } },
      contribution.version,
    );
    const el = await press(canvasElement, 'act-c_bus-hide');
    await untilShown(canvasElement, TAG, 'reason form', (r) => part(r, 'reason-form') !== null);
    const root = el.shadowRoot!;
    root.querySelector<HTMLTextAreaElement>('#reason')!.value = 'Propos injurieux';
    root.querySelector<HTMLButtonElement>('[part~="reason-form"] button[type="submit"]')!.click();
    await press(canvasElement, 'confirm-yes');
    await untilShown(canvasElement, TAG, 'notice', (r) => part(r, 'notice') !== null && items(r) === 4 && settled(r));
  },
};

export const Empty: Story = {
  name: 'Empty: nothing matches',
  loaders: [facilitator],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'loaded', (r) => items(r) === 4);
    const root = el.shadowRoot!;
    root.querySelector<HTMLSelectElement>('#reason-filter')!.value = 'discrimination';
    root.querySelector<HTMLButtonElement>('[part~="filters"] button[type="submit"]')!.click();
    await untilShown(canvasElement, TAG, 'nothing matches', (r) => items(r) === 0 && settled(r));
  },
};

export const Forbidden: Story = {
  name: 'Error: not a facilitator',
  loaders: [async () => ({ backend: (await moderationSeed()).backoffice(PROFESSIONAL) })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'forbidden', (r) => part(r, 'error') !== null);
  },
};

export const Offline: Story = {
  name: 'Error: offline',
  loaders: [
    async () => {
      const backend = (await moderationSeed()).backoffice();
      return {
        backend: {
          ...backend,
          listModerationQueue: async () => {
            throw { kind: 'offline', message: 'Failed to fetch' };
          },
        } satisfies BackofficeBackend,
      };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'offline error', (r) => part(r, 'error') !== null);
  },
};
