// Who may see what, as data: a world whose every private field holds a word no one could
// guess, the callers of the API, and for each of those words the callers who may read it.
// `visibility.test.ts` calls every route of the contract as every caller on every kind of
// contribution and looks for those words (and for a few private shapes) in each answer.
import {
  type CONTRIBUTION_EVENT_ROLES,
  type ContributionCommandInput,
  contentPacks,
  getDefaultQuestionnaire,
  type MemberRole,
} from '@participe/core';
import type { OperationId } from '../contract/endpoints.js';
import { MemoryStore } from '../memory/memory.store.js';
import { createMemoryOutbox } from '../notifications/outbox.js';
import { createMemoryAdminStore } from '../service/admin.store.js';
import type { Identity } from '../service/api.js';
import { createParticipeService } from '../service/service.js';
import { space } from '../testing/fixtures.js';
import { practiceContent } from '../testing/practice.fixtures.js';

export const NOW = new Date('2026-03-02T09:00:00.000Z');
const SLUG = 'groupe-rsa-nord';

/** Members of the group, with ids that appear nowhere else. */
export const MEMBER_IDS = {
  concerned: 'm_zqconcerned',
  professional: 'pro_zqdecider',
  elected: 'm_zqelected',
  partner: 'm_zqpartner',
  facilitator: 'fac_zqmoderator',
} as const satisfies Record<MemberRole, string>;

/** Words written into private places; each rule below says who may read it. */
export const WORDS = {
  draft: 'ZQDRAFTWORDS',
  waiting: 'ZQWAITINGWORDS',
  hidden: 'ZQHIDDENWORDS',
  hiddenDecided: 'ZQHIDDENDECIDEDWORDS',
  decision: 'ZQDECISIONTEXT',
  decisionService: 'ZQDECISIONSERVICE',
  consentNote: 'ZQCONSENTNOTE',
  contact: 'zqcontact@exemple.fr',
  reportNote: 'ZQREPORTNOTE',
  practiceDraft: 'ZQPRACTICEDRAFT',
  practiceReturn: 'ZQPRACTICERETURN',
} as const;

/** One contribution per kind of privacy, all in the same group. */
export const TARGETS = [
  'published',
  'draft',
  'waiting',
  'decided',
  'hidden',
  'hiddenDecided',
  'assisted',
  'answered',
] as const;
export type Target = (typeof TARGETS)[number];

export const CALLERS = [
  'anonymous',
  'author',
  'concerned',
  'professional',
  'elected',
  'partner',
  'facilitator',
  'outsider',
  // The council's administrator: no member of the group, so no more than the public of its contributions.
  'administrator',
  // The council's editor: the content and the practice review, never the administration's records.
  'editor',
] as const;
export type CallerName = (typeof CALLERS)[number];

/** Who reads an answer: a role in the group (or none), and whose words are theirs. */
export interface Reader {
  role: MemberRole | null;
  authorOf: Target | null;
  /** Holds the follow-up code and secret of `authorOf` in the body (export, erase). */
  byProof: boolean;
  /** A council editor (or administrator): reviews the groups' practice sheets. */
  editor?: boolean;
}

/** A private word and who may read it. */
export interface Rule {
  word: string;
  may: (reader: Reader, op: OperationId) => boolean;
}

const staff = (r: Reader) => r.role === 'professional' || r.role === 'facilitator';
const wordsOf = (t: Target) => (r: Reader) => staff(r) || r.authorOf === t;

export const RULES: readonly Rule[] = [
  { word: WORDS.draft, may: wordsOf('draft') },
  { word: WORDS.waiting, may: wordsOf('waiting') },
  { word: WORDS.hidden, may: wordsOf('hidden') },
  { word: WORDS.hiddenDecided, may: wordsOf('hiddenDecided') },
  // An answer decided but not published is the professionals' alone.
  { word: WORDS.decision, may: (r) => r.role === 'professional' },
  { word: WORDS.decisionService, may: (r) => r.role === 'professional' },
  { word: WORDS.consentNote, may: (r) => r.role === 'professional' },
  // Contact details are in no view: only the author's export holds them.
  // Only its author, with the proof, reads the contact they gave (and the notifications sent to it).
  {
    word: WORDS.contact,
    may: (r, op) => op === 'exportMyData' && r.byProof && (r.authorOf === 'published' || r.authorOf === 'answered'),
  },
  { word: WORDS.reportNote, may: (r) => r.role === 'facilitator' },
  // A practice sheet not yet published is its group's and the council editors'.
  { word: WORDS.practiceDraft, may: (r) => r.role !== null || r.editor === true },
  { word: WORDS.practiceReturn, may: (r) => r.role !== null || r.editor === true },
];

/** Member ids are for the group: the public sees which role acted, never who. */
export const memberIdMay = (r: Reader) => r.role !== null;

/** Shapes only some readers may receive, whatever the words in them. */
export const SHAPES: ReadonlyArray<{
  name: string;
  found: (o: Record<string, unknown>) => boolean;
  may: (r: Reader) => boolean;
}> = [
  { name: 'status "decided"', found: (o) => o['status'] === 'decided', may: (r) => r.role === 'professional' },
  {
    name: 'a contribution.decide event',
    found: (o) => o['type'] === 'contribution.decide',
    may: (r) => r.role === 'professional',
  },
  {
    name: 'an answer not published',
    found: (o) => 'decidedBy' in o && o['publishedAt'] === null,
    may: (r) => r.role === 'professional',
  },
  { name: 'a secret hash', found: (o) => 'secretHash' in o, may: () => false },
  {
    name: 'consents of members',
    found: (o) => Array.isArray(o['consents']) && o['consents'].length > 0,
    may: (r) => r.role === 'facilitator',
  },
];

const identity = (role: MemberRole): Identity => ({ role, memberId: MEMBER_IDS[role], spaceIds: [SLUG] });

/** The identity a caller acts with; `null` for the anonymous and the author (who has a secret). */
export function identityOf(caller: CallerName): Identity | null {
  if (caller === 'anonymous' || caller === 'author') return null;
  if (caller === 'outsider') return { role: 'professional', memberId: 'pro_elsewhere', spaceIds: ['ailleurs'] };
  if (caller === 'administrator') return { role: 'professional', memberId: 'acc_admin', spaceIds: [], admin: true };
  if (caller === 'editor') return { role: 'professional', memberId: 'acc_editor', spaceIds: [], editor: true };
  return identity(caller);
}

export function readerOf(caller: CallerName, target: Target, byProof: boolean): Reader {
  const id = identityOf(caller);
  return {
    role: id && caller !== 'outsider' && caller !== 'administrator' && caller !== 'editor' ? id.role : null,
    authorOf: caller === 'author' || byProof ? target : null,
    byProof,
    editor: caller === 'administrator' || caller === 'editor',
  };
}

const body = (title: string, over: Record<string, unknown> = {}) => ({
  spaceId: SLUG,
  kind: 'proposal' as const,
  title,
  body: `${title}, en détail.`,
  theme: 'mobilite',
  author: { pseudonym: 'Camille' },
  ...over,
});

/** A fresh world: a group, its members, one contribution per target, a meeting and an attestation. */
export async function world() {
  const store = new MemoryStore();
  // Its settings are the store's organisations': one place, as on a server.
  const admin = createMemoryAdminStore(undefined, store);
  await store.putSpace(space());
  for (const [role, id] of Object.entries(MEMBER_IDS) as [MemberRole, string][]) {
    await store.putMember({
      id,
      spaceId: 's_nord',
      displayName: `Membre ${role}`,
      role,
      joinedOn: '2026-01-10',
      leftOn: null,
      consents: [{ purpose: 'contact', given: true, at: '2026-01-10T10:00:00.000Z', method: 'written' }],
    });
  }
  const service = createParticipeService({ store, now: () => NOW });
  const citizen = service.as(null);
  const pro = service.as(identity('professional'));
  const fac = service.as(identity('facilitator'));
  /** Sends `command` at the contribution's current version, as staff must. */
  const step = async (as: typeof pro, id: string, command: ContributionCommandInput) => {
    const current = await store.getContribution(id);
    return as.sendContributionEvent(id, command as never, { expectedVersion: current!.version });
  };
  const decide = {
    type: 'contribution.decide',
    data: { answer: { verdict: 'accepted', text: WORDS.decision, service: WORDS.decisionService } },
  } as const;

  const published = await citizen.createContribution(
    body('Un bus plus tôt', { territory: 'Quartier des Tilleuls', contact: { email: WORDS.contact, consent: true } }),
  );
  const draft = await citizen.createContribution(body(WORDS.draft, { draft: true }));
  await store.putSpace(space({ premoderation: true }));
  const waiting = await citizen.createContribution(body(WORDS.waiting));
  await store.putSpace(space());
  const decided = await citizen.createContribution(body('À décider'));
  await step(pro, decided.contribution.id, { type: 'contribution.review', data: {} });
  await step(pro, decided.contribution.id, decide);
  const hidden = await citizen.createContribution(body(WORDS.hidden));
  await step(fac, hidden.contribution.id, { type: 'contribution.hide', data: { reason: 'Propos injurieux.' } });
  const hiddenDecided = await citizen.createContribution(body(WORDS.hiddenDecided));
  await step(pro, hiddenDecided.contribution.id, { type: 'contribution.review', data: {} });
  await step(pro, hiddenDecided.contribution.id, decide);
  await step(fac, hiddenDecided.contribution.id, {
    type: 'contribution.hide',
    data: { reason: 'Nom d’une personne.' },
  });
  const assisted = await fac.createContribution(
    body('Saisie accompagnée', {
      channel: 'assisted',
      assisted: {
        onBehalfOf: 'Monsieur D.',
        facilitatorId: MEMBER_IDS.facilitator,
        consentMethod: 'oral',
        consentNote: WORDS.consentNote,
      },
    }),
  );
  // With a contact: its published answer queues the notification set aside below.
  const answered = await citizen.createContribution(
    body('Une réponse publiée', { contact: { email: WORDS.contact, consent: true } }),
  );
  await step(pro, answered.contribution.id, { type: 'contribution.review', data: {} });
  await step(pro, answered.contribution.id, {
    type: 'contribution.decide',
    data: { answer: { verdict: 'declined', text: 'Pas cette année, faute de budget.', service: 'Mobilités' } },
  });
  await step(pro, answered.contribution.id, { type: 'contribution.publish', data: {} });
  for (const c of [published, decided, answered]) {
    await citizen.reportContribution(c.contribution.id, { reason: 'personalData', note: WORDS.reportNote });
  }
  const meeting = await fac.createMeeting(SLUG, {
    on: '2026-02-10',
    place: 'Salle 2',
    attendance: [MEMBER_IDS.concerned],
  });
  const attestation = await fac.issueAttestation(SLUG, {
    memberId: MEMBER_IDS.concerned,
    skills: ['speakingInPublic'],
    signedBy: 'Animation du groupe',
  });
  await fac.sendCycleCommand(SLUG, { type: 'cycle.advance' }, { expectedVersion: 0 });
  // Two practice sheets of the group: one being written, one the council returned with a reason.
  const editor = createParticipeService({ store, now: () => NOW }).as(identityOf('administrator'));
  const practice = await fac.createPractice(SLUG, practiceContent({ title: `Une fiche ${WORDS.practiceDraft}` }));
  const toReturn = await fac.createPractice(SLUG, practiceContent({ context: `Au début, ${WORDS.practiceDraft}.` }));
  await fac.sendPracticeCommand(toReturn.id, { type: 'practice.submit' }, { expectedVersion: 1 });
  await editor.sendPracticeCommand(
    toReturn.id,
    { type: 'practice.return', reason: `Ajoutez ce qu’en disent les partenaires ${WORDS.practiceReturn}.` },
    { expectedVersion: 2 },
  );
  const created = { published, draft, waiting, decided, hidden, hiddenDecided, assisted, answered };
  const staff = await createParticipeService({ store, admin, now: () => NOW })
    .as(identityOf('administrator'))
    .inviteStaff({ email: 'camille.martin@departement.example', role: 'professional', spaceIds: [SLUG] });
  // One notification set aside after its last attempt: the dead letter an administrator may
  // list and put back (the memory outbox, whose council is the default one).
  const outbox = createMemoryOutbox(store);
  const [pending] = await store.listPendingNotifications(1);
  if (!pending) throw new Error('the world has no notification to set aside');
  await outbox.failed(pending, NOW, { error: 'SmtpError 550', retryAt: null });
  return { store, admin, created, meeting, attestation, staff, practice, outbox, dead: pending.id, slug: SLUG };
}
export type World = Awaited<ReturnType<typeof world>>;

/** A valid body for every operation that has one, so that each call can succeed. */
export const BODIES: Record<string, (w: World, target: Target) => unknown> = {
  createContribution: () => body('Une nouvelle idée'),
  sendContributionEvent: () => ({ type: 'contribution.review', data: {} }),
  reportContribution: () => ({ reason: 'spam', note: '' }),
  keepReported: () => ({ reason: 'Critique d’un service, sans insulte.' }),
  publishAnswers: (w) => ({ items: [{ id: w.created.decided.contribution.id, expectedVersion: 4 }] }),
  updateSpaceSettings: () => ({ premoderation: true }),
  addMember: () => ({ displayName: 'Alex P.', role: 'concerned', joinedOn: '2026-03-01' }),
  updateMember: () => ({ leavesAtRenewal: true }),
  createMeeting: () => ({ on: '2026-03-10', place: 'Maison des solidarités', attendance: [MEMBER_IDS.concerned] }),
  updateMeeting: () => ({
    on: '2026-02-10',
    place: 'Salle 2',
    attendance: [MEMBER_IDS.concerned],
    minutes: 'Tour de table.',
  }),
  issueAttestation: () => ({ memberId: MEMBER_IDS.concerned, skills: ['writingMinutes'], signedBy: 'Animation' }),
  sendCycleCommand: () => ({ type: 'cycle.back', reason: 'Nous revenons à la mobilisation du groupe.' }),
  submitDiagnostic: () => ({ answers: {} }),
  exportMyData: (w, t) => proofOf(w, t),
  eraseMyData: (w, t) => proofOf(w, t),
  createSpace: () => ({ slug: 'groupe-rsa-sud', name: 'Groupe Sud', policyArea: 'Insertion', territory: 'Sud' }),
  updateSpace: () => ({ premoderation: true }),
  archiveSpace: () => ({ archived: true }),
  inviteStaff: () => ({ email: 'alex.durand@departement.example', role: 'facilitator', spaceIds: [SLUG] }),
  revokeStaff: () => ({}),
  reviveDeadLetter: () => ({}),
  updateCouncilSettings: () => ({ answerWithinDays: 30 }),
  putPhase: () => contentPacks.fr.phases[0],
  putResource: () => contentPacks.fr.resources[0],
  putGuideEntry: () => contentPacks.fr.guide[0],
  putGlossaryEntry: () => contentPacks.fr.glossary[0],
  putQuestionnaire: () => getDefaultQuestionnaire('fr'),
  putSpaceQuestionnaire: () => getDefaultQuestionnaire('fr'),
  createPractice: () => ({ title: 'Un café des parents le samedi' }),
  updatePractice: () => ({ title: `Une fiche revue ${WORDS.practiceDraft}` }),
  sendPracticeCommand: () => ({ type: 'practice.submit' }),
};

const proofOf = (w: World, t: Target) => ({
  followUpCode: w.created[t].followUp.code,
  secret: w.created[t].followUp.secret,
});

/** Every machine event, each with data it accepts: the commands a caller may try. */
export const COMMANDS: { [T in keyof typeof CONTRIBUTION_EVENT_ROLES]: ContributionCommandInput & { type: T } } = {
  'contribution.edit': { type: 'contribution.edit', data: { title: 'Un titre revu' } },
  'contribution.submit': { type: 'contribution.submit', data: {} },
  'contribution.approve': { type: 'contribution.approve', data: {} },
  'contribution.hide': { type: 'contribution.hide', data: { reason: 'Hors sujet.' } },
  'contribution.restore': { type: 'contribution.restore', data: { reason: 'Erreur de modération.' } },
  'contribution.withdraw': { type: 'contribution.withdraw', data: {} },
  'contribution.review': { type: 'contribution.review', data: {} },
  'contribution.decide': {
    type: 'contribution.decide',
    data: { answer: { verdict: 'accepted', text: WORDS.decision, service: WORDS.decisionService } },
  },
  'contribution.publish': { type: 'contribution.publish', data: {} },
  'contribution.commit': {
    type: 'contribution.commit',
    data: { commitment: { id: 'k_1', what: 'Un bus à 8 h 10', owner: 'Mobilités', due: '2026-09-01' } },
  },
  'contribution.start': { type: 'contribution.start', data: {} },
  'contribution.progress': {
    type: 'contribution.progress',
    data: { update: { commitmentId: 'k_1', text: 'Voté.', percent: 50 } },
  },
  'contribution.complete': { type: 'contribution.complete', data: {} },
};

/** The id of a resource-centre entry for a content route, e.g. `/api/phases/{id}`. */
export function contentEntryId(path: string): string {
  const pack = contentPacks.fr;
  if (path.startsWith('/api/phases')) return pack.phases[0]!.id;
  if (path.startsWith('/api/resources') || path.startsWith('/api/content')) return pack.resources[0]!.id;
  if (path.startsWith('/api/guide')) return pack.guide[0]!.id;
  if (path.startsWith('/api/glossary')) return pack.glossary[0]!.id;
  return pack.practices[0]!.id;
}
