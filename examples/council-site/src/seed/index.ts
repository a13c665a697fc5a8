// Fills a new data folder with the fictional Département des Hautes-Combes: two groups,
// their members and cycle, forty contributions in every state, and self-diagnostics.
// Contributions go through the service with a fake clock, so their events, projections,
// notifications and overdue delays are the real ones.
import { createParticipeService } from '@participe/adapters/service';
import type { CreatedContribution, ParticipeStore } from '@participe/core';
import type { SeedRecord } from '../data-folder.js';
import { seedMeetings } from './backoffice.js';
import { FakeClock } from './clock.js';
import { RSA_CONTRIBUTIONS } from './contributions.rsa.js';
import { TILLEULS_CONTRIBUTIONS } from './contributions.tilleuls.js';
import { moveToDecide, openCycle } from './cycle.js';
import { seedDiagnostics } from './diagnostics.js';
import { putGroup } from './groups.js';
import { identityWithRole } from './identities.js';
import { DEMO_SPACES, RSA_GROUP } from './spaces.js';
import type { SeedContribution } from './steps.js';

/** The contribution whose follow-up code is printed at start: answered, committed, in progress. */
const SHOWCASE = 'bus';

export const SEED_CONTRIBUTIONS: readonly SeedContribution[] = [...RSA_CONTRIBUTIONS, ...TILLEULS_CONTRIBUTIONS];

export async function seedDemo(store: ParticipeStore, now: Date): Promise<SeedRecord> {
  const clock = new FakeClock(now);
  const service = createParticipeService({ store, now: clock.now });
  for (const demo of DEMO_SPACES) {
    await putGroup(store, clock, demo);
    await openCycle(service, clock, demo);
  }
  await seedMeetings(store, clock);

  const made = new Map<string, CreatedContribution>();
  const idOf = (ref: string) => {
    const c = made.get(ref);
    if (!c) throw new Error(`seed: "${ref}" is used before it is created`);
    return c.contribution.id;
  };
  // Oldest first, so a duplicate's original already exists and the history reads in order.
  const ordered = [...SEED_CONTRIBUTIONS].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const seed of ordered) {
    clock.goTo(seed.daysAgo);
    const created = await create(service, seed);
    made.set(seed.ref, created);
    let daysAgo = seed.daysAgo;
    for (const step of seed.steps ?? []) {
      daysAgo -= step.after;
      clock.goTo(daysAgo);
      const command = step.command({ day: (d) => clock.day(d), idOf });
      const id = created.contribution.id;
      if (step.as === 'author') {
        await service.as(null).sendContributionEvent(id, command, { secret: created.followUp.secret });
      } else {
        // As the widgets do: the version just read, as If-Match (members must send it).
        const member = service.as(identityWithRole(seed.space, step.as));
        const { version } = await member.getContribution(id);
        await member.sendContributionEvent(id, command, { expectedVersion: version });
      }
    }
  }
  await moveToDecide(service, clock, RSA_GROUP);
  await seedModeration(service, clock, made);
  await seedDiagnostics(service, clock);

  const showcase = made.get(SHOWCASE)!;
  return {
    seededAt: now.toISOString(),
    showcase: {
      contributionId: showcase.contribution.id,
      followUpCode: showcase.followUp.code,
      title: showcase.contribution.content?.title ?? '',
    },
  };
}

/** Two citizens' reports waiting for the facilitator, and one attestation already issued. */
async function seedModeration(
  service: ReturnType<typeof createParticipeService>,
  clock: FakeClock,
  made: ReadonlyMap<string, CreatedContribution>,
) {
  const current = await Promise.all(
    [...made.values()].map((c) =>
      service
        .as(null)
        .getContribution(c.contribution.id)
        .catch(() => null),
    ),
  );
  const reported = current.filter((c) => c?.status === 'published').slice(0, 2);
  clock.goTo(3);
  for (const [i, c] of reported.entries()) {
    await service.as(null).reportContribution(c!.id, {
      reason: i === 0 ? 'offTopic' : 'personalData',
      note: i === 0 ? 'Cela ne concerne pas le groupe.' : 'On reconnaît peut-être une personne.',
    });
  }
  clock.goTo(10);
  await service.as(identityWithRole(RSA_GROUP, 'facilitator')).issueAttestation(RSA_GROUP.space.id, {
    memberId: 'm_rsa_01',
    skills: ['speakingInPublic', 'writingMinutes', 'teamwork'],
    otherSkills: 'A présenté le guide en facile à lire aux élus.',
    signedBy: 'Lucie D., animatrice du groupe ressource',
  });
}

/** Online as an anonymous citizen, or typed by the group's facilitator (assisted or meeting entry). */
function create(service: ReturnType<typeof createParticipeService>, seed: SeedContribution) {
  const { space } = seed.space;
  const base = {
    spaceId: space.id,
    kind: seed.kind,
    title: seed.title,
    body: seed.body,
    theme: seed.theme,
    author: { pseudonym: seed.pseudonym },
    ...(seed.email ? { contact: { email: seed.email, consent: true as const } } : {}),
  };
  if (!seed.channel) return service.as(null).createContribution(base);
  const facilitator = identityWithRole(seed.space, 'facilitator');
  if ('assisted' in seed.channel) {
    return service.as(facilitator).createContribution({
      ...base,
      channel: 'assisted',
      assisted: { onBehalfOf: seed.channel.assisted, facilitatorId: facilitator.memberId!, consentMethod: 'oral' },
    });
  }
  return service.as(facilitator).createContribution({ ...base, channel: 'meeting', meetingId: seed.channel.meeting });
}
