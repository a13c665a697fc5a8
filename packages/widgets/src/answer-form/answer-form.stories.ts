import type { BackofficeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-answer-form.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import { answerSeed, COLLEAGUE, FACILITATOR, NOW } from './answer-form.fixtures.js';

const TAG = 'participe-answer-form';

interface Args {
  space: string;
  contribution: string;
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
const part = (root: ShadowRoot, name: string) => root.querySelector(`[part~="${name}"]`);

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
const professional = async () => ({ backend: (await answerSeed()).backoffice() });
const withColleague = async () => {
  const seed = await answerSeed();
  return { backend: seed.backoffice(), colleague: seed.backoffice(COLLEAGUE) };
};

const meta: Meta<Args> = {
  title: 'Widgets/Answer form',
  component: TAG,
  args: { space: 'groupe-rsa-nord', contribution: '', variant: 'standard' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
    token: { control: false },
    now: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-answer-form
      space=${args.space}
      contribution=${args.contribution}
      variant=${args.variant}
      .backend=${(loaded.backend as BackofficeBackend | undefined) ?? null}
      .now=${() => NOW}
    ></participe-answer-form>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Accessibility: Story = {
  parameters: { controls: { disable: true } },
  render: () =>
    accessibilityPage({
      tag: TAG,
      summary:
        'A professional’s answering desk. The list shows what awaits an answer, oldest first, with checkboxes to publish decided answers together after a confirmation. One contribution shows the author’s text as plain text, its answer, commitments and history, then one form or button per possible step. A live line says what is loading, being sent, or was just done. If a colleague changed the contribution meanwhile, both versions are shown side by side before anything is sent again.',
      keyboard: [
        ['Tab', 'List: each title, its “ready to publish” checkbox, then “Publish the ticked answers” and “Refresh”.'],
        ['Space', 'On a checkbox: ticks or unticks a decided answer.'],
        ['Enter', 'On a title: opens the contribution; focus moves to its title.'],
        ['Enter', 'On “Publish the ticked answers”: the confirmation takes focus; “Yes, publish” or “Cancel” follow.'],
        ['Tab', 'One contribution: the steps possible now, in order (publishing first once an answer is decided).'],
        [
          'Down / Up',
          'In the verdict radios: choose the answer. In the prepared-answer select: fill verdict and text.',
        ],
        [
          'Enter',
          'On a step’s button (or in one of its fields): sends it. A field to correct takes focus, with its error; otherwise focus goes to the live line saying what was done.',
        ],
        [
          'Tab',
          'After a conflict, focus is on its heading: Tab reaches “Use my answer on the new version” (when still possible), then “Keep their version”.',
        ],
      ],
      aria: [
        ['<p role="status" tabindex="-1">', 'Says “loading”, “sending”, and what was done; takes focus after a step.'],
        ['role="alert"', 'The error summary, a refused step, a conflict while publishing together, a denied account.'],
        [
          'aria-invalid, aria-describedby',
          'A field to correct points at its hint and at its error, which names it with an example.',
        ],
        ['<fieldset><legend>', 'The verdict radios are one question.'],
        ['<progress aria-labelledby>', 'Each commitment’s bar is named by its text, “Progress: 40 %”.'],
        ['aria-busy', 'On the widget and the list while a request is under way.'],
        ['aria-hidden on ⚠ and ←', 'Decoration: the words say it.'],
        ['<time datetime>', 'Dates are machine-readable.'],
        ['data-state', 'The machine’s state, for host pages and tests.'],
      ],
      rgaa: [
        ['3.1', 'Late, changed and internal are said in words, not only by colour.'],
        ['3.2, 3.3', 'Text and controls meet 4.5:1 and 3:1 in the three themes (checked by axe here).'],
        ['7.1', 'Native buttons, checkboxes, radios, selects and fields only.'],
        ['7.3', 'Everything works with the keyboard alone (browser test: decide and publish).'],
        ['7.4', 'Choosing a prepared answer fills fields and sends nothing; publishing together asks first.'],
        ['7.5', 'Loading, sending and results are status messages; errors are alerts.'],
        ['8.3', 'The author’s text is shown as text: markup in it stays inert.'],
        ['9.1', 'Headings for the contribution, its answer, commitments, history and each step.'],
        ['11.1, 11.2', 'Every field has a visible label, a question.'],
        ['11.10, 11.11', 'An error names the field and gives a valid example.'],
        ['12.8', 'Tab order follows the reading order.'],
      ],
      limits: [
        'The list reads up to 1,000 contributions awaiting an answer; a group with more sees the oldest 1,000.',
        'The author’s words and the answer’s text are shown as written: FALC changes the widget’s own words only where citizens read them.',
        'Dates are written by the browser (Intl) in the page’s language.',
      ],
    }),
};

export const Idle: Story = {
  name: 'Idle (no group given)',
  args: { space: '' },
  loaders: [professional],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'idle', stateIs('idle'));
  },
};

export const ListLoading: Story = {
  name: 'List: loading',
  loaders: [async () => ({ backend: { ...(await answerSeed()).backoffice(), listContributions: never } })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', stateIs('list.loading'));
  },
};

export const ListReady: Story = {
  name: 'List: awaiting an answer',
  loaders: [professional],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'four contributions', stateIs('list.ready'));
  },
};

export const ListEmpty: Story = {
  name: 'List: nothing awaits',
  loaders: [
    async () => ({
      backend: {
        ...(await answerSeed()).backoffice(),
        listContributions: async () => ({ items: [], nextCursor: null }),
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'empty', stateIs('list.empty'));
  },
};

export const Confirming: Story = {
  name: 'List: confirm publishing together',
  loaders: [professional],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '#s-c_ateliers');
    await press(canvasElement, '#s-c_creche');
    await press(canvasElement, '#publish-selected:not([disabled])');
    await untilShown(canvasElement, TAG, 'confirmation', stateIs('list.confirming'));
  },
};

export const Publishing: Story = {
  name: 'List: publishing together',
  loaders: [async () => ({ backend: { ...(await answerSeed()).backoffice(), publishAnswers: never } })],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '#s-c_ateliers');
    await press(canvasElement, '#publish-selected:not([disabled])');
    await press(canvasElement, '[part~="confirm"] button.primary');
    await untilShown(canvasElement, TAG, 'publishing', stateIs('list.publishing'));
  },
};

export const Published: Story = {
  name: 'List: answers published',
  loaders: [professional],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '#s-c_ateliers');
    await press(canvasElement, '#s-c_creche');
    await press(canvasElement, '#publish-selected:not([disabled])');
    await press(canvasElement, '[part~="confirm"] button.primary');
    await untilShown(canvasElement, TAG, 'published', (r) => stateIs('list.ready')(r) && part(r, 'notice') !== null);
  },
};

export const PublishConflict: Story = {
  name: 'List: one answer changed meanwhile',
  loaders: [withColleague],
  play: async ({ canvasElement, loaded }) => {
    await press(canvasElement, '#s-c_creche');
    await press(canvasElement, '#publish-selected:not([disabled])');
    const colleague = loaded.colleague as BackofficeBackend;
    const { contribution } = await colleague.getContribution('c_creche');
    const answer = { verdict: 'answered' as const, text: 'La crèche ouvre à 7 h 15.', service: 'Petite enfance' };
    await colleague.sendEvent('c_creche', { type: 'contribution.decide', data: { answer } }, contribution.version);
    await press(canvasElement, '[part~="confirm"] button.primary');
    await untilShown(
      canvasElement,
      TAG,
      'conflict notice',
      (r) => stateIs('list.ready')(r) && part(r, 'conflict-notice') !== null,
    );
  },
};

export const ListFailed: Story = {
  name: 'List: offline',
  loaders: [
    async () => ({
      backend: {
        ...(await answerSeed()).backoffice(),
        listContributions: async () => {
          throw { kind: 'offline', message: 'Failed to fetch' };
        },
      },
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'offline', stateIs('list.failed'));
  },
};

export const OneLoading: Story = {
  name: 'One: loading',
  args: { contribution: 'c_guichet' },
  loaders: [async () => ({ backend: { ...(await answerSeed()).backoffice(), getContribution: never } })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', stateIs('one.loading'));
  },
};

export const ToTakeUp: Story = {
  name: 'One: to take up (late)',
  args: { contribution: 'c_bus' },
  loaders: [professional],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'ready',
      (r) => stateIs('one.ready')(r) && r.querySelector('#review-button') !== null,
    );
  },
};

export const Deciding: Story = {
  name: 'One: deciding, from a prepared answer',
  args: { contribution: 'c_guichet' },
  loaders: [professional],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'decision form', (r) => r.querySelector('#f-template') !== null);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#f-template')!;
    select.value = 'retenue';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await untilShown(
      canvasElement,
      TAG,
      'filled',
      (r) => r.querySelector<HTMLInputElement>('#f-verdict-accepted')?.checked === true,
    );
  },
};

export const FieldErrors: Story = {
  name: 'One: fields to correct',
  args: { contribution: 'c_guichet' },
  loaders: [professional],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '#f-verdict-declined');
    const el = await untilShown(canvasElement, TAG, 'form', (r) => r.querySelector('#f-text') !== null);
    type(el, '#f-text', 'Non.');
    await press(canvasElement, '#decide-button');
    await untilShown(canvasElement, TAG, 'errors', (r) => part(r, 'field-error') !== null);
  },
};

export const Sending: Story = {
  name: 'One: sending',
  args: { contribution: 'c_ateliers' },
  loaders: [async () => ({ backend: { ...(await answerSeed()).backoffice(), sendEvent: never } })],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '#publish-button');
    await untilShown(canvasElement, TAG, 'sending', stateIs('one.sending'));
  },
};

export const AfterPublish: Story = {
  name: 'One: published, the author is told',
  args: { contribution: 'c_ateliers' },
  loaders: [professional],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '#publish-button');
    await untilShown(canvasElement, TAG, 'published', (r) => r.querySelector('#f-what') !== null);
  },
};

export const Commitments: Story = {
  name: 'One: a commitment 40 % done',
  args: { contribution: 'c_banc' },
  loaders: [professional],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'commit form', (r) => r.querySelector('#f-what') !== null);
    type(el, '#f-what', 'Poser un banc devant la mairie');
    type(el, '#f-owner', 'Service des espaces verts');
    type(el, '#f-due', '2026-05-15');
    await press(canvasElement, '#commit-button');
    await press(canvasElement, '#start-button');
    await untilShown(canvasElement, TAG, 'progress form', (r) => r.querySelector('#f-percent') !== null);
    type(el, '#f-progressText', 'Le banc est commandé.');
    type(el, '#f-percent', '40');
    await press(canvasElement, '#progress-button');
    await untilShown(
      canvasElement,
      TAG,
      'progress',
      (r) => r.querySelector<HTMLProgressElement>('progress')?.value === 40,
    );
  },
};

/** The colleague decides between this professional's loading and their decision. */
const decideAfterColleague = async (canvas: HTMLElement, colleague: BackofficeBackend) => {
  const el = await untilShown(canvas, TAG, 'form', (r) => r.querySelector('#f-text') !== null);
  await press(canvas, '#f-verdict-accepted');
  type(el, '#f-text', 'Le guichet ouvrira le samedi matin dès avril, car la demande est forte.');
  type(el, '#f-service', 'Direction des services à la population');
  const answer = {
    verdict: 'declined' as const,
    text: 'Nous ne pouvons pas ouvrir le samedi cette année, faute d’agents.',
    service: 'Direction des ressources',
  };
  await colleague.sendEvent('c_guichet', { type: 'contribution.decide', data: { answer } }, 3);
  await press(canvas, '#decide-button');
};

export const Conflict: Story = {
  name: 'One: a colleague changed it meanwhile',
  args: { contribution: 'c_guichet' },
  loaders: [withColleague],
  play: async ({ canvasElement, loaded }) => {
    await decideAfterColleague(canvasElement, loaded.colleague as BackofficeBackend);
    await untilShown(canvasElement, TAG, 'both versions', stateIs('one.conflict.comparing'));
  },
};

export const ConflictReloading: Story = {
  name: 'One: reading their version',
  args: { contribution: 'c_guichet' },
  loaders: [
    async () => {
      const seed = await answerSeed();
      const backend = seed.backoffice();
      let reads = 0;
      const getContribution: BackofficeBackend['getContribution'] = (id) =>
        // The first read loads the form; the decision is refused, and the conflict's read never ends.
        ++reads <= 1 ? backend.getContribution(id) : never();
      return { backend: { ...backend, getContribution }, colleague: seed.backoffice(COLLEAGUE) };
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    await decideAfterColleague(canvasElement, loaded.colleague as BackofficeBackend);
    await untilShown(canvasElement, TAG, 'reading their version', stateIs('one.conflict.reloading'));
  },
};

export const ConflictFailed: Story = {
  name: 'One: their version cannot be read',
  args: { contribution: 'c_guichet' },
  loaders: [
    async () => {
      const seed = await answerSeed();
      const backend = seed.backoffice();
      let reads = 0;
      const getContribution: BackofficeBackend['getContribution'] = async (id) => {
        if (++reads <= 1) return backend.getContribution(id);
        throw { kind: 'offline', message: 'Failed to fetch' };
      };
      return { backend: { ...backend, getContribution }, colleague: seed.backoffice(COLLEAGUE) };
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    await decideAfterColleague(canvasElement, loaded.colleague as BackofficeBackend);
    await untilShown(canvasElement, TAG, 'mine kept, theirs unread', stateIs('one.conflict.failed'));
  },
};

export const OneFailed: Story = {
  name: 'One: not found',
  args: { contribution: 'c_inconnue' },
  loaders: [professional],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'not found', stateIs('one.failed'));
  },
};

export const Denied: Story = {
  name: 'Denied: not a professional of the group',
  args: { contribution: 'c_bus' },
  loaders: [async () => ({ backend: (await answerSeed()).backoffice(FACILITATOR) })],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '#review-button');
    await untilShown(canvasElement, TAG, 'denied', stateIs('denied'));
  },
};
