import type { Attestation, BackofficeBackend } from '@participe/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './participe-attestation.js';
import {
  CONCERNED,
  failingBackoffice,
  gatedBackoffice,
  NOW,
  SPACE_ID,
  seededGroup,
  twoMeetings,
} from '../testing/space-admin.seed.js';
import { accessibilityPage, untilShown } from '../testing/stories.js';

const TAG = 'participe-attestation';

interface Args {
  space: string;
  variant: 'standard' | 'falc';
  'member-role': string;
  'signed-by': string;
  /** Listed by the manifest; the stories use an in-process `backend` instead. */
  endpoint?: string;
  backend?: BackofficeBackend;
  token?: string;
  now?: () => Date;
}

const ISSUED: Attestation = {
  id: 'at_amel',
  spaceId: SPACE_ID,
  memberId: 'm_amel',
  memberName: 'Amel K.',
  spaceName: 'Groupe ressource du secteur Nord',
  meetings: [
    { id: 'mt_jan', on: '2026-01-20', place: 'Maison des solidarités, salle 2' },
    { id: 'mt_feb', on: '2026-02-17', place: 'Centre social des Tilleuls' },
  ],
  skills: ['speakingInPublic', 'listening', 'writingMinutes'],
  otherSkills: 'Organiser une sortie collective',
  signedBy: 'Direction de l’insertion, animatrice du groupe',
  issuedOn: '2026-03-01',
};

const listed = (r: ShadowRoot) => r.querySelector('[part~="issued"]') !== null;
const click = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
const choose = (el: HTMLElement, selector: string, value: string) => {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
};

const meta: Meta<Args> = {
  title: 'Widgets/Attestation',
  component: TAG,
  args: {
    space: 'groupe-rsa-nord',
    variant: 'standard',
    'member-role': 'facilitator',
    'signed-by': 'Direction de l’insertion, animatrice du groupe',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['standard', 'falc'] },
    'member-role': { control: 'inline-radio', options: ['facilitator', 'concerned', ''] },
    endpoint: { control: false },
    backend: { control: false },
    token: { control: false },
    now: { control: false },
  },
  render: (args, { loaded }) =>
    html`<participe-attestation
      space=${args.space}
      variant=${args.variant}
      member-role=${args['member-role']}
      signed-by=${args['signed-by']}
      .backend=${(loaded.backend as BackofficeBackend | undefined) ?? null}
      .now=${() => NOW}
    ></participe-attestation>`,
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
        'Attestations of participation: a form (who, the meetings they came to, the skills to tick, other skills, who signs), the attestations prepared earlier, and a page that prints cleanly or saves as PDF. The attestation is written in plain language.',
      keyboard: [
        [
          'Tab',
          'The person list, each skill box, other skills, signature, “Prepare”, then each earlier attestation’s button.',
        ],
        ['Down / Up', 'In the person list: choose someone; the meetings they came to appear below.'],
        ['Space', 'On a skill: tick or untick it.'],
        ['Enter', 'On “Prepare the attestation”: prepares it; focus goes to “Print or save as PDF”.'],
        ['Enter', 'On “Print or save as PDF”: opens the browser’s print dialog (choose “Save as PDF” there).'],
        ['Enter', 'On “Back to the list”: focus goes to that attestation’s button in the list.'],
      ],
      aria: [
        ['<fieldset> <legend>', 'The skills are one group of checkboxes with a question as legend.'],
        ['<article aria-labelledby>', 'The attestation is a named article; it is what prints.'],
        ['@media print', 'Printing hides the controls, the list and the status line, and sets black on white.'],
        ['role="status"', 'Loading, preparing, “ready to print”.'],
        ['aria-invalid, aria-describedby', 'A field in error points to its message: its name and a valid example.'],
        ['<time datetime>', 'Meeting and issue dates are machine-readable.'],
      ],
      rgaa: [
        ['3.2', 'Text and controls meet 4.5:1 (checked by axe here); the printout is black on white.'],
        ['7.1', 'Native select, checkboxes, fields and buttons.'],
        ['7.3', 'Preparing and printing work with the keyboard alone (browser test).'],
        ['7.5', 'Progress and outcome are status messages.'],
        ['11.1, 11.2, 11.5', 'Labelled fields; skills grouped under a legend.'],
        ['11.10, 11.11', 'Required fields are marked; errors say what to do, with an example.'],
        ['12.8', 'Tab order follows the reading order.'],
      ],
      limits: [
        'The browser prints the whole page: the widget hides its own controls, but the host page’s header and menus print too unless the page hides them in its own print stylesheet.',
        'The form shows only with `member-role="facilitator"`; a member sees and prints their own attestations.',
      ],
    }),
};

export const Loading: Story = {
  loaders: [async () => ({ backend: gatedBackoffice((await seededGroup()).backend, ['listAttestations']).backend })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'loading', (r) => r.querySelector('[part~="status"]')?.textContent !== '');
  },
};

export const Ready: Story = {
  name: 'Ready (facilitator)',
  loaders: [async () => seededGroup({ meetings: twoMeetings(), attestations: [ISSUED] })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'form and list', (r) => listed(r) && r.querySelector('form') !== null);
  },
};

export const MemberPicked: Story = {
  name: 'Ready, a member picked',
  loaders: [async () => seededGroup({ meetings: twoMeetings() })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'form', (r) => r.querySelector('#memberId') !== null);
    choose(el, '#memberId', 'm_amel');
    await untilShown(canvasElement, TAG, 'meetings attended', (r) => r.querySelector('[part~="attended"] li') !== null);
  },
};

export const FormErrors: Story = {
  name: 'Ready, with errors',
  loaders: [async () => seededGroup({ meetings: twoMeetings() })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'form', (r) => r.querySelector('form') !== null);
    click(el, 'form button[type="submit"]');
    await untilShown(canvasElement, TAG, 'errors', (r) => r.querySelector('#skills-error') !== null);
  },
};

export const Issuing: Story = {
  loaders: [
    async () => ({
      backend: gatedBackoffice((await seededGroup({ meetings: twoMeetings() })).backend, ['issueAttestation']).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'form', (r) => r.querySelector('#memberId') !== null);
    choose(el, '#memberId', 'm_amel');
    click(el, '#skill-listening');
    click(el, 'form button[type="submit"]');
    await untilShown(
      canvasElement,
      TAG,
      'issuing',
      (r) => r.querySelector('form button[type="submit"][disabled]') !== null,
    );
  },
};

export const PrintView: Story = {
  name: 'Viewing, the printable page',
  loaders: [async () => seededGroup({ meetings: twoMeetings(), attestations: [ISSUED] })],
  play: async ({ canvasElement }) => {
    const el = await untilShown(canvasElement, TAG, 'list', (r) => r.querySelector('[data-attestation]') !== null);
    click(el, '[data-attestation="at_amel"]');
    await untilShown(canvasElement, TAG, 'attestation', (r) => r.querySelector('[part~="attestation"]') !== null);
  },
};

export const PrintViewFalc: Story = {
  name: 'Viewing, the printable page in FALC',
  args: { variant: 'falc' },
  loaders: [async () => seededGroup({ meetings: twoMeetings(), attestations: [ISSUED] })],
  play: PrintView.play!,
};

export const OwnAttestations: Story = {
  name: 'Ready, a member’s own attestations',
  args: { 'member-role': 'concerned' },
  loaders: [async () => seededGroup({ attestations: [ISSUED], caller: CONCERNED })],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'own list', (r) => r.querySelector('[data-attestation]') !== null);
  },
};

export const LoadError: Story = {
  name: 'Error',
  loaders: [
    async () => ({
      backend: failingBackoffice((await seededGroup()).backend, ['listAttestations'], {
        kind: 'offline',
        message: 'Failed to fetch',
      }).backend,
    }),
  ],
  play: async ({ canvasElement }) => {
    await untilShown(canvasElement, TAG, 'offline error', (r) => r.querySelector('[part~="error"]') !== null);
  },
};
