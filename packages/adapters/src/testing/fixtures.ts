// Builders for store and API tests: valid records through the real machine, so stored
// views always equal replay(events).
import {
  applyEvent,
  type ContributionEvent,
  type ContributionMachineInput,
  type ContributionSnapshot,
  createContribution,
  type OrganisationStore,
  type Space,
  SpaceSchema,
  type StoredContributionEvent,
  toView,
} from '@participe/core';

export const space = (over: Partial<Space> = {}): Space =>
  SpaceSchema.parse({
    id: 's_nord',
    slug: 'groupe-rsa-nord',
    name: 'Groupe ressource du secteur Nord',
    policyArea: 'Insertion',
    territory: 'Secteur Nord',
    charter: { text: 'Co-responsabilité, bienveillance, confidentialité.', adoptedOn: '2026-01-15' },
    composition: {},
    createdOn: '2026-01-10',
    ...over,
  });

/** Councils of a multi-council store, each named `Conseil {slug}`. */
export async function createCouncils(
  store: Pick<OrganisationStore, 'createOrganisation'>,
  councils: readonly { id: string; slug: string }[],
  createdAt: string,
) {
  for (const o of councils) {
    await store.createOrganisation({ ...o, name: `Conseil ${o.slug}`, kind: 'département', settings: {}, createdAt });
  }
}

/** An event whose time the builder may fill in. */
type Step = ContributionEvent extends infer E ? (E extends unknown ? Omit<E, 'at'> & { at?: string } : never) : never;

let n = 0;
/** A contribution built with the machine: its view, its stored events, its private part. */
export function contribution(
  opts: {
    id?: string;
    spaceId?: string;
    at?: string;
    title?: string;
    body?: string;
    kind?: 'observation' | 'proposal' | 'question' | 'testimony';
    theme?: string;
    territory?: string;
    /** The language the author wrote in. */
    lang?: string;
    /** Events applied after creation, in order. */
    apply?: Step[];
  } = {},
) {
  n += 1;
  const id = opts.id ?? `c_${n}`;
  const at = opts.at ?? new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  const input: ContributionMachineInput = {
    id,
    spaceId: opts.spaceId ?? 's_nord',
    premoderated: false,
    content: {
      kind: opts.kind ?? 'proposal',
      title: opts.title ?? `Proposition ${n}`,
      body: opts.body ?? 'Le bus du matin passe trop tard pour les rendez-vous.',
      theme: opts.theme ?? 'mobilite',
      ...(opts.territory ? { territory: opts.territory } : {}),
      ...(opts.lang ? { lang: opts.lang } : {}),
    },
    channel: 'online',
    author: { pseudonym: `Auteur ${n}` },
    actor: { role: 'author', id: null },
    at,
  };
  const { actor, at: _at, ...data } = input;
  const events: StoredContributionEvent[] = [
    { contributionId: id, seq: 1, type: 'contribution.created', actor, at, data: data as Record<string, unknown> },
  ];
  let snapshot: ContributionSnapshot = createContribution(input);
  const steps: Array<{ view: ReturnType<typeof toView>; event: StoredContributionEvent }> = [];
  for (const step of opts.apply ?? []) {
    const event = {
      ...step,
      at: step.at ?? new Date(Date.parse(snapshot.context.updatedAt) + 60_000).toISOString(),
    } as ContributionEvent;
    const r = applyEvent(snapshot, event);
    if (!r.ok) throw new Error(`fixture: ${event.type} ${r.reason}`);
    snapshot = r.snapshot;
    const { type, actor: who, at: when, ...payload } = event;
    const stored: StoredContributionEvent = {
      contributionId: id,
      seq: snapshot.context.version,
      type,
      actor: who,
      at: when,
      data: payload,
    };
    events.push(stored);
    steps.push({ view: toView(snapshot), event: stored });
  }
  return {
    id,
    initialView: toView(createContribution(input)),
    created: events[0]!,
    steps,
    view: toView(snapshot),
    events,
    private: { contact: null, secretHash: `hash-${id}`, followUpCode: `CODE-${id.toUpperCase()}` },
  };
}

export const author = { role: 'author' as const, id: null };
export const pro = { role: 'professional' as const, id: 'pro_1' };
export const facilitator = { role: 'facilitator' as const, id: 'fac_1' };
