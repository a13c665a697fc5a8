import { ENDPOINTS, OPERATION_IDS } from '../contract/endpoints.js';
import { OPERATIONS } from '../contract/operations.js';
import type { Route } from './router.js';

/** Every route of the API, in the order the documentation lists them: the contract, whole. */
export const ROUTES: readonly Route[] = OPERATION_IDS.map((operationId) => ({
  operationId,
  ...ENDPOINTS[operationId],
  ...OPERATIONS[operationId],
}));
