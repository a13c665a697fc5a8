import type { ParticipeBackend } from '@participe/core';
import { describe, expect, it } from 'vitest';
import { resolveBackend } from './backend.js';

describe('resolveBackend', () => {
  it('prefers an injected back end, else builds the HTTP client for `endpoint`, else gives none', async () => {
    const injected = { getSpace: async () => null } as unknown as ParticipeBackend;
    expect(await resolveBackend({ backend: injected, endpoint: 'https://participe.example.fr/api' })).toBe(injected);
    const http = await resolveBackend({ endpoint: ' https://participe.example.fr/api ' });
    expect(typeof http?.createContribution).toBe('function');
    expect(await resolveBackend({ endpoint: '   ' })).toBeNull();
    expect(await resolveBackend({})).toBeNull();
  });
});
