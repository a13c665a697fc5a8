// The widgets' port (`ParticipeBackend` in core) over any `ParticipeApi`: the HTTP client
// for a real site, the service on a memory store for tests and Storybook. One adapter, so
// both back ends answer the widgets in exactly the same shapes.
import type {
  AuthorExport,
  BackendError,
  BackendErrorKind,
  ContentPage,
  ContributionQuery,
  DiagnosticResult,
  Page,
  ParticipeBackend,
  PhaseEntry,
  PhaseLabel,
  PracticeSearchAnswer,
  PublicContributionView,
  PublicCycle,
  PublicSpace,
} from '@participe/core';
import type { PublicOperationId } from '../contract/endpoints.public.js';
import type { ContributionForCaller, ContributionListQuery, ParticipeApi } from './api.js';
import { ParticipeApiError } from './errors.js';

/** A `BackendError` the widgets' machines understand, keeping the API's code and status. */
export class BackendFailure extends Error implements BackendError {
  readonly kind: BackendErrorKind;
  readonly status: number;
  readonly code: string;
  readonly issues: Array<{ path: string[]; message: string }>;

  constructor(error: ParticipeApiError) {
    super(error.message);
    this.name = 'BackendFailure';
    this.status = error.status;
    this.code = error.code;
    this.kind = kindOf(error.status);
    this.issues = error.issues.map((i) => ({ path: i.path === '' ? [] : i.path.split('.'), message: i.message }));
  }
}

function kindOf(status: number): BackendErrorKind {
  if (status === 0) return 'offline';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status >= 400 && status < 500 && status !== 429) return 'rejected';
  return 'error';
}

export async function translated<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw e instanceof ParticipeApiError ? new BackendFailure(e) : e;
  }
}

async function orNull<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof ParticipeApiError && e.status === 404) return null;
    throw e instanceof ParticipeApiError ? new BackendFailure(e) : e;
  }
}

// A caller that is not staff only ever receives public views; the union narrows here.
const asPublic = (v: ContributionForCaller): PublicContributionView => v as PublicContributionView;

/** What the contribution form needs of a back end: its group, and the submission. */
export function toFormBackend(
  api: Pick<ParticipeApi, 'getSpace' | 'getComposition' | 'createContribution'>,
): Pick<ParticipeBackend, 'getSpace' | 'createContribution'> {
  return {
    getSpace: (idOrSlug) =>
      orNull(async (): Promise<PublicSpace> => {
        const [space, composition] = await Promise.all([api.getSpace(idOrSlug), api.getComposition(idOrSlug)]);
        const { id, slug, name, territory, themes, answerWithinDays } = space;
        return { id, slug, name, territory, themes, answerWithinDays, composition };
      }),
    createContribution: (body, idempotencyKey) =>
      translated(async () => {
        const { contribution, followUp } = await api.createContribution(body, { idempotencyKey });
        return { contribution: asPublic(contribution), followUp };
      }),
  };
}

export function toParticipeBackend(api: Pick<ParticipeApi, PublicOperationId>): ParticipeBackend {
  return {
    ...toFormBackend(api),
    listContributions: (query: ContributionQuery) =>
      translated(async (): Promise<Page<PublicContributionView>> => {
        const { spaceId, status, kind, ...rest } = query;
        const page = await api.listContributions({
          ...rest,
          space: spaceId,
          ...(status ? { status: [status] } : {}),
          // The widget passes any string; the API checks it and answers with the valid kinds.
          ...(kind ? { kind: kind as ContributionListQuery['kind'] } : {}),
        });
        return { items: page.items.map(asPublic), nextCursor: page.nextCursor };
      }),
    getContribution: (id) =>
      orNull(async () => {
        const [contribution, timeline] = await Promise.all([api.getContribution(id), api.getTimeline(id)]);
        return { contribution: asPublic(contribution), timeline };
      }),
    resolveFollowUpCode: async (code) => (await orNull(() => api.resolveFollowUpCode(code)))?.contributionId ?? null,
    // Facts stay with the API: a public widget shows where the group stands and how it got
    // there, each move by the role that made it, never by the person.
    getCycle: (space) =>
      orNull(async (): Promise<PublicCycle> => {
        const { spaceId, phase, round, problemStatement, evaluation, history } = await api.getCycle(space);
        return {
          spaceId,
          phase,
          round,
          problemStatement,
          evaluation,
          history: history.map(({ actor, ...move }) => ({ ...move, role: actor.role })),
        };
      }),
    // The API documents each recommendation's reasons as plain objects; they are core's.
    submitDiagnostic: (space, answers) =>
      translated(async () => (await api.submitDiagnostic(space, { answers })) as DiagnosticResult),
    getDiagnosticAggregate: (space) => translated(() => api.getDiagnosticAggregate(space)),
    getAgenda: (space) => orNull(() => api.getAgenda(space)),
    getBoard: (space, query = {}) =>
      space === null ? translated(() => api.getBoard(query)) : orNull(() => api.getSpaceBoard(space, query)),
    // Without `fields`, every phase comes whole: the union's other side is `fields=label`'s.
    listPhases: (query = {}) => translated(async () => (await api.listPhases(query)) as ContentPage<PhaseEntry>),
    listPhaseLabels: (query = {}) =>
      translated(async () => (await api.listPhases({ ...query, fields: 'label' })) as ContentPage<PhaseLabel>),
    listResources: (query = {}) => translated(() => api.listResources(query)),
    getResource: (id, query = {}) => orNull(() => api.getResource(id, query)),
    listGuide: (query = {}) => translated(() => api.listGuide(query)),
    listGlossary: (query = {}) => translated(() => api.listGlossary(query)),
    exportMyData: (proof) => translated(async () => (await api.exportMyData(proof)) as AuthorExport),
    eraseMyData: (proof) =>
      translated(async () => {
        await api.eraseMyData(proof);
      }),
    // The author needs no If-Match: their secret code is proof enough, and a change made
    // meanwhile by the institution is refused by the machine (409) whatever the version.
    sendAuthorCommand: (id, secret, command) =>
      translated(async () => {
        await api.sendContributionEvent(id, command, { secret });
      }),
    reportContribution: (id, report) =>
      translated(async () => {
        await api.reportContribution(id, report);
      }),
    // The practice library: published sheets and the resources the same words find.
    searchPractices: (query) => translated(async () => (await api.searchPractices(query)) as PracticeSearchAnswer),
    getPractice: (id, query = {}) => orNull(() => api.getPractice(id, query)),
    listRelatedPractices: (id, query = {}) => translated(() => api.listRelatedPractices(id, query)),
    // The questionnaire loaded through the API for the space (else its council's, else the built-in one).
    getQuestionnaire: (space, query = {}) =>
      space === null
        ? translated(() => api.getQuestionnaire(query))
        : orNull(async () => (await api.getSpaceQuestionnaire(space, query)).questionnaire),
  };
}
