import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-content-editor.js';
import { changeDraft, contentDraftOf, type EditableEntry } from '@participe/core';
import { accessibilityPage, untilShown } from '../testing/stories.js';
import type { ContentEditorApi } from './content-editor.api.js';
import { contentDrafts, councilKey } from './content-editor.drafts.js';
import { contentSeed, OTHER_EDITOR, stalledContent } from './content-editor.fixtures.js';

const TAG = 'participe-content-editor';

interface Args {
  /** Listed by the manifest; the stories use the in-process `api` instead. */
  endpoint?: string;
  api?: ContentEditorApi;
  token?: string;
}

// States are read from `data-state`, so they hold in every locale.
const stateIs = (state: string) => (root: ShadowRoot) =>
  root.querySelector('[part~="base"]')?.getAttribute('data-state') === state;

async function press(canvas: HTMLElement, selector: string) {
  const el = await untilShown(canvas, TAG, selector, (r) => r.querySelector(selector) !== null);
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  return el;
}

/** Types into a field as a person would, so the widget hears it. */
function type(el: Element, selector: string, value: string) {
  const field = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const never = () => new Promise<never>(() => {});
const refusal = (status: number) => () =>
  Promise.reject(Object.assign(new Error(String(status)), { status, code: 'refused', issues: [] }));
const editor = async () => ({ api: contentSeed().editor });
/** Opens the first resource of the list. */
const openFirst = async (canvas: HTMLElement) => {
  const el = await press(canvas, '[part~="item"] button');
  await untilShown(canvas, TAG, 'the form', stateIs('editing'));
  return el;
};

/**
 * The widget reads version 1; another editor saves version 2 (the entry with `change`) before
 * the widget does: its save is a conflict.
 */
function conflicting(get: 'getResource' | 'getPhase', put: 'putResource' | 'putPhase', change: object) {
  return async () => {
    const { editor: api, as } = contentSeed();
    const other = as(OTHER_EDITOR);
    const read = async (id: string, query?: { locale?: 'fr' | 'en' }) => {
      const entry = await api[get](id, query);
      if (entry.version === 1) {
        const { version: _v, falcMissing: _f, ...doc } = entry;
        await other[put](id, { ...doc, ...change }, { expectedVersion: 1, locale: 'fr' });
      }
      return entry;
    };
    return { api: { ...api, [get]: read } as ContentEditorApi };
  };
}

/** Shows another kind of content: its list. */
const choose = async (canvas: HTMLElement, kind: string) => {
  await untilShown(canvas, TAG, 'the list', stateIs('list'));
  await press(canvas, `#kind-${kind}`);
  return untilShown(
    canvas,
    TAG,
    `the ${kind} list`,
    (r) => stateIs('list')(r) && r.querySelector('[part~="base"]')?.getAttribute('data-kind') === kind,
  );
};

const meta: Meta<Args> = {
  title: 'Widgets/Content editor',
  component: TAG,
  argTypes: {
    endpoint: { control: false },
    api: { control: false },
    token: { control: false },
  },
  render: (_args, { loaded }) =>
    html`<participe-content-editor .api=${(loaded.api as ContentEditorApi | undefined) ?? null}></participe-content-editor>`,
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
        'A region named by its heading: a search form (a search landmark), the resources as a list, then the resource’s form, each text and its FALC version a fieldset with a legend and two labelled fields.',
      keyboard: [
        ['Tab / Shift + Tab', 'Moves through the search, the list’s buttons, the form’s fields and buttons.'],
        ['Enter', 'In the search box: searches. In a one-line field: saves. On a button: its action.'],
      ],
      aria: [
        ['<section aria-labelledby aria-busy>', 'The widget is a named region, busy while it loads or saves.'],
        [
          '<p role="status">',
          'Says loading, saving, saved (and how many texts have no FALC version), how many resources.',
        ],
        ['role="alert"', 'A refusal listing each field, a save not recorded, a conflict with someone else’s version.'],
        [
          'aria-invalid, aria-describedby',
          'Each field points to its error and to its “sans version FALC” flag; focus goes to the refusal’s summary.',
        ],
      ],
      rgaa: [
        ['7.1', 'Native buttons, inputs, text areas and selects only.'],
        ['7.5', 'Loading, saving and results are status messages.'],
        ['11.2', 'Every field has a visible label; a text and its FALC version are grouped under the field’s legend.'],
        ['11.10', 'Errors name the field, say why, and give a valid example.'],
        ['10.7', 'A 3 px focus ring in the theme’s focus colour on every control.'],
      ],
      limits: [
        'Entries are edited, not added or removed: adding a resource, a question or a term goes through the API.',
        'Ids, a resource’s kind, phases and tags, a phase’s or question’s resources are shown as they are: the API changes them.',
        'Changes not saved are lost when the page is closed.',
      ],
    }),
};

export const Idle: Story = {
  name: 'Idle: no API given',
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'idle', stateIs('idle'));
  },
};

export const Loading: Story = {
  loaders: [async () => ({ api: stalledContent(contentSeed().editor) })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', stateIs('loading'));
  },
};

export const Failed: Story = {
  name: 'Failed: the server could not be reached',
  loaders: [
    async () => ({ api: { ...contentSeed().editor, listResources: () => Promise.reject(new TypeError('down')) } }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the error', stateIs('failed'));
  },
};

export const Unauthorized: Story = {
  name: 'Failed: no session (401)',
  loaders: [async () => ({ api: { ...contentSeed().editor, listResources: refusal(401) } })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the sign-in message', stateIs('failed'));
  },
};

export const List: Story = {
  name: 'The resources',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the list', stateIs('list'));
  },
};

export const Editing: Story = {
  name: 'Editing: a text without its FALC version',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    const el = await openFirst(canvasElement);
    type(el, '#summary-falc', '');
    await untilShown(canvasElement, TAG, 'the FALC flag', (r) => r.querySelector('#summary-nofalc') !== null);
  },
};

export const Saving: Story = {
  loaders: [async () => ({ api: { ...contentSeed().editor, putResource: never } })],
  play: async ({ canvasElement }) => {
    await openFirst(canvasElement);
    await press(canvasElement, '#save');
    await untilShown(canvasElement, TAG, 'saving', stateIs('saving'));
  },
};

export const Saved: Story = {
  name: 'Saved, with the history',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    const el = await openFirst(canvasElement);
    type(el, '#whenToUse-standard', 'Quand le groupe veut entendre les habitants qui ne viennent pas.');
    await press(canvasElement, '#save');
    await untilShown(canvasElement, TAG, 'saved', (r) =>
      /version 2/.test(r.querySelector('#status')?.textContent ?? ''),
    );
    await press(canvasElement, '#history');
    await untilShown(canvasElement, TAG, 'the history', (r) => r.querySelectorAll('[part~="history"] li').length === 2);
  },
};

export const Rejected: Story = {
  name: 'Refused: a field the API names',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    const el = await openFirst(canvasElement);
    type(el, '#title-standard', '');
    await press(canvasElement, '#save');
    await untilShown(canvasElement, TAG, 'the errors', (r) => r.querySelector('[part~="error-summary"]') !== null);
  },
};

export const Forbidden: Story = {
  name: 'Refused: not an editor’s session (403)',
  loaders: [async () => ({ api: { ...contentSeed().editor, putResource: refusal(403) } })],
  play: async ({ canvasElement }) => {
    await openFirst(canvasElement);
    await press(canvasElement, '#save');
    await untilShown(canvasElement, TAG, 'the refusal', (r) => r.querySelector('#failure') !== null);
  },
};

export const Conflict: Story = {
  name: 'Conflict: someone else saved meanwhile',
  loaders: [conflicting('getResource', 'putResource', { duration: '1 jour' })],
  play: async ({ canvasElement }) => {
    const el = await openFirst(canvasElement);
    type(el, '#duration', '3 heures');
    await press(canvasElement, '#save');
    await untilShown(canvasElement, TAG, 'the conflict', (r) => r.querySelector('#theirs') !== null);
  },
};

export const Phases: Story = {
  name: 'The phases of the cycle',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'phase');
  },
};

export const PhaseEditing: Story = {
  name: 'Editing a phase: a stake without its FALC version',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'phase');
    const el = await openFirst(canvasElement);
    type(el, '#stakes-0-falc', '');
    await untilShown(canvasElement, TAG, 'the FALC flag', (r) => r.querySelector('#stakes-0-nofalc') !== null);
  },
};

export const PhaseConflict: Story = {
  name: 'Conflict on a phase',
  loaders: [
    conflicting('getPhase', 'putPhase', {
      summary: { standard: 'Leur résumé de la phase.', falc: 'Leur résumé facile.' },
    }),
  ],
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'phase');
    const el = await openFirst(canvasElement);
    type(el, '#question-standard', 'Qui manque encore autour de la table ?');
    await press(canvasElement, '#save');
    await untilShown(canvasElement, TAG, 'the conflict', (r) => r.querySelector('#theirs') !== null);
  },
};

export const Guide: Story = {
  name: 'The “where do I start” questions of a phase',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    const el = await choose(canvasElement, 'guide');
    const phase = el.shadowRoot!.querySelector<HTMLSelectElement>('#phase')!;
    phase.value = 'diagnose';
    await press(canvasElement, '#search');
    await untilShown(canvasElement, TAG, 'the questions', stateIs('list'));
  },
};

export const GuideSaved: Story = {
  name: 'A question saved',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'guide');
    const el = await openFirst(canvasElement);
    type(el, '#answer-standard', 'Commencez par aller voir les habitants là où ils sont.');
    await press(canvasElement, '#save');
    await untilShown(canvasElement, TAG, 'saved', (r) =>
      /version 2/.test(r.querySelector('#status')?.textContent ?? ''),
    );
  },
};

export const Glossary: Story = {
  name: 'The glossary',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'glossary');
  },
};

export const GlossaryRejected: Story = {
  name: 'Refused: a glossary term left empty',
  loaders: [editor],
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'glossary');
    const el = await openFirst(canvasElement);
    type(el, '#term', '');
    await press(canvasElement, '#save');
    await untilShown(canvasElement, TAG, 'the errors', (r) => r.querySelector('[part~="error-summary"]') !== null);
  },
};

export const Restored: Story = {
  name: 'Restored: an edit kept on this device after a reload',
  loaders: [
    async () => {
      const { editor: api } = contentSeed();
      const phase = (await api.getPhase('evaluate', { locale: 'fr' })) as unknown as EditableEntry;
      const draft = changeDraft(contentDraftOf('phase', phase), {
        path: 'question',
        side: 'standard',
        value: 'Qu’est-ce qui a changé pour les habitants ?',
      });
      await (await contentDrafts()).save(councilKey('', api), {
        kind: 'phase',
        id: phase.id,
        baseVersion: phase.version,
        draft,
        at: '2026-03-15T12:00:00.000Z',
      });
      return { api };
    },
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'the kept edit', (r) => r.querySelector('#discard') !== null);
  },
};
