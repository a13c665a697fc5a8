import type { ActorRole } from '../shared/roles.js';
import type { EventRoles } from './contribution.types.js';

/**
 * Who may send what. A citizen never answers; a professional never changes the author's
 * words; only a facilitator moderates. The author is proven by the secret code.
 */
export const CONTRIBUTION_EVENT_ROLES = {
  'contribution.edit': ['author', 'facilitator'],
  'contribution.submit': ['author', 'facilitator'],
  'contribution.approve': ['facilitator'],
  'contribution.hide': ['facilitator'],
  'contribution.restore': ['facilitator'],
  'contribution.withdraw': ['author'],
  'contribution.review': ['professional'],
  'contribution.decide': ['professional'],
  'contribution.publish': ['professional'],
  'contribution.commit': ['professional'],
  'contribution.start': ['professional'],
  'contribution.progress': ['professional'],
  'contribution.complete': ['professional'],
} as const satisfies EventRoles;

export const roleMay = (role: ActorRole, type: keyof typeof CONTRIBUTION_EVENT_ROLES): boolean =>
  (CONTRIBUTION_EVENT_ROLES[type] as readonly ActorRole[]).includes(role);
