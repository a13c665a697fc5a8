import './participe-contribution-form.js';
import { createDraftStore } from '@participe/adapters/browser';
import { createLocalBackend } from '@participe/adapters/local';
import { MemoryStore } from '@participe/adapters/memory';
import { type CreatedContribution, type ParticipeBackend, SpaceSchema } from '@participe/core';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ParticipeSubmittedEvent } from '../events/submitted.js';
import { loadMore } from '../i18n/i18n.js';
import { catalogs } from '../i18n/registry.js';
import type { ParticipeContributionForm } from './contribution-form.js';

const SPACE = SpaceSchema.parse({
  id: 's_form',
  slug: 'groupe-form',
  name: 'Groupe ressource du secteur Nord',
  policyArea: 'Insertion',
  territory: 'Secteur Nord',
  charter: { text: 'Co-responsabilité, bienveillance, confidentialité.', adoptedOn: '2026-01-15' },
  composition: {},
  createdOn: '2026-01-10',
  answerWithinDays: 60,
});

/** A facilitator of the space: only they may type a contribution for someone else. */
const FACILITATOR = { role: 'facilitator' as const, memberId: 'fac_1', spaceIds: ['s_form'] };

async function setup(caller: typeof FACILITATOR | null = null) {
  const store = new MemoryStore();
  await store.putSpace(SPACE);
  return { store, backend: createLocalBackend(store, { caller }) };
}

/** A back end the test controls: offline, failing, or holding its answer. */
function controlled(inner: ParticipeBackend) {
  const state = { offline: false, fail: false, hold: null as Promise<void> | null, calls: 0 };
  const backend: ParticipeBackend = {
    ...inner,
    async createContribution(body, key): Promise<CreatedContribution> {
      if (state.offline) throw { kind: 'offline', message: 'Pas de réseau' };
      if (state.fail) throw { kind: 'error', message: 'Erreur 500' };
      await state.hold;
      state.calls += 1;
      return inner.createContribution(body, key);
    },
  };
  return { backend, state };
}

const deleteDb = (name: string) =>
  new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = () => resolve();
  });

beforeEach(async () => {
  document.body.innerHTML = '';
  await deleteDb('participe-drafts');
  await deleteDb('participe-outbox');
});
afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(
  backend: ParticipeBackend | null,
  attrs: Record<string, string> = {},
  lang = 'fr',
  parent: Element = document.body,
) {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const el = document.createElement('participe-contribution-form');
  el.backend = backend;
  el.setAttribute('space', SPACE.slug);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  parent.append(wrapper);
  await vi.waitFor(() => expect(el.shadowRoot?.querySelector('form, .confirmation, [role=alert]')).toBeTruthy());
  return el;
}

const root = (el: ParticipeContributionForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: ParticipeContributionForm, sel: string) =>
  root(el).querySelector<T & HTMLElement>(sel)!;
const text = (el: ParticipeContributionForm) => root(el).textContent!.replace(/\s+/g, ' ');
const heading = (el: ParticipeContributionForm) => $(el, 'h2').textContent!.replace(/\s+/g, ' ').trim();
const active = (el: ParticipeContributionForm) => root(el).activeElement as HTMLElement | null;

// Fast helpers for tests that are not about the keyboard.
async function fill(el: ParticipeContributionForm, field: string, value: string) {
  const control = $<HTMLInputElement>(el, `[name="${field}"]`);
  if (control.type === 'radio') $<HTMLInputElement>(el, `[name="${field}"][value="${value}"]`).click();
  else if (control.type === 'checkbox') control.click();
  else {
    control.value = value;
    control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input'));
  }
  await el.updateComplete;
}
async function next(el: ParticipeContributionForm) {
  $(el, 'button[type=submit]').click();
  await el.updateComplete;
}
const ANSWERS: Array<[string, string][]> = [
  [['kind', 'proposal']],
  [
    ['title', 'Un bus plus tôt le matin'],
    ['body', 'Le premier bus arrive après l’ouverture du guichet.'],
  ],
  [['theme', 'mobilite']],
  [['pseudonym', 'Camille']],
];
/** Answers the public steps `from` (included) to `to` (excluded), pressing Continue after each. */
async function answer(el: ParticipeContributionForm, from: number, to: number) {
  for (const group of ANSWERS.slice(from, to)) {
    for (const [f, v] of group) await fill(el, f, v);
    await next(el);
  }
}

const AXE: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};
async function expectAccessible(el: ParticipeContributionForm, where: string) {
  const { violations } = await axe.run(el, AXE);
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

describe('participe-contribution-form: every state, accessible', () => {
  it('walks kind → content → place → followUp → review → sending → sent; axe finds nothing in each', async () => {
    const { backend: inner, store } = await setup();
    const { backend, state } = controlled(inner);
    let release = () => {};
    state.hold = new Promise<void>((r) => {
      release = r;
    });
    const el = await mount(backend, { 'follow-up-url': '/suivi?code={code}', institution: 'Le Département' });

    expect(heading(el)).toBe('Étape 1 sur 5 Ce que vous voulez dire');
    await expectAccessible(el, 'kind');
    await next(el);
    expect(text(el)).toContain('Le type de message manque. Exemple : « Un constat »');
    await expectAccessible(el, 'kind with errors');

    await answer(el, 0, 1);
    expect(heading(el)).toBe('Étape 2 sur 5 Votre message');
    expect($(el, 'label[for=f-body]').textContent).toBe('Que proposez-vous\u202f?');
    await expectAccessible(el, 'content');
    await fill(el, 'title', 'x'.repeat(121));
    await next(el);
    expect($(el, '#e-title').textContent).toBe(
      'Le titre est trop long\u00a0: 120\u00a0caractères au plus. Exemple\u00a0: «\u00a0Un bus plus tôt le matin\u00a0»',
    );
    await expectAccessible(el, 'content with errors');

    await answer(el, 1, 2);
    expect(heading(el)).toBe('Étape 3 sur 5 Le sujet et le lieu');
    await expectAccessible(el, 'place');
    await answer(el, 2, 3);
    expect(heading(el)).toBe('Étape 4 sur 5 Le suivi de votre message');
    await fill(el, 'wantsContact', 'true');
    await fill(el, 'email', 'pas-une-adresse');
    await next(el);
    expect(text(el)).toContain('L’adresse e-mail n’est pas valide. Exemple : « camille@exemple.fr »');
    await expectAccessible(el, 'followUp with contact and errors');
    await fill(el, 'wantsContact', 'false');

    await answer(el, 3, 4);
    expect(heading(el)).toBe('Étape 5 sur 5 Relire avant d’envoyer');
    expect(text(el)).toContain('Un bus plus tôt le matin');
    await expectAccessible(el, 'review');

    await next(el);
    expect(text(el)).toContain('Envoi de votre message en cours…');
    await expectAccessible(el, 'sending');
    release();

    await vi.waitFor(() => expect(heading(el)).toBe('Merci, votre message est envoyé'));
    const code = $(el, '[part=code]').textContent!;
    expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3,4}$/);
    expect($(el, '[part=link]').getAttribute('href')).toBe(`/suivi?code=${code}`);
    expect(text(el)).toContain('Le Département s’engage à répondre sous 60 jours.');
    expect(text(el)).toContain('Notez ce code');
    // Outside any landmark of the page, the end screen is a region named by its heading (RGAA 12.6).
    await vi.waitFor(() =>
      expect($(el, '[part=confirmation]').getAttribute('aria-labelledby')).toBe('outcome-heading'),
    );
    expect($(el, '#outcome-heading').textContent).toBe('Merci, votre message est envoyé');
    // Written in a French page: the contribution says so (RGAA 8.7, for whoever shows it).
    const id = (await store.findByFollowUpCode(code))!;
    expect((await store.getContribution(id))?.content.lang).toBe('fr');
    await expectAccessible(el, 'sent');
  });

  it('assisted mode asks on whose behalf and how consent was given; axe finds nothing', async () => {
    const { backend, store } = await setup(FACILITATOR);
    const el = await mount(backend, { mode: 'assisted', facilitator: 'fac_1', kinds: 'question' });
    expect(heading(el)).toBe('Étape 1 sur 5 Votre message');
    await answer(el, 1, 4);
    expect(heading(el)).toBe('Étape 4 sur 5 Saisie pour une autre personne');
    expect(text(el)).toContain('Comment la personne a-t-elle donné son accord pour ce message ?');
    await next(el);
    await expectAccessible(el, 'assisted with errors');
    await fill(el, 'onBehalfOf', 'Madame B.');
    await fill(el, 'consentMethod', 'oral');
    await next(el);
    await next(el);
    await vi.waitFor(() => expect(heading(el)).toBe('Merci, votre message est envoyé'));
    const [stored] = (await store.listContributions({})).items;
    expect(stored).toMatchObject({ channel: 'assisted', assisted: { onBehalfOf: 'Madame B.', consentMethod: 'oral' } });
  });

  it('failed: says so, keeps the answers, and retries', async () => {
    const { backend: inner } = await setup();
    const { backend, state } = controlled(inner);
    state.fail = true;
    const el = await mount(backend);
    await answer(el, 0, 4);
    await next(el);
    await vi.waitFor(() => expect(heading(el)).toBe('Votre message n’est pas parti'));
    expect($(el, '[role=alert]').textContent).toContain('Vos réponses sont gardées');
    await expectAccessible(el, 'failed');
    state.fail = false;
    $(el, '.primary').click();
    await vi.waitFor(() => expect(heading(el)).toBe('Merci, votre message est envoyé'));
  });

  it('announces required fields as required and leaves optional ones unmarked (RGAA 11.10)', async () => {
    const { backend } = await setup();
    const el = await mount(backend);
    // Radios take no `aria-required`: their fieldset is a required radio group, named by its legend.
    const kinds = page.getByRole('radiogroup', { name: 'Que voulez-vous partager ?' });
    await expect.element(kinds).toHaveAttribute('aria-required', 'true');
    expect(kinds.element().querySelectorAll('input[type=radio]')).toHaveLength(4);
    await answer(el, 0, 1);
    expect($(el, '[name="title"]').getAttribute('aria-required')).toBe('true');
    expect($(el, '[name="body"]').getAttribute('aria-required')).toBe('true');
    await answer(el, 1, 2);
    expect($(el, '[name="theme"]').getAttribute('aria-required')).toBe('true');
    expect($(el, '[name="territory"]').getAttribute('aria-required')).toBe('false');
    expect($(el, 'label[for="' + $(el, '[name="territory"]').id + '"]').textContent).toContain('(facultatif)');
    await answer(el, 2, 3);
    const contact = page.getByRole('radiogroup', { name: 'Voulez-vous être prévenu quand la réponse sera publiée ?' });
    await expect.element(contact).toHaveAttribute('aria-required', 'true');
    expect(contact.element().getAttribute('aria-describedby')).toBe('h-wantsContact');
  });

  it('assisted mode: how consent was given is a required radio group too (RGAA 11.10)', async () => {
    const { backend } = await setup(FACILITATOR);
    const el = await mount(backend, { mode: 'assisted', facilitator: 'fac_1', kinds: 'question' });
    await answer(el, 1, 4);
    const consent = page.getByRole('radiogroup', {
      name: 'Comment la personne a-t-elle donné son accord pour ce message ?',
    });
    await expect.element(consent).toHaveAttribute('aria-required', 'true');
    await next(el);
    // Left unanswered, the group is described by its error, and each radio is invalid.
    expect(consent.element().getAttribute('aria-describedby')).toBe('e-consentMethod');
    expect($(el, '[name="consentMethod"]').getAttribute('aria-invalid')).toBe('true');
  });

  it('renders step 1 in its first render, before the group, a draft or the device arrive', async () => {
    const { backend: inner } = await setup();
    let giveSpace: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      giveSpace = resolve;
    });
    const backend: ParticipeBackend = { ...inner, getSpace: (id) => held.then(() => inner.getSpace(id)) };
    const wrapper = document.createElement('div');
    wrapper.lang = 'fr';
    const el = document.createElement('participe-contribution-form');
    el.backend = backend;
    el.setAttribute('space', SPACE.slug);
    wrapper.append(el);
    document.body.append(wrapper);
    await el.updateComplete;
    expect(heading(el)).toBe('Étape 1 sur 5 Ce que vous voulez dire');
    expect(root(el).querySelectorAll('input[type=radio][name=kind]')).toHaveLength(4);
    expect(root(el).querySelector('[part=status]')).toBeNull();
    await expectAccessible(el, 'step 1 while the group loads');
    // The group arriving changes nothing on step 1: no reflow under the person's pointer.
    const box = () => JSON.stringify($(el, 'form').getBoundingClientRect());
    const before = box();
    giveSpace();
    await held;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(box()).toBe(before);
    // What needs the group (its topics, on step 3) is there when the person reaches it.
    await answer(el, 0, 2);
    await vi.waitFor(() => expect($(el, '[name=theme] option[value=mobilite]')).toBeTruthy());
  });

  it('takes the back end and group a framework sets just after connecting it', async () => {
    const { backend } = await setup();
    const wrapper = document.createElement('div');
    wrapper.lang = 'fr';
    document.body.append(wrapper);
    const el = document.createElement('participe-contribution-form');
    wrapper.append(el);
    el.backend = backend;
    el.setAttribute('space', SPACE.slug);
    await vi.waitFor(() => expect(heading(el)).toBe('Étape 1 sur 5 Ce que vous voulez dire'));
    await answer(el, 0, 1);
    await vi.waitFor(() => expect($(el, '[name=title]')).toBeTruthy());
    await answer(el, 1, 2);
    await vi.waitFor(() => expect($(el, '[name=theme]')).toBeTruthy());
  });

  it('without any back end: "service unavailable", accessible', async () => {
    const el = await mount(null);
    expect($(el, '[role=alert]').textContent).toBe(
      'Le service n’est pas disponible pour le moment. Réessayez un peu plus tard.',
    );
    await expectAccessible(el, 'unavailable');
  });
});

/** Presses Tab until `match` holds for the focused control (at most 30 times). */
async function tabTo(el: ParticipeContributionForm, match: (e: HTMLElement) => boolean) {
  for (let i = 0; i < 30 && !(active(el) && match(active(el)!)); i++) await userEvent.tab();
  expect(active(el) && match(active(el)!), 'focus reached').toBe(true);
}
const isButton = (label: string) => (e: HTMLElement) => e.tagName === 'BUTTON' && e.textContent!.trim() === label;
const isField = (name: string) => (e: HTMLElement) => e.getAttribute('name') === name;

describe('participe-contribution-form: keyboard only', () => {
  it('reaches a stored contribution with Tab, arrows, Space and Enter; errors take focus', async () => {
    const { backend, store } = await setup();
    const submitted: ParticipeSubmittedEvent[] = [];
    document.addEventListener('participe-submitted', (e) => submitted.push(e), { once: true });
    const el = await mount(backend);

    await tabTo(el, isField('kind'));
    await userEvent.keyboard('{ArrowDown}');
    expect($<HTMLInputElement>(el, '[value=proposal]').checked).toBe(true);
    await tabTo(el, isButton('Continuer'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(active(el)?.id).toBe('step-heading'));

    // Continue with nothing typed: the summary names the fields; focus goes to the first one.
    await tabTo(el, isButton('Continuer'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(active(el)?.id).toBe('f-title'));
    expect($(el, '[role=alert]').textContent).toContain(
      'Le titre manque. Exemple\u00a0: «\u00a0Un bus plus tôt le matin\u00a0»',
    );
    expect($(el, '#f-title').getAttribute('aria-invalid')).toBe('true');
    expect($(el, '#f-title').getAttribute('aria-describedby')).toBe('h-title e-title');
    await userEvent.keyboard('Un bus plus tot le matin');
    await userEvent.tab();
    await userEvent.keyboard('Le premier bus arrive trop tard.');
    await tabTo(el, isButton('Continuer'));
    await userEvent.keyboard('{Enter}');

    await tabTo(el, isField('theme'));
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(el, isButton('Continuer'));
    await userEvent.keyboard('{Enter}');

    await tabTo(el, isField('pseudonym'));
    await userEvent.keyboard('Camille');
    await tabTo(el, isField('wantsContact'));
    await userEvent.keyboard('{ArrowUp}');
    await tabTo(el, isField('contactConsent'));
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(active(el)?.getAttribute('name')).toBe('email');
    await userEvent.keyboard('camille@exemple.fr');
    // Back keeps the answers.
    await tabTo(el, isButton('Retour'));
    await userEvent.keyboard('{Enter}');
    await tabTo(el, isButton('Continuer'));
    await userEvent.keyboard('{Enter}');
    expect($<HTMLInputElement>(el, '[name=pseudonym]').value).toBe('Camille');
    await tabTo(el, isButton('Continuer'));
    await userEvent.keyboard('{Enter}');

    expect(heading(el)).toContain('Relire avant d’envoyer');
    await tabTo(el, isButton('Envoyer mon message'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(heading(el)).toBe('Merci, votre message est envoyé'));
    expect(active(el)?.tagName).toBe('H2');

    const { items } = await store.listContributions({});
    expect(items.map((c) => c.content.title)).toEqual(['Un bus plus tot le matin']);
    expect((await store.getPrivate(items[0]!.id))?.contact).toEqual({ email: 'camille@exemple.fr', consent: true });
    expect(submitted.map((e) => ({ ...e.detail }))).toEqual([{ contributionId: items[0]!.id, kind: 'proposal' }]);
    expect(submitted[0]).toMatchObject({ bubbles: true, composed: true });
  });
});

describe('participe-contribution-form: nothing lost', () => {
  it('restores the draft after a reload and says so', async () => {
    const { backend } = await setup();
    const first = await mount(backend);
    await answer(first, 0, 1);
    await fill(first, 'title', 'Brouillon gardé');
    const drafts = createDraftStore<{ values: { title?: string } }>();
    await vi.waitFor(async () => expect((await drafts.load(SPACE.slug))?.values.title).toBe('Brouillon gardé'));
    first.remove();

    const again = await mount(backend);
    // Step 1 shows at once; the draft, read from IndexedDB, takes its place when it arrives.
    await vi.waitFor(() => expect($(again, '[part=notice]')?.textContent).toContain('Votre brouillon a été retrouvé'));
    expect(heading(again)).toBe('Étape 2 sur 5 Votre message');
    expect($<HTMLInputElement>(again, '[name=title]').value).toBe('Brouillon gardé');
    await expectAccessible(again, 'restored draft');
  });

  it('offline: queues with the key, tells the person, delivers exactly once when `online` fires twice', async () => {
    const { backend: inner, store } = await setup();
    const { backend, state } = controlled(inner);
    const submitted: string[] = [];
    document.addEventListener('participe-submitted', (e) => submitted.push(e.detail.contributionId));
    state.offline = true;
    const el = await mount(backend);
    await answer(el, 0, 4);
    await next(el);
    await vi.waitFor(() => expect(heading(el)).toBe('Votre message est gardé sur cet appareil'));
    expect(text(el)).toContain('Il partira tout seul, sans rien faire');
    expect($(el, ':host > [role=status]').textContent).toBe('Votre message est gardé sur cet appareil');
    await expectAccessible(el, 'queued');

    state.offline = false;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(heading(el)).toBe('Merci, votre message est envoyé'));
    // Focus was never inside the form: the outcome is said by the live region.
    expect($(el, ':host > [role=status]').textContent).toBe('Merci, votre message est envoyé');
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 50));
    expect(state.calls).toBe(1);
    expect((await store.listContributions({})).items).toHaveLength(1);
    expect(submitted).toHaveLength(1);
  });

  it('a reload while queued shows the queue, not the form, and delivers from it', async () => {
    const { backend: inner, store } = await setup();
    const { backend, state } = controlled(inner);
    state.offline = true;
    const first = await mount(backend);
    await answer(first, 0, 4);
    await next(first);
    await vi.waitFor(() => expect(heading(first)).toBe('Votre message est gardé sur cet appareil'));
    first.remove();
    const again = await mount(backend);
    await vi.waitFor(() => expect(heading(again)).toBe('Votre message est gardé sur cet appareil'));
    $(again, 'button').click();
    await vi.waitFor(() => expect(text(again)).toContain('Toujours pas de réponse.'));
    state.offline = false;
    $(again, 'button').click();
    await vi.waitFor(() => expect(heading(again)).toBe('Merci, votre message est envoyé'));
    expect((await store.listContributions({})).items).toHaveLength(1);
  });
});

describe('participe-contribution-form: safe to embed', () => {
  it('renders markup and script payloads as inert text in the review', async () => {
    const { backend } = await setup();
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const el = await mount(backend);
    await fill(el, 'kind', 'proposal');
    await next(el);
    await fill(el, 'title', payload);
    await fill(el, 'body', `${payload} {{7*7}} \${1+1}`);
    await next(el);
    await answer(el, 2, 3);
    await fill(el, 'pseudonym', payload.slice(0, 60));
    await next(el);
    const dds = [...root(el).querySelectorAll('dd')].map((d) => d.textContent);
    expect(dds).toContain(payload);
    expect(dds).toContain(`${payload} {{7*7}} \${1+1}`);
    expect(root(el).querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('hides the honeypot from people and focus; a bot filling it gets an answer and stores nothing', async () => {
    const { backend, store } = await setup();
    const el = await mount(backend);
    const trap = $<HTMLInputElement>(el, '[name=website]');
    expect([trap.tabIndex, trap.autocomplete, trap.parentElement!.getAttribute('aria-hidden')]).toEqual([
      -1,
      'off',
      'true',
    ]);
    await fill(el, 'website', 'http://spam.example');
    await answer(el, 0, 4);
    await next(el);
    await vi.waitFor(() => expect(heading(el)).toBe('Merci, votre message est envoyé'));
    expect((await store.listContributions({})).items).toHaveLength(0);
    expect(document.cookie).toBe('');
    expect(root(el).querySelector('[style]')).toBeNull();
  });
});

describe('participe-contribution-form: languages', () => {
  it('sends the language it was filled in; inside the page’s <main> its end screen adds no region', async () => {
    await deleteDb('participe-drafts'); // an earlier test's draft would resume past step 1
    const { backend, store } = await setup();
    const main = document.createElement('main');
    document.body.append(main);
    const el = await mount(backend, {}, 'en', main);
    await vi.waitFor(() => expect(root(el).querySelector('[name="kind"]')).toBeTruthy());
    await answer(el, 0, 4);
    await next(el);
    await vi.waitFor(() => expect($(el, '#outcome-heading')).toBeTruthy());
    expect($(el, '[part=confirmation]').hasAttribute('aria-labelledby')).toBe(false);
    const [stored] = (await store.listContributions({})).items;
    expect(stored?.content.lang).toBe('en');
  });

  it('speaks English under lang="en", and FALC with variant="falc"', async () => {
    const { backend } = await setup();
    const en = await mount(backend, {}, 'en');
    expect(heading(en)).toBe('Step 1 of 5 What you want to say');
    expect($(en, 'legend').textContent).toBe('What do you want to share?');
    await fill(en, 'kind', 'proposal');
    await next(en);
    await fill(en, 'title', 'x'.repeat(121));
    await next(en);
    expect($(en, '#e-title').textContent).toBe(
      'The title is too long: 120 characters at most. Example: “An earlier bus in the morning”',
    );
    en.remove();
    await deleteDb('participe-drafts'); // or the FALC form would resume the English draft

    const falc = await mount(backend, { variant: 'falc' });
    expect($(falc, 'legend').textContent).toBe('Que voulez-vous dire\u202f?');
    expect(text(falc)).toContain('Une idée');
    await expectAccessible(falc, 'falc');
    falc.parentElement!.lang = 'en';
    await vi.waitFor(() => expect($(falc, 'legend').textContent).toBe('What do you want to say?'));
  });

  it('has every key in English and in both FALC variants, none empty', async () => {
    const catalog = catalogs.get('contribution-form')!;
    const more = await loadMore(catalog);
    const keys = Object.keys(catalog.fr).sort();
    for (const table of [more.en, more.falc.fr, more.falc.en]) {
      expect(Object.keys(table).sort()).toEqual(keys);
      expect(Object.values(table).filter((v) => v.trim() === '')).toEqual([]);
    }
  });
});
