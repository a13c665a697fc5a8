/** Roles a member of a space holds. `concerned` = a person concerned by the policy. */
export const MEMBER_ROLES = ['concerned', 'professional', 'elected', 'partner', 'facilitator'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * Who sends an event. The member roles, plus:
 * - `author`: the person who wrote the contribution, proven by its secret code;
 * - `citizen`: anyone else on the public side;
 * - `system`: the platform itself (scheduled jobs, imports).
 */
export const ACTOR_ROLES = ['author', 'citizen', ...MEMBER_ROLES, 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];
