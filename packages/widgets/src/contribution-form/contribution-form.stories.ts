import { keyValueTable } from '@participe/adapters/browser';
import {
  CONTRIBUTION_KINDS,
  type ContributionKind,
  type CreatedContribution,
  type ParticipeBackend,
} from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-contribution-form.js';
import { seeded } from '../testing/seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import type { ParticipeContributionForm } from './contribution-form.js';

const TAG = 'participe-contribution-form';

interface Args {
  space: string;
  /** Joined with commas into the `kinds` attribute; none: all four. */
  kinds: ContributionKind[];
  variant: 'standard' | 'falc';
  mode: '' | 'assisted';
  facilitator: string;
  'follow-up-url': string;
  institution: string;
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: ParticipeBackend;
}

/** A back end over the seeded group whose `createContribution` does what the story needs. */
async function backendWith(createContribution?: ParticipeBackend['createContribution']) {
  const { backend } = await seeded([]);
  return { backend: createContribution ? { ...backend, createContribution } : backend };
}

/** The receipt is fixed so that the story reads the same every time (real codes are random). */
const RECEIPT = { code: 'K7P-4QX', secret: 'r7Vq2mXc9TnL4wHs8KdP3bZe' };

const deleteDatabase = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // Blocked: an open connection closes itself on `versionchange`; later opens queue behind.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const has = (selector: string) => (root: ShadowRoot) => root.querySelector(selector) !== null;
const STEP_FIELD = {
  kind: '[name="kind"]',
  content: '[name="title"]',
  place: '[name="theme"]',
  followUp: '[name="pseudonym"]',
  assisted: '[name="onBehalfOf"]',
  review: '.review-section',
} as const;
const onStep = (step: keyof typeof STEP_FIELD) => (root: ShadowRoot) =>
  root.querySelector('form[part="form"]') !== null && root.querySelector(STEP_FIELD[step]) !== null;

// Play helpers: they answer as a person would, through the form's own controls.
async function fill(el: ParticipeContributionForm, field: string, value: string) {
  const root = el.shadowRoot!;
  const control = root.querySelector<HTMLInputElement>(`[name="${field}"]`)!;
  if (control.type === 'radio') root.querySelector<HTMLInputElement>(`[name="${field}"][value="${value}"]`)!.click();
  else if (control.type === 'checkbox') control.click();
  else {
    control.value = value;
    control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input'));
  }
  await el.updateComplete;
}
async function next(el: ParticipeContributionForm) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}
const ANSWERS: Record<Exclude<keyof typeof STEP_FIELD, 'review'>, Array<[string, string]>> = {
  kind: [['kind', 'proposal']],
  content: [
    ['title', 'Un bus plus tôt le matin'],
    ['body', 'Le premier bus arrive après l’ouverture du guichet.'],
  ],
  place: [['theme', 'mobilite']],
  followUp: [['pseudonym', 'Camille']],
  assisted: [
    ['onBehalfOf', 'Madame B.'],
    ['consentMethod', 'oral'],
  ],
};
/** Waits for the form, then answers each of `steps` and presses Continue after each. */
async function walk(canvas: HTMLElement, steps: Array<keyof typeof ANSWERS>) {
  const el = await untilShown(canvas, TAG, 'the form', has('form[part="form"]'));
  for (const step of steps) {
    await untilShown(canvas, TAG, `step ${step}`, onStep(step));
    for (const [field, value] of ANSWERS[step]) await fill(el, field, value);
    await next(el);
  }
  return el;
}
const PUBLIC_STEPS = ['kind', 'content', 'place', 'followUp'] as const;

const meta: Meta<Args> = {
  title: 'Widgets/Contribution form',
  component: TAG,
  args: {
    space: 'groupe-rsa-nord',
    kinds: [],
    variant: 'standard',
    mode: '',
    facilitator: '',
    'follow-up-url': '/suivi?code={code}',
    institution: 'Le Département',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    kinds: { control: 'inline-check', options: [...CONTRIBUTION_KINDS] },
    mode: { control: 'inline-radio', options: ['', 'assisted'] },
    endpoint: { control: false },
    backend: { control: false },
  },
  // Drafts and the offline outbox live in IndexedDB and outlive a story: each story starts
  // from none, so that it shows its own state and not what the previous one left.
  loaders: [
    async () => {
      await Promise.all([deleteDatabase('participe-drafts'), deleteDatabase('participe-outbox')]);
      return {};
    },
  ],
  render: (args, { loaded }) =>
    html`<participe-contribution-form
      space=${args.space}
      kinds=${args.kinds.join(',')}
      variant=${args.variant}
      mode=${args.mode}
      facilitator=${args.facilitator}
      follow-up-url=${args['follow-up-url']}
      institution=${args.institution}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
    ></participe-contribution-form>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Accessibility: Story = {
  parameters: { controls: { disable: true } },
  render: () =>
    accessibilityPage({
      tag: TAG,
      summary:
        'A short form, one question group per step, then a review, then what happened (sent, kept offline, or not sent). Errors are listed at the top of the step and next to each answer, each with a valid example; focus moves only for someone already using the form.',
      keyboard: [
        ['Tab', 'Through the answers of the step, then Back and Continue. The anti-spam field is never reached.'],
        ['Down / Up', 'In a group of choices (kind, “be told of the answer”, consent): choose another.'],
        ['Space', 'Tick the consent box.'],
        ['Enter', 'In a one-line field or on Continue: next step. Focus goes to the new step’s heading.'],
        ['Enter', 'On Continue with an answer missing: the step stays, focus goes to the first answer to correct.'],
        ['Enter', 'On an error in the summary: focus goes to that answer (on another step, the form goes there).'],
        ['Enter', 'On Back: previous step, answers kept. On “Change” in the review: that step.'],
        ['Enter', 'On “Send my message”: sends; focus goes to the heading of what happened.'],
      ],
      aria: [
        ['<form aria-labelledby>', 'The form is named by the step heading “Step 2 of 5 — Your message”.'],
        [
          '<h2 tabindex="-1">',
          'Step and outcome headings take focus when the view changes under someone using the form.',
        ],
        ['<progress aria-hidden>', 'The bar is decoration: the heading says “Step 2 of 5”.'],
        ['<fieldset> + <legend>', 'Every group of choices and the contact details.'],
        [
          '<fieldset role="radiogroup" aria-required="true">',
          'Each group of radio buttons is a required radio group, named by its legend.',
        ],
        ['aria-invalid, aria-describedby', 'An answer to correct points at its hint and its error message.'],
        ['role="alert"', 'The error summary, “not sent” and “service unavailable” are announced when they appear.'],
        [
          'role="status"',
          'Topics on their way and sending; and one live region that outlives every view, so that a message delivered later (back online) is heard.',
        ],
        ['aria-hidden + tabindex="-1"', 'The anti-spam field is out of reach of people and of the keyboard.'],
        ['autocomplete', '`nickname`, `email`, `tel` on the matching fields.'],
      ],
      rgaa: [
        ['3.1', 'Errors are written, not only shown in red.'],
        ['3.2, 3.3', 'Text, borders and focus ring meet 4.5:1 and 3:1 in the three themes (checked by axe here).'],
        ['7.1, 7.3', 'Native controls only; every step works with the keyboard alone (browser test).'],
        ['7.4', 'Steps change only when the person presses Continue, Back or Change.'],
        ['7.5', 'Sending, kept offline and sent are status messages.'],
        ['9.1', 'A heading per step and per outcome.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour.'],
        ['11.1, 11.2', 'Every field has a visible, explicit label; optional ones say “(optional)”.'],
        ['11.5, 11.6, 11.7', 'Choices and contact details are fieldsets with a legend.'],
        ['11.9', 'Buttons say what they do (“Send my message”, “Change (Your message)”).'],
        [
          '11.10',
          'Required text fields, the theme list and every radio group carry `aria-required`; optional ones say “(optional)” in their label. Each error names the answer and what is wrong, beside the field and in a summary.',
        ],
        ['11.11', 'Each error gives a valid example (“Example: camille@exemple.fr”).'],
        ['11.12', 'A review step lets the person check and change everything before sending.'],
        ['11.13', 'Pseudonym, e-mail and phone carry their `autocomplete` purpose.'],
        ['12.8, 12.9', 'Tab order follows the reading order; no keyboard trap.'],
        ['13.1', 'No time limit: a draft survives a reload, an offline message waits in the outbox.'],
      ],
      limits: [
        'In FALC the citizen’s questions are easy to read; the assisted-mode step, for professionals, is worded the same.',
        'The draft is kept in the browser (IndexedDB) until sent: on a shared computer, “Clear everything and start again” deletes it; contact details are never kept in it.',
      ],
    }),
};

/** The group never arrives: step 1 shows all the same, since nothing on it needs the group. */
export const GroupLoading: Story = {
  name: 'Step: kind, the group still loading',
  loaders: [
    async () => {
      const { backend } = await seeded([]);
      return { backend: { ...backend, getSpace: () => new Promise<never>(() => {}) } satisfies ParticipeBackend };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'kind step', onStep('kind'));
  },
};

export const Unavailable: Story = {
  name: 'Service unavailable',
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'service unavailable', has('[part="status"][role="alert"]'));
  },
};

export const Kind: Story = {
  name: 'Step: kind',
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'kind step', onStep('kind'));
  },
};

export const KindWithErrors: Story = {
  name: 'Step: kind, nothing chosen',
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'kind step', onStep('kind'));
    await next(el);
    await untilShown(canvasElement, TAG, 'error summary', has('[part="error-summary"]'));
  },
};

export const Content: Story = {
  name: 'Step: content',
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    await walk(canvasElement, ['kind']);
    await untilShown(canvasElement, TAG, 'content step', onStep('content'));
  },
};

export const ContentWithErrors: Story = {
  name: 'Step: content, title too long',
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, ['kind']);
    await untilShown(canvasElement, TAG, 'content step', onStep('content'));
    await fill(el, 'title', 'x'.repeat(121));
    await next(el);
    await untilShown(canvasElement, TAG, 'title error', has('#e-title'));
  },
};

export const Place: Story = {
  name: 'Step: place',
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    await walk(canvasElement, ['kind', 'content']);
    await untilShown(canvasElement, TAG, 'place step', onStep('place'));
  },
};

export const FollowUp: Story = {
  name: 'Step: follow-up',
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    await walk(canvasElement, ['kind', 'content', 'place']);
    await untilShown(canvasElement, TAG, 'follow-up step', onStep('followUp'));
  },
};

export const FollowUpContact: Story = {
  name: 'Step: follow-up, contact details to correct',
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, ['kind', 'content', 'place']);
    await untilShown(canvasElement, TAG, 'follow-up step', onStep('followUp'));
    await fill(el, 'pseudonym', 'Camille');
    await fill(el, 'wantsContact', 'true');
    await fill(el, 'email', 'pas-une-adresse');
    await next(el);
    await untilShown(canvasElement, TAG, 'e-mail error', has('#e-email'));
  },
};

export const Assisted: Story = {
  name: 'Step: assisted (facilitator)',
  args: { mode: 'assisted', facilitator: 'fac_1', kinds: ['question'] },
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    await walk(canvasElement, ['content', 'place', 'followUp']);
    await untilShown(canvasElement, TAG, 'assisted step', onStep('assisted'));
  },
};

export const Review: Story = {
  name: 'Step: review',
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    await walk(canvasElement, [...PUBLIC_STEPS]);
    await untilShown(canvasElement, TAG, 'review step', onStep('review'));
  },
};

export const DraftRestored: Story = {
  name: 'Draft restored',
  loaders: [() => backendWith()],
  play: async ({ canvasElement }) => {
    // As a person would: answer the first steps, leave the page, come back.
    const el = await walk(canvasElement, ['kind']);
    await untilShown(canvasElement, TAG, 'content step', onStep('content'));
    await fill(el, 'title', 'Un bus plus tôt le matin');
    const saved = keyValueTable<{ values: { title?: string } }>('participe-drafts', 'drafts');
    for (let i = 0; !(await saved.values()).some((d) => d.values.title); i++) {
      if (i > 250) throw new Error('the draft was never saved');
      await new Promise((r) => setTimeout(r, 20));
    }
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await untilShown(canvasElement, TAG, 'draft notice', (r) => has('[part="notice"]')(r) && onStep('content')(r));
  },
};

export const Sending: Story = {
  loaders: [() => backendWith(() => new Promise<never>(() => {}))],
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, [...PUBLIC_STEPS]);
    await untilShown(canvasElement, TAG, 'review step', onStep('review'));
    await next(el);
    await untilShown(canvasElement, TAG, 'sending', has('[part="confirmation"][role="status"]'));
  },
};

export const Sent: Story = {
  loaders: [
    async () => {
      const { backend } = await seeded([]);
      const createContribution = async (...args: Parameters<ParticipeBackend['createContribution']>) => {
        const created: CreatedContribution = await backend.createContribution(...args);
        return { ...created, followUp: RECEIPT };
      };
      return { backend: { ...backend, createContribution } satisfies ParticipeBackend };
    },
  ],
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, [...PUBLIC_STEPS]);
    await untilShown(canvasElement, TAG, 'review step', onStep('review'));
    await next(el);
    await untilShown(canvasElement, TAG, 'sent', has('[part="code"]'));
  },
};

export const Queued: Story = {
  name: 'Queued (offline)',
  loaders: [() => backendWith(() => Promise.reject({ kind: 'offline', message: 'Pas de réseau' }))],
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, [...PUBLIC_STEPS]);
    await untilShown(canvasElement, TAG, 'review step', onStep('review'));
    await next(el);
    await untilShown(
      canvasElement,
      TAG,
      'queued',
      (r) => has('section[part="confirmation"] button')(r) && !has('[role="alert"]')(r) && !has('[part="code"]')(r),
    );
  },
};

export const Failed: Story = {
  name: 'Failed',
  loaders: [() => backendWith(() => Promise.reject({ kind: 'error', message: 'Erreur 500' }))],
  play: async ({ canvasElement }) => {
    const el = await walk(canvasElement, [...PUBLIC_STEPS]);
    await untilShown(canvasElement, TAG, 'review step', onStep('review'));
    await next(el);
    await untilShown(canvasElement, TAG, 'failed', has('[part="confirmation"] [role="alert"]'));
  },
};
