// Each group walks the participation cycle as its members would: the facilitator moves it
// on, a person concerned states the problem in one sentence.
import type { CycleCommand, ParticipeService } from '@participe/adapters/service';
import type { FakeClock } from './clock.js';
import { identityWithRole } from './identities.js';
import type { DemoSpace } from './spaces.js';

/** A step of the cycle as a member takes it: from the cycle just read (its `seq` is the If-Match). */
async function step(api: ReturnType<ParticipeService['as']>, slug: string, command: CycleCommand): Promise<void> {
  const { seq } = await api.getCycle(slug);
  await api.sendCycleCommand(slug, command, { expectedVersion: seq });
}

/** From `mobilise` to `coConstruct`, in the group's first weeks. */
export async function openCycle(service: ParticipeService, clock: FakeClock, demo: DemoSpace): Promise<void> {
  const slug = demo.space.slug;
  const facilitator = service.as(identityWithRole(demo, 'facilitator'));
  const concerned = service.as(identityWithRole(demo, 'concerned'));
  clock.goTo(demo.createdDaysAgo - 25);
  await step(facilitator, slug, { type: 'cycle.advance' });
  clock.goTo(demo.createdDaysAgo - 45);
  await step(concerned, slug, { type: 'cycle.problem.state', statement: demo.problem });
  clock.goTo(demo.createdDaysAgo - 50);
  await step(facilitator, slug, { type: 'cycle.advance' });
}

/** Once contributions are in, the group waits for the institution's answers (`decide`). */
export async function moveToDecide(service: ParticipeService, clock: FakeClock, demo: DemoSpace): Promise<void> {
  clock.goTo(1);
  await step(service.as(identityWithRole(demo, 'facilitator')), demo.space.slug, { type: 'cycle.advance' });
}
