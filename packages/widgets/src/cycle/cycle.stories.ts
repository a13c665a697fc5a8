import type { BackofficeBackend, ContentPack, CycleEvent, ParticipeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-cycle.js';
import type { ContentSource } from '../internal/content.js';
import { failing, seeded } from '../testing/seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import { at, facilitator, groupWith, roundTwoInDecide, steeredGroup } from './cycle.fixtures.js';

const TAG = 'participe-cycle';

interface Args {
  space: string;
  variant: 'standard' | 'falc';
  'resource-url': string;
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: ParticipeBackend;
  content?: ContentSource;
  /** The steering panel's in-process back end (a page sets `token` instead). */
  staffBackend?: BackofficeBackend;
}

const ROUND_TWO_IN_DECIDE = roundTwoInDecide();

/** The default group, in phase 4 (`decide`) of its second round. */
const spaceInDecide = async () => ({ backend: (await groupWith(ROUND_TWO_IN_DECIDE)).backend });

/** The group back from `evaluate` to `decide` with its reason, after an evaluation from two viewpoints. */
async function spaceWithJourney() {
  const steps: CycleEvent[] = [
    ...ROUND_TWO_IN_DECIDE.slice(0, 9),
    {
      type: 'cycle.evaluation.record',
      viewpoints: [],
      summary: 'Un bilan partagé en réunion publique.',
      views: { residents: 'Le bus du matin passe enfin avant 8 h.', elected: 'Une ligne de budget pérenne.' },
      actor: facilitator,
      at,
    },
    {
      type: 'cycle.back',
      reason: 'Deux engagements attendent encore le vote du budget.',
      to: 'decide',
      actor: facilitator,
      at: '2026-02-03T10:00:00.000Z',
    },
  ];
  const { backend } = await groupWith(steps);
  return { backend };
}

const steering = (root: ShadowRoot) => root.querySelector('[part~="steering"]');
const click = (root: ShadowRoot, selector: string) =>
  root.querySelector<HTMLButtonElement>(selector)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

/** Waits for the panel, then opens the form that goes back. */
async function openBack(canvas: HTMLElement) {
  const el = await untilShown(canvas, TAG, 'the steering panel', (r) => has('[part~="steering"] [part~="advance"]')(r));
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="open-form"]')!.click();
  return untilShown(canvas, TAG, 'the form', has('#steering-form'));
}

/** Content that never loads because its source is down: a thenable that always fails. */
const unreachable: PromiseLike<Partial<ContentPack>> = {
  // biome-ignore lint/suspicious/noThenProperty: a thenable that fails, like a council's feed that is down
  then: (ok, fail) => Promise.reject({ kind: 'offline', message: 'Failed to fetch' }).then(ok, fail),
};

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const tabs = (root: ShadowRoot) => root.querySelectorAll('[role="tab"]').length;
const ready = (root: ShadowRoot) => tabs(root) === 7;
const has = (selector: string) => (root: ShadowRoot) => root.querySelector(selector) !== null;

/** Waits for the wheel, then clicks the phase `id` as a person would. */
async function openPhase(canvas: HTMLElement, id: string) {
  const el = await untilShown(canvas, TAG, 'the wheel', ready);
  el.shadowRoot!.querySelector(`#tab-${id}`)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  return untilShown(canvas, TAG, `the sheet of ${id}`, (r) =>
    Boolean(r.querySelector('[part~="sheet"]') && r.querySelector(`#tab-${id}[aria-selected="true"]`)),
  );
}

const meta: Meta<Args> = {
  title: 'Widgets/Cycle',
  component: TAG,
  args: { space: '', variant: 'standard', 'resource-url': '/ressources/{id}' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    endpoint: { control: false },
    backend: { control: false },
    content: { control: false },
    staffBackend: { control: false },
  },
  // The council's content comes from its API: here the in-process one, over the memory store.
  loaders: [async () => ({ backend: (await seeded([])).backend })],
  render: (args, { loaded }) =>
    html`<participe-cycle
      space=${args.space}
      variant=${args.variant}
      resource-url=${args['resource-url']}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
      .content=${(loaded.content as ContentSource | undefined) ?? null}
      .staffBackend=${(loaded.staffBackend as BackofficeBackend | undefined) ?? null}
    ></participe-cycle>`,
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
        'The participation cycle: a wheel of seven phases (an ARIA tab list drawn in SVG), the sheet of the phase chosen (its tab panel), where a group stands, and “Where to start?”, a list of questions that open their answer. The group’s current phase is marked in words, by a star and by a dashed ring, never by colour alone.',
      keyboard: [
        [
          'Tab',
          'The wheel (one stop: the current phase, or the last one focused), then the sheet, then each question.',
        ],
        ['Right / Down', 'On the wheel: the next phase; after the seventh, the first again (the cycle goes round).'],
        ['Left / Up', 'On the wheel: the previous phase.'],
        ['Home / End', 'On the wheel: the first or the last phase.'],
        ['Enter / Space', 'On a phase: opens its sheet beside the wheel; focus stays on the phase.'],
        ['Escape', 'In the sheet: closes it; focus goes back to its phase on the wheel.'],
        ['Enter', 'On a question of “Where to start?”: shows or hides its answer.'],
        ['Enter', 'On “Read the sheet of phase …”: opens that sheet and moves focus to it.'],
        ['Enter', 'On “Try again” (after an error): loads the cycle again.'],
        [
          'Tab',
          'With a token, the steering panel comes after where the group stands: its step buttons, then the open form’s fields.',
        ],
        ['Enter', 'On “Go back to an earlier phase” (and the other forms): opens it; focus goes to its first field.'],
        ['Arrows / Space', 'In the form that goes back: choose the phase (radio buttons).'],
        ['Enter', 'On “Save”: sends the step; the first field in error takes the focus, else the panel’s heading.'],
      ],
      aria: [
        ['<section aria-labelledby>', 'The widget is a named region: its heading.'],
        [
          '<svg role="tablist" aria-label aria-describedby>',
          'The wheel is a tab list, named, and described by the line that says how to use it.',
        ],
        [
          '<g role="tab" aria-selected aria-controls>',
          'Each phase is a tab with a roving `tabindex`; its name starts with the visible words (“Phase 4 …”) and says “current phase” when it is.',
        ],
        ['<section role="tabpanel" tabindex="-1">', 'The sheet is the panel of the chosen phase, named by its title.'],
        ['<p role="status">', 'Says that the cycle is loading, without moving focus.'],
        ['<button aria-expanded aria-controls>', 'Each question of “Where to start?” is a disclosure button.'],
        ['role="alert"', 'The error and its “Try again” button are announced when they appear.'],
        ['<blockquote>', 'The group’s problem, in its own words; each reason to go back; the evaluation’s summary.'],
        ['<ol>', 'How the group got there: its moves, newest first, each with its date, its role and its reason.'],
        ['<dl>', 'The evaluation, viewpoint by viewpoint.'],
        ['<button aria-expanded aria-controls>', 'Each form of the steering panel opens and closes from its button.'],
        [
          '<fieldset><legend>, aria-invalid, aria-describedby',
          'The phases to go back to and the viewpoints are grouped and named; each field names its hint and its error.',
        ],
      ],
      rgaa: [
        ['1.1, 1.2', 'The wheel’s drawing is named by its tabs; the decorative hub says the round in text.'],
        ['3.1', 'The current phase is said in words and by a star and a ring, not only by colour.'],
        [
          '3.2, 10.11',
          'In forced colours the wheel is drawn in system colours: the open phase in Highlight, the current one’s ring too, the focus a thick ring. At 320 px its numbers are about 30 px high, the labels in a list below.',
        ],
        ['3.2, 3.3', 'Text, phases and controls meet 4.5:1 and 3:1 in the three themes (checked by axe here).'],
        ['7.1', 'The tab list follows the ARIA tabs pattern; everything else is native buttons and links.'],
        ['7.3', 'Everything works with the keyboard alone (browser test).'],
        ['7.5', 'Loading is a status message; an error is an alert.'],
        ['9.1', 'A heading for the widget, the sheet, each of its sections and “Where to start?”.'],
        ['9.3', 'Objectives, methods, tools and resources are lists.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every phase and control.'],
        ['12.8', 'Tab order follows the reading order.'],
        ['12.11', 'Focus moves to a sheet opened from “Where to start?”, and back to its phase when it closes.'],
      ],
      limits: [
        'Below 480 px wide the wheel shows each phase’s number, and a list below it says what each number is (hidden from screen readers: each tab’s name says it).',
        'Some screen readers announce an SVG tab list less fully than an HTML one (the position “4 of 7” may be missing); the name of each tab says its number.',
        'Without `resource-url` resources are plain text, not links.',
      ],
    }),
};

export const Loading: Story = {
  args: { space: 'groupe-rsa-nord' },
  loaders: [
    async () => {
      const { backend } = await seeded([]);
      return { backend: { ...backend, getSpace: () => new Promise<never>(() => {}) } satisfies ParticipeBackend };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', (r) => tabs(r) === 0 && has('[part~="live"]:not(:empty)')(r));
  },
};

export const Wheel: Story = {
  name: 'Wheel only (no group)',
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the wheel without a sheet', (r) => ready(r) && has('[part~="choose"]')(r));
  },
};

export const PhaseSheet: Story = {
  name: 'A phase’s sheet open',
  play: async ({ canvasElement }) => {
    await openPhase(canvasElement, 'diagnose');
  },
};

export const CurrentPhase: Story = {
  name: 'Group’s current phase and round',
  args: { space: 'groupe-rsa-nord' },
  loaders: [spaceInDecide],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'the current phase',
      (r) => ready(r) && has('#tab-decide[part~="phase-current"]')(r) && has('[part~="where"] blockquote')(r),
    );
  },
};

export const CurrentPhaseSheet: Story = {
  name: 'Group’s current phase, its sheet open',
  args: { space: 'groupe-rsa-nord' },
  loaders: [spaceInDecide],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the current phase', has('[part~="phase-current"]'));
    await openPhase(canvasElement, 'decide');
  },
};

export const GuideAnswer: Story = {
  name: 'Where to start: an answer open',
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the guide', (r) => ready(r) && has('[part~="guide-question"]')(r));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="guide-question"]')!.click();
    await untilShown(canvasElement, TAG, 'an answer', has('[part~="guide-question"][aria-expanded="true"]'));
    await untilShown(canvasElement, TAG, 'its phase button', has('[part~="guide-answer"] [part~="guide-phase"]'));
  },
};

export const GuideToSheet: Story = {
  name: 'Where to start: its phase’s sheet open',
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the guide', (r) => ready(r) && has('[part~="guide-question"]')(r));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="guide-question"]')!.click();
    await untilShown(canvasElement, TAG, 'an answer', has('[part~="guide-phase"]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="guide-phase"]')!.click();
    await untilShown(canvasElement, TAG, 'the sheet, focused', (r) => r.activeElement?.id === 'sheet');
  },
};

export const UnknownSpace: Story = {
  name: 'Unknown group (cycle alone)',
  args: { space: 'nulle-part' },
  loaders: [async () => seeded([])],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'the cycle without a current phase',
      (r) => ready(r) && has('[part~="where"]')(r) && !has('[part~="phase-current"]')(r),
    );
  },
};

export const SpaceUnreadable: Story = {
  name: 'Group unreadable (cycle alone)',
  args: { space: 'groupe-rsa-nord' },
  loaders: [
    async () => ({
      backend: failing((await seeded([])).backend, ['getSpace'], { kind: 'offline', message: 'Failed to fetch' })
        .backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'the cycle without a current phase',
      (r) => ready(r) && has('[part~="where"]')(r) && !has('[part~="phase-current"]')(r),
    );
  },
};

export const LoadError: Story = {
  name: 'Error',
  loaders: [async () => ({ content: unreachable })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', (r) => has('[role="alert"] button')(r) && tabs(r) === 0);
  },
};

export const Journey: Story = {
  name: 'How the group got there: a move back with its reason, the evaluation',
  args: { space: 'groupe-rsa-nord' },
  loaders: [spaceWithJourney],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'the moves and the evaluation',
      (r) => r.querySelectorAll('[part~="move"]').length === 6 && has('[part~="evaluation"] dl')(r),
    );
  },
};

export const ResourcesLoading: Story = {
  name: 'A sheet open, its resources on their way',
  loaders: [
    async () => {
      const { backend } = await seeded([]);
      return { backend: { ...backend, listResources: () => new Promise<never>(() => {}) } satisfies ParticipeBackend };
    },
  ],
  play: async ({ canvasElement }) => {
    await openPhase(canvasElement, 'diagnose');
    await untilShown(
      canvasElement,
      TAG,
      'resources loading',
      has('[part~="sheet"] [part~="resources-status"][role="status"]'),
    );
  },
};

export const ResourcesError: Story = {
  name: 'A sheet open, its resources failed',
  loaders: [
    async () => ({
      backend: failing((await seeded([])).backend, ['listResources'], { kind: 'offline', message: 'Failed to fetch' })
        .backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await openPhase(canvasElement, 'diagnose');
    await untilShown(
      canvasElement,
      TAG,
      'resources failed',
      has('[part~="sheet"] [part~="resources-status"][role="alert"] button'),
    );
  },
};

export const Steering: Story = {
  name: 'Steering: the facilitator’s panel',
  args: { space: 'groupe-rsa-nord' },
  loaders: [() => steeredGroup()],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the steering panel', (r) => has('[part~="steering"] [part~="advance"]')(r));
  },
};

export const SteeringLoading: Story = {
  name: 'Steering: loading',
  args: { space: 'groupe-rsa-nord' },
  loaders: [
    async () => {
      const { backend, staffBackend } = await steeredGroup();
      return { backend, staffBackend: { ...staffBackend, getCycle: () => new Promise<never>(() => {}) } };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'the panel loading',
      (r) => Boolean(steering(r)) && has('[part~="steering-status"]:not(:empty)')(r) && !has('[part~="advance"]')(r),
    );
  },
};

export const SteeringBackForm: Story = {
  name: 'Steering: going back, the form open',
  args: { space: 'groupe-rsa-nord' },
  loaders: [() => steeredGroup()],
  play: async ({ canvasElement }) => {
    await openBack(canvasElement);
  },
};

export const SteeringFieldErrors: Story = {
  name: 'Steering: going back, sent empty',
  args: { space: 'groupe-rsa-nord' },
  loaders: [() => steeredGroup()],
  play: async ({ canvasElement }) => {
    const el = await openBack(canvasElement);
    click(el.shadowRoot!, '#steering-form button[type="submit"]');
    await untilShown(
      canvasElement,
      TAG,
      'the field errors',
      (r) => r.querySelectorAll('[part~="field-error"]').length === 2,
    );
  },
};

export const SteeringDone: Story = {
  name: 'Steering: a step recorded',
  args: { space: 'groupe-rsa-nord' },
  loaders: [() => steeredGroup()],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the steering panel', (r) =>
      has('[part~="steering"] [part~="advance"]')(r),
    );
    click(el.shadowRoot!, '[part~="advance"]');
    await untilShown(canvasElement, TAG, 'the step recorded', (r) => has('#tab-act[part~="phase-current"]')(r));
  },
};

export const SteeringRefused: Story = {
  name: 'Steering: a role that may not steer',
  args: { space: 'groupe-rsa-nord' },
  loaders: [() => steeredGroup('m_outsider')],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'the steering panel', (r) =>
      has('[part~="steering"] [part~="advance"]')(r),
    );
    click(el.shadowRoot!, '[part~="advance"]');
    await untilShown(canvasElement, TAG, 'the refusal', has('[part~="steering"] [role="alert"]'));
  },
};
