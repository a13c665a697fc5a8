// A space and one public meeting of it, shared by the agenda tests (iCalendar, OpenAgenda).
import { type Meeting, type Space, SpaceSchema } from '@participe/core';

export const agendaSpace: Space = SpaceSchema.parse({
  id: 's_nord',
  slug: 'groupe-rsa-nord',
  name: 'Groupe ressource RSA du secteur Nord',
  policyArea: 'Insertion',
  territory: 'Secteur Nord',
  charter: { text: '', adoptedOn: null },
  composition: {},
  createdOn: '2026-01-01',
});

export const publicMeeting: Meeting = {
  id: 'mt_atelier',
  spaceId: 's_nord',
  on: '2026-03-05',
  place: 'Maison des solidarités, salle 2',
  attendance: [],
  minutes: '',
  version: 1,
  updatedAt: '2026-02-01T10:00:00.000Z',
  title: 'Atelier : les horaires du bus',
  startsAt: '2026-03-05T17:00:00.000Z',
  endsAt: '2026-03-05T19:00:00.000Z',
  public: true,
  access: 'Bus 4, arrêt Tilleuls. Entrée de plain-pied.',
};
