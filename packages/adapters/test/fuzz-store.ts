import type { ParticipeStore } from '@participe/core';
import { openPgliteStore } from '../src/postgres/index.js';

/** The fuzz test runs on the real PostgreSQL store: PGlite, in memory (a fresh database per run). */
export async function openFuzzStore(): Promise<{ store: ParticipeStore; kind: string }> {
  return { store: await openPgliteStore(), kind: 'PGlite' };
}
