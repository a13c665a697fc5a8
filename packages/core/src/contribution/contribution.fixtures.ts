// Test support only (not exported from the package): events and inputs used by the
// machine tests, the role matrix and the property tests.
import type { ActorRole } from '../shared/roles.js';
import type { ContributionEvent, ContributionMachineInput } from './contribution.types.js';

export const T0 = '2026-03-02T09:00:00.000Z';

export const input = (over: Partial<ContributionMachineInput> = {}): ContributionMachineInput => ({
  id: 'c_1',
  spaceId: 's_1',
  premoderated: false,
  content: {
    kind: 'proposal',
    title: 'Un bus plus tôt le matin',
    body: 'Le premier bus arrive après l’heure du rendez-vous à la maison des solidarités.',
    theme: 'mobilite',
  },
  channel: 'online',
  author: { pseudonym: 'Camille' },
  actor: { role: 'author', id: null },
  at: T0,
  ...over,
});

const actorOf = (role: ActorRole) => ({ role, id: role === 'author' || role === 'citizen' ? null : `${role}_1` });

type Payload<T extends ContributionEvent['type']> = Omit<
  Extract<ContributionEvent, { type: T }>,
  'type' | 'actor' | 'at'
>;

/** A valid payload for each event type, so a test can vary only the role or the state. */
export const PAYLOADS: { [K in ContributionEvent['type']]: Payload<K> } = {
  'contribution.edit': { title: 'Un bus à 8 h 10' },
  'contribution.submit': {},
  'contribution.approve': {},
  'contribution.hide': { reason: 'Le texte cite le nom d’une personne.' },
  'contribution.restore': { reason: 'Le nom a été retiré par l’auteur.' },
  'contribution.withdraw': { reason: 'Mon problème est réglé.' },
  'contribution.review': {},
  'contribution.decide': {
    answer: { verdict: 'accepted', text: 'Un bus partira à 8 h 10 dès la rentrée.', service: 'Service mobilité' },
  },
  'contribution.publish': {},
  'contribution.commit': {
    commitment: { id: 'k_1', what: 'Ajouter un départ à 8 h 10', owner: 'Service mobilité', due: '2026-09-01' },
  },
  'contribution.start': {},
  'contribution.progress': { update: { commitmentId: 'k_1', text: 'Horaire voté en commission.', percent: 50 } },
  'contribution.complete': {},
};

let tick = 0;
/** An event of `type` sent by `role`, with a valid payload unless one is given. */
export function ev<T extends ContributionEvent['type']>(
  type: T,
  role: ActorRole,
  payload?: Partial<Payload<T>>,
): Extract<ContributionEvent, { type: T }> {
  tick += 1;
  const at = new Date(Date.parse(T0) + tick * 3_600_000).toISOString();
  return { type, actor: actorOf(role), at, ...PAYLOADS[type], ...payload } as unknown as Extract<
    ContributionEvent,
    { type: T }
  >;
}

export const decide = (verdict: 'accepted' | 'partlyAccepted' | 'declined' | 'answered' | 'duplicate', text?: string) =>
  ev('contribution.decide', 'professional', {
    answer: {
      verdict,
      text: text ?? 'Nous avons étudié votre proposition avec le service concerné et voici notre réponse.',
      service: 'Direction de l’insertion',
      ...(verdict === 'duplicate' ? { duplicateOf: 'c_0' } : {}),
    },
  });
