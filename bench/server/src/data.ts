// Deterministic bench data: contribution `i` is always the same, so the store run and the
// raw run write identical rows and the event phase can rebuild a history without keeping
// 100,000 of them in memory. Built with the real machine, as the service would.
import { createHash } from 'node:crypto';
import {
  applyEvent,
  type ContributionEvent,
  type ContributionMachineInput,
  type ContributionPrivate,
  type ContributionView,
  createContribution,
  type IdempotencyRecord,
  type StoredContributionEvent,
  toView,
} from '@participe/core';

/** mulberry32: a small seeded generator, good enough to spread bench data. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
/** Skewed pick: the first items come up far more often, like real topics. */
export const pickSkewed = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() ** 2 * list.length)]!;

export const SPACES = ['s_nord', 's_sud', 's_est', 's_ouest', 's_centre', 's_rsa', 's_seniors', 's_jeunes'] as const;
export const THEMES = [
  'mobilite',
  'logement',
  'emploi',
  'sante',
  'enfance',
  'numerique',
  'alimentation',
  'acces-aux-droits',
  'culture',
  'sport',
  'handicap',
  'energie',
] as const;
export const KINDS = ['observation', 'proposal', 'question', 'testimony'] as const;
export const TERRITORIES = Array.from({ length: 20 }, (_, i) => `Quartier ${i + 1}`);

// Common words first (pickSkewed favours them); the later ones are rare search terms.
export const WORDS = (
  'bus horaires logement loyer crèche rendez-vous accueil guichet dossier allocation travail formation ' +
  'transport école cantine médecin pharmacie quartier parc sécurité éclairage trottoir bruit voisinage ' +
  'chauffage facture électricité internet ordinateur démarches formulaire attente téléphone permanence ' +
  'association bénévoles jardin marché courses repas solitude visite aide famille enfants parents ' +
  'adolescents stage apprentissage entretien mobilité vélo voiture covoiturage navette gare horaire ' +
  'piscine bibliothèque musée théâtre concert gymnase stade fauteuil rampe ascenseur accessibilité ' +
  'isolation humidité moisissure bailleur expulsion hébergement urgence santé dentiste ophtalmologue ' +
  'mutuelle remboursement prime retraite pension tutelle curatelle interprète traduction illettrisme'
).split(' ');

// A long tail of rarer words (place names, brands, jargon in real text): each turns up in
// about a hundred contributions, so searches also take the full-text index path.
const SYLLABLES = [
  'ba',
  'lo',
  'ri',
  'mé',
  'tan',
  'ché',
  'vou',
  'pra',
  'sel',
  'gon',
  'du',
  'fi',
  'ar',
  'quel',
  'nor',
  'zé',
];
export const RARE_WORDS = Array.from(
  { length: 3_000 },
  (_, i) =>
    [i % 16, (i >> 4) % 16, (i >> 8) % 16].map((k, j) => SYLLABLES[(k + j * 5) % 16]).join('') +
    'ville'.slice(0, 1 + (i % 4)),
);

const word = (rnd: () => number) => (rnd() < 0.2 ? pick(rnd, RARE_WORDS) : pickSkewed(rnd, WORDS));
const sentence = (rnd: () => number, n: number) => Array.from({ length: n }, () => word(rnd)).join(' ');

const DAY = 86_400_000;
const START = Date.parse('2024-01-01T08:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();
const author = { role: 'author' as const, id: null };
const pro = { role: 'professional' as const, id: 'pro_bench' };

export interface CreateArgs {
  view: ContributionView;
  created: StoredContributionEvent;
  private: ContributionPrivate;
  idempotency: IdempotencyRecord;
}

function input(i: number, rnd: () => number): ContributionMachineInput {
  const territory = rnd() < 0.3 ? undefined : pick(rnd, TERRITORIES);
  return {
    id: `c_bench_${i}`,
    spaceId: pickSkewed(rnd, SPACES),
    premoderated: false,
    content: {
      kind: pick(rnd, KINDS),
      title: `${sentence(rnd, 3 + Math.floor(rnd() * 4))} ${i}`,
      body: `${sentence(rnd, 20 + Math.floor(rnd() * 40))}.`,
      theme: pickSkewed(rnd, THEMES),
      ...(territory ? { territory } : {}),
    },
    channel: 'online',
    author: { pseudonym: `Habitant ${i % 997}` },
    actor: author,
    // About 7 minutes apart: 100,000 contributions span a little over a year.
    at: at(START + i * 420_000 + Math.floor(rnd() * 60_000)),
  };
}

const hex = (s: string) => createHash('sha256').update(s).digest('hex');

/** What the service hands the store for create number `i`. */
export function createArgs(i: number): CreateArgs {
  const rnd = random(i + 1);
  const machineInput = input(i, rnd);
  const { actor, at: when, ...data } = machineInput;
  const id = machineInput.id;
  const code = i.toString(32).toUpperCase().padStart(6, '0');
  return {
    view: toView(createContribution(machineInput)),
    created: { contributionId: id, seq: 1, type: 'contribution.created', actor, at: when, data },
    private: { contact: null, secretHash: hex(`secret-${i}`), followUpCode: `${code.slice(0, 3)}-${code.slice(3)}` },
    idempotency: {
      key: `bench-${hex(`key-${i}`).slice(0, 32)}`,
      requestHash: hex(`body-${i}`),
      status: 201,
      body: { id, followUpCode: code },
      createdAt: when,
    },
  };
}

/**
 * The events that follow create `i`: 70% are submitted (public at once), and 40% of those
 * are answered 1 to 120 days later, so lists hold every stage and some overdue ones.
 */
export function laterSteps(i: number): Array<{ event: StoredContributionEvent; view: ContributionView }> {
  const rnd = random(1_000_003 + i);
  if (rnd() >= 0.7) return [];
  const machineInput = input(i, random(i + 1));
  let snapshot = createContribution(machineInput);
  const start = Date.parse(machineInput.at);
  const events: ContributionEvent[] = [{ type: 'contribution.submit', actor: author, at: at(start + 3_600_000) }];
  if (rnd() < 0.4) {
    const days = 1 + Math.floor(rnd() * 120);
    events.push(
      { type: 'contribution.review', actor: pro, at: at(start + DAY) },
      {
        type: 'contribution.decide',
        actor: pro,
        answer: {
          verdict: pick(rnd, ['accepted', 'declined', 'answered'] as const),
          text: sentence(rnd, 25),
          service: 'CCAS',
        },
        at: at(start + DAY + 60_000),
      },
      { type: 'contribution.publish', actor: pro, at: at(start + days * DAY + 3_600_000 + 120_000) },
    );
  }
  return events.map((event) => {
    const result = applyEvent(snapshot, event);
    if (!result.ok) throw new Error(`bench data: ${event.type} ${result.reason}`);
    snapshot = result.snapshot;
    const { type, actor, at: when, ...payload } = event;
    const stored: StoredContributionEvent = {
      contributionId: machineInput.id,
      seq: snapshot.context.version,
      type,
      actor,
      at: when,
      data: payload,
    };
    return { event: stored, view: toView(snapshot) };
  });
}
