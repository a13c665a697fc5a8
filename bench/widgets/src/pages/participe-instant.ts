// The proposal form alone on the critical path: `getSpace` answers at once with what the
// local back end answers (computed by the bench, injected at build time), as a server
// that replies instantly would. Everything else goes to the local back end, loaded on
// first use in its own chunk. This isolates the widget's cost from the test back end's.
import '@participe/widgets/participe-contribution-form.js';
import type { ParticipeBackend, PublicSpace } from '@participe/core';

declare const __BENCH_PUBLIC_SPACE__: PublicSpace;
const space = __BENCH_PUBLIC_SPACE__;

// One back end for the page's life: it holds what was submitted.
let loaded: Promise<ParticipeBackend> | undefined;
const local = () => (loaded ??= import('./local-backend.js').then((m) => m.localBackend()));
const backend: ParticipeBackend = {
  getSpace: async (idOrSlug) => (idOrSlug === space.id || idOrSlug === space.slug ? space : null),
  createContribution: async (body, key) => (await local()).createContribution(body, key),
  listContributions: async (query) => (await local()).listContributions(query),
  getContribution: async (id) => (await local()).getContribution(id),
  resolveFollowUpCode: async (code) => (await local()).resolveFollowUpCode(code),
  getCycle: async (idOrSlug) => (await local()).getCycle(idOrSlug),
  submitDiagnostic: async (idOrSlug, answers) => (await local()).submitDiagnostic(idOrSlug, answers),
  getDiagnosticAggregate: async (idOrSlug) => (await local()).getDiagnosticAggregate(idOrSlug),
};

const form = document.createElement('participe-contribution-form');
form.backend = backend;
form.space = space.id;
document.body.append(form);
