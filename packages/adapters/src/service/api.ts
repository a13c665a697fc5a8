// What a caller can do with Participe, whatever the back end: the service over a store
// (in-process, e.g. a widget on the memory store) and the HTTP client both have the API
// the contract derives (`contract/api.ts`), so a widget switches from one to the other
// with one attribute. The named shapes below are the contract's, for code that handles them.
import type { MemberRole } from '@participe/core';
import type { ApiOf, BodyOf, QueryOf, ResultOf } from '../contract/api.js';
import type { OperationId } from '../contract/endpoints.js';

/** Who is calling, as `authenticate` proves it; `null` is an anonymous citizen. */
export interface Identity {
  role: MemberRole;
  /** The member's id, used as the actor id of what they do. */
  memberId: string | null;
  /** Spaces (ids or slugs) the identity acts in. */
  spaceIds: readonly string[];
  /** An administrator of the council: creates and archives spaces, invites staff, sets its defaults; also an editor. */
  admin?: boolean;
  /**
   * An editor of the council: edits its content (phases, resources, guide, glossary,
   * questionnaires) and reviews the groups' practice sheets, nothing of the administration.
   */
  editor?: boolean;
}
export type Caller = Identity | null;

/** Every operation but the OpenAPI document, which only the server serves. */
export type ServiceOperationId = Exclude<OperationId, 'openApi'>;

/** The API, one method per operation: `getSpace(space)`, `sendContributionEvent(id, command, { expectedVersion })`… */
export type ParticipeApi = ApiOf<ServiceOperationId>;

/** A machine event as a client sends it; the server adds the actor and the time. */
export type ContributionCommand = BodyOf<'sendContributionEvent'>;
export type CycleCommand = BodyOf<'sendCycleCommand'>;
/** The body of `POST /api/contributions`. */
export type CreateContributionRequest = BodyOf<'createContribution'>;
/** A contribution as this caller may see it: the full view for a professional of its space. */
export type ContributionForCaller = ResultOf<'getContribution'>;
export type ContributionListQuery = QueryOf<'listContributions'>;
/** What the author proves they hold: the follow-up code and the secret shown at creation. */
export type AuthorProof = BodyOf<'exportMyData'>;
export type PrivacyExport = ResultOf<'exportMyData'>;
export type ErasedReceipt = ResultOf<'eraseMyData'>;
/** A member as other members see them; consents only for facilitators. */
export type MemberView = ResultOf<'listMembers'>[number];
export type CycleView = ResultOf<'getCycle'>;
export type ContentQuery = QueryOf<'listPhases'>;
