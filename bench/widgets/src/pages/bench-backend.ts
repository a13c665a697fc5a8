// The back end of the "instant" and "slow" pages: `getSpace` answers with what the local
// back end answers (computed by the bench, injected at build time), at once or after a
// delay like a phone's round trip to a server; anything else goes to the local back end,
// loaded on first use in its own chunk. This isolates the widget's cost from the test
// back end's.
import type { ParticipeBackend, PublicSpace } from '@participe/core';

declare const __BENCH_PUBLIC_SPACE__: PublicSpace;
export const space = __BENCH_PUBLIC_SPACE__;

export function benchBackend(spaceDelayMs: number): ParticipeBackend {
  // One back end for the page's life: it holds what was submitted.
  let loaded: Promise<ParticipeBackend> | undefined;
  const local = () => (loaded ??= import('./local-backend.js').then((m) => m.localBackend()));
  const wait = () => new Promise((resolve) => setTimeout(resolve, spaceDelayMs));
  return {
    getSpace: async (idOrSlug) => {
      if (spaceDelayMs > 0) await wait();
      return idOrSlug === space.id || idOrSlug === space.slug ? space : null;
    },
    createContribution: async (body, key) => (await local()).createContribution(body, key),
    listContributions: async (query) => (await local()).listContributions(query),
    getContribution: async (id) => (await local()).getContribution(id),
    reportContribution: async (id, report) => (await local()).reportContribution(id, report),
    resolveFollowUpCode: async (code) => (await local()).resolveFollowUpCode(code),
    getCycle: async (idOrSlug) => (await local()).getCycle(idOrSlug),
    submitDiagnostic: async (idOrSlug, answers) => (await local()).submitDiagnostic(idOrSlug, answers),
    getDiagnosticAggregate: async (idOrSlug) => (await local()).getDiagnosticAggregate(idOrSlug),
    getAgenda: async (idOrSlug) => (await local()).getAgenda(idOrSlug),
    getBoard: async (query) => (await local()).getBoard(query),
    listPhases: async (query) => (await local()).listPhases(query),
    listResources: async (query) => (await local()).listResources(query),
    getResource: async (id, query) => (await local()).getResource(id, query),
    listGuide: async (query) => (await local()).listGuide(query),
    listGlossary: async (query) => (await local()).listGlossary(query),
  };
}
