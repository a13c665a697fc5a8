import { createLocalBackend } from '@participe/adapters/local';
import { createParticipeService } from '@participe/adapters/service';
import {
  type ContentPack,
  type DiagnosticResponse,
  defaultQuestionnaire,
  type ParticipeBackend,
  type SavedDiagnostic,
} from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-diagnostic.js';
import type { ContentSource } from '../internal/content.js';
import { gated, NOW, seeded } from '../testing/seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import { completeDefaultAnswers, tiny } from './diagnostic.fixtures.js';
import { diagnosticDrafts, draftKey } from './diagnostic.load.js';

const TAG = 'participe-diagnostic';
const SPACE = 'groupe-rsa-nord';

interface Args {
  space: string;
  view: 'answer' | 'group';
  variant: 'standard' | 'falc';
  'step-mode': 'section' | 'question';
  'resource-url': string;
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: ParticipeBackend;
  content?: ContentSource;
  responses?: DiagnosticResponse[] | null;
}

const deleteDatabase = (name: string) =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // Blocked: an open connection closes itself on `versionchange`; later opens queue behind.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });

/**
 * A diagnostic answered in full on this device, waiting at the review, as the widget saves
 * it. The default questionnaire has the same id and version in every language.
 */
async function answeredOnThisDevice(space: string) {
  const saved: SavedDiagnostic = {
    format: 'participe.diagnostic/1',
    questionnaireId: defaultQuestionnaire.id,
    questionnaireVersion: defaultQuestionnaire.version,
    state: 'review',
    mode: 'section',
    step: -1,
    answers: completeDefaultAnswers(),
  };
  await diagnosticDrafts().save(draftKey(space, defaultQuestionnaire), saved);
  return {};
}

/** The default group's back end, as a member of it. */
async function asMember(role: 'concerned' | 'professional' = 'professional') {
  const { store } = await seeded([]);
  return createLocalBackend(store, { now: () => NOW, caller: { role, memberId: 'm_1', spaceIds: ['s_nord'] } });
}

/** The first `n` answers of `answers`: a person who sees some things otherwise. */
function pick(answers: ReturnType<typeof completeDefaultAnswers>, n: number) {
  return Object.fromEntries(Object.entries(answers).slice(0, n));
}

/** Answers gathered on paper: two people concerned, a professional, an elected official. */
const RESPONSES: DiagnosticResponse[] = [
  { role: 'concerned', answers: completeDefaultAnswers('first') },
  { role: 'concerned', answers: { ...completeDefaultAnswers('first'), ...pick(completeDefaultAnswers('last'), 6) } },
  { role: 'professional', answers: completeDefaultAnswers('last') },
  { role: 'elected', answers: { ...completeDefaultAnswers('last'), ...pick(completeDefaultAnswers('first'), 6) } },
];

/** Content that never loads because its source is down: a thenable that always fails. */
const unreachable: PromiseLike<Partial<ContentPack>> = {
  // biome-ignore lint/suspicious/noThenProperty: a thenable that fails, like a council's feed that is down
  then: (ok, fail) => Promise.reject({ kind: 'offline', message: 'Failed to fetch' }).then(ok, fail),
};

// States are told apart by structure, not wording, so they hold in every locale and in FALC.
const has = (selector: string) => (root: ShadowRoot) => root.querySelector(selector) !== null;
const live = (root: ShadowRoot) => root.querySelector('[part~="live"]')?.textContent?.trim() ?? '';

async function start(canvas: HTMLElement) {
  const el = await untilShown(canvas, TAG, 'the intro', has('[part~="intro"] button'));
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="intro"] button')!.click();
  return untilShown(canvas, TAG, 'the first step', (r) => r.activeElement?.id === 'step-title');
}
async function seeResults(canvas: HTMLElement) {
  const el = await untilShown(canvas, TAG, 'the review', has('[part~="review"] [part~="actions"] .primary'));
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="review"] [part~="actions"] .primary')!.click();
  return untilShown(canvas, TAG, 'the results', (r) => r.activeElement?.id === 'results-title');
}

const meta: Meta<Args> = {
  title: 'Widgets/Diagnostic',
  component: TAG,
  args: { space: '', view: 'answer', variant: 'standard', 'step-mode': 'section', 'resource-url': '/ressources/{id}' },
  argTypes: {
    view: { control: 'inline-radio', options: ['answer', 'group'] },
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    'step-mode': { control: 'inline-radio', options: ['section', 'question'] },
    endpoint: { control: false },
    backend: { control: false },
    content: { control: false },
    responses: { control: false },
  },
  // Diagnostics in progress live in IndexedDB and outlive a story: each story starts from
  // none (then seeds its own), so that it shows its own state and not what another left.
  loaders: [
    async () => {
      await deleteDatabase('participe-diagnostics');
      return {};
    },
  ],
  render: (args, { loaded }) =>
    html`<participe-diagnostic
      space=${args.space}
      view=${args.view}
      variant=${args.variant}
      step-mode=${args['step-mode']}
      resource-url=${args['resource-url']}
      .backend=${(loaded.backend as ParticipeBackend | undefined) ?? null}
      .content=${(loaded.content as ContentSource | undefined) ?? null}
      .responses=${(loaded.responses as DiagnosticResponse[] | undefined) ?? null}
    ></participe-diagnostic>`,
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
        'A self-diagnostic, one step at a time: an introduction, steps of native form controls with a progress bar, a review of every answer, then results as a radar with the same figures in a table, levels in words and recommendations. With `view="group"`, the group’s answers role by role, and where views differ, in words.',
      keyboard: [
        ['Tab', 'Start, then in each step: each question’s choices, Back, Continue.'],
        ['Down / Up', 'In a group of radio buttons (single choice, scale, yes/no): the next or previous choice.'],
        ['Space', 'On a checkbox: tick or untick it; on a radio button: choose it.'],
        [
          'Enter',
          'On Continue: the next step; focus moves to its title. With answers missing, focus moves to the first.',
        ],
        ['Enter', 'On Back: the previous step, answers kept.'],
        ['Enter', 'On “Change” in the review: back to that question’s step.'],
        ['Enter', 'On “See my results”: the results; focus moves to their title.'],
        ['Enter', 'On “Start again from scratch”: forgets the answers on this device; focus goes to Start.'],
        ['Enter', 'On “Try again” (after an error): loads again.'],
      ],
      aria: [
        ['<section aria-labelledby>', 'The widget is a named region: the questionnaire’s title.'],
        ['<form aria-labelledby>', 'Each step is a form named by its title, which takes focus (`tabindex="-1"`).'],
        ['<progress aria-labelledby>', 'The progress bar is named by “Step 2 of 6”.'],
        ['<fieldset><legend>', 'Each question groups its choices; “(required)” is in the legend.'],
        ['aria-invalid, aria-describedby', 'A wrong or missing answer is marked and tied to what is wrong.'],
        ['role="alert"', 'Missing answers at the top of a step, and errors with “Try again”.'],
        ['<p role="status">', 'Says what is loading, and what became of shared answers, without moving focus.'],
        ['<dl>', 'The review pairs each question with its answer; each “Change” button names its question.'],
        ['<svg role="img" aria-labelledby>', 'The radar is one image, named by its caption; the table says the same.'],
        ['<table> <caption> <th scope>', 'The figures, with headers for rows and columns.'],
      ],
      rgaa: [
        ['1.1, 1.3', 'The radar has a text alternative, and a table with the same figures.'],
        ['3.1', 'Levels are said in words; the group radar’s lines differ by dash as well as by colour.'],
        ['3.2, 3.3', 'Text and controls meet 4.5:1 and 3:1 in the three themes (checked by axe here).'],
        ['5.4, 5.6, 5.7', 'Tables have a caption and headers tied to their cells.'],
        ['7.1', 'Custom behaviour uses native buttons and form controls.'],
        ['7.3', 'Everything works with the keyboard alone (browser test).'],
        ['7.5', 'Loading and sharing are status messages.'],
        ['9.1', 'A heading for the questionnaire, each step, the review and the results.'],
        ['11.1, 11.2, 11.5', 'Every field has a label; choices are grouped under a legend.'],
        ['11.10', 'Required questions say so in their legend; errors say what to do, beside the answer.'],
        ['11.11', 'An error suggests how to correct it (“untick one”).'],
        ['12.11', 'Focus moves to each new screen’s title, and to the first answer to fix.'],
      ],
      limits: [
        'Answers are kept in this browser (IndexedDB) until the person starts again: on a shared computer, they should press “Start again from scratch”.',
        'The radar is drawn in SVG: in Windows high-contrast mode its fills are lost; the table beside it says the same.',
        'With fewer than three dimensions the radar is a line, not a shape.',
      ],
    }),
};

/** The council's back end, its questionnaire never arriving. */
async function questionnaireNeverComes() {
  const { backend } = await seeded([]);
  return { backend: { ...backend, getQuestionnaire: () => new Promise<never>(() => {}) } satisfies ParticipeBackend };
}

export const Loading: Story = {
  loaders: [questionnaireNeverComes],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', (r) => live(r) !== '' && !has('[part~="intro"]')(r));
  },
};

export const Failed: Story = {
  loaders: [
    async () => {
      const { backend } = await seeded([]);
      const down = () => Promise.reject({ kind: 'offline', message: 'Failed to fetch' });
      return { backend: { ...backend, getQuestionnaire: down } satisfies ParticipeBackend };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', has('[role="alert"] button'));
  },
};

export const Intro: Story = {
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the intro', has('[part~="intro"] button'));
  },
};

/** The questionnaire an integrator loaded for the space through the API, not the built-in one. */
export const IntroFromApi: Story = {
  name: 'Intro (the space’s own questionnaire, from the API)',
  args: { space: SPACE },
  loaders: [
    async () => {
      const { store, backend } = await seeded([]);
      const editor = createParticipeService({ store, now: () => NOW }).as({
        role: 'professional',
        memberId: 'acc_editor',
        spaceIds: [],
        admin: true,
      });
      await editor.putSpaceQuestionnaire(SPACE, tiny(), { expectedVersion: 0 });
      return { backend };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'the space’s questionnaire',
      (r) => has('[part~="intro"] button')(r) && r.querySelector('[part~="heading"]')?.textContent !== '',
    );
  },
};

export const Step: Story = {
  name: 'A step',
  play: async ({ canvasElement }) => {
    await start(canvasElement);
  },
};

export const StepOneQuestion: Story = {
  name: 'A step, one question at a time',
  args: { 'step-mode': 'question' },
  play: async ({ canvasElement }) => {
    await start(canvasElement);
  },
};

export const StepError: Story = {
  name: 'A step with missing answers',
  play: async ({ canvasElement }) => {
    // The first step asks nothing required; the second does (the share of people concerned).
    const el = await start(canvasElement);
    const form = () => el.shadowRoot!.querySelector<HTMLFormElement>('form[part~="step"]')!;
    form().requestSubmit();
    await untilShown(
      canvasElement,
      TAG,
      'the second step',
      (r) => r.querySelector<HTMLProgressElement>('progress')?.value === 2 && r.activeElement?.id === 'step-title',
    );
    form().requestSubmit();
    await untilShown(
      canvasElement,
      TAG,
      'the missing answers',
      (r) => has('[part~="step-error"]')(r) && r.activeElement?.getAttribute('aria-invalid') === 'true',
    );
  },
};

export const Review: Story = {
  name: 'Review (answers resumed on this device)',
  loaders: [() => answeredOnThisDevice('')],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the review', (r) => has('[part~="review"]')(r) && has('[part~="notice"]')(r));
  },
};

export const Results: Story = {
  name: 'Results (radar and table)',
  loaders: [() => answeredOnThisDevice(''), async () => ({ backend: (await seeded([])).backend })],
  play: async ({ canvasElement }) => {
    await seeResults(canvasElement);
    await untilShown(
      canvasElement,
      TAG,
      'the radar, its table and the council’s phases and resources',
      (r) =>
        has('svg[part~="radar"]')(r) &&
        has('[part~="table"] tbody tr')(r) &&
        has('[part~="phase-estimate"]')(r) &&
        has('[part~="recommendation"] [part~="resources"]')(r) &&
        !has('[part~="share"]')(r),
    );
  },
};

/** The results while the council's phases and resources are on their way. */
export const ResultsContentLoading: Story = {
  name: 'Results, the council’s content loading',
  loaders: [() => answeredOnThisDevice(''), async () => ({ content: new Promise<never>(() => {}) })],
  play: async ({ canvasElement }) => {
    await seeResults(canvasElement);
    await untilShown(canvasElement, TAG, 'the loading line', has('[part~="results"] [part~="content-status"]'));
  },
};

/** The results when the council's phases and resources cannot be read: the figures stay, with a retry. */
export const ResultsContentFailed: Story = {
  name: 'Results, the council’s content unreachable',
  loaders: [() => answeredOnThisDevice(''), async () => ({ content: unreachable })],
  play: async ({ canvasElement }) => {
    await seeResults(canvasElement);
    await untilShown(canvasElement, TAG, 'the error', has('[part~="results"] [role="alert"] button'));
  },
};

export const ResultsInGroup: Story = {
  name: 'Results in a group (sharing offered)',
  args: { space: SPACE },
  loaders: [() => answeredOnThisDevice(SPACE), async () => ({ backend: await asMember('concerned') })],
  play: async ({ canvasElement }) => {
    await seeResults(canvasElement);
    await untilShown(canvasElement, TAG, 'the share button', has('[part~="share"] button'));
  },
};

export const Sharing: Story = {
  name: 'Results in a group, being shared',
  args: { space: SPACE },
  loaders: [
    () => answeredOnThisDevice(SPACE),
    async () => {
      const backend = await asMember('concerned');
      return {
        backend: { ...backend, submitDiagnostic: () => new Promise<never>(() => {}) } satisfies ParticipeBackend,
      };
    },
  ],
  play: async ({ canvasElement }) => {
    const el = await seeResults(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share"] button')!.click();
    await untilShown(
      canvasElement,
      TAG,
      'sharing',
      (r) => !has('[part~="share"] button')(r) && has('[part~="share-status"]:not(:empty)')(r),
    );
  },
};

export const Shared: Story = {
  name: 'Results in a group, shared',
  args: { space: SPACE },
  loaders: [
    () => answeredOnThisDevice(SPACE),
    async () => {
      const { backend, open } = gated(await asMember('concerned'), ['submitDiagnostic']);
      return { backend, open };
    },
  ],
  play: async ({ canvasElement, loaded }) => {
    const el = await seeResults(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share"] button')!.click();
    // Sending shows a status too: "shared" is the one that comes after it.
    const sending = (r: ShadowRoot) =>
      !has('[part~="share"] button')(r) && has('[part~="share-status"]:not(:empty)')(r);
    await untilShown(canvasElement, TAG, 'sending', sending);
    const status = (r: ShadowRoot) => r.querySelector('[part~="share-status"]')?.textContent;
    const before = status(el.shadowRoot!);
    (loaded.open as () => void)();
    await untilShown(canvasElement, TAG, 'shared', (r) => sending(r) && status(r) !== before);
  },
};

export const ShareRefused: Story = {
  name: 'Results in a group, sharing refused (not a member)',
  args: { space: SPACE },
  loaders: [() => answeredOnThisDevice(SPACE), async () => ({ backend: (await seeded([])).backend })],
  play: async ({ canvasElement }) => {
    const el = await seeResults(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share"] button')!.click();
    // Before sharing the status line is empty; refused, it says why and the button is back.
    await untilShown(
      canvasElement,
      TAG,
      'refused, offered again',
      (r) => has('[part~="share"] button')(r) && has('[part~="share-status"]:not(:empty)')(r),
    );
  },
};

export const GroupView: Story = {
  name: 'Group view (given responses)',
  args: { view: 'group' },
  loaders: [async () => ({ responses: RESPONSES, backend: (await seeded([])).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'the group view',
      (r) => has('[part~="group"] svg[part~="radar"]')(r) && has('[part~="group"] table')(r),
    );
  },
};

export const GroupLoading: Story = {
  name: 'Group view, loading',
  args: { view: 'group', space: SPACE },
  loaders: [
    async () => {
      const backend = await asMember();
      return {
        backend: { ...backend, getDiagnosticAggregate: () => new Promise<never>(() => {}) } satisfies ParticipeBackend,
      };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading the group', (r) => live(r) !== '' && !has('[part~="group"]')(r));
  },
};

export const GroupFromSpace: Story = {
  name: 'Group view (the group’s responses)',
  args: { view: 'group', space: SPACE },
  loaders: [
    async () => {
      const { store } = await seeded([]);
      const member = (role: 'concerned' | 'professional', id: string) =>
        createLocalBackend(store, { now: () => NOW, caller: { role, memberId: id, spaceIds: ['s_nord'] } });
      await member('concerned', 'm_1').submitDiagnostic(SPACE, completeDefaultAnswers('first'));
      await member('professional', 'p_1').submitDiagnostic(SPACE, completeDefaultAnswers('last'));
      return { backend: member('professional', 'p_1') };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the differences', has('[part~="group"] [part~="differences"]'));
  },
};

export const GroupEmpty: Story = {
  name: 'Group view, nobody answered',
  args: { view: 'group', space: SPACE },
  loaders: [async () => ({ backend: await asMember() })],
  play: async ({ canvasElement }) => {
    await untilShown(
      canvasElement,
      TAG,
      'nobody answered',
      (r) => live(r) === '' && !has('[part~="group"]')(r) && has('[part~="base"] > p:not([part]):last-child')(r),
    );
  },
};

export const GroupRefused: Story = {
  name: 'Group view, members only',
  args: { view: 'group', space: SPACE },
  loaders: [async () => ({ backend: (await seeded([])).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the refusal', has('[role="alert"] button'));
  },
};
