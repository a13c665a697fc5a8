// What the back office starts with: the groups' meetings (the RSA group meets monthly,
// the Tilleuls collective every fortnight), answer templates, a few citizens' reports and
// one attestation of participation. All fictional.
import type { AnswerTemplate, ParticipeStore } from '@participe/core';
import type { FakeClock } from './clock.js';
import { type DemoSpace, NEIGHBOURHOOD, RSA_GROUP } from './spaces.js';

/** Answer templates a professional starts from; they always adapt the text. */
export const ANSWER_TEMPLATES: readonly AnswerTemplate[] = [
  {
    id: 'retenue',
    label: 'Proposition retenue',
    verdict: 'accepted',
    text: 'Merci pour cette proposition. Nous la retenons. Voici ce que nous allons faire, et quand : …',
  },
  {
    id: 'retenue-en-partie',
    label: 'Retenue en partie',
    verdict: 'partlyAccepted',
    text: 'Merci. Nous retenons une partie de votre proposition : … Nous ne pouvons pas faire le reste, parce que …',
  },
  {
    id: 'non-retenue',
    label: 'Non retenue, avec les raisons',
    verdict: 'declined',
    text: 'Merci pour cette proposition. Nous ne la retenons pas, pour ces raisons : … Voici ce qui existe déjà : …',
  },
  {
    id: 'reponse-question',
    label: 'Réponse à une question',
    verdict: 'answered',
    text: 'Bonjour. Voici la réponse à votre question : … Pour aller plus loin, vous pouvez …',
  },
];

/** Meetings by fixed id (contributions from a meeting name theirs): days ago and place. */
const MEETINGS: Record<string, Array<{ id: string; daysAgo: number; place: string; minutes: string }>> = {
  [RSA_GROUP.space.id]: [
    {
      id: 'reunion_groupe_fevrier',
      daysAgo: 270,
      place: 'Maison des solidarités de Valbrume, salle 2',
      minutes: 'Accueil des membres, lecture de la charte, tour de table sur les démarches.',
    },
    {
      id: 'reunion_groupe_mars',
      daysAgo: 240,
      place: 'Maison des solidarités de Valbrume, salle 2',
      minutes: 'Adoption de la charte. Trois sujets retenus : courriers, transports, rendez-vous.',
    },
    {
      id: 'reunion_groupe_avril',
      daysAgo: 210,
      place: 'Centre social des Tilleuls',
      minutes: 'Travail en petits groupes sur les courriers difficiles à lire.',
    },
    {
      id: 'reunion_groupe_mai',
      daysAgo: 202,
      place: 'Maison des solidarités de Valbrume, salle 2',
      minutes: 'Idée d’un guide des droits en facile à lire ; deux volontaires pour relire.',
    },
    {
      id: 'reunion_groupe_juin',
      daysAgo: 180,
      place: 'Maison des solidarités de Valbrume, salle 2',
      minutes: 'Point sur les réponses du Département ; préparation de la rencontre avec les élus.',
    },
  ],
  [NEIGHBOURHOOD.space.id]: [
    {
      id: 'reunion_tilleuls_1',
      daysAgo: 150,
      place: 'Local associatif des Tilleuls',
      minutes: 'Diagnostic en marchant dans le quartier.',
    },
    {
      id: 'reunion_tilleuls_2',
      daysAgo: 136,
      place: 'Local associatif des Tilleuls',
      minutes: 'Restitution du diagnostic ; une idée de salle ouverte le soir.',
    },
  ],
};

/** Who came: most members, a few absent each time, so attestations differ. */
const attendance = (demo: DemoSpace, n: number) => demo.members.filter((_, i) => (i + n) % 5 !== 0).map((m) => m.id);

export async function seedMeetings(store: ParticipeStore, clock: FakeClock): Promise<void> {
  for (const demo of [RSA_GROUP, NEIGHBOURHOOD]) {
    const space = await store.getSpace(demo.space.id);
    if (space) await store.putSpace({ ...space, answerTemplates: ANSWER_TEMPLATES.map((t) => ({ ...t })) });
    for (const [n, m] of (MEETINGS[demo.space.id] ?? []).entries()) {
      const on = clock.day(-m.daysAgo);
      await store.putMeeting(
        {
          id: m.id,
          spaceId: demo.space.id,
          on,
          place: m.place,
          attendance: attendance(demo, n),
          minutes: m.minutes,
          version: 1,
          updatedAt: `${on}T19:00:00.000Z`,
        },
        null,
      );
    }
  }
}
