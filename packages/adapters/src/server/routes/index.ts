import type { Route } from '../router.js';
import { backofficeRoutes } from './backoffice.js';
import { contentRoutes } from './content.js';
import { contributionEventRoutes } from './contribution-events.js';
import { contributionRoutes } from './contributions.js';
import { cycleRoutes } from './cycle.js';
import { diagnosticRoutes } from './diagnostics.js';
import { privacyRoutes } from './privacy.js';
import { spaceRoutes } from './spaces.js';
import { healthRoute, openApiRoute } from './system.js';

/** Every route of the API, in the order the documentation lists them. */
export const ROUTES: readonly Route[] = [
  ...contributionRoutes,
  ...contributionEventRoutes,
  ...spaceRoutes,
  ...backofficeRoutes,
  ...cycleRoutes,
  ...diagnosticRoutes,
  ...privacyRoutes,
  ...contentRoutes,
  healthRoute,
  openApiRoute(() => ROUTES),
];
