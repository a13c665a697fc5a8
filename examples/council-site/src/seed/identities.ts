import type { Identity } from '@participe/adapters/service';
import type { MemberRole } from '@participe/core';
import { type DemoSpace, memberWithRole } from './spaces.js';

/** A member as a token would name them: their role, their id, their group by slug. */
export function identityOf(demo: DemoSpace, member: { id: string; role: MemberRole }): Identity {
  return { role: member.role, memberId: member.id, spaceIds: [demo.space.slug] };
}

export const identityWithRole = (demo: DemoSpace, role: MemberRole): Identity =>
  identityOf(demo, memberWithRole(demo, role));
