// The agenda's seed for its browser tests and stories (never shipped): the default space
// with three public meetings after the tests' "today" (one cancelled, one without a title),
// one members-only and one already over.
import type { Meeting } from '@participe/core';
import { seeded } from '../testing/seed.js';

const base = {
  spaceId: 's_nord',
  attendance: [] as string[],
  minutes: '',
  version: 1,
  updatedAt: '2026-03-01T10:00:00.000Z',
  public: true,
};

export const AGENDA_MEETINGS: Meeting[] = [
  {
    ...base,
    id: 'mt_bus',
    on: '2026-03-19',
    place: 'Maison des solidarités, salle 2',
    title: 'Atelier : les horaires du bus',
    startsAt: '2026-03-19T07:40:00.000Z',
    endsAt: '2026-03-19T09:30:00.000Z',
    access: 'Bus 4, arrêt Tilleuls. Entrée de plain-pied, boucle magnétique.',
  },
  {
    ...base,
    id: 'mt_forum',
    on: '2026-04-02',
    place: 'Salle des fêtes',
    title: 'Forum des solidarités',
    startsAt: '2026-04-02T12:00:00.000Z',
    endsAt: '2026-04-02T16:00:00.000Z',
    cancelled: true,
  },
  { ...base, id: 'mt_bilan', on: '2026-05-07', place: 'Mairie annexe', startsAt: '2026-05-07T16:30:00.000Z' },
  { ...base, id: 'mt_interne', on: '2026-03-20', place: 'Bureau', title: 'Réunion interne', public: false },
  { ...base, id: 'mt_passe', on: '2026-02-01', place: 'Mairie', title: 'Réunion passée' },
];

/** The seeded back end with the agenda's meetings (or none). */
export async function agendaSeeded(meetings: Meeting[] = AGENDA_MEETINGS) {
  const seed = await seeded([]);
  for (const m of meetings) await seed.store.putMeeting(m, null);
  return seed;
}
