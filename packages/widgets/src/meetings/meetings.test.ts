import type { BackofficeBackend } from '@participe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './participe-meetings.js';
import { eventually, expectNoAxeViolations, shadow, text } from '../testing/browser.js';
import {
  CONCERNED,
  failingBackoffice,
  gatedBackoffice,
  meeting,
  NOW,
  seededGroup,
  twoMeetings,
} from '../testing/space-admin.seed.js';

type El = HTMLElementTagNameMap['participe-meetings'];

async function mount(
  backend: BackofficeBackend,
  attrs: Record<string, string> = { 'member-role': 'facilitator' },
  parent: Element = document.body,
) {
  const el = document.createElement('participe-meetings');
  el.backend = backend;
  el.now = () => NOW;
  el.setAttribute('space', 'groupe-rsa-nord');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const status = (el: El) => text(shadow(el).querySelector('[part~="status"]'));
const rows = (el: El) => [...shadow(el).querySelectorAll('[part~="meetings"] tbody tr')].map((r) => text(r));
const active = (el: El) => shadow(el).activeElement as HTMLElement | null;
const action = (el: El, key: string) => shadow(el).querySelector<HTMLButtonElement>(`[data-action="${key}"]`)!;
const loaded = (el: El) => eventually(() => expect(rows(el).length).toBeGreaterThan(0));
const submit = (el: El) => shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!;

beforeEach(() => {
  document.documentElement.lang = 'fr';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('participe-meetings', () => {
  it('lists the meetings, newest first: day, place, how many came, whether minutes exist', async () => {
    const { backend } = await seededGroup({ meetings: twoMeetings() });
    const el = await mount(backend);
    await loaded(el);
    expect(rows(el)[0]).toMatch(/^17 février 2026 Centre social des Tilleuls 3 personnes Pas encore écrit/);
    expect(rows(el)[1]).toMatch(/^20 janvier 2026 Maison des solidarités, salle 2 4 personnes Écrit/);
    expect(action(el, 'edit:mt_jan').getAttribute('aria-label')).toBe('Modifier la réunion du 20 janvier 2026');
    expect(action(el, 'capture:mt_jan').getAttribute('aria-label')).toBe(
      'Noter une contribution issue de la réunion du 20 janvier 2026',
    );
    await expectNoAxeViolations(el);
  });

  it('renders loading, an empty list and a load error, without axe violations', async () => {
    const { backend } = await seededGroup();
    const gate = gatedBackoffice(backend, ['listMeetings']);
    const el = await mount(gate.backend);
    expect(status(el)).toBe('Chargement des réunions…');
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() =>
      expect(text(shadow(el).querySelector('[part~="base"]'))).toContain('Aucune réunion n’est encore notée.'),
    );
    await expectNoAxeViolations(el);

    const broken = failingBackoffice(backend, ['listMeetings'], { kind: 'error', message: 'boom' });
    const el2 = await mount(broken.backend);
    await eventually(() =>
      expect(text(shadow(el2).querySelector('[part~="error"]'))).toContain(
        'Les informations du groupe n’ont pas pu être affichées.',
      ),
    );
    await expectNoAxeViolations(el2);
  });

  it('records a meeting with who was there, with the keyboard', async () => {
    const { backend, store } = await seededGroup({ meetings: twoMeetings() });
    const el = await mount(backend);
    await loaded(el);
    action(el, 'new').focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('on'));
    expect(shadow(el).querySelector<HTMLInputElement>('#on')!.value).toBe('2026-03-15');
    for (let i = 0; i < 4 && active(el)?.id === 'on'; i++) await userEvent.tab(); // day, month, year
    expect(active(el)?.id).toBe('place');
    await userEvent.keyboard('Mairie annexe, salle du conseil');
    await userEvent.tab();
    expect(active(el)?.id).toBe('present-m_amel');
    // Members in the group on the day are offered, people concerned first.
    const offered = [...shadow(el).querySelectorAll('[part~="attendance"] label')].map((l) => text(l));
    expect(offered).toEqual(['Amel K.', 'Bruno L.', 'Chantal M.', 'Emma R.', 'Denis P.', 'Claire D.']);
    await expectNoAxeViolations(el);
    await userEvent.keyboard(' '); // Amel K.
    await userEvent.tab();
    await userEvent.keyboard(' '); // Bruno L.
    const ticked = [...shadow(el).querySelectorAll<HTMLInputElement>('[part~="attendance"] input')]
      .filter((i) => i.checked)
      .map((i) => i.value);
    expect(ticked).toEqual(['m_amel', 'm_bruno']);
    shadow(el).querySelector<HTMLTextAreaElement>('#minutes')!.focus();
    await userEvent.keyboard('Le groupe a relu la charte.');
    submit(el).focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(status(el)).toBe('La réunion du 15 mars 2026 est enregistrée.'));
    expect(rows(el)[0]).toMatch(/^15 mars 2026 Mairie annexe, salle du conseil 2 personnes Écrit/);
    const stored = (await store.listMeetings('s_nord')).find((m) => m.on === '2026-03-15')!;
    expect(stored).toMatchObject({ place: 'Mairie annexe, salle du conseil', minutes: 'Le groupe a relu la charte.' });
    expect([...stored.attendance].sort()).toEqual(ticked);
    // Focus lands on the new meeting's row.
    expect(active(el)?.getAttribute('data-action')).toBe(`edit:${stored.id}`);
  });

  it('stores the language a meeting is written in, and marks each place with it (French when stored without)', async () => {
    const { backend, store } = await seededGroup({ meetings: twoMeetings() });
    const english = document.createElement('div');
    english.lang = 'en';
    document.body.append(english);
    const el = await mount(backend, undefined, english);
    await loaded(el);
    action(el, 'new').click();
    await eventually(() => expect(active(el)?.id).toBe('on'));
    shadow(el).querySelector<HTMLInputElement>('#place')!.focus();
    await userEvent.keyboard('Town hall annex');
    shadow(el).querySelector<HTMLTextAreaElement>('#minutes')!.focus();
    await userEvent.keyboard('The group read the charter again.');
    submit(el).click();
    await eventually(async () =>
      expect((await store.listMeetings('s_nord')).find((m) => m.on === '2026-03-15')).toMatchObject({
        place: 'Town hall annex',
        lang: 'en',
      }),
    );
    await eventually(() => expect(rows(el)).toHaveLength(3));
    const places = [...shadow(el).querySelectorAll('[part~="meetings"] tbody td[lang]')];
    expect(places.map((td) => [td.getAttribute('lang'), text(td)])).toEqual([
      ['en', 'Town hall annex'],
      ['fr', 'Centre social des Tilleuls'],
      ['fr', 'Maison des solidarités, salle 2'],
    ]);
    await expectNoAxeViolations(el);
  });

  it('names a missing place with an example, and focuses it', async () => {
    const { backend } = await seededGroup();
    const el = await mount(backend);
    await eventually(() => expect(action(el, 'new')).not.toBeNull());
    action(el, 'new').click();
    await eventually(() => expect(submit(el)).not.toBeNull());
    submit(el).click();
    await eventually(() => expect(active(el)?.id).toBe('place'));
    expect(text(shadow(el).querySelector('#place-error'))).toBe(
      'Le lieu manque. Exemple : « Maison des solidarités, salle 2 »',
    );
    expect(active(el)?.getAttribute('aria-describedby')).toBe('place-hint place-error');
    await expectNoAxeViolations(el);
  });

  it('says what the back end refused when no field of the form can show it, and keeps the form', async () => {
    const { backend } = await seededGroup({ meetings: twoMeetings() });
    const refusing = failingBackoffice(backend, ['saveMeeting'], {
      kind: 'rejected',
      message: 'Invalid',
      issues: [{ path: ['attendance', '0'], message: 'Cette personne ne fait pas partie du groupe.' }],
    });
    const el = await mount(refusing.backend);
    await loaded(el);
    action(el, 'edit:mt_feb').click();
    await eventually(() => expect(submit(el)).not.toBeNull());
    submit(el).click();
    const failure = () => shadow(el).querySelector('[part~="failure"]');
    await eventually(() =>
      expect(text(failure())).toBe('Ces informations ont été refusées : Cette personne ne fait pas partie du groupe.'),
    );
    expect(active(el)).toBe(failure());
    expect(shadow(el).querySelector<HTMLInputElement>('#place')!.value).toBe('Centre social des Tilleuls');
    await expectNoAxeViolations(el);
  });

  it('on a conflict, says someone else changed it, shows theirs and keeps what was typed', async () => {
    const { backend, store } = await seededGroup({ meetings: twoMeetings() });
    const el = await mount(backend);
    await loaded(el);
    action(el, 'edit:mt_feb').click();
    await eventually(() => expect(active(el)?.id).toBe('on'));
    // Meanwhile another facilitator changes the same meeting.
    await backend.saveMeeting(
      's_nord',
      {
        on: '2026-02-17',
        place: 'Salle polyvalente',
        attendance: ['m_fac', 'm_chantal'],
        minutes: 'Leur compte rendu.',
        lang: 'en', // written from an English page: their words say so
      },
      { id: 'mt_feb', expectedVersion: 1 },
    );
    const place = shadow(el).querySelector<HTMLInputElement>('#place')!;
    place.focus();
    place.select();
    await userEvent.keyboard('Ma salle à moi');
    submit(el).click();
    const conflict = () => shadow(el).querySelector('[part~="conflict"]');
    await eventually(() => expect(conflict()).not.toBeNull());
    expect(conflict()?.getAttribute('role')).toBe('alert');
    expect(active(el)).toBe(conflict());
    expect(text(conflict())).toContain('Quelqu’un d’autre a modifié cette réunion pendant que vous écriviez.');
    const theirs = text(shadow(el).querySelector('[part~="theirs"]'));
    expect(theirs).toContain('Salle polyvalente');
    expect(theirs).toContain('Claire D., Chantal M.');
    expect(theirs).toContain('Leur compte rendu.');
    const marked = [...shadow(el).querySelectorAll('[part~="theirs"] dd[lang]')];
    expect(marked.map((dd) => [dd.getAttribute('lang'), text(dd)])).toEqual([
      ['en', 'Salle polyvalente'],
      ['en', 'Leur compte rendu.'],
    ]);
    expect(shadow(el).querySelector<HTMLInputElement>('#place')!.value).toBe('Ma salle à moi');
    await expectNoAxeViolations(el);
    // Saving again replaces theirs, knowingly.
    submit(el).click();
    await eventually(() => expect(status(el)).toBe('La réunion du 17 février 2026 est enregistrée.'));
    expect((await store.listMeetings('s_nord')).find((m) => m.id === 'mt_feb')).toMatchObject({
      place: 'Ma salle à moi',
      version: 3,
    });
  });

  it('after a conflict, can start again from the other version', async () => {
    const { backend } = await seededGroup({ meetings: twoMeetings() });
    const el = await mount(backend);
    await loaded(el);
    action(el, 'edit:mt_feb').click();
    await eventually(() => expect(active(el)?.id).toBe('on'));
    await backend.saveMeeting(
      's_nord',
      { on: '2026-02-17', place: 'Salle polyvalente', attendance: [], minutes: '' },
      { id: 'mt_feb', expectedVersion: 1 },
    );
    submit(el).click();
    await eventually(() => expect(shadow(el).querySelector('[part~="conflict"]')).not.toBeNull());
    const take = [...shadow(el).querySelectorAll<HTMLButtonElement>('form button')].find(
      (b) => text(b) === 'Reprendre l’autre version',
    )!;
    take.focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(shadow(el).querySelector('[part~="conflict"]')).toBeNull());
    expect(shadow(el).querySelector<HTMLInputElement>('#place')!.value).toBe('Salle polyvalente');
    expect(active(el)?.id).toBe('on');
  });

  it('captures a contribution from a meeting, in the group’s name, channel “meeting”', async () => {
    const { backend, store } = await seededGroup({ meetings: twoMeetings() });
    const el = await mount(backend);
    await loaded(el);
    action(el, 'capture:mt_jan').focus();
    await userEvent.keyboard('{Enter}');
    await eventually(() => expect(active(el)?.id).toBe('kind'));
    expect(text(shadow(el).querySelector('#capture-heading'))).toBe(
      'Noter une contribution issue de la réunion du 20 janvier 2026',
    );
    await expectNoAxeViolations(el);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}'); // observation → proposal
    await userEvent.tab();
    await userEvent.keyboard('Un bus plus tôt le matin');
    await userEvent.tab();
    await userEvent.keyboard('Le premier bus arrive après l’ouverture du guichet.');
    await userEvent.tab();
    expect(active(el)?.id).toBe('theme');
    const theme = shadow(el).querySelector<HTMLSelectElement>('#theme')!;
    theme.value = 'mobilite';
    theme.dispatchEvent(new Event('change'));
    await userEvent.tab();
    expect(text(active(el))).toBe('Enregistrer la contribution');
    await userEvent.keyboard('{Enter}');
    await eventually(() =>
      expect(status(el)).toBe(
        'La contribution « Un bus plus tôt le matin » est enregistrée au nom du groupe « Groupe ressource du secteur Nord », comme venant de la réunion du 20 janvier 2026. Canal : réunion du groupe.',
      ),
    );
    expect(active(el)?.getAttribute('data-action')).toBe('capture:mt_jan');
    const [stored] = (await store.listContributions({ spaceId: 's_nord' })).items;
    expect(stored).toMatchObject({
      channel: 'meeting',
      meetingId: 'mt_jan',
      content: { kind: 'proposal', title: 'Un bus plus tôt le matin', theme: 'mobilite' },
    });
    await expectNoAxeViolations(el);
  });

  it('names missing capture fields with examples', async () => {
    const { backend } = await seededGroup({ meetings: twoMeetings() });
    const el = await mount(backend);
    await loaded(el);
    action(el, 'capture:mt_jan').click();
    await eventually(() => expect(submit(el)).not.toBeNull());
    submit(el).click();
    await eventually(() => expect(active(el)?.id).toBe('kind'));
    expect(text(shadow(el).querySelector('#kind-error'))).toBe('Le type manque. Exemple : « Proposition »');
    expect(text(shadow(el).querySelector('#theme-error'))).toBe('Le thème manque. Exemple : « Emploi et insertion »');
    await expectNoAxeViolations(el);
  });

  it('renders idle, saving and sending without axe violations', async () => {
    const { backend } = await seededGroup({ meetings: twoMeetings() });
    const idle = await mount(backend, { 'member-role': 'facilitator', space: '' });
    expect(status(idle)).toBe('');
    await expectNoAxeViolations(idle);
    idle.remove();

    const gate = gatedBackoffice(backend, ['saveMeeting', 'captureFromMeeting']);
    const el = await mount(gate.backend);
    await loaded(el);
    action(el, 'edit:mt_jan').click();
    await eventually(() => expect(submit(el)).not.toBeNull());
    submit(el).click();
    await eventually(() => expect(status(el)).toBe('Enregistrement de la réunion…'));
    await expectNoAxeViolations(el);
    gate.open();
    await eventually(() => expect(status(el)).toBe('La réunion du 20 janvier 2026 est enregistrée.'));

    const slow = gatedBackoffice(backend, ['captureFromMeeting']);
    const el2 = await mount(slow.backend);
    await loaded(el2);
    action(el2, 'capture:mt_jan').click();
    await eventually(() => expect(shadow(el2).querySelector('#theme')).not.toBeNull());
    const set = (id: string, value: string, type = 'input') => {
      const c = shadow(el2).querySelector<HTMLInputElement>(`#${id}`)!;
      c.value = value;
      c.dispatchEvent(new Event(type));
    };
    set('kind', 'question', 'change');
    set('title', 'Qui contacter ?');
    set('body', 'Le groupe ne sait pas à qui demander.');
    set('theme', 'mobilite', 'change');
    submit(el2).click();
    await eventually(() => expect(status(el2)).toBe('Enregistrement de la contribution…'));
    await expectNoAxeViolations(el2);
    slow.open();
    await eventually(() => expect(status(el2)).toContain('« Qui contacter ? »'));
  });

  it('is read-only for a member who is not a facilitator', async () => {
    const { backend } = await seededGroup({ meetings: twoMeetings(), caller: CONCERNED });
    const el = await mount(backend, {});
    await loaded(el);
    expect(shadow(el).querySelectorAll('button')).toHaveLength(0);
    expect(text(shadow(el).querySelector('[part~="read-only"]'))).toContain('Seuls les animateurs et animatrices');
    await expectNoAxeViolations(el);
  });

  it('renders the minutes and place as text: markup stays inert', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { backend } = await seededGroup({
      meetings: [meeting('mt_x', '2026-02-01', [], { place: evil, minutes: evil })],
    });
    const el = await mount(backend);
    await loaded(el);
    expect(rows(el)[0]).toContain(evil);
    expect(shadow(el).querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
