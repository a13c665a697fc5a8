// The two groups of the fictional Département des Hautes-Combes and their members.
// Every name is invented: first names and an initial, no real person, no contact.
import type { MemberRole, SpaceInput } from '@participe/core';

export const INSTITUTION = 'Département des Hautes-Combes';

export interface DemoSpace {
  space: Omit<SpaceInput, 'createdOn' | 'charter'> & { charterText: string };
  /** Days before the seed's "now" the group was created; the charter is adopted 20 days later. */
  createdDaysAgo: number;
  members: Array<{ id: string; displayName: string; role: MemberRole }>;
  /** The sentence the people concerned wrote for the shared diagnostic. */
  problem: string;
}

const CHARTER =
  'Nous nous engageons à la co-responsabilité : chacun porte les décisions du groupe. ' +
  'À la bienveillance : chaque parole compte, personne n’est jugé. ' +
  'À la confidentialité : ce qui est dit d’une personne reste dans le groupe.';

export const RSA_GROUP: DemoSpace = {
  space: {
    id: 's_rsa_valbrume',
    slug: 'groupe-ressource-valbrume',
    name: 'Groupe ressource RSA du secteur de Valbrume',
    policyArea: 'Insertion et revenu de solidarité active',
    territory: 'Secteur de Valbrume',
    composition: { concernedShareMin: 0.5, targetSize: 16 },
    meetingCadence: 'monthly',
    answerWithinDays: 60,
    charterText: CHARTER,
  },
  createdDaysAgo: 300,
  // Parity: 8 people concerned out of 16.
  members: [
    { id: 'm_rsa_01', displayName: 'Sabrina K.', role: 'concerned' },
    { id: 'm_rsa_02', displayName: 'Thierry M.', role: 'concerned' },
    { id: 'm_rsa_03', displayName: 'Aïcha R.', role: 'concerned' },
    { id: 'm_rsa_04', displayName: 'Joël T.', role: 'concerned' },
    { id: 'm_rsa_05', displayName: 'Mélanie F.', role: 'concerned' },
    { id: 'm_rsa_06', displayName: 'Kévin D.', role: 'concerned' },
    { id: 'm_rsa_07', displayName: 'Fatou S.', role: 'concerned' },
    { id: 'm_rsa_08', displayName: 'Gérard L.', role: 'concerned' },
    { id: 'm_rsa_pro_1', displayName: 'Claire V.', role: 'professional' },
    { id: 'm_rsa_pro_2', displayName: 'Youssef H.', role: 'professional' },
    { id: 'm_rsa_pro_3', displayName: 'Anne-Sophie P.', role: 'professional' },
    { id: 'm_rsa_elu_1', displayName: 'Martine G.', role: 'elected' },
    { id: 'm_rsa_elu_2', displayName: 'Patrick N.', role: 'elected' },
    { id: 'm_rsa_par_1', displayName: 'Hélène C.', role: 'partner' },
    { id: 'm_rsa_par_2', displayName: 'Rachid A.', role: 'partner' },
    { id: 'm_rsa_anim', displayName: 'Lucie D.', role: 'facilitator' },
  ],
  problem:
    'Nous, allocataires du RSA, considérons que notre problème principal est d’attendre longtemps ' +
    'des réponses sans savoir où en est notre demande.',
};

export const NEIGHBOURHOOD: DemoSpace = {
  space: {
    id: 's_tilleuls',
    slug: 'collectif-des-tilleuls',
    name: 'Collectif d’habitants du quartier des Tilleuls',
    policyArea: 'Développement social local',
    territory: 'Quartier des Tilleuls, Valbrume',
    composition: { concernedShareMin: 0.5, targetSize: 12 },
    meetingCadence: 'fortnightly',
    answerWithinDays: 60,
    charterText: CHARTER,
  },
  createdDaysAgo: 220,
  // Parity: 7 residents out of 12.
  members: [
    { id: 'm_til_01', displayName: 'Samia O.', role: 'concerned' },
    { id: 'm_til_02', displayName: 'Bruno E.', role: 'concerned' },
    { id: 'm_til_03', displayName: 'Inès Z.', role: 'concerned' },
    { id: 'm_til_04', displayName: 'Marcel R.', role: 'concerned' },
    { id: 'm_til_05', displayName: 'Chloé J.', role: 'concerned' },
    { id: 'm_til_06', displayName: 'Ousmane B.', role: 'concerned' },
    { id: 'm_til_07', displayName: 'Yvette L.', role: 'concerned' },
    { id: 'm_til_pro_1', displayName: 'Damien F.', role: 'professional' },
    { id: 'm_til_pro_2', displayName: 'Nora M.', role: 'professional' },
    { id: 'm_til_elu_1', displayName: 'Christian T.', role: 'elected' },
    { id: 'm_til_par_1', displayName: 'Élodie K.', role: 'partner' },
    { id: 'm_til_anim', displayName: 'Maxime P.', role: 'facilitator' },
  ],
  problem:
    'Nous, habitants, considérons que notre problème principal est le manque de lieux pour se ' +
    'retrouver dans le quartier le soir.',
};

export const DEMO_SPACES: readonly DemoSpace[] = [RSA_GROUP, NEIGHBOURHOOD];

/** The first member of a space with this role (every demo space has each role). */
export function memberWithRole(demo: DemoSpace, role: MemberRole) {
  const member = demo.members.find((m) => m.role === role);
  if (!member) throw new Error(`${demo.space.slug} has no ${role}`);
  return member;
}
